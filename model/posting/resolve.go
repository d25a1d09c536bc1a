package posting

import (
	"slices"
	"strings"
	"sync/atomic"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// DefaultVariant is used when the answers name no variant.
const DefaultVariant = "account_manager"

// Resolve returns a copy of a with every empty answer replaced by its default.
// The result names its variant, so repeated resolution is stable. A posting
// resolves its answers once, in Assemble; its writers read Posting.Resolved.
func Resolve(c *content.Catalog, a answers.Answers) answers.Answers {
	r, _ := resolve(c, a)
	return r
}

// resolutions counts the answers resolved in this process.
var resolutions atomic.Int64

// Resolutions is how many times this process has resolved answers, so that a
// test can hold a writer to reading the posting's resolved answers instead
// of resolving them again.
func Resolutions() int64 { return resolutions.Load() }

// resolve is Resolve, also giving the place it read from the location.
func resolve(c *content.Catalog, a answers.Answers) (answers.Answers, base.Place) {
	resolutions.Add(1)
	r := a
	v := resolveVariant(c, &r)
	resolveRole(c, v, &r)
	sel := SelectionOf(c, r)
	resolveLists(c, v, sel, &r)
	or(&r.ReportsTo, v.ReportsTo)
	place := base.LookupPlace(c, r.Location.Place)
	resolvePay(c, place, &r)
	or(&r.Location.Travel, v.Travel)
	if r.EqualOpportunity.Include == nil {
		yes := true
		r.EqualOpportunity.Include = &yes
	}
	r.Language = answers.LanguageFor(c, r, place)
	return r, place
}

// or fills an empty answer with its default.
func or(s *string, def string) {
	if strings.TrimSpace(*s) == "" {
		*s = def
	}
}

// resolveVariant names the variant; a refused look-alike (an Accounting
// Manager) falls back to the default, which the flow and Validate explain.
func resolveVariant(c *content.Catalog, r *answers.Answers) content.Variant {
	if r.Variant == "" {
		r.Variant = DefaultVariant
	}
	v, ok := c.Variant(r.Variant)
	if !ok || v.Refused {
		v, _ = c.Variant(DefaultVariant)
		r.Variant = v.ID
	}
	return v
}

// resolveRole fills what the job is: title, industry, clients, book, mix,
// complexity and KPIs.
func resolveRole(c *content.Catalog, v content.Variant, r *answers.Answers) {
	r.Title = base.CleanTitle(r.Title) // "# account manager" reads "Account Manager"
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
	complexity := make(answers.Complexity, len(c.Complexity))
	for _, ax := range c.Complexity {
		complexity[ax.ID] = r.Complexity[ax.ID]
		if complexity[ax.ID] == "" {
			complexity[ax.ID] = v.Complexity[ax.ID]
		}
	}
	r.Complexity = complexity
	if r.KPIs == nil {
		r.KPIs = suggestedKPIs(c, v, r.Mix, r.SomeNewBusiness)
	}
}

// resolveLists fills the qualifications and tools chosen for the role.
func resolveLists(c *content.Catalog, v content.Variant, sel content.Selection, r *answers.Answers) {
	if r.Qualifications.Years == 0 {
		r.Qualifications.Years = v.Years
	}
	q := &r.Qualifications
	if q.Required == nil || q.Preferred == nil {
		var req, pref []string
		for _, item := range c.Qualifications {
			switch {
			case !item.When.Matches(sel):
			case item.Kind == "required":
				req = append(req, item.ID)
			default:
				pref = append(pref, item.ID)
			}
		}
		if q.Required == nil {
			q.Required = withoutAny(req, q.Preferred)
		}
		if q.Preferred == nil {
			q.Preferred = withoutAny(pref, q.Required)
		}
	}
	if r.Tools.Use == nil {
		for _, t := range c.Tools {
			if t.Default != nil && t.Default.Matches(sel) {
				r.Tools.Use = append(r.Tools.Use, t.ID)
			}
		}
	}
}

// resolvePay picks the currency of the place and, when amjd has a sourced
// figure for the role there, suggests it.
func resolvePay(c *content.Catalog, place base.Place, r *answers.Answers) {
	or(&r.Pay.Currency, answers.CurrencyFor(c, place))
	if r.Pay.Min == 0 && r.Pay.Max == 0 {
		if h, ok := PayHintFor(c, r.Variant, place, r.Pay.Currency); ok {
			r.Pay.Min, r.Pay.Max = answers.Amount(h.Min), answers.Amount(h.Max)
			or(&r.Pay.Period, h.Period)
		}
	}
	or(&r.Pay.Period, "year")
}

// suggestedKPIs are the variant's KPIs, adjusted to the commercial mix: a
// retention role is not measured on expansion, a blended one is measured on
// new business.
func suggestedKPIs(c *content.Catalog, v content.Variant, mixID string, someNewBusiness bool) []answers.KPIAnswer {
	m, _ := c.Mix(mixID)
	if someNewBusiness {
		// Some new business added: measured on it too, as a blended role is.
		if blended, ok := c.Mix("blended"); ok {
			m.KPIsAdded = append(slices.Clip(m.KPIsAdded), blended.KPIsAdded...)
			m.KPIsLeftOut = append(slices.Clip(m.KPIsLeftOut), blended.KPIsLeftOut...)
		}
	}
	var out []answers.KPIAnswer
	for _, k := range v.KPIs {
		if !slices.Contains(m.KPIsLeftOut, k.ID) {
			out = append(out, answers.KPIAnswer{ID: k.ID, Target: k.Target})
		}
	}
	fromVariant := len(out)
	for _, k := range m.KPIsAdded {
		if !slices.ContainsFunc(out, func(o answers.KPIAnswer) bool { return o.ID == k.ID }) {
			out = append(out, answers.KPIAnswer{ID: k.ID, Target: k.Target})
		}
	}
	// At most five, as amjd advises: the variant's last ones give way to
	// those the mix adds.
	for len(out) > 5 && fromVariant > 0 {
		out = slices.Delete(out, fromVariant-1, fromVariant)
		fromVariant--
	}
	return out
}

// PayHintFor returns amjd's sourced pay figure for the variant in the place's
// market, if the catalog has one in that currency. With no place, the
// currency names the market (dollars: the US, Canadian dollars: Canada).
func PayHintFor(c *content.Catalog, variant string, p base.Place, currency string) (content.PayHint, bool) {
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

// SelectionOf is what the catalog's "when" rules see of resolved answers:
// the complexity options in the catalog's order of axes.
func SelectionOf(c *content.Catalog, r answers.Answers) content.Selection {
	complexity := make([]string, 0, len(c.Complexity))
	for _, ax := range c.Complexity {
		complexity = append(complexity, r.Complexity[ax.ID])
	}
	industry := r.Industry
	if strings.TrimSpace(r.IndustryName) != "" {
		// A trade named in the user's words is narrower than the catalog's
		// (card payments under banking, medical devices under
		// manufacturing): the catalog's lines for the wider trade may not
		// hold, so the neutral ones stand in, with the user's name for it.
		industry = "other"
	}
	return content.Selection{
		Variant:      r.Variant,
		Mix:          r.Mix,
		Industry:     industry,
		Complexity:   complexity,
		AccountTypes: r.AccountTypes,
		NewBusiness:  r.SomeNewBusiness && r.Mix != "blended",
	}
}
