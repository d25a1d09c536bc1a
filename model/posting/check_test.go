package posting

import (
	"strings"

	"amjd/model/base"
	"slices"
	"testing"

	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/internal/modeltest"
)

func TestExamplesHaveNoErrorsAndNoInclusiveLanguageWarnings(t *testing.T) {
	for _, path := range modeltest.Examples(t) {
		a := modeltest.LoadExample(t, path)
		for _, short := range []bool{false, true} {
			fs := CheckAnswers(modeltest.Cat(), a, short, modeltest.CheckDate)
			for _, f := range fs {
				if f.Severity == checker.Error || f.Severity == checker.Warning && (f.Rule == "gender-coded" || f.Rule == "exclusionary") {
					t.Errorf("%s (short=%v): %s %s: %s", path, short, f.Severity, f.Rule, f.Message)
				}
			}
		}
	}
}

// Every combination of answers amjd can be given yields no errors and no
// warnings but the marked suggestions and what the pay law asks for the pay
// and benefits left out; with the facts given, none at all.
func TestGeneratedPostingsHaveNoErrors(t *testing.T) {
	t.Parallel() // every combination of the answers: the longest tests here
	if testing.Short() {
		t.Skip("checking the posting of every combination: skipped with -short")
	}
	c := modeltest.Cat()
	facts := func(a answers.Answers) answers.Answers {
		a.Book, a.ReportsTo, a.About = answers.Book{Accounts: 14, Revenue: 2_000_000}, "Head of Sales", "We sell tea."
		a.KPIs = []answers.KPIAnswer{{ID: "gross_retention", Target: "90%"}, {ID: "nrr", Target: "105%"}}
		a.Pay, a.HowToApply = answers.Pay{Min: 60000, Max: 70000}, "Apply at jobs.example.com."
		a.Benefits = []string{"Health cover."}
		return a
	}
	modeltest.Combinations(c, func(a answers.Answers) {
		for _, short := range []bool{false, true} {
			for _, f := range CheckAnswers(c, a, short, modeltest.CheckDate) {
				if f.Severity >= checker.Warning && f.Rule != checker.RuleSuggestion && f.Rule != "pay-transparency" {
					t.Errorf("%s/%s/%s short=%v: %s %s: %s", a.Variant, a.Mix, a.Industry, short, f.Severity, f.Rule, f.Message)
				}
			}
			for _, f := range CheckAnswers(c, facts(a), short, modeltest.CheckDate) {
				if f.Severity >= checker.Warning {
					t.Errorf("%s/%s/%s short=%v with facts: %s %s: %s", a.Variant, a.Mix, a.Industry, short, f.Severity, f.Rule, f.Message)
				}
			}
		}
	})
}

// Every suggestion in a posting is reported once, with the note that says
// what it stands in for, in the full and in the short form; and amjd check
// on the Markdown alone finds the same lines.
func TestEverySuggestionIsReported(t *testing.T) {
	a := answers.Answers{Pay: answers.Pay{Period: "hour", Min: 0}, Variant: "account_manager"}
	p := Assemble(modeltest.Cat(), a)
	for _, short := range []bool{false, true} {
		out := p.Render(short)
		var want []string
		for _, l := range out.Lines {
			for _, src := range l.Sources {
				if src.Origin == Suggested {
					want = append(want, src.Note)
				}
			}
		}
		var got []string
		for _, f := range CheckAnswers(modeltest.Cat(), a, short, modeltest.CheckDate) {
			if f.Rule == checker.RuleSuggestion {
				got = append(got, f.Message)
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("short=%v: reported %q, want %q", short, got, want)
		}
		plain := checker.Check(modeltest.Cat(), out.Markdown, checker.CheckOptions{Short: short, Now: modeltest.CheckDate})
		if n := len(rules(plain, checker.Warning)); n == 0 || countRule(plain, checker.RuleSuggestion) != len(want) {
			t.Errorf("short=%v: amjd check finds %d suggestions in the Markdown, want %d", short, countRule(plain, checker.RuleSuggestion), len(want))
		}
	}
}

// rules lists the rules of the findings at least as severe as min.
func rules(fs []checker.Finding, min checker.Severity) []string {
	var out []string
	for _, f := range fs {
		if f.Severity >= min && !slices.Contains(out, f.Rule) {
			out = append(out, f.Rule)
		}
	}
	return out
}

func countRule(fs []checker.Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule {
			n++
		}
	}
	return n
}

// Answers the posting cannot honour are said so in the review, with what to
// do: too few KPIs, a removed line the posting never used, years no line
// states.
func TestAnswersThePostingCannotHonourAreReported(t *testing.T) {
	c := modeltest.Cat()
	find := func(a answers.Answers, rule string) (checker.Finding, bool) {
		for _, f := range CheckAnswers(c, a, false, modeltest.CheckDate) {
			if f.Rule == rule {
				return f, true
			}
		}
		return checker.Finding{}, false
	}
	if f, ok := find(answers.Answers{KPIs: []answers.KPIAnswer{{ID: "nrr"}, {ID: "gross_retention"}}}, "few-kpis"); !ok || !strings.Contains(f.Message, "Only 2 KPIs") || f.Step != base.StepKPIs {
		t.Errorf("two KPIs: got %+v", f)
	}
	if _, ok := find(answers.Answers{}, "few-kpis"); ok {
		t.Error("amjd's own KPIs reported as too few")
	}
	f, ok := find(answers.Answers{Variant: "senior_account_manager", Responsibilities: answers.ListEdit{Remove: []string{"crm_habits"}}}, "edit-not-used")
	if !ok || !strings.Contains(f.Message, "crm_habits") || !strings.Contains(f.Message, "crm_team_standard") {
		t.Errorf("removing a line a senior posting does not use: got %+v", f)
	}
	if _, ok := find(answers.Answers{Variant: "senior_account_manager", Responsibilities: answers.ListEdit{Remove: []string{"crm_team_standard"}}}, "edit-not-used"); ok {
		t.Error("removing a line the posting uses was reported")
	}
	f, ok = find(answers.Answers{Variant: "junior_account_manager", Qualifications: answers.Qualifications{Years: 1}}, "years-not-used")
	if !ok || !strings.Contains(f.Message, "junior") {
		t.Errorf("years on a junior role: got %+v", f)
	}
	if _, ok := find(answers.Answers{Qualifications: answers.Qualifications{Years: 4}}, "years-not-used"); ok {
		t.Error("years the posting states were reported")
	}
	long := answers.Answers{About: strings.Repeat("We make bicycles for people who ride to work every day. ", 40)}
	if f, ok := find(long, "own-text-long"); !ok || !strings.Contains(f.Message, "your own text") {
		t.Errorf("a long About of the user's own: got %+v", f)
	}
	if _, ok := find(answers.Answers{}, "own-text-long"); ok {
		t.Error("amjd's own posting reported as long")
	}
}
