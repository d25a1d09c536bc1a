package posting

import (
	"strings"
	"testing"
	"time"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/internal/modeltest"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// payLawErrors are the pay-law errors of the posting for the answers, in the
// full or the short form, checked on the given day.
func payLawErrors(a answers.Answers, short bool, on time.Time) []checker.Finding {
	var out []checker.Finding
	for _, f := range CheckAnswers(modeltest.Cat(), a, short, on) {
		if f.Rule == checker.RulePayTransparency && f.Severity == checker.Error {
			out = append(out, f)
		}
	}
	return out
}

// Where a pay law wants a range, amjd's suggested range does not meet it: the
// review reports an error on the suggested line (so render --strict fails),
// in both forms, until the employer gives a range of their own.
func TestSuggestedPayIsAnErrorWhereALawWantsARange(t *testing.T) {
	a := answers.Answers{Variant: "account_manager", Location: answers.Location{Place: "New York City"}}
	p := Assemble(modeltest.Cat(), a)
	for _, short := range []bool{false, true} {
		errs := payLawErrors(a, short, modeltest.CheckDate)
		if len(errs) != 1 || !strings.Contains(errs[0].Message, "amjd's suggestion") || !strings.Contains(errs[0].Message, "New York") {
			t.Fatalf("short=%v: want one error saying the range is amjd's suggestion, got %+v", short, errs)
		}
		f := errs[0]
		if f.Step != base.StepPay || f.Line < 1 {
			t.Errorf("short=%v: the error should open the pay step at its line: %+v", short, f)
			continue
		}
		onSuggestion := false
		for _, src := range p.Render(short).Lines[f.Line-1].Sources {
			onSuggestion = onSuggestion || src.Origin == Suggested && strings.Contains(src.Text, f.Phrase)
		}
		if !onSuggestion {
			t.Errorf("short=%v: the error is not on the suggested pay line: %+v", short, f)
		}
	}
	own := a
	own.Pay = answers.Pay{Min: 70000, Max: 90000}
	for _, short := range []bool{false, true} {
		if errs := payLawErrors(own, short, modeltest.CheckDate); len(errs) != 0 {
			t.Errorf("short=%v: the employer's own range still fails: %+v", short, errs)
		}
	}
	texas := a
	texas.Location.Place = "Austin, Texas"
	if errs := payLawErrors(texas, false, modeltest.CheckDate); len(errs) != 0 {
		t.Errorf("Texas has no pay law, yet: %+v", errs)
	}
}

// The range laws the table gained, for postings amjd writes: without the
// employer's range each fails from the law's date, and not before it.
func TestNewRangeLawsFailPostingsWithoutPay(t *testing.T) {
	cases := []struct {
		place         string
		before, after time.Time // zero before: in force long ago
	}{
		{"Jersey City", time.Time{}, modeltest.CheckDate},
		{"Columbus, Ohio", date(2026, 12, 4), date(2027, 2, 1)},
		{"Wilmington, Delaware", date(2027, 9, 25), date(2027, 9, 26)},
		{"Charlottetown, Prince Edward Island", time.Time{}, modeltest.CheckDate},
	}
	for _, tc := range cases {
		a := answers.Answers{Variant: "account_manager", Location: answers.Location{Place: tc.place}}
		if errs := payLawErrors(a, false, tc.after); len(errs) == 0 {
			t.Errorf("%s on %s: no pay-law error for a posting without the employer's pay", tc.place, tc.after.Format(time.DateOnly))
		}
		if !tc.before.IsZero() {
			if errs := payLawErrors(a, false, tc.before); len(errs) != 0 {
				t.Errorf("%s on %s, before the law applies: %+v", tc.place, tc.before.Format(time.DateOnly), errs)
			}
		}
		a.Pay, a.Benefits = answers.Pay{Min: 70000, Max: 90000}, []string{"Health cover."}
		if errs := payLawErrors(a, false, tc.after); len(errs) != 0 {
			t.Errorf("%s with the employer's range: %+v", tc.place, errs)
		}
	}
}

// The job-board form says where the person can be based and the benefits the
// user gave, in the full form's words; where no law asks for every benefit it
// names the first few, so it stays short.
func TestShortFormKeepsRegionAndBenefits(t *testing.T) {
	benefits := []string{"Private medical cover.", "A pension with a 5% employer contribution.", "27 days of holiday plus bank holidays.",
		"A yearly learning budget of £1,000.", "Four-day summer weeks in July and August."}
	a := answers.Answers{Variant: "account_manager", Benefits: benefits,
		Location: answers.Location{Place: "Manchester, United Kingdom", Region: "anywhere in the UK"}}
	p := Assemble(modeltest.Cat(), a)
	short := p.ShortMarkdown()
	region := ""
	for _, l := range p.Texts(SecPlace) {
		if strings.Contains(l, a.Location.Region) {
			region = l
		}
	}
	if region == "" || !strings.Contains(short, region) {
		t.Errorf("the short form lacks the full form's hiring region %q:\n%s", region, short)
	}
	stated := func(short, benefit string) bool {
		return strings.Contains(strings.ToLower(short), strings.ToLower(strings.TrimSuffix(benefit, ".")))
	}
	for i, b := range benefits {
		if want := i < shortBenefitsMost; stated(short, b) != want {
			t.Errorf("benefit %d %q stated: %v, want %v:\n%s", i+1, b, !want, want, short)
		}
	}
	if n := base.WordCount(short); n > 150 {
		t.Errorf("the short form has %d words, want at most 150:\n%s", n, short)
	}
	// A pay law that asks for benefits gets every one, the short form too.
	a.Location = answers.Location{Place: "Chicago, Illinois"}
	all := Assemble(modeltest.Cat(), a).ShortMarkdown()
	for _, b := range benefits {
		if !stated(all, b) {
			t.Errorf("Illinois asks for the benefits; the short form lacks %q:\n%s", b, all)
		}
	}
}
