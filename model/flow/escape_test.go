package flow

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// The suggestions and options the wizard shows are built from escaped
// answers; they must show a company or a tool as it was typed.
func TestTheWizardShowsAnswersAsTyped(t *testing.T) {
	company, crm := "E*Trade <EU> [beta] www.trade.example", "Sales_*CRM*"
	a := answers.Answers{Company: company, Tools: answers.Tools{Add: []string{crm}}}
	seen := map[string]bool{}
	for _, step := range Steps() {
		for _, f := range step.For(modeltest.Cat(), a).Fields {
			shown := []string{f.Placeholder}
			for _, o := range f.Options {
				shown = append(shown, o.Label)
			}
			for _, s := range shown {
				if strings.Contains(s, `\`) {
					t.Errorf("step %s, %s shows Markdown escapes: %q", step.ID, f.Key, s)
				}
				seen[company] = seen[company] || strings.Contains(s, company)
				seen[crm] = seen[crm] || strings.Contains(s, crm)
			}
		}
	}
	for _, typed := range []string{company, crm} {
		if !seen[typed] {
			t.Errorf("no suggestion or option shows %q as typed", typed)
		}
	}
}
