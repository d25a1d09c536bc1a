package posting

import (
	"fmt"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// Section ids of the full posting, in order.
const (
	SecHeader    = "header"
	SecRole      = "role"
	SecOwn       = "own"
	SecDuties    = "duties"
	SecSuccess   = "success"
	SecBring     = "bring"
	SecTools     = "tools"
	SecTeam      = "team"
	SecFirst90   = "first_90_days"
	SecGrowth    = "growth"
	SecPay       = "pay"
	SecPlace     = "place"
	SecAbout     = "about"
	SecEqualOpp  = "equal_opportunity"
	SecApply     = "apply"
	SecShortBody = "short"
)

// Limits on default lines per pool, so that every combination of answers stays
// within the length job-ad research recommends. Lines a user includes by id or
// adds by hand are never cut.
const (
	MaxResponsibilities = 7
	MaxSkills           = 3
)

func (as *assembly) fullSections() []Section {
	h := as.c.Phrases.Headings
	sections := []Section{
		as.header(),
		as.role(h.Role),
		as.own(h.Own),
		{ID: SecDuties, Heading: as.fill(h.Duties), blocks: []block{{bullets, as.responsibilities()}}},
		as.success(h.Success),
		as.bring(h),
		{ID: SecTools, Heading: as.fill(h.Tools), blocks: []block{{bullets, as.tools()}}},
		as.team(h),
		as.first90Days(h.First90Days),
		as.growth(h.Growth),
		as.pay(h.Pay),
		as.location(h),
		as.about(h),
		as.equalOpportunity(h.EqualOpportunity),
		{ID: SecApply, Heading: as.fill(h.Apply), blocks: as.applyBlocks()},
	}
	out := sections[:0]
	for _, s := range sections {
		if len(s.Lines()) > 0 {
			out = append(out, s)
		}
	}
	return out
}

// header is the line of facts under the title: company, place, workplace and
// the pay the user gave. It is left out when there is no company or place to
// lead it, so it never reads as a fragment.
func (as *assembly) header() Section {
	var parts []Line
	if as.company != "" {
		parts = append(parts, typed(base.StepCompany, as.company))
	}
	if place := base.Inline(as.a.Location.Place); place != "" {
		parts = append(parts, typed(base.StepPay, place))
	}
	if len(parts) == 0 {
		return Section{ID: SecHeader}
	}
	if wp, ok := content.Phrase(as.c.Workplaces, as.a.Location.Workplace); ok {
		// "Remote" typed as the place already says it: not "Remote · Remote".
		if name := as.fill(wp.Name); !strings.EqualFold(strings.TrimSpace(as.a.Location.Place), name) {
			parts = append(parts, written(base.StepPay, name))
		}
	}
	if et, ok := as.c.EmploymentType(as.a.EmploymentType); ok {
		parts = append(parts, written(base.StepPay, et.Name))
	}
	if as.a.Pay.Min > 0 || as.a.Pay.Max > 0 {
		parts = append(parts, typed(base.StepPay, as.payText()))
	}
	return Section{ID: SecHeader, blocks: []block{{facts, parts}}}
}

func (as *assembly) role(heading string) Section {
	summary := []Line{withID(as.v.ID, written(base.StepVariant, as.fill(as.v.Summary)))}
	switch {
	case as.ind.Emphasis != "":
		summary = append(summary, withID(as.ind.ID, written(base.StepIndustry, as.fill(as.ind.Emphasis))))
	case strings.TrimSpace(as.a.IndustryName) != "":
		summary = append(summary, written(base.StepIndustry, as.fill(as.c.Phrases.IndustryNamed)))
	}
	if text := as.mixSummary(); text != "" {
		summary = append(summary, withID(as.mix.ID, written(base.StepMix, text)))
	}
	s := Section{ID: SecRole, Heading: as.fill(heading), blocks: []block{{paragraph, summary}}}
	if d := as.disclosure(false); d != "" {
		s.blocks = append(s.blocks, block{strong, []Line{written(base.StepMix, d)}})
	}
	return s
}

// mixSummary says what the commercial mix makes the job. "No sales targets"
// is said only of a mix the user chose, with no new business added.
func (as *assembly) mixSummary() string {
	if as.mix.NeutralSummary != "" && (as.a.Mix == "" || as.sel.NewBusiness) {
		return as.fill(as.mix.NeutralSummary)
	}
	return as.fill(as.mix.Summary)
}

// disclosure says plainly that the role is partly a sales role, when its mix
// includes new business: all of a blended mix's, or some added to another.
func (as *assembly) disclosure(short bool) string {
	switch {
	case as.mix.Disclosure != "" && short:
		return as.fill(as.mix.ShortDisclosure)
	case as.mix.Disclosure != "":
		return as.fill(as.mix.Disclosure)
	case !as.sel.NewBusiness:
		return ""
	case short:
		return as.fill(as.c.Phrases.ShortNewBusinessDisclosure)
	}
	return as.with(as.c.Phrases.NewBusinessDisclosure, "{focus}", as.fill(as.mix.Short))
}

func (as *assembly) own(heading string) Section {
	var items []Line
	for _, it := range as.c.Ownership {
		if it.When.Matches(as.sel) {
			if l, _, ok := as.poolLine(stepOf(it.When, base.StepVariant), it); ok {
				items = append(items, l)
			}
		}
	}
	return Section{ID: SecOwn, Heading: as.fill(heading), blocks: []block{
		{paragraph, []Line{as.book()}}, {bullets, items},
	}}
}

// book states the book of business; the parts the user did not give are amjd's
// suggestion for the variant.
func (as *assembly) book() Line {
	text := as.with(as.v.Book, "{book}", as.bookAccounts(), "{revenue}", base.CompactMoney(as.currency(), as.r.Book.Revenue))
	switch {
	case as.a.Book.Accounts == 0 && as.a.Book.Revenue == 0:
		return suggested(base.StepBook, text, "The book of business (number of accounts and revenue) is amjd's typical figure for this role, not your real book.")
	case as.a.Book.Accounts == 0:
		return suggested(base.StepBook, text, "The number of accounts is amjd's typical figure for this role, not your real book.")
	case as.a.Book.Revenue == 0:
		return suggested(base.StepBook, text, "The revenue of the book is amjd's typical figure for this role, not your real book.")
	}
	return typed(base.StepBook, text)
}

// bookAccounts writes "18 mid-market customers" or "12 accounts, a mix of
// mid-market and enterprise customers".
func (as *assembly) bookAccounts() string {
	types := as.r.AccountTypes
	if len(as.a.AccountTypes) == 0 && as.a.Book.Accounts != 0 && as.a.Book.Revenue != 0 {
		// The book is the user's, and a line of theirs: the kind of
		// clients they did not give is not said ("180 clients", not "180
		// small-business clients" from the variant's default).
		types = nil
	}
	var kinds []content.AccountType
	for _, id := range types {
		if at, ok := as.c.AccountType(id); ok && (at.Modifier != "" || len(types) == 1) {
			kinds = append(kinds, at)
		}
	}
	n := as.r.Book.Accounts
	clients := as.sp.spell(as.ind.Words.Clients)
	if n == 1 {
		clients = as.sp.spell(as.ind.Words.Client)
	}
	// "small-business business clients" says business twice: one will do.
	withModifier := func(mod, clients string) string {
		if strings.HasSuffix(mod, "business") {
			clients = strings.TrimPrefix(clients, "business ")
		}
		return strings.TrimSpace(mod + " " + clients)
	}
	switch len(kinds) {
	case 0:
		return fmt.Sprintf("%s %s", base.FormatAmount(float64(n)), clients)
	case 1:
		return base.FormatAmount(float64(n)) + " " + withModifier(as.sp.spell(kinds[0].Modifier), clients)
	}
	var mods []string
	for _, k := range kinds {
		mods = append(mods, as.sp.spell(k.Modifier))
	}
	return fmt.Sprintf("%s accounts, a mix of %s %s", base.FormatAmount(float64(n)), base.JoinAnd(mods), clients)
}

func (as *assembly) responsibilities() []Line {
	lines := as.pool(base.StepResponsibilities, as.c.Responsibilities,
		Selected(as.c.Responsibilities, as.sel, as.r.Responsibilities, MaxResponsibilities), as.r.Responsibilities.Include...)
	return append(lines, sentenceLines(base.StepResponsibilities, as.r.Responsibilities.Add)...)
}

// success lists the KPIs. When the user chose none, the variant's KPIs and
// targets stand in, and the lead-in says they are a suggestion.
func (as *assembly) success(heading string) Section {
	var items []Line
	for _, k := range as.r.KPIs {
		cat, ok := as.c.KPI(k.ID)
		switch {
		case ok && strings.TrimSpace(k.Target) == "" && as.a.KPIs != nil && as.suggestedTarget(k.ID) != "":
			// Chosen, but its target is still amjd's: say so on its line.
			items = append(items, withID(cat.ID, suggested(base.StepKPIs, kpiSentence(cat, as.suggestedTarget(k.ID), as.fill),
				"The target for "+cat.Name+" is amjd's suggestion, not one you have set.")))
		case ok:
			items = append(items, withID(cat.ID, written(base.StepKPIs, kpiSentence(cat, as.moneyTarget(cat, k.Target), as.fill))))
		case strings.TrimSpace(k.Name) != "":
			if cat, target, known := knownKPI(as.c, k.Name, k.Target); known && target != "" {
				items = append(items, withID(cat.ID, written(base.StepKPIs, kpiSentence(cat, as.moneyTarget(cat, target), as.fill))))
				break
			}
			items = append(items, typed(base.StepKPIs, ownKPISentence(k.Name, k.Target)))
		}
	}
	if len(items) == 0 {
		return Section{ID: SecSuccess}
	}
	lead := written(base.StepKPIs, as.fill(as.c.Phrases.SuccessLead))
	if as.a.KPIs == nil {
		lead = suggested(base.StepKPIs, as.fill(as.c.Phrases.SuccessLeadSuggested),
			"The KPIs and their targets are amjd's suggestion for this role, not targets you have set.")
	}
	return Section{ID: SecSuccess, Heading: as.fill(heading), blocks: []block{{paragraph, []Line{lead}}, {bullets, items}}}
}

// moneyTarget writes a bare amount typed as the target of a KPI counted in
// money ("85k", "1.2M") in the posting's currency ("$85,000"); other targets
// are kept as typed.
func (as *assembly) moneyTarget(k content.KPI, target string) string {
	t := strings.TrimSpace(target)
	if !k.Money || t == "" || strings.ContainsAny(t, "%") {
		return target
	}
	x, ok := answers.ReadAmount(t)
	if !ok || x <= 0 {
		return target
	}
	return as.currency().Symbol + base.FormatAmount(x)
}

// suggestedTarget is amjd's target for a catalog KPI in this role and mix,
// or "".
func (as *assembly) suggestedTarget(id string) string {
	for _, k := range suggestedKPIs(as.c, as.v, as.r.Mix, as.r.SomeNewBusiness) {
		if k.ID == id {
			return k.Target
		}
	}
	return ""
}

func (as *assembly) bring(h content.Headings) Section {
	// amjd's lines first, experience then skills; the user's own after them.
	// A requirement whose facts the answers do not give is only nice to have.
	required, asPreferred := as.qualifications(as.r.Qualifications.Required)
	required = append(required, as.pool(base.StepSkills, as.c.Skills, Selected(as.c.Skills, as.sel, as.r.Skills, MaxSkills), as.r.Skills.Include...)...)
	required = append(required, sentenceLines(base.StepSkills, as.r.Skills.Add)...)
	required = append(required, sentenceLines(base.StepSkills, as.r.Qualifications.ExtraRequired)...)
	preferred, neutral := as.qualifications(as.r.Qualifications.Preferred)
	preferred = append(append(asPreferred, neutral...), preferred...)
	preferred = append(preferred, sentenceLines(base.StepSkills, as.r.Qualifications.ExtraPreferred)...)
	s := Section{ID: SecBring, Heading: as.fill(h.Bring)}
	if len(required) > 0 {
		s.blocks = append(s.blocks, block{label, []Line{written(base.StepSkills, as.fill(h.Required))}}, block{bullets, required})
	}
	if len(preferred) > 0 {
		s.blocks = append(s.blocks, block{label, []Line{written(base.StepSkills, as.fill(h.Preferred))}}, block{bullets, preferred})
	}
	return s
}

// qualifications are the lines of the catalog qualifications chosen, and
// apart those in their neutral form, which no posting may require.
func (as *assembly) qualifications(ids []string) (lines, neutral []Line) {
	for _, id := range ids {
		it, ok := content.ItemByID(as.c.Qualifications, id)
		if !ok {
			continue
		}
		switch l, isNeutral, ok := as.poolLine(base.StepSkills, it); {
		case !ok:
		case isNeutral:
			neutral = append(neutral, l)
		default:
			lines = append(lines, l)
		}
	}
	return lines, neutral
}

// tools lists the tools the answers name; amjd's suggestions stay in the
// wizard.
func (as *assembly) tools() []Line {
	var lines []Line
	for _, id := range as.a.Tools.Use {
		if it, ok := content.ItemByID(as.c.Tools, id); ok {
			lines = append(lines, as.stating(base.StepTools, as.fill(it.Text)))
		}
	}
	return append(lines, typedLines(base.StepTools, as.a.Tools.Add)...)
}
