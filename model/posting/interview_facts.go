package posting

import (
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// InterviewFacts is what an interview kit is written from: the posting's
// success lines and required lines, each with the catalog id it came from,
// and the role's facts, each saying whether the user gave it. It is read from
// the same assembly as the posting, so the kit quotes the posting exactly.
type InterviewFacts struct {
	Title     string // escaped
	Company   string // escaped; "" when not given
	Language  string
	Selection content.Selection
	// KPIs are the lines of "What success looks like"; Required the lines
	// under "Required" in "What you bring", in posting order.
	KPIs     []FactLine
	Required []FactLine
	// KPIsSuggested is true when the KPIs and targets are all amjd's.
	KPIsSuggested bool
	// Owns and Duties are amjd's lines of "What you will own" and of
	// "Responsibilities" in the posting; Team the lines of "Your team" on
	// how the work is delivered (by complexity option id); Role the lines
	// of "About the role" (by variant, industry and mix id).
	Owns, Duties, Team, Role []FactLine
	// Accounts is the book's accounts as the posting writes them ("22
	// small-business clients"), Revenue its yearly revenue ("£1.8M"),
	// AverageRevenue the revenue of one account.
	Accounts, Revenue, AverageRevenue string
	AccountsGiven, RevenueGiven       bool
	// AccountKind names one account of the book: "a small-business client".
	AccountKind string
	// ReportsTo is the reporting line the user gave, escaped; "" when the
	// posting only suggests one.
	ReportsTo string
	TeamSize  int
	as        *assembly
}

// FactLine is one line of the posting an interview can test.
type FactLine struct {
	// ID is the catalog KPI, qualification or skill id; "" for the user's own.
	ID string
	// Name is a KPI's name for running text; the line's text otherwise.
	Name string
	// Text is the line as the posting writes it, Markdown-escaped.
	Text   string
	Origin Origin
}

// InterviewFacts reads the facts of the posting that an interview kit tests,
// from the posting's own lines: the kit quotes what the posting says.
func (p Posting) InterviewFacts() InterviewFacts {
	if p.as == nil {
		p = Assemble(content.Default(), answers.Answers{})
	}
	as := p.as
	a := as.a
	f := InterviewFacts{
		Title: base.Inline(as.r.Title), Company: as.company, Language: as.lang, Selection: as.sel,
		KPIs: as.kpiFacts(p.lines(SecSuccess, bullets)), Required: p.requiredFacts(), KPIsSuggested: a.KPIs == nil,
		Owns:          catalogFacts(p.lines(SecOwn, bullets)),
		Team:          catalogFacts(p.lines(SecTeam, paragraph)),
		Role:          catalogFacts(p.lines(SecRole, paragraph)),
		Duties:        catalogFacts(p.lines(SecDuties, bullets)),
		Accounts:      as.bookAccounts(),
		Revenue:       base.CompactMoney(as.currency(), as.r.Book.Revenue),
		AccountsGiven: a.Book.Accounts > 0, RevenueGiven: a.Book.Revenue > 0,
		AccountKind: as.accountKind(),
		TeamSize:    a.Team.Size,
		as:          as,
	}
	if n := as.r.Book.Accounts; n > 0 {
		f.AverageRevenue = base.CompactMoney(as.currency(), twoFigures(as.r.Book.Revenue/int64(n)))
	}
	if strings.TrimSpace(a.ReportsTo) != "" {
		f.ReportsTo = base.Inline(a.ReportsTo)
	}
	return f
}

// lines are the lines of a section's blocks of one kind.
func (p Posting) lines(section string, kind blockKind) []Line {
	s, _ := p.Section(section)
	var out []Line
	for _, b := range s.blocks {
		if b.kind == kind {
			out = append(out, b.lines...)
		}
	}
	return out
}

// catalogFacts are the lines written from the catalog, by their id.
func catalogFacts(lines []Line) []FactLine {
	var out []FactLine
	for _, l := range lines {
		if l.ID != "" {
			out = append(out, FactLine{ID: l.ID, Name: l.Text, Text: l.Text, Origin: l.Origin})
		}
	}
	return out
}

// Fill writes catalog text in the posting's English with the posting's
// placeholders ({clients}, {crm}, ...) and the given name-value pairs, whose
// values must be Markdown-ready already.
func (f InterviewFacts) Fill(text string, pairs ...string) string {
	if f.as == nil {
		return text
	}
	return f.as.with(text, pairs...)
}

// kpiFacts pairs each line of "What success looks like" with its KPI.
func (as *assembly) kpiFacts(items []Line) []FactLine {
	var out []FactLine
	for _, k := range as.r.KPIs {
		cat, ok := as.c.KPI(k.ID)
		if !ok && strings.TrimSpace(k.Name) == "" || len(out) == len(items) {
			continue // success writes no line for it either
		}
		line := items[len(out)]
		fact := FactLine{Name: base.LowerFirst(base.Inline(k.Name)), Text: line.Text, Origin: line.Origin}
		if known, isKPI := as.c.KPI(line.ID); isKPI {
			cat, ok = known, true // a metric of the user's own that names a catalog one
		}
		if ok {
			fact.ID, fact.Name = cat.ID, as.fill(cat.Label)
		}
		out = append(out, fact)
	}
	return out
}

// requiredFacts are the lines under "Required" in "What you bring", as the
// posting writes them: qualifications, then skills, then the user's own.
func (p Posting) requiredFacts() []FactLine {
	s, _ := p.Section(SecBring)
	required := p.as.fill(p.as.c.Phrases.Headings.Required)
	var out []FactLine
	for i, b := range s.blocks {
		if b.kind != label || len(b.lines) == 0 || b.lines[0].Text != required || i+1 >= len(s.blocks) {
			continue
		}
		for _, l := range s.blocks[i+1].lines {
			out = append(out, FactLine{ID: l.ID, Name: l.Text, Text: l.Text, Origin: l.Origin})
		}
	}
	return out
}

// accountKind names one account of the book, with an article: "a mid-market
// customer", "an enterprise or mid-market customer".
func (as *assembly) accountKind() string {
	var mods []string
	for _, id := range as.r.AccountTypes {
		if at, ok := as.c.AccountType(id); ok && at.Modifier != "" {
			mods = append(mods, as.sp.spell(at.Modifier))
		}
	}
	client := as.sp.spell(as.ind.Words.Client)
	if len(mods) == 0 {
		return base.Article(client) + " " + client
	}
	kind := strings.Join(mods, " or ")
	if strings.HasSuffix(kind, "business") {
		client = strings.TrimPrefix(client, "business ")
	}
	return base.Article(kind) + " " + kind + " " + client
}

// twoFigures rounds an amount to two significant figures, as people say an
// average: 67,857 is about 68K.
func twoFigures(n int64) int64 {
	scale := int64(1)
	for n/scale >= 100 {
		scale *= 10
	}
	return (n + scale/2) / scale * scale
}
