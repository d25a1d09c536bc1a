package answers

import (
	"bytes"
	"errors"
	"reflect"
	"slices"
	"strings"
	"sync"

	"amjd/content"
	"amjd/model/base"
)

// ProfileKeys are the answers a company profile holds: what stays the same
// from one posting to the next at one company. Of pay, only the currency.
var ProfileKeys = []string{"company", "website", "industry", "about", "benefits", "equal_opportunity",
	"how_to_apply", "location", "pay", "language", "tools", "reports_to"}

// ParseProfile reads a company profile: an answers file holding only the
// company-level fields. Anything else is refused with its line, so a
// posting's answers saved as a profile by mistake do not leak into every
// later posting.
func ParseProfile(cat *content.Catalog, name string, data []byte) (Answers, error) {
	if onlyComments(data) {
		return Answers{}, nil // a profile emptied by hand holds nothing, which is allowed
	}
	a, positions, err := parseAnswers(cat, name, data)
	var found InputErrors
	if err != nil && !errors.As(err, &found) || positions == nil {
		return a, err // no file to speak of, or one that does not parse
	}
	// The file's own problems, for the fields a profile may hold; the others
	// are refused whole below.
	var out InputErrors
	for _, e := range found {
		switch {
		case e.Field == "" || profilePath(e.Field):
			out = append(out, e)
		case !answersKey(e.Field):
			if !strings.ContainsAny(e.Field, ".[") {
				e.Allowed = ProfileKeys // a misspelt key: say what a profile may hold
			}
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

// onlyComments reports whether a YAML file holds nothing but blank lines
// and comments.
func onlyComments(data []byte) bool {
	for _, line := range strings.Split(string(bytes.TrimPrefix(data, utf8BOM)), "\n") {
		if t := strings.TrimSpace(line); t != "" && !strings.HasPrefix(t, "#") {
			return false
		}
	}
	return true
}

// answersKey reports whether the top of an answers path is a field of
// Answers at all: a misspelt key is reported, not taken as a posting's.
func answersKey(path string) bool {
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	_, ok := answersFields()[top]
	return ok
}

// answersFields are the top-level keys of an answers file, read once.
var answersFields = sync.OnceValue(func() map[string]reflect.Type {
	_, byName := yamlFields(reflect.TypeOf(Answers{}))
	return byName
})

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
		Company: a.Company, Website: a.Website, Industry: a.Industry, About: a.About, Benefits: a.Benefits,
		EqualOpportunity: a.EqualOpportunity, HowToApply: a.HowToApply, Location: a.Location,
		Pay: Pay{Currency: a.Pay.Currency}, Language: a.Language, Tools: a.Tools, ReportsTo: a.ReportsTo,
	}
}

// WithProfile fills what a leaves empty from the company profile p: the
// answers always win. What belongs to a place comes only to a posting in the
// profile's country: the place itself (when the answers name none), the
// benefits and the reporting line. The currency and spelling follow the
// place, so they come only where the profile chose them against its place.
func WithProfile(c *content.Catalog, p, a Answers) Answers {
	p = ProfileOf(p)
	orElse := func(mine *string, theirs string) {
		if strings.TrimSpace(*mine) == "" {
			*mine = theirs
		}
	}
	for _, f := range []struct {
		mine   *string
		theirs string
	}{{&a.Company, p.Company}, {&a.Website, p.Website}, {&a.Industry, p.Industry}, {&a.About, p.About},
		{&a.HowToApply, p.HowToApply}, {&a.Location.Workplace, p.Location.Workplace}, {&a.Location.Travel, p.Location.Travel}} {
		orElse(f.mine, f.theirs)
	}
	if a.EqualOpportunity.Include == nil && a.EqualOpportunity.Text == "" {
		a.EqualOpportunity = p.EqualOpportunity
	}
	if a.Tools.Use == nil && len(a.Tools.Add) == 0 {
		a.Tools = Tools{Use: slices.Clone(p.Tools.Use), Add: slices.Clone(p.Tools.Add)}
	}
	if !sameCountry(c, a.Location, p.Location) {
		return a
	}
	if len(a.Benefits) == 0 {
		a.Benefits = slices.Clone(p.Benefits)
	}
	orElse(&a.ReportsTo, p.ReportsTo)
	if strings.TrimSpace(a.Location.Place) == "" && a.Location.Address == (Address{}) {
		a.Location.Place, a.Location.Region, a.Location.Address = p.Location.Place, p.Location.Region, p.Location.Address
		place := base.LookupPlace(c, p.Location.Place)
		if p.Pay.Currency != CurrencyFor(c, place) || !place.Known() {
			orElse(&a.Pay.Currency, p.Pay.Currency)
		}
		if p.Language != LanguageFor(c, Answers{Pay: Pay{Currency: p.Pay.Currency}}, place) {
			orElse(&a.Language, p.Language)
		}
	}
	return a
}

// sameCountry reports whether a posting at mine is in the profile's country:
// a posting that names no place is; otherwise both must be places amjd knows
// in one country, or the same words.
func sameCountry(c *content.Catalog, mine, profile Location) bool {
	if strings.TrimSpace(mine.Place) == "" && mine.Address == (Address{}) {
		return true
	}
	m, p := base.LookupPlace(c, mine.Place), base.LookupPlace(c, profile.Place)
	if mine.Address.Country != "" {
		m.Country = strings.ToUpper(mine.Address.Country)
	}
	if profile.Address.Country != "" {
		p.Country = strings.ToUpper(profile.Address.Country)
	}
	if m.Country != "" && p.Country != "" {
		return m.Country == p.Country
	}
	return strings.EqualFold(strings.TrimSpace(mine.Place), strings.TrimSpace(profile.Place))
}

// DescribeProfile says in a few words what a profile holds, for the welcome
// screen: "Acme · Berlin, Germany · also website, about, benefits".
func DescribeProfile(p Answers) string {
	p = ProfileOf(p)
	var parts, also []string
	for _, s := range []string{p.Company, p.Location.Place} {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	for _, d := range []struct {
		set  bool
		name string
	}{{p.Website != "", "website"}, {p.Industry != "", "industry"}, {p.About != "", "about"},
		{len(p.Benefits) > 0, "benefits"}, {p.EqualOpportunity != (EqualOpportunity{}), "equal opportunity"},
		{p.HowToApply != "", "how to apply"}, {p.Tools.Use != nil || len(p.Tools.Add) > 0, "tools"},
		{p.ReportsTo != "", "reporting line"}, {p.Location.Workplace != "", "workplace"}, {p.Location.Travel != "", "travel"},
		{p.Pay.Currency != "", "currency"}, {p.Language != "", "spelling"}} {
		if d.set {
			also = append(also, d.name)
		}
	}
	if len(also) > 0 {
		parts = append(parts, "also "+strings.Join(also, ", "))
	}
	if len(parts) == 0 {
		return "empty"
	}
	return base.Printable(strings.Join(parts, " · "))
}
