package model

import (
	"strings"
	"testing"
)

// A rule is written once: the wizard, line mode and answers files say the
// same thing about the same answer.
func TestTheWizardAndAnswersFilesShareEachRule(t *testing.T) {
	fileSays := func(a Answers, path string) string {
		t.Helper()
		for _, e := range Validate(cat(), a) {
			if e.Path == path {
				return e.Msg
			}
		}
		t.Fatalf("answers file: no problem at %s for %+v", path, a)
		return ""
	}
	typed := func(step, key, text string) string {
		t.Helper()
		a := Answers{}
		err := field(t, step, key, a).Apply(&a, Value{Text: text})
		if err == nil {
			t.Fatalf("wizard accepted %s = %q", key, text)
		}
		return err.Error()
	}
	for _, c := range []struct {
		name, step, key, text, path string
		file                        Answers
	}{
		{"accounts", StepBook, "accounts", "200000", "book.accounts", Answers{Book: Book{Accounts: 200_000}}},
		{"revenue", StepBook, "revenue", "-5", "book.revenue", Answers{Book: Book{Revenue: -5}}},
		{"years", StepSkills, "years", "41", "qualifications.years", Answers{Qualifications: Qualifications{Years: 41}}},
		{"team size", StepReporting, "team_size", "20000", "team.size", Answers{Team: Team{Size: 20_000}}},
		{"pay", StepPay, "pay_min", "0.5", "pay.min", Answers{Pay: Pay{Min: 0.5, Max: 10}}},
		{"pay ceiling", StepPay, "pay_max", "200000000", "pay.max", Answers{Pay: Pay{Min: 10, Max: 200_000_000}}},
		{"title", StepCompany, "title", strings.Repeat("x", 121), "title", Answers{Title: strings.Repeat("x", 121)}},
	} {
		if wizard, file := typed(c.step, c.key, c.text), fileSays(c.file, c.path); wizard != file {
			t.Errorf("%s: the wizard says %q, an answers file %q", c.name, wizard, file)
		}
	}
	steps := Steps()
	inverted := Answers{Pay: Pay{Min: 90_000, Max: 60_000}}
	if got, want := steps[StepIndex(StepPay)].For(cat(), inverted).Block, Sentence(fileSays(inverted, "pay.max")); got != want {
		t.Errorf("inverted pay: the wizard says %q, an answers file %q", got, want)
	}
	many := Answers{KPIs: make([]KPIAnswer, MaxKPIs+1)}
	for i := range many.KPIs {
		many.KPIs[i].Name = "KPI"
	}
	if got, want := steps[StepIndex(StepKPIs)].For(cat(), many).Block, Sentence(fileSays(many, "kpis")); got != want {
		t.Errorf("too many KPIs: the wizard says %q, an answers file %q", got, want)
	}
}
