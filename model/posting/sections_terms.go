package posting

import (
	"strconv"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// team states the reporting line and, unless left out, who the person works
// with: the team size and the delivery, service and contract context.
func (as *assembly) team(h content.Headings) Section {
	ph := as.c.Phrases
	lines := []Line{as.reportsTo()}
	if !as.left(answers.SectionTeam) {
		switch size := as.a.Team.Size; {
		case size == 1:
			lines = append(lines, written(base.StepReporting, as.fill(ph.TeamSizeOne)))
		case size > 1:
			lines = append(lines, written(base.StepReporting, as.with(ph.TeamSize, "{size}", strconv.Itoa(size))))
		}
		for _, ax := range as.c.Complexity {
			if id := as.a.Complexity[ax.ID]; id != "" {
				lines = append(lines, withID(id, as.stating(base.StepComplexity, as.complexityPhrase(id), ax.ID)))
			}
		}
	}
	return Section{ID: SecTeam, Heading: as.fill(h.Team), blocks: []block{{paragraph, lines}}}
}

func (as *assembly) reportsTo() Line {
	line := typed(base.StepReporting, as.fill(as.c.Phrases.ReportsTo))
	if strings.TrimSpace(as.a.ReportsTo) == "" {
		line = suggested(base.StepReporting, line.Text, "The reporting line is amjd's typical one for this role; name the role this hire really reports to.")
	}
	line.Field = "reports_to"
	return line
}

// complexityPhrase is the sentence of a complexity option, in the industry's
// own words where it has them.
func (as *assembly) complexityPhrase(id string) string {
	if p, ok := as.ind.Phrases[id]; ok {
		return as.fill(p)
	}
	for _, ax := range as.c.Complexity {
		if o, ok := content.Phrase(ax.Options, id); ok {
			return as.fill(o.Phrase)
		}
	}
	return ""
}

// first90Days is the plan for the first three months the user gave, a line
// each; amjd's plan for the role is only the wizard's suggestion.
func (as *assembly) first90Days(heading string) Section {
	own := of("first_90_days", sentenceLines(base.StepReporting, strings.Split(as.a.FirstDays, "\n"))...)
	if as.left(answers.SectionFirst90Days) || len(own) == 0 {
		return Section{ID: SecFirst90}
	}
	return Section{ID: SecFirst90, Heading: as.fill(heading), blocks: []block{{bullets, own}}}
}

// FirstDaysSuggestion is amjd's plan for the first 90 days of the role: the
// variant gives the first month, the mix the second, the variant the third.
func (as *assembly) firstDaysSuggestion() string {
	ph := as.c.Phrases
	step := func(phrase, plan string) string {
		return as.with(phrase, "{plan}", base.LowerFirst(as.fill(plan)))
	}
	return step(ph.Day30, as.v.FirstMonth) + "\n" + step(ph.Day60, as.mix.Plan) + "\n" + step(ph.Day90, as.v.LastMonth)
}

// growth is how the role can grow, in the user's words only: a career path
// is a promise only the employer can make.
func (as *assembly) growth(heading string) Section {
	own := base.Paragraphs(as.a.CareerPath)
	if as.left(answers.SectionGrowth) || len(own) == 0 {
		return Section{ID: SecGrowth}
	}
	return Section{ID: SecGrowth, Heading: as.fill(heading), blocks: ownParagraphs(escapedLines(base.StepReporting, "career_path", own))}
}

// pay states the base pay the user gave, or amjd's sourced suggestion for the
// market, or nothing; variable pay and benefits only when given.
func (as *assembly) pay(heading string) Section {
	ph := as.c.Phrases
	var items []Line
	if as.r.Pay.Min > 0 || as.r.Pay.Max > 0 {
		text := as.with(ph.BasePay, "{pay}", as.payText())
		if as.a.Pay.Min > 0 || as.a.Pay.Max > 0 {
			items = append(items, typed(base.StepPay, text))
		} else {
			h, _ := PayHintFor(as.c, as.r.Variant, as.place, as.r.Pay.Currency)
			items = append(items, suggested(base.StepPay, text, "The pay range is amjd's suggestion ("+h.Describe+"), not your approved band."))
		}
	}
	if v := withoutFullStop(base.Inline(as.a.Pay.Variable)); v != "" {
		items = append(items, of("variable", typed(base.StepPay, as.with(ph.VariablePay, "{variable}", v)))...)
	}
	items = append(items, of("benefits", sentenceLines(base.StepPay, as.a.Benefits)...)...)
	return Section{ID: SecPay, Heading: as.fill(heading), blocks: []block{{bullets, items}}}
}

// payText writes the pay range, or the single figure of a source that gives
// only an average.
func (as *assembly) payText() string {
	cur := as.currency()
	period := ""
	for _, o := range as.c.PayPeriods {
		if o.ID == as.r.Pay.Period {
			period = " " + as.fill(o.Name)
		}
	}
	lo, hi := float64(as.r.Pay.Min), float64(as.r.Pay.Max)
	amount := func(phrase string, x float64) string {
		return as.with(phrase, "{amount}", cur.Symbol+base.FormatAmount(x)) + period
	}
	switch {
	case hi == 0:
		return amount(as.c.Phrases.PayFrom, lo)
	case lo == 0:
		return amount(as.c.Phrases.PayUpTo, hi)
	case lo == hi:
		return amount(as.c.Phrases.PaySingle, lo)
	}
	return cur.Symbol + base.FormatAmount(lo) + " to " + cur.Symbol + base.FormatAmount(hi) + period
}

func (as *assembly) currency() content.Currency {
	cur, ok := as.c.Currency(as.r.Pay.Currency)
	if !ok {
		cur = content.Currency{ID: as.r.Pay.Currency, Symbol: as.r.Pay.Currency + " "}
	}
	return cur
}

// location states the place, workplace, hiring region, hours and travel.
func (as *assembly) location(h content.Headings) Section {
	ph := as.c.Phrases
	var lines []Line
	if place := base.Inline(as.a.Location.Place); place != "" {
		lines = append(lines, of("place", typed(base.StepPay, as.with(ph.Location, "{place}", place)))...)
	}
	if wp, ok := content.Phrase(as.c.Workplaces, as.a.Location.Workplace); ok {
		lines = append(lines, written(base.StepPay, as.fill(wp.Phrase)))
	}
	if region := as.region(); region != "" {
		lines = append(lines, typed(base.StepPay, region))
	}
	heading := h.Place
	hourly := as.r.Pay.Period == "hour" && (as.r.Pay.Min > 0 || as.r.Pay.Max > 0)
	switch hours := withoutFullStop(base.Inline(as.a.Hours)); {
	case hours != "" && (!as.left(answers.SectionHours) || hourly):
		lines = append(lines, typed(base.StepPay, as.with(ph.Hours, "{hours}", hours)))
		heading = h.PlaceHours
	case hourly:
		lines = append(lines, suggested(base.StepPay, as.fill(ph.HoursMissing), "Hourly pay, but the posting does not say the working hours or schedule."))
		heading = h.PlaceHours
	}
	if tr, ok := content.Phrase(as.c.Travel, as.a.Location.Travel); ok {
		lines = append(lines, as.stating(base.StepPay, as.fill(tr.Phrase), content.FactTravel))
	}
	return Section{ID: SecPlace, Heading: as.fill(heading), blocks: []block{{paragraph, lines}}}
}

// region says where the person can be based: "anywhere in the United States"
// for a place amjd knows, the user's words otherwise.
func (as *assembly) region() string {
	region := base.Inline(as.a.Location.Region)
	if region == "" {
		return ""
	}
	ph := as.c.Phrases
	lower := strings.ToLower(region)
	for _, lead := range []string{"anywhere", "in ", "within ", "across ", "from ", "throughout "} {
		if strings.HasPrefix(lower, lead) {
			return as.with(ph.RegionAsTyped, "{region}", region)
		}
	}
	if p, ok := base.WholePlaceName(as.c, as.a.Location.Region); ok {
		return as.with(ph.RegionAnywhere, "{region}", base.PlaceName(as.c, p))
	}
	return as.with(ph.RegionAnywhere, "{region}", region)
}
