package model

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"amjd/content"
)

// Posting is an assembled job posting. Every string is Markdown-ready: user
// text has been escaped, catalog text is trusted.
type Posting struct {
	Title            string
	Company          string // empty when the answers name no company
	Facts            []string
	Summary          []string
	Disclosure       string // set when the role is partly a sales role
	Book             string
	Ownership        []string
	Responsibilities []string
	KPIs             []string
	KPINames         []string
	Required         []string
	Preferred        []string
	Tools            []string
	Reporting        []string
	Pay              string
	Variable         string
	Benefits         []string
	Location         []string
	AboutHeading     string
	About            []string
	EqualOpportunity []string
	HowToApply       []string

	// For the short form.
	intro           string
	mixShort        string
	shortDisclosure string
	years           int
	field           string
	workplace       string
	place           string
}

// Assemble builds the posting for the answers. Invalid ids are ignored here
// (Validate reports them); empty answers take their defaults.
func Assemble(c *content.Catalog, a Answers) Posting {
	r := Resolve(c, a)
	v, _ := c.Variant(r.Variant)
	ind, _ := c.Industry(r.Industry)
	mix, _ := c.Mix(r.Mix)
	sel := selectionOf(r)
	cur, ok := c.Currency(r.Pay.Currency)
	if !ok {
		cur = content.Currency{ID: r.Pay.Currency, Symbol: r.Pay.Currency + " "}
	}

	company := Inline(r.Company)
	companyOr := company
	if companyOr == "" {
		companyOr = "Our company"
	}
	placeholders := strings.NewReplacer(
		"{company}", companyOr,
		"{years}", strconv.Itoa(r.Qualifications.Years),
		"{industry}", ind.Field,
	)
	fill := func(text string) string {
		return placeholders.Replace(strings.TrimSpace(text))
	}

	p := Posting{
		Title:   Inline(r.Title),
		Company: company,
		years:   r.Qualifications.Years,
		field:   ind.Field,
	}
	if r.Industry == "other" {
		p.field = ""
	}

	// Facts line under the title.
	wp, _ := content.Phrase(c.Workplaces, r.Location.Workplace)
	p.workplace = strings.ToLower(wp.Name)
	p.place = Inline(r.Location.Place)
	if company != "" {
		p.Facts = append(p.Facts, company)
	}
	if p.place != "" {
		p.Facts = append(p.Facts, p.place)
	}
	p.Facts = append(p.Facts, wp.Name)
	period := ""
	for _, o := range c.PayPeriods {
		if o.ID == r.Pay.Period {
			period = o.Name
		}
	}
	p.Pay = fmt.Sprintf("%s%s to %s%s %s", cur.Symbol, formatAmount(r.Pay.Min), cur.Symbol, formatAmount(r.Pay.Max), period)
	p.Facts = append(p.Facts, p.Pay)

	// Summary: the variant's angle, the industry's emphasis, the commercial mix.
	p.Summary = []string{strings.Join([]string{
		strings.TrimSpace(v.Summary), strings.TrimSpace(ind.Emphasis), strings.TrimSpace(mix.Summary),
	}, " ")}
	p.intro = firstSentence(v.Summary)
	p.mixShort = mix.Short
	p.Disclosure = strings.TrimSpace(mix.Disclosure)
	p.shortDisclosure = mix.ShortDisclosure

	// Book of business, in numbers.
	var kinds []string
	for _, id := range r.AccountTypes {
		if at, ok := c.AccountType(id); ok {
			kinds = append(kinds, at.Phrase)
		}
	}
	mixOf := "all of them "
	if len(kinds) > 1 {
		mixOf = "a mix of "
	}
	p.Book = fmt.Sprintf("Your book is %s, %s%s, worth about %s in annual revenue.",
		plural(r.Book.Accounts, "account", "accounts"), mixOf, joinAnd(kinds), compactMoney(cur, r.Book.Revenue))

	p.Ownership = texts(c.Ownership, Selected(c.Ownership, sel, ListEdit{}, len(c.Ownership)), fill)
	p.Responsibilities = texts(c.Responsibilities, Selected(c.Responsibilities, sel, r.Responsibilities, maxResponsibilities), fill)
	p.Responsibilities = append(p.Responsibilities, inlineAll(r.Responsibilities.Add)...)

	for _, k := range r.KPIs {
		target := Inline(k.Target)
		if cat, ok := c.KPI(k.ID); ok {
			p.KPINames = append(p.KPINames, cat.Label)
			if target != "" {
				p.KPIs = append(p.KPIs, strings.ReplaceAll(cat.WithTarget, "{target}", target))
			} else {
				p.KPIs = append(p.KPIs, cat.WithoutTarget)
			}
			continue
		}
		name := Inline(k.Name)
		if name == "" {
			continue
		}
		p.KPINames = append(p.KPINames, lowerFirst(name))
		if target != "" {
			p.KPIs = append(p.KPIs, name+": "+target+".")
		} else {
			p.KPIs = append(p.KPIs, name+".")
		}
	}

	p.Required = texts(c.Qualifications, r.Qualifications.Required, fill)
	p.Required = append(p.Required, inlineAll(r.Qualifications.ExtraRequired)...)
	p.Required = append(p.Required, texts(c.Skills, Selected(c.Skills, sel, r.Skills, maxSkills), fill)...)
	p.Required = append(p.Required, inlineAll(r.Skills.Add)...)
	p.Preferred = texts(c.Qualifications, r.Qualifications.Preferred, fill)
	p.Preferred = append(p.Preferred, inlineAll(r.Qualifications.ExtraPreferred)...)

	p.Tools = texts(c.Tools, r.Tools.Use, fill)
	p.Tools = append(p.Tools, inlineAll(r.Tools.Add)...)

	p.Reporting = []string{"You report to the " + Inline(r.ReportsTo) + "."}
	for _, ax := range c.Complexity {
		for _, o := range ax.Options {
			if slices.Contains(sel.Complexity, o.ID) {
				p.Reporting = append(p.Reporting, o.Phrase)
			}
		}
	}

	p.Variable = Inline(r.Pay.Variable)
	p.Benefits = inlineAll(r.Benefits)

	if p.place != "" {
		p.Location = append(p.Location, "Location: "+p.place+".")
	}
	p.Location = append(p.Location, wp.Phrase)
	if region := Inline(r.Location.Region); region != "" {
		p.Location = append(p.Location, "We can hire people based in "+region+".")
	}
	if tr, ok := content.Phrase(c.Travel, r.Location.Travel); ok {
		p.Location = append(p.Location, tr.Phrase)
	}

	p.AboutHeading = "About us"
	if company != "" {
		p.AboutHeading = "About " + company
	}
	if p.About = Paragraphs(r.About); len(p.About) == 0 {
		p.About = []string{fill(ind.About)}
	}
	if *r.EqualOpportunity.Include {
		if p.EqualOpportunity = Paragraphs(r.EqualOpportunity.Text); len(p.EqualOpportunity) == 0 {
			p.EqualOpportunity = []string{fill(c.Defaults.EqualOpportunity)}
		}
	}
	if p.HowToApply = Paragraphs(r.HowToApply); len(p.HowToApply) == 0 {
		p.HowToApply = []string{fill(c.Defaults.HowToApply)}
	}
	return p
}

// Limits on default lines per pool, so that every combination of answers stays
// within the length job-ad research recommends. Lines a user includes by id or
// adds by hand are never cut.
const (
	maxResponsibilities = 10
	maxSkills           = 6
)

// Selected returns the ids of the pool items the answers select, in pool order:
// the items whose rules match, trimmed to limit by rank, plus those included by
// id, minus those removed.
func Selected(pool []content.Item, sel content.Selection, edit ListEdit, limit int) []string {
	var matched []content.Item
	for _, it := range pool {
		if it.When.Matches(sel) && !slices.Contains(edit.Remove, it.ID) && !slices.Contains(edit.Include, it.ID) {
			matched = append(matched, it)
		}
	}
	// Drop the lowest-ranked lines, latest first, until the pool fits.
	for rank := 3; rank >= 2 && len(matched) > limit; rank-- {
		for i := len(matched) - 1; i >= 0 && len(matched) > limit; i-- {
			if max(matched[i].Rank, 2) == rank && matched[i].Rank != 1 {
				matched = append(matched[:i], matched[i+1:]...)
			}
		}
	}
	var ids []string
	for _, it := range pool {
		if slices.Contains(edit.Include, it.ID) && !slices.Contains(edit.Remove, it.ID) {
			ids = append(ids, it.ID)
			continue
		}
		for _, m := range matched {
			if m.ID == it.ID {
				ids = append(ids, it.ID)
				break
			}
		}
	}
	return ids
}

// texts returns the filled text of the pool items with the given ids.
func texts(pool []content.Item, ids []string, fill func(string) string) []string {
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if it, ok := content.ItemByID(pool, id); ok {
			out = append(out, fill(it.Text))
		}
	}
	return out
}

func inlineAll(list []string) []string {
	var out []string
	for _, s := range list {
		if line := Inline(s); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// lowerFirst lower-cases the first letter of a name for running text, unless
// the name starts with an acronym such as "NPS".
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

func firstSentence(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if i := strings.Index(s, ". "); i >= 0 {
		return s[:i+1]
	}
	return s
}

func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return formatAmount(float64(n)) + " " + many
}

// joinAnd joins a list as English prose: "a", "a and b", "a, b and c".
func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// formatAmount writes a number with thousands separators and at most two
// decimals, dropping them when the amount is whole.
func formatAmount(x float64) string {
	neg := x < 0
	x = math.Abs(x)
	whole := math.Floor(x)
	cents := math.Round((x - whole) * 100)
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if cents > 0 {
		fmt.Fprintf(&b, ".%02d", int(cents))
	}
	return b.String()
}

// compactMoney writes a large amount the way people say it: $3.5M, $850K.
func compactMoney(cur content.Currency, n int64) string {
	x := float64(n)
	unit := ""
	switch {
	case x >= 1e9:
		x, unit = x/1e9, "B"
	case x >= 1e6:
		x, unit = x/1e6, "M"
	case x >= 1e3:
		x, unit = x/1e3, "K"
	}
	s := strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
	return cur.Symbol + s + unit
}
