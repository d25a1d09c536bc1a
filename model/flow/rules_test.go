package flow

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
)

// A rule is written once: the wizard, line mode and answers files say the
// same thing about the same answer.
func TestTheWizardAndAnswersFilesShareEachRule(t *testing.T) {
	fileSays := func(a answers.Answers, path string) string {
		t.Helper()
		for _, e := range answers.Validate(modeltest.Cat(), a) {
			if e.Path == path {
				return e.Msg
			}
		}
		t.Fatalf("answers file: no problem at %s for %+v", path, a)
		return ""
	}
	typed := func(step, key, text string) string {
		t.Helper()
		a := answers.Answers{}
		err := field(t, step, key, a).Apply(&a, Value{Text: text})
		if err == nil {
			t.Fatalf("wizard accepted %s = %q", key, text)
		}
		return err.Error()
	}
	for _, c := range []struct {
		name, step, key, text, path string
		file                        answers.Answers
	}{
		{"accounts", base.StepBook, "accounts", "200000", "book.accounts", answers.Answers{Book: answers.Book{Accounts: 200_000}}},
		{"revenue", base.StepBook, "revenue", "-5", "book.revenue", answers.Answers{Book: answers.Book{Revenue: -5}}},
		{"years", base.StepSkills, "years", "41", "qualifications.years", answers.Answers{Qualifications: answers.Qualifications{Years: 41}}},
		{"team size", base.StepReporting, "team_size", "20000", "team.size", answers.Answers{Team: answers.Team{Size: 20_000}}},
		{"pay", base.StepPay, "pay_min", "0.5", "pay.min", answers.Answers{Pay: answers.Pay{Min: 0.5, Max: 10}}},
		{"pay ceiling", base.StepPay, "pay_max", "200000000", "pay.max", answers.Answers{Pay: answers.Pay{Min: 10, Max: 200_000_000}}},
		{"title", base.StepCompany, "title", strings.Repeat("x", 121), "title", answers.Answers{Title: strings.Repeat("x", 121)}},
		{"closing date", base.StepAbout, "closing_date", "03/04/2027", "closing_date", answers.Answers{ClosingDate: "03/04/2027"}},
		{"closing date order", base.StepAbout, "closing_date", "31/01/2027", "closing_date", answers.Answers{ClosingDate: "31/01/2027"}},
	} {
		if wizard, file := typed(c.step, c.key, c.text), fileSays(c.file, c.path); wizard != file {
			t.Errorf("%s: the wizard says %q, an answers file %q", c.name, wizard, file)
		}
	}
	steps := Steps()
	inverted := answers.Answers{Pay: answers.Pay{Min: 90_000, Max: 60_000}}
	if got, want := steps[StepIndex(base.StepPay)].For(modeltest.Cat(), inverted).Block, answers.Sentence(fileSays(inverted, "pay.max")); got != want {
		t.Errorf("inverted pay: the wizard says %q, an answers file %q", got, want)
	}
	many := answers.Answers{KPIs: make([]answers.KPIAnswer, answers.MaxKPIs+1)}
	for i := range many.KPIs {
		many.KPIs[i].Name = "KPI"
	}
	if got, want := steps[StepIndex(base.StepKPIs)].For(modeltest.Cat(), many).Block, answers.Sentence(fileSays(many, "kpis")); got != want {
		t.Errorf("too many KPIs: the wizard says %q, an answers file %q", got, want)
	}
}
