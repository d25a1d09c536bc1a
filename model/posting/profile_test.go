package posting

import (
	"reflect"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

func TestAnswersOverrideTheProfile(t *testing.T) {
	profile := answers.Answers{Company: "Acme", About: "We make anvils.", Benefits: []string{"A 13th month"}, Industry: "manufacturing",
		Location: answers.Location{Place: "Berlin, Germany", Workplace: "hybrid"}, Pay: answers.Pay{Currency: "EUR", Min: 1, Max: 2},
		Language: "en-GB", ReportsTo: "Head of Sales DACH", Variant: "key_account_manager"}
	got := answers.WithProfile(modeltest.Cat(), profile, answers.Answers{})
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
	if md := Assemble(modeltest.Cat(), got).Markdown(); !strings.Contains(md, "Berlin, Germany") {
		t.Errorf("the profile's place is not in the posting:\n%s", md)
	}
	// A posting in another country takes none of what belongs to the
	// profile's place: not its address, benefits or reporting line.
	got = answers.WithProfile(modeltest.Cat(), profile, answers.Answers{Company: "Acme Inc", Location: answers.Location{Place: "Denver, CO"}})
	if got.Company != "Acme Inc" || got.Location.Place != "Denver, CO" || got.Pay.Currency != "" || got.Language != "" ||
		got.Benefits != nil || got.ReportsTo != "" {
		t.Errorf("the Berlin profile's place-bound details reached Denver: %+v", got)
	}
	if got.About != "We make anvils." || got.Location.Workplace != "hybrid" || got.Industry != "manufacturing" {
		t.Errorf("what the answers leave empty did not come from the profile: %+v", got)
	}
	if md := Assemble(modeltest.Cat(), got).Markdown(); !strings.Contains(md, "$") || strings.Contains(md, "€") {
		t.Errorf("a Denver posting under a Berlin profile is not in dollars:\n%s", md)
	}
	// Another city in the same country keeps them.
	got = answers.WithProfile(modeltest.Cat(), profile, answers.Answers{Location: answers.Location{Place: "Munich, Germany"}, Benefits: []string{"Bike leasing"}})
	if got.ReportsTo != "Head of Sales DACH" || !reflect.DeepEqual(got.Benefits, []string{"Bike leasing"}) {
		t.Errorf("a Munich posting lost the reporting line, or its own benefits: %+v", got)
	}
	// A currency chosen against the profile's place is kept.
	profile.Pay.Currency = "USD"
	if got = answers.WithProfile(modeltest.Cat(), profile, answers.Answers{}); got.Pay.Currency != "USD" {
		t.Errorf("the profile's own choice of currency was lost: %q", got.Pay.Currency)
	}
}
