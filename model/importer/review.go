package importer

import (
	"fmt"
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// Filled names the fields the posting gave, in the answers file's order.
func (r Result) Filled() []string {
	a := r.Answers
	var out []string
	add := func(ok bool, name string) {
		if ok {
			out = append(out, name)
		}
	}
	add(a.Title != "", "title")
	add(a.Company != "", "company")
	add(a.Website != "", "website")
	add(len(a.AccountTypes) > 0, "account types")
	add(a.Book.Accounts > 0 || a.Book.Revenue > 0, "book of business")
	add(len(a.KPIs) == 1, "a KPI")
	add(len(a.KPIs) > 1, fmt.Sprintf("%d KPIs", len(a.KPIs)))
	add(len(a.Responsibilities.Add) > 0, "responsibilities")
	add(len(a.Skills.Add) > 0, "skills")
	add(len(a.Qualifications.ExtraRequired)+len(a.Qualifications.ExtraPreferred) > 0, "qualifications")
	add(len(a.Tools.Use)+len(a.Tools.Add) > 0, "tools")
	add(a.ReportsTo != "", "reporting line")
	add(a.Team.Size > 0, "team size")
	add(a.Pay.Min > 0, "pay")
	add(len(a.Benefits) > 0, "benefits")
	add(a.Location.Place != "", "location")
	add(a.About != "", "about the company")
	add(a.HowToApply != "", "how to apply")
	add(a.ClosingDate != "", "closing date")
	return out
}

// FirstGap is the wizard step of the first field the posting did not give,
// or "" when it gave them all.
func (r Result) FirstGap() string {
	if len(r.Gaps) == 0 {
		return ""
	}
	return r.Gaps[0].Step
}

// Findings are what the review lists of an import: where the answers came
// from and what amjd inferred, then each gap with the step that fills it.
func (r Result) Findings(source string) []checker.Finding {
	var inferred []string
	for _, n := range r.Inferred {
		inferred = append(inferred, fmt.Sprintf("%s %s (line %d)", n.Field, n.Value, n.Line))
	}
	msg := fmt.Sprintf("From %s: %s came from the old posting and count as your answers.", source, base.JoinAnd(r.Filled()))
	if len(inferred) > 0 {
		msg += " Inferred, so check them: " + strings.Join(inferred, ", ") + "."
	}
	out := []checker.Finding{{Rule: "imported", Severity: checker.Info, Step: base.StepVariant, Message: msg,
		Fix: "Open a step to change what was imported."}}
	for _, g := range r.Gaps {
		out = append(out, checker.Finding{Rule: "imported-gap", Severity: checker.Info, Step: g.Step,
			Message: fmt.Sprintf("Not in the old posting: %s.", gapName(g.Field)),
			Fix:     "Give it in the step this opens, or leave it out."})
	}
	return out
}

func gapName(field string) string {
	return map[string]string{
		"company": "the company's name", "industry": "the industry", "book.accounts": "how many accounts the book holds",
		"book.revenue": "the book's revenue", "mix": "the commercial mix", "kpis": "the KPIs and targets",
		"responsibilities": "the responsibilities", "tools": "the tools", "reports_to": "the reporting line",
		"pay": "the pay range", "location.place": "where the job is", "about": "the text about the company",
		"how_to_apply": "how to apply",
	}[field]
}

// Summary says in a line or two what was imported: the job, what was
// inferred and what is missing.
func (r Result) Summary() string {
	a := r.Answers
	what := a.Title
	if a.Company != "" {
		what += " at " + a.Company
	}
	var inferred, gaps []string
	for _, n := range r.Inferred {
		inferred = append(inferred, n.Field+" "+n.Value)
	}
	for _, g := range r.Gaps {
		gaps = append(gaps, g.Field)
	}
	out := "Imported " + strings.TrimSuffix(base.Printable(what), ".") + "." // "Okanagan Grounds Co." ends the sentence once
	if len(inferred) > 0 {
		out += " Inferred: " + strings.Join(inferred, ", ") + "."
	}
	if len(gaps) > 0 {
		out += " Not in the posting: " + strings.Join(gaps, ", ") + "."
	}
	if len(r.Cut) > 0 {
		out += fmt.Sprintf(" %d over the answers' limits or rules: cut or left out (listed in the file).", len(r.Cut))
	}
	return out
}
