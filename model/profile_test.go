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
	profile := Answers{Company: "Acme", About: "We make anvils.", Benefits: []string{"A 13th month"}, Industry: "manufacturing",
		Location: Location{Place: "Berlin, Germany", Workplace: "hybrid"}, Pay: Pay{Currency: "EUR", Min: 1, Max: 2},
		Language: "en-GB", ReportsTo: "Head of Sales DACH", Variant: "key_account_manager"}
	got := WithProfile(cat(), profile, Answers{})
	if got.Company != "Acme" || got.About != "We make anvils." || got.Industry != "manufacturing" ||
		got.Location.Workplace != "hybrid" || len(got.Benefits) != 1 || got.ReportsTo != "Head of Sales DACH" {
		t.Errorf("a new posting did not take the profile: %+v", got)
	}
	if got.Variant != "" || got.Pay.Min != 0 {
		t.Errorf("a profile carried a posting's answers: %+v", got)
	}
	// Berlin's currency and spelling follow Berlin: they are not set as if
	// chosen, so a place typed later moves them.
	if got.Pay.Currency != "" || got.Language != "" {
		t.Errorf("currency %q and spelling %q were set though they follow the place", got.Pay.Currency, got.Language)
	}
	if md := Assemble(cat(), got).Markdown(); !strings.Contains(md, "Berlin, Germany") {
		t.Errorf("the profile's place is not in the posting:\n%s", md)
	}
	// A posting in another country takes none of what belongs to the
	// profile's place: not its address, benefits or reporting line.
	got = WithProfile(cat(), profile, Answers{Company: "Acme Inc", Location: Location{Place: "Denver, CO"}})
	if got.Company != "Acme Inc" || got.Location.Place != "Denver, CO" || got.Pay.Currency != "" || got.Language != "" ||
		got.Benefits != nil || got.ReportsTo != "" {
		t.Errorf("the Berlin profile's place-bound details reached Denver: %+v", got)
	}
	if got.About != "We make anvils." || got.Location.Workplace != "hybrid" || got.Industry != "manufacturing" {
		t.Errorf("what the answers leave empty did not come from the profile: %+v", got)
	}
	if md := Assemble(cat(), got).Markdown(); !strings.Contains(md, "$") || strings.Contains(md, "€") {
		t.Errorf("a Denver posting under a Berlin profile is not in dollars:\n%s", md)
	}
	// Another city in the same country keeps them.
	got = WithProfile(cat(), profile, Answers{Location: Location{Place: "Munich, Germany"}, Benefits: []string{"Bike leasing"}})
	if got.ReportsTo != "Head of Sales DACH" || !reflect.DeepEqual(got.Benefits, []string{"Bike leasing"}) {
		t.Errorf("a Munich posting lost the reporting line, or its own benefits: %+v", got)
	}
	// A currency chosen against the profile's place is kept.
	profile.Pay.Currency = "USD"
	if got = WithProfile(cat(), profile, Answers{}); got.Pay.Currency != "USD" {
		t.Errorf("the profile's own choice of currency was lost: %q", got.Pay.Currency)
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
	if d := DescribeProfile(p); !strings.HasPrefix(d, "Acme ? \"quoted\" .nan · ") || !strings.Contains(d, " · also about, benefits, equal opportunity") {
		t.Errorf("description %q", d)
	}
}
