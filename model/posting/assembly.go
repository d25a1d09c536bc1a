package posting

import (
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// assembly is the state shared by the builders of one posting: the answers as
// given and as resolved, the catalog entries they pick, and the posting's
// English.
type assembly struct {
	c       *content.Catalog
	a       answers.Answers // as given: what the user said
	r       answers.Answers // with defaults filled in
	v       content.Variant
	ind     content.Industry
	mix     content.Mix
	sel     content.Selection
	place   base.Place
	lang    string
	sp      *speller
	company string // escaped; empty when not given
	values  map[string]string
	crms    []string // the CRMs the answers name, spelled
	ownText string   // the user's own lines about the job (ownWords)
}

func newAssembly(c *content.Catalog, a answers.Answers) *assembly {
	r, place := resolve(c, a)
	return placedAssembly(c, a, r, place)
}

// newResolvedAssembly is newAssembly for a caller that has resolved the
// answers already.
func newResolvedAssembly(c *content.Catalog, a, r answers.Answers) *assembly {
	return placedAssembly(c, a, r, base.LookupPlace(c, a.Location.Place))
}

// placedAssembly is newAssembly with the answers resolved and the location
// placed.
func placedAssembly(c *content.Catalog, a, r answers.Answers, place base.Place) *assembly {
	as := &assembly{c: c, a: a, r: r, place: place}
	as.v, _ = c.Variant(as.r.Variant)
	as.ind = wordedIndustry(c, as.r.Industry, a.IndustryName)
	as.mix, _ = c.Mix(as.r.Mix)
	as.sel = SelectionOf(c, as.r)
	as.lang = as.r.Language
	as.sp = spellerFor(c, as.lang)
	as.company = base.Inline(a.Company)
	as.crms = as.crmNames()
	as.ownText = ownWords(a)
	as.values = as.placeholders()
	return as
}

// wordedIndustry is the industry as the posting words it. When the user
// names their industry in their own words ("card payments" under banking),
// the catalog's words for the wider trade may not hold ("banking clients",
// "account balances"): the neutral wording stands in, with their name for
// the trade (SelectionOf picks the neutral lines the same way).
func wordedIndustry(c *content.Catalog, id, ownName string) content.Industry {
	ind, _ := c.Industry(id)
	if strings.TrimSpace(ownName) == "" {
		return ind
	}
	neutral, _ := c.Industry("other")
	return neutral
}

// placeholders are the values of the catalog's placeholders. Catalog words
// are spelled in the posting's English; the user's words are kept as typed.
func (as *assembly) placeholders() map[string]string {
	w := as.ind.Words
	spell := as.sp.spell
	company := as.company
	if company == "" {
		company = spell(as.c.Phrases.CompanyOur)
	}
	kpi := ""
	if labels := as.kpiLabels(); len(labels) > 0 {
		kpi = labels[0]
	}
	industry := spell(as.ind.Field)
	if name := base.Inline(strings.TrimSpace(as.a.IndustryName)); name != "" {
		industry = name
	}
	return map[string]string{
		"company":  company,
		"years":    strconv.Itoa(as.r.Qualifications.Years),
		"industry": industry,
		"clients":  spell(w.Clients), "client": spell(w.Client),
		"a_client": base.Article(w.Client) + " " + spell(w.Client),
		"work":     spell(w.Work), "renewal": spell(w.Renewal),
		"teams": spell(w.Teams), "team": spell(w.Team),
		"signal":     spell(w.Signal),
		"crm":        as.crm(),
		"kpi":        kpi,
		"reports_to": base.Inline(as.r.ReportsTo),
	}
}

// fill spells catalog text in the posting's English and fills its placeholders.
func (as *assembly) fill(text string) string {
	return expand(as.sp.spell(oneLine(text)), as.values, nil)
}

// with fills a phrase's own placeholders ("{pay}", user text already
// escaped, given as name-value pairs) as well as the catalog's.
func (as *assembly) with(text string, pairs ...string) string {
	own := make(map[string]string, len(pairs)/2)
	for i := 0; i+1 < len(pairs); i += 2 {
		own[strings.Trim(pairs[i], "{}")] = pairs[i+1]
	}
	return expand(as.sp.spell(oneLine(text)), own, as.values)
}

// expand replaces each {name} in text with its value from the first map that
// has it, in one pass; unknown names are left as they are.
func expand(text string, first, second map[string]string) string {
	if !strings.Contains(text, "{") {
		return text
	}
	var b strings.Builder
	b.Grow(len(text) + 32)
	for {
		open := strings.IndexByte(text, '{')
		if open < 0 {
			break
		}
		end := strings.IndexByte(text[open:], '}')
		if end < 0 {
			break
		}
		name := text[open+1 : open+end]
		v, ok := first[name]
		if !ok {
			v, ok = second[name]
		}
		if !ok {
			v = text[open : open+end+1]
		}
		b.WriteString(text[:open])
		b.WriteString(v)
		text = text[open+end+1:]
	}
	b.WriteString(text)
	return b.String()
}

// oneLine joins catalog text written over several lines.
func oneLine(text string) string {
	if !strings.ContainsAny(text, "\n\t") && !strings.Contains(text, "  ") {
		return strings.TrimSpace(text)
	}
	return strings.Join(strings.Fields(text), " ")
}

// crmNames are the CRMs the answers name: the CRM tools chosen and any tool
// of the user's own that says it is a CRM.
func (as *assembly) crmNames() []string {
	var names []string
	for _, id := range as.a.Tools.Use {
		if t, ok := content.ItemByID(as.c.Tools, id); ok && t.CRM != "" {
			names = append(names, as.sp.spell(t.CRM))
		}
	}
	for _, t := range as.a.Tools.Add {
		if strings.Contains(strings.ToLower(t), "crm") {
			names = append(names, base.Inline(t))
		}
	}
	return names
}

// crm names the CRM the posting asks for, or a CRM in general.
func (as *assembly) crm() string {
	if len(as.crms) == 0 {
		return "a CRM system"
	}
	return strings.Join(as.crms, " or ")
}

// kpiLabels names the chosen KPIs for running text.
func (as *assembly) kpiLabels() []string {
	var out []string
	for _, k := range as.r.KPIs {
		if cat, ok := as.c.KPI(k.ID); ok {
			out = append(out, as.sp.spell(as.fill(cat.Label)))
		} else if name := base.Inline(k.Name); name != "" {
			out = append(out, base.LowerFirst(name))
		}
	}
	return out
}

// left reports whether the user turned an optional section off.
func (as *assembly) left(id string) bool {
	return slices.Contains(as.a.LeaveOut, id)
}

// written, typed and suggested make lines.
func written(step, text string) Line { return Line{Text: text, Step: step, Origin: Written} }
func typed(step, text string) Line   { return Line{Text: text, Step: step, Origin: Typed} }
func suggested(step, text, note string) Line {
	return Line{Text: text, Step: step, Origin: Suggested, Note: note}
}

// withID names the catalog entry a line was written from.
func withID(id string, l Line) Line {
	l.ID = id
	return l
}

// of names the field the lines come from.
func of(field string, lines ...Line) []Line {
	for i := range lines {
		lines[i].Field = field
	}
	return lines
}

// pool returns the lines of a catalog pool chosen for the answers, each
// naming the step given: a line the answers do not give the facts of in its
// neutral form, or not at all (poolLine).
// A line the user included by id is their choice, and stated as it is.
func (as *assembly) pool(step string, pool []content.Item, ids []string, included ...string) []Line {
	out := make([]Line, 0, len(ids))
	for _, id := range ids {
		if it, ok := content.ItemByID(pool, id); ok {
			if slices.Contains(included, id) {
				out = append(out, withID(id, as.stating(step, as.fill(it.Text))))
			} else if l, _, ok := as.poolLine(step, it); ok {
				out = append(out, l)
			}
		}
	}
	return out
}

// typedLines tidies and escapes the user's own lines.
func typedLines(step string, list []string) []Line {
	var out []Line
	for _, s := range list {
		// Typed as people type: pasted bullets, runs of spaces and a line of
		// punctuation alone are tidied away, the words kept as they are.
		if line := base.Inline(base.CleanLine(s)); line != "" {
			out = append(out, typed(step, line))
		}
	}
	return out
}

// sentenceLines are typed lines of a list whose own lines are sentences
// (duties, requirements, benefits): each ends in a full stop as theirs do.
func sentenceLines(step string, list []string) []Line {
	out := typedLines(step, list)
	for i, l := range out {
		if r, _ := utf8.DecodeLastRuneInString(l.Text); !strings.ContainsRune(".!?…:", r) {
			// A number alone ("0") plus its full stop would read as an
			// ordered-list marker, so the marker test runs again.
			out[i].Text = base.EscapeLineStart(l.Text + ".")
		}
	}
	return out
}

// ownParagraphs keeps the paragraphs the user typed apart: one paragraph
// block for each line, where a block of amjd's sentences joins its lines.
func ownParagraphs(lines []Line) []block {
	out := make([]block, len(lines))
	for i, l := range lines {
		out[i] = block{paragraph, []Line{l}}
	}
	return out
}

// escapedLines makes lines of the user's text already escaped (paragraphs),
// from the field of step they answer.
func escapedLines(step, field string, escaped []string) []Line {
	out := make([]Line, len(escaped))
	for i, s := range escaped {
		out[i] = typed(step, s)
	}
	return of(field, out...)
}

// stepOf names the step whose answer selected a catalog item: the most
// specific dimension of its rule.
func stepOf(w content.When, fallback string) string {
	switch {
	case len(w.Complexity) > 0:
		return base.StepComplexity
	case len(w.Mix) > 0:
		return base.StepMix
	case len(w.Industry) > 0:
		return base.StepIndustry
	case len(w.Variant) > 0:
		return base.StepVariant
	}
	return fallback
}

// Selected returns the ids of the pool items the answers select, in pool order:
// the items whose rules match, trimmed to limit by rank, plus those included by
// id, minus those removed.
func Selected(pool []content.Item, sel content.Selection, edit answers.ListEdit, limit int) []string {
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
		included := slices.Contains(edit.Include, it.ID) && !slices.Contains(edit.Remove, it.ID)
		if included || slices.ContainsFunc(matched, func(m content.Item) bool { return m.ID == it.ID }) {
			ids = append(ids, it.ID)
		}
	}
	return ids
}
