package flow

import (
	"slices"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

// What a paste brings (list markers, runs of spaces, a lone comma) is gone
// from every list the user writes; the items keep the user's casing.
func TestPastedListsAreCleanedItemByItem(t *testing.T) {
	pasted := "• • visit garages weekly\n- handle stock queries\n   too   many spaces \nstock , orders\n!!!\n , \n1. Renew contracts"
	want := []string{"visit garages weekly", "handle stock queries", "too many spaces", "stock, orders", "Renew contracts"}
	lists := []struct {
		step, key string
		got       func(answers.Answers) []string
	}{
		{base.StepResponsibilities, "responsibilities_add", func(a answers.Answers) []string { return a.Responsibilities.Add }},
		{base.StepSkills, "skills_add", func(a answers.Answers) []string { return a.Skills.Add }},
		{base.StepSkills, "extra_required", func(a answers.Answers) []string { return a.Qualifications.ExtraRequired }},
		{base.StepSkills, "extra_preferred", func(a answers.Answers) []string { return a.Qualifications.ExtraPreferred }},
		{base.StepTools, "tools_add", func(a answers.Answers) []string { return a.Tools.Add }},
		{base.StepPay, "benefits", func(a answers.Answers) []string { return a.Benefits }},
	}
	for _, l := range lists {
		var a answers.Answers
		apply(t, &a, l.step, l.key, Value{Text: pasted})
		if got := l.got(a); !slices.Equal(got, want) {
			t.Errorf("%s: %q, want %q", l.key, got, want)
		}
		// The field, built again, shows the list as taken.
		if shown := field(t, l.step, l.key, a).Value.Text; shown != strings.Join(want, "\n") {
			t.Errorf("%s shows %q", l.key, shown)
		}
	}
	var a answers.Answers
	apply(t, &a, base.StepKPIs, "kpi_own", Value{Text: "- Garage visits : 40 a month"})
	if own := a.KPIs[len(a.KPIs)-1]; own.Name != "Garage visits" || own.Target != "40 a month" {
		t.Errorf("own KPI: %+v", own)
	}
}

func TestTypedLinesAreCleanedAndATitleCapitalised(t *testing.T) {
	var a answers.Answers
	apply(t, &a, base.StepCompany, "title", Value{Text: "# account manager"})
	apply(t, &a, base.StepCompany, "company", Value{Text: "  Acme   Motor Factors , Leeds "})
	apply(t, &a, base.StepPay, "variable", Value{Text: "- 10% commission"})
	apply(t, &a, base.StepReporting, "reports_to", Value{Text: "• head of sales"})
	if a.Title != "Account Manager" || a.Company != "Acme Motor Factors, Leeds" || a.Pay.Variable != "10% commission" || a.ReportsTo != "head of sales" {
		t.Errorf("taken as %q, %q, %q, %q", a.Title, a.Company, a.Pay.Variable, a.ReportsTo)
	}
	if md := posting.Assemble(modeltest.Cat(), a).Markdown(); !strings.Contains(md, "# Account Manager") {
		t.Errorf("the posting does not read the cleaned title:\n%s", md)
	}
	apply(t, &a, base.StepCompany, "title", Value{Text: "VP of Sales, eCommerce"})
	if a.Title != "VP of Sales, eCommerce" {
		t.Errorf("a title with capitals is kept as typed: %q", a.Title)
	}
	apply(t, &a, base.StepCompany, "title", Value{Text: "!!!"})
	if a.Title != "" {
		t.Errorf("a title of punctuation alone is dropped: %q", a.Title)
	}
	steps := Steps()
	company := steps[StepIndex(base.StepCompany)]
	apply(t, &a, base.StepCompany, "title", Value{Text: "# key account manager"})
	if shown, changed := company.Cleaned(modeltest.Cat(), a, "title", Value{Text: "# key account manager"}); !changed || shown.Text != "Key Account Manager" {
		t.Errorf("line mode is told the title reads %q (changed %v)", shown.Text, changed)
	}
	if _, changed := company.Cleaned(modeltest.Cat(), a, "title", Value{Text: "Key Account Manager"}); changed {
		t.Error("a title taken as typed is reported as cleaned")
	}
}

// A closing date is typed in the order of the posting's English, which
// the place decides; it is kept as year-month-day and shown written out.
func TestClosingDateIsTypedInTheReadersOrder(t *testing.T) {
	us := answers.Answers{Location: answers.Location{Place: "Chicago, IL"}}
	apply(t, &us, base.StepAbout, "closing_date", Value{Text: "01/31/2027"})
	if us.ClosingDate != "2027-01-31" {
		t.Errorf("Chicago, 01/31/2027: kept %q", us.ClosingDate)
	}
	if shown := field(t, base.StepAbout, "closing_date", us).Value.Text; shown != "January 31, 2027" {
		t.Errorf("Chicago: the field shows %q", shown)
	}
	if md := posting.Assemble(modeltest.Cat(), us).Markdown(); !strings.Contains(md, "January 31, 2027") {
		t.Errorf("the posting does not give the closing date:\n%s", md)
	}
	uk := answers.Answers{Location: answers.Location{Place: "Leeds, UK"}}
	apply(t, &uk, base.StepAbout, "closing_date", Value{Text: "31/01/2027"})
	if shown := field(t, base.StepAbout, "closing_date", uk).Value.Text; uk.ClosingDate != "2027-01-31" || shown != "31 January 2027" {
		t.Errorf("Leeds, 31/01/2027: kept %q, shown %q", uk.ClosingDate, shown)
	}
	for _, tc := range []struct {
		a          answers.Answers
		typed, err string
	}{
		{us, "31/01/2027", "if you mean January 31, 2027, write it as 2027-01-31"},
		{uk, "01/31/2027", "if you mean 31 January 2027, write it as 2027-01-31"},
		{us, "03/04/2027", "03/04/2027 could be March 4, 2027 or April 3, 2027: write it as 2027-03-04 or 2027-04-03"},
	} {
		a := tc.a
		err := field(t, base.StepAbout, "closing_date", a).Apply(&a, Value{Text: tc.typed})
		if err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("%s, %s: %v; want %q", tc.a.Location.Place, tc.typed, err, tc.err)
		}
	}
	apply(t, &us, base.StepAbout, "closing_date", Value{Text: ""})
	if us.ClosingDate != "" {
		t.Errorf("an empty date is kept as %q", us.ClosingDate)
	}
}
