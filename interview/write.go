package interview

import (
	"unicode"
	"unicode/utf8"

	"amjd/content"
	"amjd/model/posting"
)

// writer fills the kit's catalog text with the posting's words and the
// role's facts.
type writer struct {
	c     *content.Catalog
	f     posting.InterviewFacts
	ph    content.InterviewPhrases
	pairs []string // the kit's own placeholders: {book}, {account}, ...
}

func newWriter(c *content.Catalog, f posting.InterviewFacts) *writer {
	w := &writer{c: c, f: f, ph: c.Interview.Phrases}
	w.pairs = []string{"{book}", w.book(), "{account}", w.account()}
	return w
}

// fill writes catalog text in the posting's English, its placeholders and
// the kit's filled, and the given pairs too.
func (w *writer) fill(text string, pairs ...string) string {
	return upperFirst(w.f.Fill(text, append(pairs, w.pairs...)...))
}

// book names the book of business in a question: the user's figures as
// facts, amjd's as typical of the role, never as the company's.
func (w *writer) book() string {
	f := w.f
	pairs := []string{"{accounts}", f.Accounts, "{revenue}", f.Revenue}
	switch {
	case f.AccountsGiven && f.RevenueGiven:
		return f.Fill(w.ph.BookGiven, pairs...)
	case f.AccountsGiven:
		return f.Fill(w.ph.BookAccounts, pairs...)
	case f.RevenueGiven:
		return f.Fill(w.ph.BookRevenue, pairs...)
	}
	return f.Fill(w.ph.BookTypical, pairs...)
}

// account names one account like those in the book; its revenue only when
// the user gave the book's figures.
func (w *writer) account() string {
	f := w.f
	if f.AccountsGiven && f.RevenueGiven && f.AverageRevenue != "" {
		return f.Fill(w.ph.AccountGiven, "{kind}", f.AccountKind, "{average}", f.AverageRevenue)
	}
	return f.Fill(w.ph.AccountTypical, "{kind}", f.AccountKind)
}

// factsLine names the company, the variant, the industry and the mix.
func (w *writer) factsLine() []string {
	var out []string
	if w.f.Company != "" {
		out = append(out, w.f.Company)
	}
	sel := w.f.Selection
	if v, ok := w.c.Variant(sel.Variant); ok {
		out = append(out, w.fill(v.Name))
	}
	if ind, ok := w.c.Industry(sel.Industry); ok && ind.ID != "other" {
		out = append(out, w.fill(ind.Name))
	}
	if m, ok := w.c.Mix(sel.Mix); ok {
		out = append(out, w.fill(m.Name))
	}
	return out
}

// first is the text of the first phrasing whose When matches the role.
func (w *writer) first(list []content.Phrasing) string {
	for _, p := range list {
		if p.When.Matches(w.f.Selection) {
			return w.fill(p.Text)
		}
	}
	return ""
}

// areas writes each chosen area: the lines it tests, its questions, and
// how to rate the answers.
func (w *writer) areas(list []chosen) []Area {
	out := make([]Area, len(list))
	for i, ch := range list {
		comp := ch.comp
		a := Area{
			ID: comp.ID, Name: w.fill(comp.Name),
			Behavioural: w.first(comp.Behavioural), Situational: w.first(comp.Situational),
			Strong: w.first(comp.Strong),
		}
		for _, n := range ch.tests {
			a.Tests = append(a.Tests, Tested{KPI: n.kpi, Line: n.line, Quote: w.quote(n)})
		}
		if len(a.Tests) == 0 {
			for _, d := range ch.duties {
				a.Tests = append(a.Tests, Tested{Duty: true, Line: d.line, Quote: w.fill(w.ph.DutyLine, "{section}", w.f.Fill(d.section), "{line}", d.line.Text)})
			}
		}
		for _, n := range ch.probed {
			a.Probes = append(a.Probes, w.probe(n))
		}
		for _, s := range comp.Warnings {
			a.Warnings = append(a.Warnings, w.fill(s))
		}
		for _, s := range comp.Anchors {
			a.Anchors = append(a.Anchors, w.fill(s))
		}
		out[i] = a
	}
	return out
}

// quote cites a posting line with its section; a target that is only amjd's
// suggestion says so.
func (w *writer) quote(n need) string {
	h := w.c.Phrases.Headings
	if !n.kpi {
		return w.fill(w.ph.RequiredLine, "{section}", w.f.Fill(h.Required), "{line}", n.line.Text)
	}
	q := w.fill(w.ph.SuccessLine, "{section}", w.f.Fill(h.Success), "{line}", n.line.Text)
	if n.line.Origin == posting.Suggested || w.f.KPIsSuggested {
		q += " " + w.fill(w.ph.SuggestedNote)
	}
	return q
}

// probe asks about a line the area's own questions do not name.
func (w *writer) probe(n need) string {
	if n.kpi && n.line.Name != "" {
		return w.fill(w.ph.ProbeKPI, "{kpi}", n.line.Name)
	}
	return w.fill(w.ph.ProbeLine, "{line}", n.line.Text)
}

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || unicode.IsUpper(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}
