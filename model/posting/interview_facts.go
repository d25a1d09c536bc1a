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

// InterviewFacts reads the facts of the posting that an interview kit tests.
func (p Posting) InterviewFacts() InterviewFacts {
	as := p.as
	if as == nil {
		as = newAssembly(content.Default(), answers.Answers{})
	}
	a := as.a
	f := InterviewFacts{
		Title: base.Inline(as.r.Title), Company: as.company, Language: as.lang, Selection: as.sel,
		KPIs: as.kpiFacts(), Required: as.requiredFacts(), KPIsSuggested: a.KPIs == nil,
		Owns:          as.itemFacts(as.c.Ownership, as.owned()),
		Team:          as.teamFacts(),
		Role:          as.roleFacts(),
		Duties:        as.itemFacts(as.c.Responsibilities, Selected(as.c.Responsibilities, as.sel, as.r.Responsibilities, MaxResponsibilities)),
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
func (as *assembly) kpiFacts() []FactLine {
	var items []Line
	for _, b := range as.success("").blocks {
		if b.kind == bullets {
			items = b.lines
		}
	}
	var out []FactLine
	for _, k := range as.r.KPIs {
		cat, ok := as.c.KPI(k.ID)
		if !ok && strings.TrimSpace(k.Name) == "" || len(out) == len(items) {
			continue // success writes no line for it either
		}
		line := items[len(out)]
		fact := FactLine{Name: base.LowerFirst(base.Inline(k.Name)), Text: line.Text, Origin: line.Origin}
		if ok {
			fact.ID, fact.Name = cat.ID, as.fill(cat.Label)
		}
		out = append(out, fact)
	}
	return out
}

// requiredFacts are the required lines of "What you bring", as bring writes
// them: qualifications, then skills, then the user's own.
func (as *assembly) requiredFacts() []FactLine {
	out := as.itemFacts(as.c.Qualifications, as.r.Qualifications.Required)
	out = append(out, as.itemFacts(as.c.Skills, Selected(as.c.Skills, as.sel, as.r.Skills, MaxSkills))...)
	for _, l := range append(sentenceLines(base.StepSkills, as.r.Skills.Add), sentenceLines(base.StepSkills, as.r.Qualifications.ExtraRequired)...) {
		out = append(out, FactLine{Name: l.Text, Text: l.Text, Origin: Typed})
	}
	return out
}

// teamFacts are the lines of "Your team" that say how the work is delivered.
func (as *assembly) teamFacts() []FactLine {
	if as.left(answers.SectionTeam) {
		return nil
	}
	var out []FactLine
	for _, id := range as.sel.Complexity {
		if text := as.complexityPhrase(id); text != "" {
			out = append(out, FactLine{ID: id, Name: text, Text: text, Origin: Written})
		}
	}
	return out
}

// roleFacts are the sentences of "About the role", by the answer that chose them.
func (as *assembly) roleFacts() []FactLine {
	var out []FactLine
	for _, l := range [][2]string{{as.v.ID, as.v.Summary}, {as.ind.ID, as.ind.Emphasis}, {as.mix.ID, as.mix.Summary}} {
		if l[1] != "" {
			text := as.fill(l[1])
			out = append(out, FactLine{ID: l[0], Name: text, Text: text, Origin: Written})
		}
	}
	return out
}

// owned lists the ownership lines of the posting, by id.
func (as *assembly) owned() []string {
	var ids []string
	for _, it := range as.c.Ownership {
		if it.When.Matches(as.sel) {
			ids = append(ids, it.ID)
		}
	}
	return ids
}

// itemFacts are the filled lines of a pool's items, by id.
func (as *assembly) itemFacts(pool []content.Item, ids []string) []FactLine {
	var out []FactLine
	for _, id := range ids {
		if it, ok := content.ItemByID(pool, id); ok {
			text := as.fill(it.Text)
			out = append(out, FactLine{ID: id, Name: text, Text: text, Origin: Written})
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
