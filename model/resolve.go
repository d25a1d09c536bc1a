package model

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"amjd/content"
)

// Bounds on numbers, the same in the wizard and in answers files.
const (
	MaxAccounts = 100_000
	MaxRevenue  = 1_000_000_000_000
	MaxPay      = 100_000_000
)

// DefaultVariant is used when the answers name no variant.
const DefaultVariant = "account_manager"

// FieldError is one invalid answer, located by its path in the answers file.
type FieldError struct {
	Path    string
	Msg     string
	Allowed []string
}

func (e FieldError) Error() string {
	s := e.Path + ": " + e.Msg
	if len(e.Allowed) > 0 {
		s += " (allowed: " + strings.Join(e.Allowed, ", ") + ")"
	}
	return s
}

// Allowed-value lists, in catalog order, for messages and for the wizard.
func variantIDs(c *content.Catalog) []string {
	return content.IDs(c.Variants, func(v content.Variant) string { return v.ID })
}
func industryIDs(c *content.Catalog) []string {
	return content.IDs(c.Industries, func(v content.Industry) string { return v.ID })
}
func mixIDs(c *content.Catalog) []string {
	return content.IDs(c.Mixes, func(v content.Mix) string { return v.ID })
}
func accountTypeIDs(c *content.Catalog) []string {
	return content.IDs(c.AccountTypes, func(v content.AccountType) string { return v.ID })
}
func kpiIDs(c *content.Catalog) []string {
	return content.IDs(c.KPIs, func(v content.KPI) string { return v.ID })
}
func phraseIDs(list []content.PhraseOption) []string {
	return content.IDs(list, func(v content.PhraseOption) string { return v.ID })
}
func itemIDs(pool []content.Item) []string {
	return content.IDs(pool, func(v content.Item) string { return v.ID })
}
func currencyIDs(c *content.Catalog) []string {
	return content.IDs(c.Currencies, func(v content.Currency) string { return v.ID })
}
func periodIDs(c *content.Catalog) []string {
	return content.IDs(c.PayPeriods, func(v content.Option) string { return v.ID })
}
func languageIDs(c *content.Catalog) []string {
	return content.IDs(c.Languages.List, func(v content.Option) string { return v.ID })
}
func axisOptionIDs(c *content.Catalog, axis string) []string {
	for _, ax := range c.Complexity {
		if ax.ID == axis {
			return phraseIDs(ax.Options)
		}
	}
	return nil
}

// Validate reports every answer that is not allowed. Empty values are fine:
// they take defaults.
func Validate(c *content.Catalog, a Answers) []FieldError {
	var errs []FieldError
	oneOf := func(path, v string, allowed []string) {
		if v != "" && !slices.Contains(allowed, v) {
			errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("unknown option %q", v), Allowed: allowed})
		}
	}
	eachOf := func(path string, vs, allowed []string) {
		for i, v := range vs {
			oneOf(fmt.Sprintf("%s[%d]", path, i), v, allowed)
		}
	}
	oneOf("variant", a.Variant, variantIDs(c))
	if v, ok := c.Variant(a.Variant); ok && v.Refused {
		errs = append(errs, FieldError{Path: "variant", Msg: strings.TrimSpace(v.Refusal)})
	}
	oneOf("industry", a.Industry, industryIDs(c))
	eachOf("account_types", a.AccountTypes, accountTypeIDs(c))
	if a.Book.Accounts < 0 || a.Book.Accounts > MaxAccounts {
		errs = append(errs, FieldError{Path: "book.accounts", Msg: fmt.Sprintf("must be a number of accounts from 1 to %s", formatAmount(MaxAccounts))})
	}
	if a.Book.Revenue < 0 || a.Book.Revenue > MaxRevenue {
		errs = append(errs, FieldError{Path: "book.revenue", Msg: fmt.Sprintf("must be an amount from 1 to %s", formatAmount(MaxRevenue))})
	}
	oneOf("mix", a.Mix, mixIDs(c))
	oneOf("complexity.teams", a.Complexity.Teams, axisOptionIDs(c, "teams"))
	oneOf("complexity.work", a.Complexity.Work, axisOptionIDs(c, "work"))
	oneOf("complexity.contracts", a.Complexity.Contracts, axisOptionIDs(c, "contracts"))
	if len(a.KPIs) > MaxKPIs {
		errs = append(errs, FieldError{Path: "kpis", Msg: fmt.Sprintf("%d KPIs listed; at most %d are accepted and 4-5 are advised", len(a.KPIs), MaxKPIs)})
	}
	for i, k := range a.KPIs {
		path := fmt.Sprintf("kpis[%d]", i)
		switch {
		case k.ID == "" && strings.TrimSpace(k.Name) == "":
			errs = append(errs, FieldError{Path: path, Msg: "give an id from the catalog or a name of your own", Allowed: kpiIDs(c)})
		case k.ID != "" && k.Name != "":
			errs = append(errs, FieldError{Path: path, Msg: "give either id or name, not both"})
		default:
			oneOf(path+".id", k.ID, kpiIDs(c))
		}
	}
	eachOf("responsibilities.include", a.Responsibilities.Include, itemIDs(c.Responsibilities))
	eachOf("responsibilities.remove", a.Responsibilities.Remove, itemIDs(c.Responsibilities))
	eachOf("skills.include", a.Skills.Include, itemIDs(c.Skills))
	eachOf("skills.remove", a.Skills.Remove, itemIDs(c.Skills))
	eachOf("qualifications.required", a.Qualifications.Required, itemIDs(c.Qualifications))
	eachOf("qualifications.preferred", a.Qualifications.Preferred, itemIDs(c.Qualifications))
	for i, id := range a.Qualifications.Preferred {
		if slices.Contains(a.Qualifications.Required, id) {
			errs = append(errs, FieldError{Path: fmt.Sprintf("qualifications.preferred[%d]", i), Msg: fmt.Sprintf("%q is also listed as required; keep required and preferred apart", id)})
		}
	}
	if a.Qualifications.Years < 0 || a.Qualifications.Years > 40 {
		errs = append(errs, FieldError{Path: "qualifications.years", Msg: "must be between 0 and 40"})
	}
	eachOf("tools.use", a.Tools.Use, itemIDs(c.Tools))
	switch {
	case a.Pay.Min < 0:
		errs = append(errs, FieldError{Path: "pay.min", Msg: "must not be negative"})
	case a.Pay.Max < 0:
		errs = append(errs, FieldError{Path: "pay.max", Msg: "must not be negative"})
	case a.Pay.Min > 0 && a.Pay.Min < 1 || a.Pay.Max > 0 && a.Pay.Max < 1:
		errs = append(errs, FieldError{Path: "pay", Msg: "amounts must be at least 1 (0 or no value leaves pay out)"})
	case a.Pay.Min > MaxPay || a.Pay.Max > MaxPay:
		errs = append(errs, FieldError{Path: "pay", Msg: fmt.Sprintf("amounts must be at most %s", formatAmount(MaxPay))})
	case a.Pay.Max > 0 && a.Pay.Min > a.Pay.Max:
		errs = append(errs, FieldError{Path: "pay.max", Msg: fmt.Sprintf("is below pay.min (%s); the range is inverted", formatAmount(float64(a.Pay.Min)))})
	case (a.Pay.Min > 0) != (a.Pay.Max > 0):
		errs = append(errs, FieldError{Path: "pay", Msg: "give both min and max: a posting states a range, not an open-ended figure"})
	}
	oneOf("pay.currency", a.Pay.Currency, currencyIDs(c))
	oneOf("pay.period", a.Pay.Period, periodIDs(c))
	oneOf("location.workplace", a.Location.Workplace, phraseIDs(c.Workplaces))
	oneOf("location.travel", a.Location.Travel, phraseIDs(c.Travel))
	oneOf("language", a.Language, languageIDs(c))
	eachOf("leave_out", a.LeaveOut, OptionalSections)
	if a.Team.Size < 0 || a.Team.Size > 10_000 {
		errs = append(errs, FieldError{Path: "team.size", Msg: "must be between 1 and 10,000 people"})
	}
	errs = append(errs, textLimits(a)...)
	return errs
}

// textLimits caps free text, so a paste or a generated file cannot flood the
// posting: short fields 120 characters, lines 300, paragraphs 4,000.
func textLimits(a Answers) []FieldError {
	var errs []FieldError
	limit := func(path, s string, max int) {
		if n := utf8.RuneCountInString(s); n > max {
			errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("is %d characters long; the limit is %d", n, max)})
		}
	}
	lines := func(path string, list []string) {
		for i, s := range list {
			limit(fmt.Sprintf("%s[%d]", path, i), s, MaxLineLen)
		}
		if len(list) > 50 {
			errs = append(errs, FieldError{Path: path, Msg: fmt.Sprintf("has %d lines; the limit is 50", len(list))})
		}
	}
	for path, s := range map[string]string{"title": a.Title, "company": a.Company, "reports_to": a.ReportsTo,
		"location.place": a.Location.Place, "location.region": a.Location.Region} {
		limit(path, s, MaxTitleLen)
	}
	limit("pay.variable", a.Pay.Variable, MaxLineLen)
	limit("hours", a.Hours, MaxLineLen)
	limit("career_path", a.CareerPath, MaxTextLen)
	for path, s := range map[string]string{"about": a.About, "how_to_apply": a.HowToApply, "equal_opportunity.text": a.EqualOpportunity.Text} {
		limit(path, s, MaxTextLen)
	}
	for i, k := range a.KPIs {
		limit(fmt.Sprintf("kpis[%d].name", i), k.Name, MaxLineLen)
		limit(fmt.Sprintf("kpis[%d].target", i), k.Target, MaxLineLen)
	}
	lines("responsibilities.add", a.Responsibilities.Add)
	lines("skills.add", a.Skills.Add)
	lines("qualifications.extra_required", a.Qualifications.ExtraRequired)
	lines("qualifications.extra_preferred", a.Qualifications.ExtraPreferred)
	lines("tools.add", a.Tools.Add)
	lines("benefits", a.Benefits)
	sort.Slice(errs, func(i, j int) bool { return errs[i].Path < errs[j].Path })
	return errs
}

// Resolve returns a copy of a with every empty answer replaced by its default.
// The result names its variant, so repeated resolution is stable.
func Resolve(c *content.Catalog, a Answers) Answers {
	r := a
	if r.Variant == "" {
		r.Variant = DefaultVariant
	}
	v, ok := c.Variant(r.Variant)
	if !ok || v.Refused {
		v, _ = c.Variant(DefaultVariant)
		r.Variant = v.ID
	}
	or := func(s *string, def string) {
		if strings.TrimSpace(*s) == "" {
			*s = def
		}
	}
	or(&r.Title, v.Title)
	or(&r.Industry, "other")
	if len(r.AccountTypes) == 0 {
		r.AccountTypes = append([]string(nil), v.AccountTypes...)
	}
	if r.Book.Accounts == 0 {
		r.Book.Accounts = v.Accounts
	}
	if r.Book.Revenue == 0 {
		r.Book.Revenue = v.Revenue
	}
	or(&r.Mix, v.Mix)
	or(&r.Complexity.Teams, v.Complexity.Teams)
	or(&r.Complexity.Work, v.Complexity.Work)
	or(&r.Complexity.Contracts, v.Complexity.Contracts)
	if r.KPIs == nil {
		r.KPIs = suggestedKPIs(c, v, r.Mix)
	}
	sel := selectionOf(r)
	if r.Qualifications.Years == 0 {
		r.Qualifications.Years = v.Years
	}
	if r.Qualifications.Required == nil || r.Qualifications.Preferred == nil {
		var req, pref []string
		for _, q := range c.Qualifications {
			if !q.When.Matches(sel) {
				continue
			}
			if q.Kind == "required" {
				req = append(req, q.ID)
			} else {
				pref = append(pref, q.ID)
			}
		}
		if r.Qualifications.Required == nil {
			r.Qualifications.Required = withoutAny(req, r.Qualifications.Preferred)
		}
		if r.Qualifications.Preferred == nil {
			r.Qualifications.Preferred = withoutAny(pref, r.Qualifications.Required)
		}
	}
	if r.Tools.Use == nil {
		for _, t := range c.Tools {
			if t.Default != nil && t.Default.Matches(sel) {
				r.Tools.Use = append(r.Tools.Use, t.ID)
			}
		}
	}
	or(&r.ReportsTo, v.ReportsTo)
	place := LookupPlace(c, r.Location.Place)
	or(&r.Pay.Currency, currencyFor(c, place))
	if r.Pay.Min == 0 && r.Pay.Max == 0 {
		if h, ok := PayHintFor(c, r.Variant, place, r.Pay.Currency); ok {
			r.Pay.Min, r.Pay.Max = Amount(h.Min), Amount(h.Max)
			or(&r.Pay.Period, h.Period)
		}
	}
	or(&r.Pay.Period, "year")
	or(&r.Location.Travel, v.Travel)
	if r.EqualOpportunity.Include == nil {
		yes := true
		r.EqualOpportunity.Include = &yes
	}
	r.Language = languageFor(c, r, place)
	return r
}

// suggestedKPIs are the variant's KPIs, adjusted to the commercial mix: a
// retention role is not measured on expansion, a blended one is measured on
// new business.
func suggestedKPIs(c *content.Catalog, v content.Variant, mixID string) []KPIAnswer {
	m, _ := c.Mix(mixID)
	var out []KPIAnswer
	for _, k := range v.KPIs {
		if !slices.Contains(m.KPIsLeftOut, k.ID) {
			out = append(out, KPIAnswer{ID: k.ID, Target: k.Target})
		}
	}
	for _, k := range m.KPIsAdded {
		if !slices.ContainsFunc(out, func(o KPIAnswer) bool { return o.ID == k.ID }) {
			out = append(out, KPIAnswer{ID: k.ID, Target: k.Target})
		}
	}
	return out
}

// currencyFor is the currency of the place's country, when amjd knows it;
// otherwise US dollars.
func currencyFor(c *content.Catalog, p Place) string {
	if co, ok := country(c, p.Country); ok {
		if _, known := c.Currency(co.Currency); known {
			return co.Currency
		}
	}
	if p.Union == "EU" {
		return "EUR"
	}
	return "USD"
}

// PayHintFor returns amjd's sourced pay figure for the variant in the place's
// market, if the catalog has one in that currency. With no place, the
// currency names the market (dollars: the US, Canadian dollars: Canada).
func PayHintFor(c *content.Catalog, variant string, p Place, currency string) (content.PayHint, bool) {
	market := p.Country
	if market == "" && p.Union == "" {
		market = map[string]string{"USD": "US", "CAD": "CA"}[currency]
	}
	for _, h := range c.PayHints {
		if h.Market == market && h.Currency == currency && slices.Contains(h.Variants, variant) {
			return h, true
		}
	}
	return content.PayHint{}, false
}

func withoutAny(list, drop []string) []string {
	out := make([]string, 0, len(list))
	for _, x := range list {
		if !slices.Contains(drop, x) {
			out = append(out, x)
		}
	}
	return out
}

// selectionOf is what the catalog's "when" rules see of resolved answers.
func selectionOf(r Answers) content.Selection {
	return content.Selection{
		Variant:      r.Variant,
		Mix:          r.Mix,
		Industry:     r.Industry,
		Complexity:   []string{r.Complexity.Teams, r.Complexity.Work, r.Complexity.Contracts},
		AccountTypes: r.AccountTypes,
	}
}
