package model

import (
	"reflect"
	"strings"
	"testing"
)

func TestProfileHoldsOnlyCompanyDetails(t *testing.T) {
	good := "company: Acme\nwebsite: https://acme.example\nlocation:\n  place: Berlin, Germany\n  workplace: hybrid\n" +
		"pay:\n  currency: EUR\nbenefits: [\"30 days of holiday\"]\ntools:\n  add: [\"Pipedrive\"]\nreports_to: Head of Sales\n"
	p, err := ParseProfile(cat(), "profile.yaml", []byte(good))
	if err != nil {
		t.Fatalf("a profile of company details was refused: %v", err)
	}
	if p.Company != "Acme" || p.Pay.Currency != "EUR" || p.Location.Place != "Berlin, Germany" {
		t.Errorf("profile read wrong: %+v", p)
	}
	bad := "company: Acme\nvariant: key_account_manager\npay:\n  currency: EUR\n  min: 60000\nkpis:\n  - id: nrr\n"
	_, err = ParseProfile(cat(), "profile.yaml", []byte(bad))
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

func TestAnswersOverrideTheProfile(t *testing.T) {
	profile := Answers{Company: "Acme", About: "We make anvils.", Benefits: []string{"Free anvils"},
		Location: Location{Place: "Berlin, Germany", Workplace: "hybrid"}, Pay: Pay{Currency: "EUR", Min: 1, Max: 2},
		Language: "en-GB", ReportsTo: "Head of Sales", Variant: "key_account_manager"}
	got := WithProfile(profile, Answers{})
	if got.Company != "Acme" || got.About != "We make anvils." || got.Pay.Currency != "EUR" || got.Language != "en-GB" ||
		got.Location.Workplace != "hybrid" || len(got.Benefits) != 1 {
		t.Errorf("a new posting did not take the profile: %+v", got)
	}
	if got.Variant != "" || got.Pay.Min != 0 {
		t.Errorf("a profile carried a posting's answers: %+v", got)
	}
	// A posting in another city takes none of the profile's place, and its
	// currency and spelling follow its own place.
	got = WithProfile(profile, Answers{Company: "Acme Inc", Location: Location{Place: "Denver, CO"}, Benefits: []string{"401(k)"}})
	if got.Company != "Acme Inc" || got.Location.Place != "Denver, CO" || got.Pay.Currency != "" || got.Language != "" ||
		!reflect.DeepEqual(got.Benefits, []string{"401(k)"}) {
		t.Errorf("the answers did not win: %+v", got)
	}
	if got.About != "We make anvils." || got.Location.Workplace != "hybrid" {
		t.Errorf("what the answers leave empty did not come from the profile: %+v", got)
	}
	if md := Assemble(cat(), got).Markdown(); !strings.Contains(md, "$") || strings.Contains(md, "€") {
		t.Errorf("a Denver posting under a Berlin profile is not in dollars:\n%s", md)
	}
}

// What the wizard saves as a profile loads back as the same profile.
func TestProfileRoundTrip(t *testing.T) {
	a := fillAll("Acme ? \"quoted\" .nan")
	a.Location.Workplace, a.Pay.Currency, a.Language = "remote", "GBP", "en-GB"
	data, err := AnswersFile(ProfileOf(a))
	if err != nil {
		t.Fatal(err)
	}
	p, err := ParseProfile(cat(), "profile.yaml", data)
	if err != nil {
		t.Fatalf("a saved profile does not load: %v\n%s", err, data)
	}
	if !reflect.DeepEqual(p, ProfileOf(a)) {
		t.Errorf("round trip changed the profile:\n got %+v\nwant %+v", p, ProfileOf(a))
	}
	if d := DescribeProfile(p); !strings.HasPrefix(d, "Acme ? \"quoted\" .nan · ") || !strings.HasSuffix(d, "more details") {
		t.Errorf("description %q", d)
	}
}
