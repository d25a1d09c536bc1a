package flow

import (
	"errors"
	"slices"
	"strings"
	"time"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/posting"
)

// The steps about the people around the role and the close of the posting:
// reporting line and team, the company, how to apply, equal opportunity and
// the optional sections.

var stepReporting = Step{
	ID:    base.StepReporting,
	Title: "Reporting line and team",
	Why:   "Say who the role reports to and who it works with; use a role, not a name.",
	build: func(in stepInput) []Field {
		reports := textField("reports_to", "Reports to", "For example: "+strings.Join(in.c.ReportingLines[:3], ", "), answers.MaxTitleLen,
			func(a *answers.Answers) *string { return &a.ReportsTo }, in.a.ReportsTo, in.r.ReportsTo)
		reports.Suggested = true
		size := integerField("team_size", "Team size (people, including the new hire)", answers.TeamSizeRange, func(a *answers.Answers) *int { return &a.Team.Size })
		size.Value.Text, size.Placeholder, size.Example = numberText(in.a.Team.Size), "optional", true
		w := posting.NewWording(in.c, in.a, in.r)
		// A career path and a first-90-days plan are promises only the
		// employer can make: empty, the posting makes none; amjd's wording is
		// shown as an example to take or adapt.
		growth := longTextField("career_path", "How the role can grow", "Empty: the posting promises no path",
			func(a *answers.Answers) *string { return &a.CareerPath }, in.a.CareerPath, "e.g. "+base.Unescape(w.CareerPath()))
		growth.Example = true
		days := longTextField("first_90_days", "Your first 90 days", "A line per step; empty: no plan stated",
			func(a *answers.Answers) *string { return &a.FirstDays }, in.a.FirstDays, "e.g. "+base.Unescape(w.FirstDays()))
		days.Example = true
		return []Field{reports, size, growth, days}
	},
}

var stepAbout = Step{
	ID:    base.StepAbout,
	Title: "About the company and how to apply",
	Why:   "Close with who you are and a clear call to action: where to apply, what to send.",
	build: func(in stepInput) []Field {
		w := posting.NewWording(in.c, in.a, in.r)
		about := longTextField("about", "About the company", "A short paragraph; empty keeps a marked placeholder",
			func(a *answers.Answers) *string { return &a.About }, in.a.About, base.Unescape(w.About()))
		about.Suggested = true
		apply := longTextField("how_to_apply", "How to apply", "Where to apply, what to send, when you reply",
			func(a *answers.Answers) *string { return &a.HowToApply }, in.a.HowToApply, base.Unescape(w.HowToApply()))
		apply.Suggested = true
		eeoText := longTextField("eeo_text", "Equal-opportunity wording", "Empty uses the standard wording",
			func(a *answers.Answers) *string { return &a.EqualOpportunity.Text }, in.a.EqualOpportunity.Text, base.Unescape(w.EqualOpportunity()))
		return []Field{about, apply, closingDateField(in), directApplyField(in.a), equalOpportunityField(in.r), eeoText, sectionsField(in.a)}
	},
}

// closingDateField asks the last day to apply, typed in the order of the
// posting's English or written out (answers.ParseClosingDate). It is kept
// as year-month-day and shown written out, as the posting writes it.
func closingDateField(in stepInput) Field {
	lang := answers.ReaderLanguage(in.c, in.a)
	shown := in.a.ClosingDate
	if d, err := time.Parse(time.DateOnly, shown); err == nil {
		shown = answers.LongDate(d, lang)
	}
	help, example := "Optional; day/month/year or written out", "e.g. 31/01/2027"
	if answers.MonthFirst(lang) {
		help, example = "Optional; month/day/year or written out", "e.g. 01/31/2027"
	}
	f := textField("closing_date", "Applications close on", help, answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.ClosingDate }, shown, example)
	f.set = func(a *answers.Answers, v Value) error {
		a.ClosingDate = ""
		if text := firstLine(v.Text); text != "" {
			d, err := answers.ParseClosingDate(text, answers.ReaderLanguage(in.c, *a))
			if err != nil {
				return err
			}
			a.ClosingDate = d.Format(time.DateOnly)
		}
		return nil
	}
	f.Example = true
	return f
}

// equalOpportunityField includes or leaves out the equal-opportunity statement.
func equalOpportunityField(r answers.Answers) Field {
	opts := []Option{{ID: "yes", Label: "Include an equal-opportunity statement"}, {ID: "no", Label: "Leave it out"}}
	include := "yes"
	if r.EqualOpportunity.Include != nil && !*r.EqualOpportunity.Include {
		include = "no"
	}
	return Field{
		Key: "eeo_include", Label: "Equal opportunity", Kind: Choice, Options: opts, Value: Value{Text: include}, Placeholder: "yes",
		set: func(a *answers.Answers, v Value) error {
			switch v.Text {
			case "yes":
				a.EqualOpportunity.Include = nil
			case "no":
				no := false
				a.EqualOpportunity.Include = &no
			default:
				return errors.New("choose yes or no")
			}
			return nil
		},
	}
}

// directApplyField asks whether candidates apply where the posting is shown.
func directApplyField(a answers.Answers) Field {
	opts := []Option{{ID: "", Label: "Not stated"}, {ID: "yes", Label: "Yes, on the page that shows the posting"},
		{ID: "no", Label: "No, they are sent elsewhere to apply"}}
	now := ""
	if a.DirectApply != nil {
		now = map[bool]string{true: "yes", false: "no"}[*a.DirectApply]
	}
	return Field{
		Key: "direct_apply", Label: "Apply on the posting's page", Help: "For job boards", Kind: Choice, Options: opts, Value: Value{Text: now},
		set: func(a *answers.Answers, v Value) error {
			switch v.Text {
			case "":
				a.DirectApply = nil
			case "yes", "no":
				yes := v.Text == "yes"
				a.DirectApply = &yes
			default:
				return errors.New("choose one of the options")
			}
			return nil
		},
	}
}

// sectionsField turns the optional sections of the posting on and off.
func sectionsField(a answers.Answers) Field {
	names := map[string]string{answers.SectionTeam: "Team context (team size, who you work with)", answers.SectionFirst90Days: "Your first 90 days",
		answers.SectionGrowth: "How you will grow", answers.SectionHours: "Working hours (always shown for hourly pay)"}
	var opts []Option
	var on []string
	for _, id := range answers.OptionalSections {
		opts = append(opts, Option{ID: id, Label: names[id]})
		if !slices.Contains(a.LeaveOut, id) {
			on = append(on, id)
		}
	}
	return Field{
		Key: "sections", Label: "Optional sections", Kind: Multi, Options: opts, Value: Value{IDs: on},
		set: func(a *answers.Answers, v Value) error {
			a.LeaveOut = nil
			for _, id := range answers.OptionalSections {
				if !slices.Contains(v.IDs, id) {
					a.LeaveOut = append(a.LeaveOut, id)
				}
			}
			return nil
		},
	}
}
