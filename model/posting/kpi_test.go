package posting

import (
	"amjd/model/answers"
	"regexp"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

func catalogKPILine(t *testing.T, id, target string) string {
	t.Helper()
	k, ok := modeltest.Cat().KPI(id)
	if !ok {
		t.Fatalf("no KPI %s", id)
	}
	fill := func(s string) string {
		return strings.NewReplacer("{clients}", "customers", "{client}", "customer").Replace(s)
	}
	return kpiSentence(k, target, fill)
}

// Targets typed the way hiring managers type them must give a line that reads
// as one sentence: no doubled comparator, no repeated phrase, no vague line.
func TestKPILinesReadWellForAnyTarget(t *testing.T) {
	cases := []struct{ id, target, want string }{
		{"gross_retention", "", "Gross revenue retention: how much of last year's revenue from your customers you keep, before any growth."},
		{"gross_retention", "94%", "Gross revenue retention of at least 94% across your book."},
		{"gross_retention", "94% or more", "Gross revenue retention of 94% or more across your book."},
		{"gross_retention", "94 % or higher.", "Gross revenue retention of 94 % or higher across your book."},
		{"gross_retention", ">= 94%", "Gross revenue retention of at least 94% across your book."},
		{"gross_retention", "≥94%", "Gross revenue retention of at least 94% across your book."},
		{"gross_retention", "at least 94%", "Gross revenue retention of at least 94% across your book."},
		{"gross_retention", "94%+", "Gross revenue retention of 94% or more across your book."},
		{"gross_retention", "above 90% every quarter", "Gross revenue retention of above 90% every quarter across your book."},
		{"gross_retention", "no more than 2 lost accounts", "Gross revenue retention: no more than 2 lost accounts."},
		{"gross_retention", "at least 94% or more", "Gross revenue retention: at least 94% or more."},
		{"nrr", "110%", "Net revenue retention of at least 110% with growth and losses counted."},
		{"nrr", "110% or better", "Net revenue retention of 110% or better with growth and losses counted."},
		{"nrr", "> 110%", "Net revenue retention of over 110% with growth and losses counted."},
		{"nrr", "115% by year end", "Net revenue retention: 115% by year end."},
		{"renewal_rate", "97%", "A renewal rate of at least 97% across the accounts due to renew."},
		{"renewal_rate", "97% of contracts renewed on time", "Renewal rate: 97% of contracts renewed on time."},
		{"renewal_rate", "every renewal closed 60 days early", "Renewal rate: every renewal closed 60 days early."},
		{"expansion_revenue", "12% a year", "Expansion revenue growth of at least 12% a year from the accounts you already have."},
		{"expansion_revenue", "12% a year from existing accounts", "Expansion revenue: 12% a year from existing accounts."},
		{"expansion_revenue", "$500k", "Expansion revenue growth of at least $500k from the accounts you already have."},
		{"expansion_revenue", "£1.2M per year", "Expansion revenue growth of at least £1.2M per year from the accounts you already have."},
		{"csat_nps", "at least 4.5 out of 5", "Customer satisfaction of at least 4.5 out of 5."},
		{"csat_nps", "4.5/5", "Customer satisfaction of at least 4.5/5."},
		{"csat_nps", "an NPS of 50 or more", "Customer satisfaction: an NPS of 50 or more."},
		{"csat_nps", "CSAT of 90% or higher", "Customer satisfaction: CSAT of 90% or higher."},
		{"response_time", "4 hours", "A first reply to your customers within 4 hours."},
		{"response_time", "within 4 working hours", "A first reply to your customers within 4 working hours."},
		{"response_time", "under 2 hours", "A first reply to your customers under 2 hours."},
		{"response_time", "24 hours or less", "A first reply to your customers in 24 hours or less."},
		{"response_time", "at least 4 hours", "Response time: at least 4 hours."},
		{"response_time", "a first reply within 4 working hours", "Response time: a first reply within 4 working hours."},
		{"forecast_accuracy", "95%", "Forecast accuracy of at least 95%."},
		{"forecast_accuracy", "within 5% each quarter", "Forecast accuracy within 5% each quarter."},
		{"forecast_accuracy", "±5%", "Forecast accuracy: ±5%."},
		{"account_reviews", "90%", "Current plans and quarterly reviews for at least 90% of your customers."},
		{"account_reviews", "100% or more", "Current plans and quarterly reviews for 100% or more of your customers."},
		{"account_reviews", "every account, every quarter", "Account reviews: every account, every quarter."},
		{"account_reviews", "", "Account reviews: the share of your customers with a current plan and a review this quarter."},
	}
	for _, tc := range cases {
		if got := catalogKPILine(t, tc.id, tc.target); got != tc.want {
			t.Errorf("%s %q:\n got %q\nwant %q", tc.id, tc.target, got, tc.want)
		}
	}
}

var doubledComparatorInLine = regexp.MustCompile(`(?i)(or more|or higher|at least|or better|within|or less)\W+(?:\w+\W+){0,3}(or more|or higher|at least|or better|within|or less)`)

// Whatever the target, no catalog KPI line doubles a comparator or says the
// same three words twice.
func TestKPILinesNeverDoubleUp(t *testing.T) {
	targets := []string{"", "94%", "94% or more", "at least 94%", "94%+", ">= 94%", "12% a year from existing accounts",
		"within 4 hours", "4 hours or less", "110% or better", "an NPS of 50 or more", "90% across your book",
		"97% of contracts renewed on time", "every account, every quarter"}
	for _, k := range modeltest.Cat().KPIs {
		for _, target := range targets {
			line := catalogKPILine(t, k.ID, target)
			if m := doubledComparatorInLine.FindString(line); m != "" {
				t.Errorf("%s %q: doubled comparator %q in %q", k.ID, target, m, line)
			}
			if repeated := threeWordRepeat(line); repeated != "" {
				t.Errorf("%s %q: %q appears twice in %q", k.ID, target, repeated, line)
			}
			if !strings.HasSuffix(line, ".") || strings.HasSuffix(line, "..") {
				t.Errorf("%s %q: %q does not end in one full stop", k.ID, target, line)
			}
		}
	}
}

// threeWordRepeat returns a run of three words that appears twice in s.
func threeWordRepeat(s string) string {
	words := strings.Fields(strings.ToLower(regexp.MustCompile(`[^\p{L}\p{N}% ]`).ReplaceAllString(s, " ")))
	seen := map[string]bool{}
	for i := 0; i+3 <= len(words); i++ {
		tri := strings.Join(words[i:i+3], " ")
		if seen[tri] {
			return tri
		}
		seen[tri] = true
	}
	return ""
}

func TestOwnKPILines(t *testing.T) {
	for in, want := range map[[2]string]string{
		{"New clients won", "six a year"}:  "New clients won: six a year.",
		{"New clients won", ""}:            "New clients won.",
		{"Upsell deals:", "10 or more."}:   "Upsell deals: 10 or more.",
		{"Churned seats", "< 2% a month"}:  "Churned seats: under 2% a month.",
		{"NPS", ">= 40"}:                   "NPS: at least 40.",
		{"Cross-sell", "3 products+"}:      "Cross-sell: 3 products+.",
		{"Meetings booked.", "12 a month"}: "Meetings booked: 12 a month.",
	} {
		if got := ownKPISentence(in[0], in[1]); got != want {
			t.Errorf("own KPI %q %q = %q, want %q", in[0], in[1], got, want)
		}
	}
}

// A target typed as managers write it, repeating the metric's name or its
// abbreviation, reads as one sentence that names the metric once.
func TestKPITargetRepeatingTheNameIsFoldedIn(t *testing.T) {
	c := modeltest.Cat()
	cases := []struct{ id, target, want string }{
		{"gross_retention", "GRR at least 92%", "Gross revenue retention of at least 92% across your book."},
		{"nrr", "NRR 112%", "Net revenue retention of at least 112% with growth and losses counted."},
		{"nrr", "Net revenue retention: 115% or more", "Net revenue retention of 115% or more with growth and losses counted."},
		{"gross_retention", "gross retention of 90%", "Gross revenue retention of at least 90% across your book."},
		{"response_time", "first reply within 2 hours", "A first reply to your clients within 2 hours."},
		{"gross_retention", "GRR", "Gross revenue retention: GRR."},
		{"renewal_rate", "renewals at 95%", "A renewal rate of at least 95% across the accounts due to renew."},
	}
	for _, tc := range cases {
		p := Assemble(c, answers.Answers{KPIs: []answers.KPIAnswer{{ID: tc.id, Target: tc.target}}})
		got := p.Texts(SecSuccess)
		if len(got) < 2 || got[1] != tc.want {
			t.Errorf("%s %q: got %q, want %q", tc.id, tc.target, got, tc.want)
		}
	}
	own := Assemble(c, answers.Answers{KPIs: []answers.KPIAnswer{{Name: "Referrals", Target: "referrals: 3 a quarter"}}}).Texts(SecSuccess)
	if len(own) < 2 || own[1] != "Referrals: 3 a quarter." {
		t.Errorf("own KPI: got %q", own)
	}
}

// A metric typed in as one of the catalog's, target and all, reads as the
// catalog's line; a metric of the user's own stays as they named it.
func TestOwnKPINamingACatalogMetricReadsAsIt(t *testing.T) {
	c := modeltest.Cat()
	cases := []struct{ name, target, want string }{
		{"GRR at least 92%", "", "Gross revenue retention of at least 92% across your book."},
		{"NRR: 112%", "", "Net revenue retention of at least 112% with growth and losses counted."},
		{"NRR", "110%", "Net revenue retention of at least 110% with growth and losses counted."},
		{"Retention of enterprise logos", "95%", "Retention of enterprise logos: 95%."},
		{"Referrals", "3 a quarter", "Referrals: 3 a quarter."},
		{"NRRx", "", "NRRx."},
		{"Retention of enterprise logos", "", "Retention of enterprise logos."},
	}
	for _, tc := range cases {
		got := Assemble(c, answers.Answers{KPIs: []answers.KPIAnswer{{Name: tc.name, Target: tc.target}}}).Texts(SecSuccess)
		if len(got) < 2 || got[1] != tc.want {
			t.Errorf("%q %q: got %q, want %q", tc.name, tc.target, got, tc.want)
		}
	}
}

// amjd never suggests more KPIs than it advises: 4-5 for every variant and
// mix, some new business included.
func TestSuggestedKPIsAreFourOrFive(t *testing.T) {
	c := modeltest.Cat()
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, m := range c.Mixes {
			for _, some := range []bool{false, true} {
				if n := len(Resolve(c, answers.Answers{Variant: v.ID, Mix: m.ID, SomeNewBusiness: some}).KPIs); n < 4 || n > 5 {
					t.Errorf("%s/%s (some new business: %v): %d KPIs suggested", v.ID, m.ID, some, n)
				}
			}
		}
	}
}
