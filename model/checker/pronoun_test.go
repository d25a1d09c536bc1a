package checker

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// Every line where a pronoun stands for the candidate is listed, each
// pronoun judged by the person nearest to it, not by the first pronoun of
// its line.
func TestEveryPronounLineIsListed(t *testing.T) {
	lines := []string{
		"# Account Manager",
		"",
		"- He owns the renewals of 40 clients.",
		"- Our Sales Director runs her region, and the account manager keeps his book.",
		"- She reports weekly to the team.",
		"- The candidate brings his own ideas, and he shares them.",
		"- Our client's buyer sends her orders; he confirms them within a day.",
		"- His targets are set each quarter.",
		"- The founder started the company; she still signs every contract.",
		"- He visits each client twice a year.",
	}
	fs := Check(modeltest.Cat(), strings.Join(lines, "\n"), CheckOptions{Now: modeltest.CheckDate})
	var got []int
	for _, f := range fs {
		if f.Rule == "gendered-pronoun" && !slices.Contains(got, f.Line) {
			got = append(got, f.Line)
		}
	}
	slices.Sort(got)
	// Line 7: "he" follows "buyer", someone else; line 9: "she" is the founder.
	want := []int{3, 4, 5, 6, 8, 10}
	if !slices.Equal(got, want) {
		t.Errorf("pronoun findings on lines %v, want %v", got, want)
	}
}

// A person the posting names in full is known by the first name alone
// later: "Dana" is the manager, and "she" is Dana. A word the text also
// writes in small letters ("Sales") names no one.
func TestFirstNameOfSomeoneNamedInFull(t *testing.T) {
	lines := []string{
		"# Account Manager",
		"",
		"You'll report to Dana Whitfield, Head of Customer Accounts.",
		"",
		"- Dana still visits our oldest clients, and she will introduce you to each of them.",
		"- Renewals land on your desk once the trade fairs Dana attends are over and she has met the buyers.",
		"- Sales are logged daily; he keeps the pipeline current.",
		"- Work with Sales Operations on quotes.",
	}
	fs := Check(modeltest.Cat(), strings.Join(lines, "\n"), CheckOptions{Now: modeltest.CheckDate})
	var got []int
	for _, f := range fs {
		if f.Rule == "gendered-pronoun" {
			got = append(got, f.Line)
		}
	}
	if want := []int{7}; !slices.Equal(got, want) {
		t.Errorf("pronoun findings on lines %v, want %v", got, want)
	}
}

// BenchmarkCheckPronouns1MB: a megabyte of pronouns on one line. Each is
// judged against an index of who its line names, built once, so the rule
// stays linear however many there are (it took minutes when each pronoun
// read its whole sentence again).
func BenchmarkCheckPronouns1MB(b *testing.B) {
	text := "# Account Manager\n\n" + strings.Repeat("He calls his clients and she visits them. ", 1<<20/43)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Check(modeltest.Cat(), text, CheckOptions{})
	}
}

// A check that a newer one replaced stops: cancelled, it returns its
// context's error and no findings, whatever it was reading.
func TestACancelledCheckStops(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	text := "# Account Manager\n\n" + strings.Repeat("He calls his clients. ", 50_000)
	fs, err := CheckContext(ctx, modeltest.Cat(), text, CheckOptions{})
	if !errors.Is(err, context.Canceled) || len(fs) > 0 {
		t.Errorf("a cancelled check: %d findings, %v", len(fs), err)
	}
	d := parseDocument(text)
	d.done = ctx.Done()
	if hits := d.find([]string{"he", "his"}, all); len(hits) > 0 {
		t.Errorf("a cancelled check still finds %d words", len(hits))
	}
}

// An object pronoun is never its own clause's subject: "Marta will train
// him" is about the hire, unless someone else was named just before.
func TestObjectPronounIsNotItsSubject(t *testing.T) {
	for text, want := range map[string]bool{
		"# Account Manager\n\nYou'll report to Marta Quill, our sales director. Marta will sit down with him each Friday.\n": true,
		"# Account Manager\n\nMarta Quill will train her for the first month.\n":                                             true,
		"# Account Manager\n\nTom Reid runs our depot. Marta Quill meets him every Monday.\n":                                false,
		"# Account Manager\n\nMarta Quill, our sales director, keeps her own accounts.\n":                                    false,
	} {
		got := false
		for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
			got = got || f.Rule == "gendered-pronoun"
		}
		if got != want {
			t.Errorf("%q: pronoun finding %v, want %v", text, got, want)
		}
	}
}
