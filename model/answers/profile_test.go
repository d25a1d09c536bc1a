package answers_test

import (
	"reflect"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

func TestProfileHoldsOnlyCompanyDetails(t *testing.T) {
	good := "company: Acme\nwebsite: https://acme.example\nlocation:\n  place: Berlin, Germany\n  workplace: hybrid\n" +
		"pay:\n  currency: EUR\nbenefits: [\"30 days of holiday\"]\ntools:\n  add: [\"Pipedrive\"]\nreports_to: Head of Sales\n"
	p, err := answers.ParseProfile(modeltest.Cat(), "profile.yaml", []byte(good))
	if err != nil {
		t.Fatalf("a profile of company details was refused: %v", err)
	}
	if p.Company != "Acme" || p.Pay.Currency != "EUR" || p.Location.Place != "Berlin, Germany" {
		t.Errorf("profile read wrong: %+v", p)
	}
	bad := "company: Acme\nvariant: key_account_manager\npay:\n  currency: EUR\n  min: 60000\nkpis:\n  - id: nrr\n"
	_, err = answers.ParseProfile(modeltest.Cat(), "profile.yaml", []byte(bad))
	if err == nil {
		t.Fatal("a profile holding a posting's answers was accepted")
	}
	want := []string{
		"profile.yaml:2:10: variant: belongs to one posting, not to the company profile",
		"profile.yaml:5:8: pay.min: a profile holds only the currency of pay",
		"profile.yaml:6:1: kpis: belongs to one posting",
	}
	lines := strings.Split(err.Error(), "\n")
	if len(lines) != len(want) {
		t.Fatalf("errors:\n%v", err)
	}
	for i, w := range want {
		if !strings.HasPrefix(lines[i], w) {
			t.Errorf("error %d: %q, want it to start %q", i, lines[i], w)
		}
	}
	if !strings.Contains(lines[0], "(allowed: company, website,") {
		t.Errorf("the error does not list what a profile may hold: %s", lines[0])
	}
}

// What the wizard saves as a profile loads back as the same profile.
func TestProfileRoundTrip(t *testing.T) {
	a := modeltest.FillAll("Acme ? \"quoted\" .nan")
	a.Location.Workplace, a.Pay.Currency, a.Language = "remote", "GBP", "en-GB"
	data, err := answers.File(answers.ProfileOf(a))
	if err != nil {
		t.Fatal(err)
	}
	p, err := answers.ParseProfile(modeltest.Cat(), "profile.yaml", data)
	if err != nil {
		t.Fatalf("a saved profile does not load: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(p, answers.ProfileOf(a)) {
		t.Errorf("round trip changed the profile:\n got %+v\nwant %+v", p, answers.ProfileOf(a))
	}
	if d := answers.DescribeProfile(p); !strings.HasPrefix(d, "Acme ? \"quoted\" .nan · ") || !strings.Contains(d, " · also about, benefits, equal opportunity") {
		t.Errorf("description %q", d)
	}
}
