package content

import (
	"fmt"
	"regexp"
	"strings"
	"testing"
)

func mustLoad(t *testing.T) *Catalog {
	t.Helper()
	c, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// allSelections enumerates every combination of answers that selection rules
// look at, so a rule nobody can satisfy is found by brute force.
func allSelections(c *Catalog) []Selection {
	var complexities [][]string
	var walk func(axis int, picked []string)
	walk = func(axis int, picked []string) {
		if axis == len(c.Complexity) {
			complexities = append(complexities, append([]string(nil), picked...))
			return
		}
		for _, o := range c.Complexity[axis].Options {
			walk(axis+1, append(picked, o.ID))
		}
	}
	walk(0, nil)
	var out []Selection
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, m := range c.Mixes {
			for _, ind := range c.Industries {
				for _, cx := range complexities {
					for _, at := range c.AccountTypes {
						out = append(out, Selection{Variant: v.ID, Mix: m.ID, Industry: ind.ID, Complexity: cx, AccountTypes: []string{at.ID}})
					}
				}
			}
		}
	}
	return out
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
		check("variant "+v.ID+" title", v.Title)
		check("variant "+v.ID+" summary", v.Summary)
		check("variant "+v.ID+" reports_to", v.ReportsTo)
		if v.Accounts <= 0 || v.Revenue <= 0 || v.Years <= 0 {
			t.Errorf("variant %s: book and years must be positive", v.ID)
		}
		if v.Pay.Min <= 0 || v.Pay.Max < v.Pay.Min {
			t.Errorf("variant %s: pay hint %v-%v is not a range", v.ID, v.Pay.Min, v.Pay.Max)
		}
		if n := len(v.KPIs); n < 4 || n > 5 {
			t.Errorf("variant %s: %d default KPIs, want 4-5 as the guides advise", v.ID, n)
		}
	}
	for _, v := range c.Industries {
		check("industry "+v.ID, v.Name+v.Field)
		check("industry "+v.ID+" emphasis", v.Emphasis)
		check("industry "+v.ID+" about", v.About)
		check("industry "+v.ID+" field", v.Field)
	}
	for _, v := range c.AccountTypes {
		check("account type "+v.ID+" phrase", v.Phrase)
	}
	for _, v := range c.Mixes {
		check("mix "+v.ID+" summary", v.Summary)
		check("mix "+v.ID+" short", v.Short)
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
		check("kpi "+k.ID+" with_target", k.WithTarget)
		check("kpi "+k.ID+" without_target", k.WithoutTarget)
		if !strings.Contains(k.WithTarget, "{target}") {
			t.Errorf("kpi %s: with_target does not use {target}", k.ID)
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
	check("defaults.how_to_apply", c.Defaults.HowToApply)
	if len(c.Defaults.Benefits) == 0 {
		t.Error("defaults.benefits: empty")
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
	currencies := known("currency", IDs(c.Currencies, func(v Currency) string { return v.ID }))
	periods := known("period", IDs(c.PayPeriods, func(v Option) string { return v.ID }))

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
		ref(where+" complexity", complexity, v.Complexity.Teams, v.Complexity.Work, v.Complexity.Contracts)
		ref(where+" account_types", accountTypes, v.AccountTypes...)
		ref(where+" travel", travel, v.Travel)
		ref(where+" pay.currency", currencies, v.Pay.Currency)
		ref(where+" pay.period", periods, v.Pay.Period)
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
	allowed := map[string]bool{"{company}": true, "{years}": true, "{industry}": true, "{target}": true}
	placeholder := regexp.MustCompile(`\{[^}]*\}`)
	var texts []string
	for _, pool := range [][]Item{c.Ownership, c.Responsibilities, c.Skills, c.Tools, c.Qualifications} {
		for _, it := range pool {
			texts = append(texts, it.Text)
		}
	}
	for _, ind := range c.Industries {
		texts = append(texts, ind.About, ind.Emphasis)
	}
	for _, k := range c.KPIs {
		texts = append(texts, k.WithTarget, k.WithoutTarget)
	}
	texts = append(texts, c.Defaults.EqualOpportunity, c.Defaults.HowToApply)
	for _, text := range texts {
		for _, p := range placeholder.FindAllString(text, -1) {
			if !allowed[p] {
				t.Errorf("unknown placeholder %s in %q", p, text)
			}
		}
	}
}

func TestEveryPoolItemCanBeSelected(t *testing.T) {
	c := mustLoad(t)
	selections := allSelections(c)
	for name, pool := range map[string][]Item{"ownership": c.Ownership, "responsibilities": c.Responsibilities, "skills": c.Skills, "qualifications": c.Qualifications} {
		for _, it := range pool {
			found := false
			for _, s := range selections {
				if it.When.Matches(s) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s %s: no answers can ever select it", name, it.ID)
			}
		}
	}
	// Tools can always be picked by id, but every default rule must fire somewhere,
	// and every selection must get at least one CRM-like default tool.
	for _, it := range c.Tools {
		if it.Default == nil {
			continue
		}
		found := false
		for _, s := range selections {
			if it.Default.Matches(s) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("tool %s: default rule never fires", it.ID)
		}
	}
}

func TestWhenMatching(t *testing.T) {
	sel := Selection{Variant: "account_manager", Mix: "blended", Industry: "agency", Complexity: []string{"teams_several", "work_custom"}, AccountTypes: []string{"small_business"}}
	cases := []struct {
		when When
		want bool
	}{
		{When{}, true},
		{When{Variant: []string{"account_manager"}}, true},
		{When{Variant: []string{"key_account_manager"}}, false},
		{When{Mix: []string{"retention", "blended"}}, true},
		{When{Mix: []string{"blended"}, Industry: []string{"software"}}, false},
		{When{Complexity: []string{"work_custom"}}, true},
		{When{Complexity: []string{"contracts_long"}}, false},
		{When{AccountType: []string{"enterprise"}}, false},
		{When{AccountType: []string{"small_business"}, Industry: []string{"agency"}}, true},
	}
	for i, tc := range cases {
		if got := tc.when.Matches(sel); got != tc.want {
			t.Errorf("case %d (%+v): got %v, want %v", i, tc.when, got, tc.want)
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
