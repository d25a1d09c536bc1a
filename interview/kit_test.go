package interview

import (
	"slices"
	"strings"
	"sync"
	"testing"

	"amjd/content"
	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/posting"
)

func cat() *content.Catalog { return content.Default() }

// combinations are answers for every variant, industry, commercial mix,
// complexity option and kind of account: every answer that selects catalog
// lines. Each complexity axis takes each of its options; the others keep
// the variant's.
func combinations() map[string]answers.Answers {
	c := cat()
	out := map[string]answers.Answers{}
	complexities := []answers.Complexity{nil}
	for _, ax := range c.Complexity {
		var next []answers.Complexity
		for _, prev := range complexities {
			for _, o := range ax.Options {
				cx := answers.Complexity{ax.ID: o.ID}
				for k, v := range prev {
					cx[k] = v
				}
				next = append(next, cx)
			}
		}
		complexities = next
	}
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, ind := range c.Industries {
			for _, m := range c.Mixes {
				for ci, cx := range complexities {
					for ai, at := range c.AccountTypes {
						// The kind of account selects no line of the posting
						// (TestAccountTypesSelectNoPostingLine), only the kit's
						// words: each kind is tried with one complexity.
						if ci > 0 && ai > 0 {
							continue
						}
						name := strings.Join([]string{v.ID, ind.ID, m.ID, string(rune('a' + ci)), at.ID}, "/")
						out[name] = answers.Answers{Variant: v.ID, Industry: ind.ID, Mix: m.ID, Complexity: cx, AccountTypes: []string{at.ID}}
					}
				}
			}
		}
	}
	return out
}

// If a pool line ever depends on the kind of account, combinations must try
// every kind with every complexity.
func TestAccountTypesSelectNoPostingLine(t *testing.T) {
	c := cat()
	for _, pool := range [][]content.Item{c.Ownership, c.Responsibilities, c.Skills, c.Qualifications, c.Tools} {
		for _, it := range pool {
			if len(it.When.AccountType) > 0 {
				t.Errorf("%s depends on the kind of account: make combinations try every kind with every complexity", it.ID)
			}
		}
	}
}

// allCases are the examples, every combination, and the defaults.
func allCases(t testing.TB) map[string]answers.Answers {
	out := combinations()
	for name, a := range exampletest.Answers(t) {
		out["example/"+name] = a
	}
	out["defaults"] = answers.Answers{}
	return out
}

// built is a case's answers and its kit.
type built struct {
	a answers.Answers
	k Kit
}

var (
	builtOnce sync.Once
	builtAll  map[string]built
)

// allKits builds the kit of every case once for the tests that read them all.
func allKits(t testing.TB) map[string]built {
	builtOnce.Do(func() {
		builtAll = map[string]built{}
		for name, a := range allCases(t) {
			builtAll[name] = built{a, New(posting.Assemble(cat(), a))}
		}
	})
	return builtAll
}

// requiredLines are the lines under "Required" in the posting itself, read
// back from the posting rather than from the facts the kit is built on.
func requiredLines(p posting.Posting) []string {
	h := cat().Phrases.Headings
	s, _ := p.Section(posting.SecBring)
	var out []string
	for i, l := range s.Lines() {
		if i > 0 && l.Text == h.Preferred {
			break
		}
		if i > 0 {
			out = append(out, l.Text)
		}
	}
	return out
}

// Every KPI and every required line of the posting is tested by an area,
// and the kit has 5 to 7 areas, for every example and every combination of
// the answers that choose the posting's lines.
func TestEveryKPIAndRequiredLineIsTested(t *testing.T) {
	if testing.Short() {
		t.Skip("the kit of every example and combination: skipped with -short")
	}
	for name, b := range allKits(t) {
		a, k := b.a, b.k
		if n := len(k.Areas); n < MinAreas || n > MaxAreas {
			t.Errorf("%s: %d areas", name, n)
		}
		tested := map[string]bool{}
		for _, area := range k.Areas {
			if len(area.Tests) == 0 {
				t.Errorf("%s: area %s names no line of the posting", name, area.ID)
			}
			for _, x := range area.Tests {
				tested[x.Line.Text] = true
			}
		}
		p := posting.Assemble(cat(), a)
		want := append(slices.Clone(p.Texts(posting.SecSuccess)[1:]), requiredLines(p)...)
		for _, line := range want {
			if !tested[line] {
				t.Errorf("%s: no area tests %q", name, line)
			}
		}
	}
}

// The user's own KPIs and requirements are tested too, by the area whose
// words they use, with a question that names them.
func TestTheUsersOwnLinesGetAQuestion(t *testing.T) {
	a := answers.Answers{
		Variant: "accounts_manager",
		KPIs:    []answers.KPIAnswer{{ID: "response_time"}, {Name: "Invoices sent without errors", Target: "99%"}},
		Qualifications: answers.Qualifications{
			ExtraRequired: []string{"A forklift licence"},
		},
	}
	k := New(posting.Assemble(cat(), a))
	md := k.Markdown()
	for _, want := range []string{"measured on invoices sent without errors", "The posting asks for “A forklift licence.”"} {
		if !strings.Contains(md, want) {
			t.Errorf("the kit does not ask about %q:\n%s", want, md)
		}
	}
	for _, area := range k.Areas {
		if area.ID == "records" && len(area.Probes) == 0 {
			t.Error("a KPI about invoices should be probed under records, whose words it uses")
		}
	}
}

// Three different roles get visibly different kits: areas, questions and
// work samples.
func TestDifferentRolesGetDifferentKits(t *testing.T) {
	ex := exampletest.Answers(t)
	kits := map[string]Kit{}
	for name, a := range ex {
		kits[name] = New(posting.Assemble(cat(), a))
	}
	names := slices.Sorted(func(yield func(string) bool) {
		for n := range kits {
			if !yield(n) {
				return
			}
		}
	})
	for i, x := range names {
		for _, y := range names[i+1:] {
			a, b := kits[x], kits[y]
			if a.Exercise.Name == b.Exercise.Name {
				t.Errorf("%s and %s have the same work sample %q", x, y, a.Exercise.Name)
			}
			same := 0
			for _, qa := range questions(a) {
				if slices.Contains(questions(b), qa) {
					same++
				}
			}
			if share := float64(same) / float64(len(questions(a))); share > 0.34 {
				t.Errorf("%s and %s share %.0f%% of their questions", x, y, share*100)
			}
		}
	}
}

func questions(k Kit) []string {
	var out []string
	for _, a := range k.Areas {
		out = append(out, a.Behavioural, a.Situational)
	}
	return out
}

// Every question is there, the behavioural one about the past, and every
// area has four anchors.
func TestEveryAreaIsComplete(t *testing.T) {
	if testing.Short() {
		t.Skip("the kit of every example and combination: skipped with -short")
	}
	for name, b := range allKits(t) {
		for _, area := range b.k.Areas {
			switch {
			case !strings.HasPrefix(area.Behavioural, "Tell me about a time"):
				t.Errorf("%s/%s: behavioural question %q", name, area.ID, area.Behavioural)
			case area.Situational == "" || area.Strong == "" || len(area.Warnings) < 2:
				t.Errorf("%s/%s: missing a question, a strong answer or warning signs", name, area.ID)
			case len(area.Anchors) != 4:
				t.Errorf("%s/%s: %d anchors", name, area.ID, len(area.Anchors))
			}
		}
	}
}

// Same answers, same bytes.
func TestTheKitIsDeterministic(t *testing.T) {
	for name, a := range exampletest.Answers(t) {
		// Several runs, each from scratch: map order or answers changed by a
		// run would show as a difference.
		first := New(posting.Assemble(cat(), a)).Markdown()
		for run := 2; run <= 5; run++ {
			if again := New(posting.Assemble(cat(), a)).Markdown(); again != first {
				t.Errorf("%s: run %d differs from the first:\n%s\n--- first ---\n%s", name, run, again, first)
				break
			}
		}
	}
}

// An early-career kit tells interviewers to rate against what the posting
// asks for, so the candidates it invites can reach a 3; others do not.
func TestEarlyCareerKitsRateAtTheirLevel(t *testing.T) {
	junior := New(posting.Assemble(cat(), answers.Answers{Variant: "junior_account_manager"})).Markdown()
	senior := New(posting.Assemble(cat(), answers.Answers{Variant: "key_account_manager"})).Markdown()
	if !strings.Contains(junior, "An example from an internship, a placement, study") {
		t.Error("the junior kit does not say examples from outside full-time work count")
	}
	if strings.Contains(senior, "early-career role") {
		t.Error("a key account manager's kit calls the role early-career")
	}
}
