package posting

import (
	"strings"

	"amjd/content"
	"amjd/model/base"
)

// shortSections is the job-board form: three short paragraphs built from the
// same lines as the full posting, so the two forms never disagree.
func (as *assembly) shortSections() []Section {
	ph := as.c.Phrases
	intro := []Line{as.hiring()}
	if region := as.region(); region != "" {
		// Who can apply from where: the job board reader needs it as much as
		// the place.
		intro = append(intro, of("region", typed(base.StepPay, region))...)
	}
	intro = append(intro, written(base.StepVariant, as.fill(as.v.ShortIntro)))

	book := []Line{as.book(), written(base.StepMix, as.with(ph.ShortFocus, "{focus}", as.fill(as.mix.Short)))}
	if d := as.disclosure(true); d != "" {
		book = append(book, written(base.StepMix, d))
	}
	if labels := as.kpiLabels(); len(labels) > 0 {
		kpis := written(base.StepKPIs, as.with(ph.ShortKPIs, "{kpis}", base.JoinAnd(labels)))
		if as.a.KPIs == nil {
			kpis = suggested(base.StepKPIs, kpis.Text, "The KPIs are amjd's suggestion for this role, not measures you have set.")
		}
		book = append(book, kpis)
	}

	var closing []Line
	if q, ok := as.shortQualification(); ok {
		phrase := ph.ShortBring
		if as.r.Industry != "other" {
			phrase = ph.ShortBringField
		}
		closing = append(closing, written(base.StepSkills, as.with(phrase, "{qualification}", q)))
	}
	if pay, ok := as.payLine(); ok {
		phrase := ph.ShortPay
		if strings.TrimSpace(as.a.Pay.Variable) != "" {
			phrase = ph.ShortPayVariable
		}
		pay.Text = as.with(phrase, "{pay}", as.payText())
		closing = append(closing, pay)
	}
	most := shortBenefitsMost
	if base.BenefitsRequired(as.c, as.place) {
		most = 0 // a pay law here wants the benefits described: all of them
	}
	if benefits := as.shortBenefits(most); benefits != "" {
		closing = append(closing, of("benefits", typed(base.StepPay, as.with(ph.ShortBenefits, "{benefits}", benefits)))...)
	}
	closing = append(closing, as.howToApply()...)
	return []Section{
		{ID: SecShortBody, blocks: []block{{paragraph, intro}, {paragraph, book}, {paragraph, closing}}},
	}
}

// hiring is the opening sentence: who is hiring, for what, and where.
func (as *assembly) hiring() Line {
	ph := as.c.Phrases
	title := base.Inline(as.r.Title)
	where := ""
	if place := base.Inline(as.a.Location.Place); place != "" {
		where = " " + as.with(ph.ShortWherePlace, "{place}", place)
	}
	if wp, ok := content.Phrase(as.c.Workplaces, as.a.Location.Workplace); ok {
		where += " " + as.with(ph.ShortWhereWorkplace, "{workplace}", strings.ToLower(as.fill(wp.Name)))
	}
	phrase := ph.ShortHiringWe
	if as.company != "" {
		phrase = ph.ShortHiringCompany
	}
	return written(base.StepCompany, as.with(phrase, "{a}", base.Article(title), "{title}", title, "{where}", where))
}

// shortQualification is the job-board form of the first required
// qualification that has one, so both forms ask for the same experience.
func (as *assembly) shortQualification() (string, bool) {
	for _, id := range as.r.Qualifications.Required {
		if q, ok := content.ItemByID(as.c.Qualifications, id); ok && q.Short != "" {
			return as.fill(q.Short), true
		}
	}
	return "", false
}

// payLine is the base pay line of the full posting, when it has one.
func (as *assembly) payLine() (Line, bool) {
	s := as.pay("")
	for _, l := range s.Lines() {
		if strings.Contains(l.Text, as.payText()) {
			return l, true
		}
	}
	return Line{}, false
}

// shortBenefitsMost is how many benefits the job-board form states where no
// pay law asks for them all: the first ones the user listed, in one sentence,
// so the form stays near 130 words. The full posting lists every one.
const shortBenefitsMost = 3

// shortBenefits lists the benefits the user gave, at most the first most of
// them (0: all), as one phrase: "Health cover; a pension; 25 days of holiday".
func (as *assembly) shortBenefits(most int) string {
	var parts []string
	for i, l := range typedLines(base.StepPay, as.a.Benefits) {
		if most > 0 && i == most {
			break
		}
		text := strings.TrimRight(l.Text, ".;")
		if first, _, _ := strings.Cut(text, " "); first == "A" || base.LowerFirst(first) != first {
			text = strings.ToLower(text[:1]) + text[1:]
		}
		parts = append(parts, text)
	}
	if len(parts) == 0 {
		return ""
	}
	return base.UpperFirst(strings.Join(parts, "; "))
}
