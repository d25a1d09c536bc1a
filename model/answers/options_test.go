package answers_test

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// Options match as a person types them: case, spaces, hyphens and
// underscores do not matter.
func TestOptionsMatchAsTyped(t *testing.T) {
	yaml := `variant: Key Account Manager
industry: Software
mix: Renewal-Heavy
employment_type: Full time
location: {workplace: Hybrid, travel: OCCASIONAL}
pay: {min: 50000, max: 60000, currency: gbp, period: Year}
language: en-gb
complexity: {teams: Teams Several}
kpis: [{id: NRR, target: 110%}]
`
	a, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	got := []string{a.Variant, a.Industry, a.Mix, a.EmploymentType, a.Location.Workplace, a.Location.Travel,
		a.Pay.Currency, a.Pay.Period, a.Language, a.Complexity["teams"], a.KPIs[0].ID}
	want := []string{"key_account_manager", "software", "renewal_heavy", "full_time", "hybrid", "occasional",
		"GBP", "year", "en-GB", "teams_several", "nrr"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("read as %v\nwant    %v", got, want)
	}
}

// An option that still matches nothing names the nearest allowed one, and
// lists them all.
func TestAnUnknownOptionNamesTheNearest(t *testing.T) {
	for yaml, want := range map[string]string{
		"location: {workplace: hybird}": `location.workplace: unknown option "hybird"; did you mean "hybrid"? (allowed: `,
		"mix: retension":                `mix: unknown option "retension"; did you mean "retention"?`,
		"pay: {currency: pounds}":       `pay.currency: unknown option "pounds" (allowed: USD,`,
		"pay: {currency: gpb}":          `unknown option "gpb"; did you mean "GBP"?`,
		"mix: blend":                    `unknown option "blend"; did you mean "blended"?`,
		"pay: {period: Per Year}":       `unknown option "Per Year"; did you mean "year"?`,
	} {
		_, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(yaml+"\n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v\nwant %s", yaml, err, want)
		}
	}
}
