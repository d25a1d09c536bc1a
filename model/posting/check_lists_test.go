package posting

import (
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/internal/modeltest"

	"testing"
	"time"
)

// A closing date that has passed is an error naming the step that sets it.
func TestClosingDateThatHasPassed(t *testing.T) {
	for date, want := range map[string]bool{"2020-01-01": true, modeltest.CheckDate.Format(time.DateOnly): false, "2099-01-01": false} {
		var found bool
		for _, f := range CheckAnswers(modeltest.Cat(), answers.Answers{ClosingDate: date}, false, modeltest.CheckDate) {
			found = found || f.Rule == "closing-date-passed" && f.Severity == checker.Error && f.Step == base.StepAbout
		}
		if found != want {
			t.Errorf("closing date %s: flagged %v, want %v", date, found, want)
		}
	}
}

// A finding on a line knows the field that fixes it where the line's step has
// several: the placeholders of the last step are told apart.
func TestFindingsNameTheFieldThatFixesThem(t *testing.T) {
	want := map[string]string{"how_to_apply": base.StepAbout, "about": base.StepAbout, "reports_to": base.StepReporting}
	got := map[string]string{}
	for _, f := range CheckAnswers(modeltest.Cat(), answers.Answers{}, false, modeltest.CheckDate) {
		if f.Rule == checker.RuleSuggestion && f.Field != "" {
			got[f.Field] = f.Step
		}
	}
	for field, step := range want {
		if got[field] != step {
			t.Errorf("no suggestion finding names field %s of step %s; named: %v", field, step, got)
		}
	}
}
