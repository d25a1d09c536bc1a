package posting

import (
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

func (as *assembly) about(h content.Headings) Section {
	heading := as.fill(h.AboutUs)
	if as.company != "" {
		heading = as.with(h.AboutCompany, "{company}", as.company)
	}
	blocks := ownParagraphs(escapedLines(base.StepAbout, "about", base.Paragraphs(as.a.About)))
	if len(blocks) == 0 {
		blocks = []block{{paragraph, of("about", suggested(base.StepAbout, as.aboutDefault(), "The text about the company is amjd's placeholder for the industry; say who you are in your own words."))}}
	}
	return Section{ID: SecAbout, Heading: heading, blocks: blocks}
}

func (as *assembly) equalOpportunity(heading string) Section {
	if !*as.r.EqualOpportunity.Include {
		return Section{ID: SecEqualOpp}
	}
	blocks := ownParagraphs(escapedLines(base.StepAbout, "eeo_text", base.Paragraphs(as.a.EqualOpportunity.Text)))
	if len(blocks) == 0 {
		blocks = []block{{paragraph, of("eeo_text", written(base.StepAbout, as.equalOpportunityDefault()))}}
	}
	return Section{ID: SecEqualOpp, Heading: as.fill(heading), blocks: blocks}
}

// applyBlocks is how to apply: a paragraph for each one the user typed, the
// closing date ending the last.
func (as *assembly) applyBlocks() []block {
	blocks := ownParagraphs(as.applyLines())
	last := &blocks[len(blocks)-1]
	last.lines = append(last.lines, as.closingLine()...)
	return blocks
}

// howToApply is how to apply and the closing date as one run of lines (the
// short form's closing paragraph).
func (as *assembly) howToApply() []Line { return append(as.applyLines(), as.closingLine()...) }

// applyLines are the user's paragraphs on how to apply, or amjd's suggestion.
func (as *assembly) applyLines() []Line {
	if lines := escapedLines(base.StepAbout, "how_to_apply", base.LinkParagraphs(as.a.HowToApply)); len(lines) > 0 {
		return lines
	}
	return of("how_to_apply", suggested(base.StepAbout, as.applyDefault(), "How to apply is amjd's placeholder: say where to apply and what to send."))
}

// closingLine says when applications close, when a date is given.
func (as *assembly) closingLine() []Line {
	date := as.closingDate()
	if date == "" {
		return nil
	}
	return of("closing_date", typed(base.StepAbout, as.with(as.c.Phrases.ApplicationsClose, "{date}", date)))
}

// closingDate writes the last day to apply as the posting's English does:
// "January 31, 2027" in American English, "31 January 2027" elsewhere.
func (as *assembly) closingDate() string {
	d, err := answers.ParseClosingDate(as.a.ClosingDate, as.lang)
	if err != nil {
		return ""
	}
	return answers.LongDate(d, as.lang)
}

// The texts that stand in for the user's own about, how-to-apply and
// equal-opportunity wording; the flow shows them as the fields' defaults.
func (as *assembly) aboutDefault() string { return as.fill(as.ind.About) }

func (as *assembly) applyDefault() string { return as.fill(as.v.Apply) }

// equalOpportunityDefault is the statement as employers write it in the
// posting's country: the place's, or else the country of its English.
func (as *assembly) equalOpportunityDefault() string {
	text, we := as.c.Defaults.EqualOpportunity, as.c.Defaults.EqualOpportunityWe
	country := as.place.Country
	if country == "" {
		country = map[string]string{"en-US": "US", "en-GB": "GB", "en-CA": "CA", "en-AU": "AU"}[as.lang]
	}
	for _, ct := range as.c.Defaults.EqualOpportunityByCountry {
		if ct.Country == country {
			text, we = ct.Text, ct.We
		}
	}
	if as.company == "" {
		return as.fill(we)
	}
	return as.fill(text)
}

// withoutFullStop drops the full stop a user ended a phrase with, since the
// posting's sentence adds its own; text that is only punctuation is kept.
func withoutFullStop(s string) string {
	if t := strings.TrimRight(s, "."); t != "" {
		return t
	}
	return s
}
