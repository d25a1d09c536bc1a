package checker

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"amjd/model/internal/modeltest"
)

func TestPayTransparencyDetails(t *testing.T) {
	base := "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by retention.\n\n## Requirements\n- Salesforce.\n\n## Nice to have\n- SaaS.\n\nYou report to the Head of AM. Apply at jobs.example.\n"
	cases := []struct {
		name, where, pay string
		want             Severity
		contains         string
	}{
		{"no range in Colorado", "Denver, CO", "", Error, "Colorado (Equal Pay for Equal Work Act, in force from 1 January 2021"},
		{"open-ended in NYC", "New York City", "Pay: up to $90,000.", Error, "open-ended"},
		{"from only in California", "San Francisco, California", "Pay: from $70,000.", Error, "open-ended"},
		{"and up in Colorado", "Loveland, Colorado", "Base salary: $57,500 and up, depending on experience.", Error, "open-ended"},
		{"range ok in Washington, benefits missing", "Seattle, WA", "Pay: $70,000 to $90,000 per year.", Error, "description of benefits"},
		{"Washington benefits put off to the offer", "Seattle, WA", "Pay: $70,000 to $90,000 per year.\n\nBenefits and other compensation: we'll go through these with you when we make an offer.", Error, "description of benefits"},
		{"Ontario range too wide", "Toronto, Ontario", "Pay: CA$60,000 to CA$120,000 per year.", Error, "allows at most 50,000"},
		{"a bonus's range is no pay range", "Toronto, Ontario", "Base salary to be discussed at interview. A yearly bonus of $4,000 to $9,000.", Error, "No pay range"},
		{"Ontario monthly range too wide over a year", "Toronto, Ontario", "Pay: $4,600 to $9,500 a month.", Error, "58,800 wide over a year"},
		{"EU may be before interview", "Berlin, Germany", "", Warning, "before the first interview"},
		{"remote anywhere in the US", "Remote, United States", "", Error, "Colorado"},
		{"Washington DC is not Washington State", "Washington, DC", "", Error, "District of Columbia"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := Check(modeltest.Cat(), base+tc.pay+"\n", CheckOptions{Now: modeltest.CheckDate, Location: tc.where})
			var got []string
			found := false
			for _, f := range fs {
				if f.Rule == "pay-transparency" {
					got = append(got, f.Severity.String()+": "+f.Message)
					if f.Severity == tc.want && strings.Contains(f.Message, tc.contains) {
						found = true
						if !strings.Contains(f.Message, "not legal advice") {
							t.Error("pay finding does not say it is not legal advice")
						}
					}
				}
			}
			if !found {
				t.Errorf("want %s containing %q; got %q", tc.want, tc.contains, got)
			}
		})
	}
	// $28 to $34 an hour is $12,480 over a year: within Ontario's $50,000.
	for _, f := range Check(modeltest.Cat(), base+"Pay: $28 to $34 an hour.\n", CheckOptions{Now: modeltest.CheckDate, Location: "Toronto, Ontario"}) {
		if strings.Contains(f.Message, " wide") {
			t.Errorf("an hourly range within the law: %q", f.Message)
		}
	}
	// Washington State must not fire for DC, nor any law for a place without one.
	for where, absent := range map[string]string{"Washington, DC": "Washington State", "Manchester, United Kingdom": "pay-transparency", "Austin, Texas": "pay-transparency"} {
		for _, f := range Check(modeltest.Cat(), base, CheckOptions{Now: modeltest.CheckDate, Location: where}) {
			if f.Rule == "pay-transparency" && (absent == "pay-transparency" || strings.Contains(f.Message, absent)) {
				t.Errorf("%s: unexpected finding %q", where, f.Message)
			}
		}
	}
	// A law not yet in force is an info, not an error.
	early := Check(modeltest.Cat(), base, CheckOptions{Now: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), Location: "Toronto, Ontario"})
	if f, ok := findRule(early, "pay-transparency"); !ok || f.Severity != Info || !strings.Contains(f.Message, "1 January 2026") {
		t.Errorf("before Ontario's date: %+v", f)
	}
}

func TestPayLawsFromFreeTextAreNotGuessedFromPronouns(t *testing.T) {
	text := "# Account Manager\n\nAbout Us\n\nJoin us in Austin, TX. You manage 18 accounts worth $3M.\n"
	for _, f := range check(text) {
		if f.Rule == "pay-transparency" {
			t.Errorf("\"Us\" was read as the United States: %s", f.Message)
		}
	}
	remote := "# Account Manager\n\nRemote (US). You manage 18 accounts worth $3M.\n"
	var pay []Finding
	for _, f := range check(remote) {
		if f.Rule == "pay-transparency" && f.Severity == Error && !strings.Contains(f.Message, "benefits") {
			pay = append(pay, f)
		}
	}
	inForce := 0 // the US laws in force on the check's date
	for _, law := range modeltest.Cat().PayLaws.Laws {
		effective, _ := time.Parse(time.DateOnly, law.Effective)
		if law.Places[0].Country == "US" && !modeltest.CheckDate.Before(effective) {
			inForce++
		}
	}
	if want := fmt.Sprintf("%d pay-transparency laws", inForce); len(pay) != 1 || !strings.Contains(pay[0].Message, want) {
		t.Errorf("a remote US role should give one grouped error naming %q, got %d: %v", want, len(pay), pay)
	}
}
