package content

import (
	"fmt"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Catalog {
	t.Helper()
	c, err := LoadYAML()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

func TestCatalogIDsAreUniqueAndNonEmpty(t *testing.T) {
	c := mustLoad(t)
	lists := map[string][]string{
		"variants":         IDs(c.Variants, func(v Variant) string { return v.ID }),
		"industries":       IDs(c.Industries, func(v Industry) string { return v.ID }),
		"account_types":    IDs(c.AccountTypes, func(v AccountType) string { return v.ID }),
		"mixes":            IDs(c.Mixes, func(v Mix) string { return v.ID }),
		"complexity axes":  IDs(c.Complexity, func(v ComplexityAxis) string { return v.ID }),
		"complexity":       c.ComplexityOptionIDs(),
		"kpis":             IDs(c.KPIs, func(v KPI) string { return v.ID }),
		"workplaces":       IDs(c.Workplaces, func(v PhraseOption) string { return v.ID }),
		"travel":           IDs(c.Travel, func(v PhraseOption) string { return v.ID }),
		"currencies":       IDs(c.Currencies, func(v Currency) string { return v.ID }),
		"pay_periods":      IDs(c.PayPeriods, func(v Option) string { return v.ID }),
		"employment_types": IDs(c.EmploymentTypes, func(v EmploymentType) string { return v.ID }),
		"ownership":        IDs(c.Ownership, func(v Item) string { return v.ID }),
		"responsibilities": IDs(c.Responsibilities, func(v Item) string { return v.ID }),
		"skills":           IDs(c.Skills, func(v Item) string { return v.ID }),
		"tools":            IDs(c.Tools, func(v Item) string { return v.ID }),
		"qualifications":   IDs(c.Qualifications, func(v Item) string { return v.ID }),
	}
	idPattern := regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9_]*$`)
	for kind, ids := range lists {
		if len(ids) == 0 {
			t.Errorf("%s: empty list", kind)
		}
		seen := map[string]bool{}
		for _, id := range ids {
			if !idPattern.MatchString(id) {
				t.Errorf("%s: id %q is not a plain identifier", kind, id)
			}
			if seen[id] {
				t.Errorf("%s: duplicate id %q", kind, id)
			}
			seen[id] = true
		}
	}
}

func TestCatalogHasNoEmptyText(t *testing.T) {
	c := mustLoad(t)
	check := func(where, text string) {
		if strings.TrimSpace(text) == "" {
			t.Errorf("%s: empty text", where)
		}
	}
	for _, v := range c.Variants {
		check("variant "+v.ID+" name", v.Name)
		check("variant "+v.ID+" blurb", v.Blurb)
		if v.Refused {
			check("variant "+v.ID+" refusal", v.Refusal)
			continue
		}
		for name, text := range map[string]string{"title": v.Title, "summary": v.Summary, "short_intro": v.ShortIntro,
			"book": v.Book, "first_month": v.FirstMonth, "last_month": v.LastMonth, "career_path": v.CareerPath,
			"apply": v.Apply, "reports_to": v.ReportsTo} {
			check("variant "+v.ID+" "+name, text)
		}
		if v.Accounts <= 0 || v.Revenue <= 0 || v.Years <= 0 {
			t.Errorf("variant %s: book and years must be positive", v.ID)
		}
		if !strings.Contains(v.Book, "{book}") || !strings.Contains(v.Book, "{revenue}") {
			t.Errorf("variant %s: the book sentence must state {book} and {revenue}", v.ID)
		}
		if n := len(v.KPIs); n < 4 || n > 5 {
			t.Errorf("variant %s: %d default KPIs, want 4-5 as the guides advise", v.ID, n)
		}
	}
	for _, v := range c.Industries {
		check("industry "+v.ID, v.Name+v.Field)
		if v.ID != "other" { // "other" names no trade: the user's own name for it stands in
			check("industry "+v.ID+" emphasis", v.Emphasis)
		}
		check("industry "+v.ID+" about", v.About)
		check("industry "+v.ID+" field", v.Field)
		w := v.Words
		for name, word := range map[string]string{"clients": w.Clients, "client": w.Client, "work": w.Work,
			"renewal": w.Renewal, "teams": w.Teams, "team": w.Team, "signal": w.Signal} {
			check("industry "+v.ID+" words."+name, word)
		}
		for id, phrase := range v.Phrases {
			check("industry "+v.ID+" phrases."+id, phrase)
			if !slices.Contains(c.ComplexityOptionIDs(), id) {
				t.Errorf("industry %s: phrase for unknown complexity option %q", v.ID, id)
			}
		}
	}
	for _, v := range c.AccountTypes {
		check("account type "+v.ID+" phrase", v.Phrase)
	}
	for _, v := range c.Mixes {
		check("mix "+v.ID+" summary or disclosure", v.Summary+v.Disclosure)
		check("mix "+v.ID+" short", v.Short)
		check("mix "+v.ID+" plan", v.Plan)
		check("mix "+v.ID+" blurb", v.Blurb)
		if (v.Disclosure == "") != (v.ShortDisclosure == "") {
			t.Errorf("mix %s: a disclosure needs both a full and a short form", v.ID)
		}
	}
	for _, ax := range c.Complexity {
		check("complexity "+ax.ID+" question", ax.Question)
		if len(ax.Options) < 2 {
			t.Errorf("complexity %s: fewer than two options", ax.ID)
		}
		for _, o := range ax.Options {
			check("complexity option "+o.ID, o.Name)
			check("complexity option "+o.ID+" phrase", o.Phrase)
		}
	}
	for _, k := range c.KPIs {
		check("kpi "+k.ID+" label", k.Label)
		check("kpi "+k.ID+" subject", k.Subject)
		check("kpi "+k.ID+" measure", k.Measure)
		if k.Better != "more" && k.Better != "less" {
			t.Errorf("kpi %s: better is %q, want more or less", k.ID, k.Better)
		}
		if k.Number != "" && !strings.Contains(k.Number, "{amount}") {
			t.Errorf("kpi %s: number does not use {amount}", k.ID)
		}
	}
	for _, list := range [][]PhraseOption{c.Workplaces, c.Travel} {
		for _, o := range list {
			check("option "+o.ID+" phrase", o.Phrase)
		}
	}
	for _, cur := range c.Currencies {
		check("currency "+cur.ID, cur.Symbol)
	}
	for _, pool := range [][]Item{c.Ownership, c.Responsibilities, c.Skills, c.Tools, c.Qualifications} {
		for _, it := range pool {
			check("item "+it.ID, it.Text)
		}
	}
	for _, q := range c.Qualifications {
		if q.Kind != "required" && q.Kind != "preferred" {
			t.Errorf("qualification %s: kind %q, want required or preferred", q.ID, q.Kind)
		}
	}
	check("defaults.equal_opportunity", c.Defaults.EqualOpportunity)
	check("defaults.equal_opportunity_we", c.Defaults.EqualOpportunityWe)
	if len(c.Defaults.Benefits) == 0 {
		t.Error("defaults.benefits: empty")
	}
	// Every fixed phrase and heading has words.
	for _, v := range []reflect.Value{reflect.ValueOf(c.Phrases), reflect.ValueOf(c.Phrases.Headings)} {
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.String {
				check("phrases."+v.Type().Field(i).Name, f.String())
			}
		}
	}
	for _, h := range c.PayHints {
		check("pay hint "+h.Market+" source", h.Source)
		check("pay hint "+h.Market+" describe", h.Describe)
		if h.Min <= 0 || h.Max < h.Min {
			t.Errorf("pay hint %s %v: %v-%v is not a range", h.Market, h.Variants, h.Min, h.Max)
		}
	}
	if len(c.ReportingLines) == 0 {
		t.Error("reporting_lines: empty")
	}
}

func TestCatalogReferencesResolve(t *testing.T) {
	c := mustLoad(t)
	known := func(kind string, ids []string) map[string]bool {
		m := map[string]bool{}
		for _, id := range ids {
			m[id] = true
		}
		return m
	}
	variants := known("variant", IDs(c.Variants, func(v Variant) string { return v.ID }))
	mixes := known("mix", IDs(c.Mixes, func(v Mix) string { return v.ID }))
	industries := known("industry", IDs(c.Industries, func(v Industry) string { return v.ID }))
	complexity := known("complexity", c.ComplexityOptionIDs())
	accountTypes := known("account type", IDs(c.AccountTypes, func(v AccountType) string { return v.ID }))
	kpis := known("kpi", IDs(c.KPIs, func(v KPI) string { return v.ID }))
	travel := known("travel", IDs(c.Travel, func(v PhraseOption) string { return v.ID }))

	ref := func(where string, set map[string]bool, ids ...string) {
		for _, id := range ids {
			if !set[id] {
				t.Errorf("%s: unknown id %q", where, id)
			}
		}
	}
	refWhen := func(where string, w When) {
		ref(where+" when.variant", variants, w.Variant...)
		ref(where+" when.mix", mixes, w.Mix...)
		ref(where+" when.industry", industries, w.Industry...)
		ref(where+" when.complexity", complexity, w.Complexity...)
		ref(where+" when.account_type", accountTypes, w.AccountType...)
		for _, v := range w.Variant {
			if vv, _ := c.Variant(v); vv.Refused {
				t.Errorf("%s: refers to refused variant %q", where, v)
			}
		}
	}
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		where := "variant " + v.ID
		ref(where+" mix", mixes, v.Mix)
		for _, ax := range c.Complexity {
			if !slices.Contains(phraseOptionIDs(ax.Options), v.Complexity[ax.ID]) {
				t.Errorf("%s complexity: %s is %q, not one of the axis's options", where, ax.ID, v.Complexity[ax.ID])
			}
		}
		for axis := range v.Complexity {
			if !slices.ContainsFunc(c.Complexity, func(ax ComplexityAxis) bool { return ax.ID == axis }) {
				t.Errorf("%s complexity: unknown axis %q", where, axis)
			}
		}
		ref(where+" account_types", accountTypes, v.AccountTypes...)
		ref(where+" travel", travel, v.Travel)
		for _, k := range v.KPIs {
			ref(where+" kpis", kpis, k.ID)
		}
	}
	for name, pool := range map[string][]Item{"ownership": c.Ownership, "responsibilities": c.Responsibilities, "skills": c.Skills, "tools": c.Tools, "qualifications": c.Qualifications} {
		for _, it := range pool {
			refWhen(name+" "+it.ID, it.When)
			if it.Default != nil {
				refWhen(name+" "+it.ID+" default", *it.Default)
			}
		}
	}
}

// Every template placeholder in the catalog must be one the assembler fills.
func TestCatalogPlaceholdersAreKnown(t *testing.T) {
	c := mustLoad(t)
	allowed := map[string]bool{"{company}": true, "{years}": true, "{industry}": true, "{clients}": true,
		"{client}": true, "{a_client}": true, "{work}": true, "{renewal}": true, "{teams}": true, "{team}": true, "{signal}": true,
		"{crm}": true, "{kpi}": true, "{reports_to}": true}
	// Placeholders a phrase fills with its own value.
	own := map[string]bool{"{book}": true, "{revenue}": true, "{amount}": true, "{date}": true, "{size}": true, "{pay}": true,
		"{variable}": true, "{place}": true, "{region}": true, "{hours}": true, "{plan}": true, "{accounts}": true,
		"{kinds}": true, "{a}": true, "{title}": true, "{where}": true, "{workplace}": true, "{focus}": true,
		"{kpis}": true, "{qualification}": true, "{benefits}": true}
	placeholder := regexp.MustCompile(`\{[^}]*\}`)
	var texts []string
	for _, pool := range [][]Item{c.Ownership, c.Responsibilities, c.Skills, c.Tools, c.Qualifications} {
		for _, it := range pool {
			texts = append(texts, it.Text, it.Short)
		}
	}
	for _, ind := range c.Industries {
		texts = append(texts, ind.About, ind.Emphasis)
		for _, p := range ind.Phrases {
			texts = append(texts, p)
		}
	}
	for _, v := range c.Variants {
		texts = append(texts, v.Summary, v.ShortIntro, v.Book, v.FirstMonth, v.LastMonth, v.CareerPath, v.Apply)
	}
	for _, m := range c.Mixes {
		texts = append(texts, m.Summary, m.Short, m.Plan, m.Disclosure, m.ShortDisclosure)
	}
	for _, k := range c.KPIs {
		texts = append(texts, k.Subject, k.Qualifier, k.Measure, k.Number)
	}
	for _, list := range [][]PhraseOption{c.Workplaces, c.Travel} {
		for _, o := range list {
			texts = append(texts, o.Phrase)
		}
	}
	for _, ax := range c.Complexity {
		for _, o := range ax.Options {
			texts = append(texts, o.Phrase)
		}
	}
	texts = append(texts, c.Defaults.EqualOpportunity, c.Defaults.HowToApply)
	v := reflect.ValueOf(c.Phrases)
	for i := 0; i < v.NumField(); i++ {
		if f := v.Field(i); f.Kind() == reflect.String {
			texts = append(texts, f.String())
		}
	}
	for _, text := range texts {
		for _, p := range placeholder.FindAllString(text, -1) {
			if !allowed[p] && !own[p] {
				t.Errorf("unknown placeholder %s in %q", p, text)
			}
		}
	}
}

func TestExactlyOneRefusedVariantExplainsItself(t *testing.T) {
	c := mustLoad(t)
	var refused []string
	for _, v := range c.Variants {
		if v.Refused {
			refused = append(refused, v.ID)
			if !strings.Contains(strings.ToLower(v.Refusal), "finance") {
				t.Errorf("%s: refusal should say it is a finance job: %q", v.ID, v.Refusal)
			}
		}
	}
	if fmt.Sprint(refused) != "[accounting_manager]" {
		t.Errorf("refused variants = %v, want [accounting_manager]", refused)
	}
}

func phraseOptionIDs(list []PhraseOption) []string {
	return IDs(list, func(o PhraseOption) string { return o.ID })
}
