package importer

import (
	"fmt"

	"amjd/model/answers"
	"amjd/model/base"
)

// limit keeps every value within the answers' limits, and lists what it
// left out.
func (im *importer) limit() {
	if len(im.a.KPIs) > answers.MaxKPIs {
		im.cut = append(im.cut, fmt.Sprintf("kpis: %d more than the %d allowed", len(im.a.KPIs)-answers.MaxKPIs, answers.MaxKPIs))
		im.a.KPIs = im.a.KPIs[:answers.MaxKPIs]
	}
	text := func(field string, s *string, most int) {
		if len(*s) > most {
			im.cut = append(im.cut, fmt.Sprintf("%s: cut to %d characters", field, most))
			*s = clip(*s, most-4)
		}
	}
	text("title", &im.a.Title, answers.MaxTitleLen)
	text("about", &im.a.About, answers.MaxTextLen)
	text("how_to_apply", &im.a.HowToApply, answers.MaxTextLen)
	text("pay.variable", &im.a.Pay.Variable, answers.MaxLineLen)
	for _, l := range []struct {
		name string
		list *[]string
	}{{"responsibilities", &im.a.Responsibilities.Add}, {"skills", &im.a.Skills.Add},
		{"qualifications.extra_required", &im.a.Qualifications.ExtraRequired},
		{"qualifications.extra_preferred", &im.a.Qualifications.ExtraPreferred}, {"benefits", &im.a.Benefits}, {"tools.add", &im.a.Tools.Add}} {
		if len(*l.list) > answers.MaxLines {
			im.cut = append(im.cut, fmt.Sprintf("%s: %d more than the %d allowed", l.name, len(*l.list)-answers.MaxLines, answers.MaxLines))
			*l.list = (*l.list)[:answers.MaxLines]
		}
		for i := range *l.list {
			text(l.name+" item", &(*l.list)[i], answers.MaxLineLen)
		}
	}
}

// gaps lists the fields a posting needs that the text does not state.
func (im *importer) gaps() {
	a := im.a
	for _, g := range []struct {
		missing     bool
		field, step string
	}{
		{a.Company == "", "company", base.StepCompany},
		{a.Industry == "", "industry", base.StepIndustry},
		{a.Book.Accounts == 0, "book.accounts", base.StepBook},
		{a.Book.Revenue == 0, "book.revenue", base.StepBook},
		{a.Mix == "", "mix", base.StepMix},
		{len(a.KPIs) == 0, "kpis", base.StepKPIs},
		{len(a.Responsibilities.Add) == 0, "responsibilities", base.StepResponsibilities},
		{len(a.Tools.Use)+len(a.Tools.Add) == 0, "tools", base.StepTools},
		{a.ReportsTo == "", "reports_to", base.StepReporting},
		{a.Pay.Min == 0, "pay", base.StepPay},
		{a.Location.Place == "", "location.place", base.StepPay},
		{a.About == "", "about", base.StepAbout},
		{a.HowToApply == "", "how_to_apply", base.StepAbout},
	} {
		if g.missing {
			im.gapList = append(im.gapList, Gap{Field: g.field, Step: g.step})
		}
	}
}
