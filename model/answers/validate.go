package answers

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"amjd/content"
)

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

// validation collects the problems of one set of answers. With fix, it
// writes each option as the catalog spells it instead ("Hybrid" is hybrid).
type validation struct {
	c    *content.Catalog
	errs []FieldError
	fix  bool
}

func (v *validation) add(path, msg string, allowed ...string) {
	if msg != "" {
		v.errs = append(v.errs, FieldError{Path: path, Msg: msg, Allowed: allowed})
	}
}

func (v *validation) oneOf(path string, value *string, allowed []string) {
	if *value == "" || slices.Contains(allowed, *value) {
		return
	}
	if id := sameOption(*value, allowed); id != "" && v.fix {
		*value = id
		return
	}
	msg := fmt.Sprintf("unknown option %q", *value)
	if near := closestOption(*value, allowed); near != "" {
		msg += fmt.Sprintf("; did you mean %q?", near)
	}
	v.add(path, msg, allowed...)
}

func (v *validation) eachOf(path string, values, allowed []string) {
	for i := range values {
		v.oneOf(fmt.Sprintf("%s[%d]", path, i), &values[i], allowed)
	}
}

func (v *validation) number(path string, n int64, r NumberRange) {
	if n != 0 {
		v.add(path, r.problem(n))
	}
}

// Validate reports every answer that is not allowed. Empty values are fine:
// they take defaults.
func Validate(c *content.Catalog, a Answers) []FieldError {
	v := &validation{c: c}
	v.all(&a)
	return v.errs
}

// SpellOptions writes each option of a as the catalog spells its id, where
// it differs only in case, spaces, hyphens or underscores ("Full time" is
// full_time, "gbp" is GBP), as a person may type it in an answers file;
// and a closing date typed in the reader's order as year-month-day.
func SpellOptions(c *content.Catalog, a *Answers) {
	a.Complexity = maps.Clone(a.Complexity)
	for _, list := range []*[]string{&a.AccountTypes, &a.LeaveOut, &a.Responsibilities.Include, &a.Responsibilities.Remove,
		&a.Skills.Include, &a.Skills.Remove, &a.Qualifications.Required, &a.Qualifications.Preferred, &a.Tools.Use} {
		*list = slices.Clone(*list)
	}
	a.KPIs = slices.Clone(a.KPIs)
	v := &validation{c: c, fix: true}
	v.all(a)
}

func (v *validation) all(a *Answers) {
	c := v.c
	v.role(a)
	v.kpis(a.KPIs)
	v.lists(a)
	v.pay(&a.Pay)
	v.posting(a)
	v.oneOf("location.workplace", &a.Location.Workplace, phraseIDs(c.Workplaces))
	v.oneOf("location.travel", &a.Location.Travel, phraseIDs(c.Travel))
	v.oneOf("language", &a.Language, languageIDs(c))
	v.eachOf("leave_out", a.LeaveOut, OptionalSections)
	v.number("team.size", int64(a.Team.Size), TeamSizeRange)
	v.textLimits(*a)
}

// posting checks what job boards read besides the text: the website, the
// closing date, the employment type and the address.
func (v *validation) posting(a *Answers) {
	if a.Website != "" {
		v.add("website", WebsiteProblem(a.Website))
	}
	if a.ClosingDate != "" {
		v.closingDate(a)
	}
	v.oneOf("employment_type", &a.EmploymentType, employmentTypeIDs(v.c))
	if c := a.Location.Address.Country; c != "" {
		v.add("location.address.country", CountryCodeProblem(c))
	}
}

// role checks what the job is: variant, industry, clients, book, mix and
// complexity.
func (v *validation) role(a *Answers) {
	c := v.c
	v.oneOf("variant", &a.Variant, variantIDs(c))
	if vr, ok := c.Variant(a.Variant); ok && vr.Refused {
		v.add("variant", strings.TrimSpace(vr.Refusal))
	}
	v.oneOf("industry", &a.Industry, industryIDs(c))
	v.eachOf("account_types", a.AccountTypes, accountTypeIDs(c))
	v.number("book.accounts", int64(a.Book.Accounts), AccountsRange)
	v.number("book.revenue", a.Book.Revenue, RevenueRange)
	v.oneOf("mix", &a.Mix, mixIDs(c))
	axes := content.IDs(c.Complexity, func(ax content.ComplexityAxis) string { return ax.ID })
	for _, axis := range sortedKeys(a.Complexity) {
		i := slices.Index(axes, axis)
		if i < 0 {
			v.add("complexity."+axis, "unknown axis", axes...)
			continue
		}
		value := a.Complexity[axis]
		v.oneOf("complexity."+axis, &value, phraseIDs(c.Complexity[i].Options))
		if v.fix {
			a.Complexity[axis] = value
		}
	}
}

func (v *validation) kpis(kpis []KPIAnswer) {
	v.add("kpis", KpiCountProblem(len(kpis)))
	for i, k := range kpis {
		path := fmt.Sprintf("kpis[%d]", i)
		switch {
		case k.ID == "" && strings.TrimSpace(k.Name) == "":
			v.add(path, "give an id from the catalog or a name of your own", kpiIDs(v.c)...)
		case k.ID != "" && k.Name != "":
			v.add(path, "give either id or name, not both")
		default:
			v.oneOf(path+".id", &kpis[i].ID, kpiIDs(v.c))
		}
	}
}

// lists checks the pools the user edits: responsibilities, skills,
// qualifications and tools.
func (v *validation) lists(a *Answers) {
	c := v.c
	v.eachOf("responsibilities.include", a.Responsibilities.Include, itemIDs(c.Responsibilities))
	v.eachOf("responsibilities.remove", a.Responsibilities.Remove, itemIDs(c.Responsibilities))
	v.eachOf("skills.include", a.Skills.Include, itemIDs(c.Skills))
	v.eachOf("skills.remove", a.Skills.Remove, itemIDs(c.Skills))
	q := a.Qualifications
	v.eachOf("qualifications.required", q.Required, itemIDs(c.Qualifications))
	v.eachOf("qualifications.preferred", q.Preferred, itemIDs(c.Qualifications))
	for i, id := range q.Preferred {
		if slices.Contains(q.Required, id) {
			v.add(fmt.Sprintf("qualifications.preferred[%d]", i), fmt.Sprintf("%q is also listed as required; keep required and preferred apart", id))
		}
	}
	v.number("qualifications.years", int64(q.Years), YearsRange)
	v.eachOf("tools.use", a.Tools.Use, itemIDs(c.Tools))
}

func (v *validation) pay(p *Pay) {
	minProblem, maxProblem := payAmountProblem(float64(p.Min)), payAmountProblem(float64(p.Max))
	v.add("pay.min", minProblem)
	v.add("pay.max", maxProblem)
	if minProblem == "" && maxProblem == "" {
		v.add(PayRangeProblem(*p)) // a range is judged once both ends are usable
	}
	v.oneOf("pay.currency", &p.Currency, currencyIDs(v.c))
	v.oneOf("pay.period", &p.Period, periodIDs(v.c))
}

// textLimits caps free text, so a paste or a generated file cannot flood the
// posting: short fields 120 characters, lines 300, paragraphs 4,000.
func (v *validation) textLimits(a Answers) {
	var errs []FieldError
	limit := func(path, s string, max int) {
		if msg := LengthProblem(s, max); msg != "" {
			errs = append(errs, FieldError{Path: path, Msg: msg})
		}
	}
	lines := func(path string, list []string) {
		for i, s := range list {
			limit(fmt.Sprintf("%s[%d]", path, i), s, MaxLineLen)
		}
		if msg := LineCountProblem(len(list)); msg != "" {
			errs = append(errs, FieldError{Path: path, Msg: msg})
		}
	}
	for path, s := range map[string]string{"title": a.Title, "company": a.Company, "reports_to": a.ReportsTo,
		"location.place": a.Location.Place, "location.region": a.Location.Region, "industry_name": a.IndustryName,
		"location.address.city": a.Location.Address.City, "location.address.region": a.Location.Address.Region} {
		limit(path, s, MaxTitleLen)
	}
	limit("pay.variable", a.Pay.Variable, MaxLineLen)
	limit("hours", a.Hours, MaxLineLen)
	for path, s := range map[string]string{"about": a.About, "how_to_apply": a.HowToApply,
		"equal_opportunity.text": a.EqualOpportunity.Text, "career_path": a.CareerPath, "first_90_days": a.FirstDays} {
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
	v.errs = append(v.errs, errs...)
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
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
func employmentTypeIDs(c *content.Catalog) []string {
	return content.IDs(c.EmploymentTypes, func(v content.EmploymentType) string { return v.ID })
}
func languageIDs(c *content.Catalog) []string {
	return content.IDs(c.Languages.List, func(v content.Option) string { return v.ID })
}
