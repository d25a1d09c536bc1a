package model

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"amjd/content"
)

// ProfileKeys are the answers a company profile holds: what stays the same
// from one posting to the next at one company. Of pay, only the currency.
var ProfileKeys = []string{"company", "website", "about", "benefits", "equal_opportunity",
	"how_to_apply", "location", "pay", "language", "tools", "reports_to"}

// ParseProfile reads a company profile: an answers file holding only the
// company-level fields. Anything else is refused with its line, so a
// posting's answers saved as a profile by mistake do not leak into every
// later posting.
func ParseProfile(cat *content.Catalog, name string, data []byte) (Answers, error) {
	a, positions, err := parseAnswers(cat, name, data)
	var found InputErrors
	if err != nil && !errors.As(err, &found) || positions == nil {
		return a, err // no file to speak of, or one that does not parse
	}
	// The file's own problems, for the fields a profile may hold; the others
	// are refused whole below.
	var out InputErrors
	for _, e := range found {
		if e.Field == "" || profilePath(e.Field) {
			out = append(out, e)
		}
	}
	for path, p := range positions {
		if path == "" || strings.ContainsAny(path, "[") || strings.Count(path, ".") > 1 || profilePath(path) {
			continue // the file itself, inside a field judged by its top, or allowed
		}
		if top, _, _ := strings.Cut(path, "."); top == "pay" {
			if path != "pay" {
				out = append(out, &InputError{File: name, Line: p.Line, Col: p.Column, Field: path,
					Msg: "a profile holds only the currency of pay; the range and variable pay belong to each posting", Allowed: []string{"currency"}})
			}
			continue
		}
		out = append(out, &InputError{File: name, Line: p.Line, Col: p.Column, Field: path,
			Msg: "belongs to one posting, not to the company profile; put it in the posting's answers file", Allowed: ProfileKeys})
	}
	if len(out) == 0 {
		return a, nil
	}
	sortByPosition(out)
	return a, out
}

// profilePath reports whether an answers path is one a profile may hold.
func profilePath(path string) bool {
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	if top == "pay" {
		return path == "pay.currency"
	}
	return slices.Contains(ProfileKeys, top)
}

// ProfileOf keeps the company-level answers of a: what a profile saves.
func ProfileOf(a Answers) Answers {
	return Answers{
		Company: a.Company, Website: a.Website, About: a.About, Benefits: a.Benefits,
		EqualOpportunity: a.EqualOpportunity, HowToApply: a.HowToApply, Location: a.Location,
		Pay: Pay{Currency: a.Pay.Currency}, Language: a.Language, Tools: a.Tools, ReportsTo: a.ReportsTo,
	}
}

// WithProfile fills what a leaves empty from the company profile p: the
// answers always win. The place comes as a whole (a posting in another city
// takes none of the profile's address), and the currency and spelling come
// with it, since they follow the place when not chosen.
func WithProfile(p, a Answers) Answers {
	p = ProfileOf(p)
	orElse := func(mine *string, theirs string) {
		if strings.TrimSpace(*mine) == "" {
			*mine = theirs
		}
	}
	for _, f := range []struct {
		mine   *string
		theirs string
	}{{&a.Company, p.Company}, {&a.Website, p.Website}, {&a.About, p.About}, {&a.HowToApply, p.HowToApply},
		{&a.ReportsTo, p.ReportsTo}, {&a.Location.Workplace, p.Location.Workplace}, {&a.Location.Travel, p.Location.Travel}} {
		orElse(f.mine, f.theirs)
	}
	if len(a.Benefits) == 0 {
		a.Benefits = slices.Clone(p.Benefits)
	}
	if a.EqualOpportunity.Include == nil && a.EqualOpportunity.Text == "" {
		a.EqualOpportunity = p.EqualOpportunity
	}
	if a.Tools.Use == nil && len(a.Tools.Add) == 0 {
		a.Tools = Tools{Use: slices.Clone(p.Tools.Use), Add: slices.Clone(p.Tools.Add)}
	}
	if strings.TrimSpace(a.Location.Place) == "" && a.Location.Address == (Address{}) {
		a.Location.Place, a.Location.Region, a.Location.Address = p.Location.Place, p.Location.Region, p.Location.Address
		orElse(&a.Pay.Currency, p.Pay.Currency)
		orElse(&a.Language, p.Language)
	}
	return a
}

// DescribeProfile says in a few words what a profile holds, for the welcome
// screen: "Acme · Berlin, Germany · 6 more details".
func DescribeProfile(p Answers) string {
	p = ProfileOf(p)
	var parts []string
	if c := strings.TrimSpace(p.Company); c != "" {
		parts = append(parts, c)
	}
	if place := strings.TrimSpace(p.Location.Place); place != "" {
		parts = append(parts, place)
	}
	more := 0
	for _, set := range []bool{p.Website != "", p.About != "", len(p.Benefits) > 0,
		p.EqualOpportunity != (EqualOpportunity{}), p.HowToApply != "", p.Pay.Currency != "", p.Language != "",
		p.Tools.Use != nil || len(p.Tools.Add) > 0, p.ReportsTo != "", p.Location.Workplace != "", p.Location.Travel != ""} {
		if set {
			more++
		}
	}
	if more > 0 {
		parts = append(parts, fmt.Sprintf("%d more %s", more, map[bool]string{true: "detail", false: "details"}[more == 1]))
	}
	if len(parts) == 0 {
		return "empty"
	}
	return Printable(strings.Join(parts, " · "))
}
