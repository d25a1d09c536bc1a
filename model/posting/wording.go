package posting

import (
	"amjd/content"
	"amjd/model/answers"
)

// Wording gives the wizard the posting's own words for the answers so far, so
// that a field's suggestion and its options read as the posting will read
// them: catalog text filled in and spelled in the posting's English.
type Wording struct{ as *assembly }

// NewWording words the answers a as given, with r the same answers resolved
// (Resolve), which the caller usually has already.
func NewWording(c *content.Catalog, a, r answers.Answers) Wording {
	return Wording{as: newResolvedAssembly(c, a, r)}
}

// Fill fills a catalog text's placeholders as the posting does.
func (w Wording) Fill(text string) string { return w.as.fill(text) }

// CareerPath is the variant's career-path paragraph, filled.
func (w Wording) CareerPath() string { return w.as.fill(w.as.v.CareerPath) }

// FirstDays is amjd's plan for the first 90 days of the role, a line a step.
func (w Wording) FirstDays() string { return w.as.firstDaysSuggestion() }

// About is the paragraph the posting uses when no About is given.
func (w Wording) About() string { return w.as.aboutDefault() }

// HowToApply is the how-to-apply text used when none is given.
func (w Wording) HowToApply() string { return w.as.applyDefault() }

// EqualOpportunity is the equal-opportunity wording used when none is given.
func (w Wording) EqualOpportunity() string { return w.as.equalOpportunityDefault() }

// KPITarget is amjd's suggested target for a catalog KPI, "" when it has none.
func (w Wording) KPITarget(id string) string { return w.as.suggestedTarget(id) }

// SpellerFor returns the speller of a posting's English, lang ("en-GB"); an
// unknown one gets the catalog's default.
func SpellerFor(c *content.Catalog, lang string) Speller { return Speller{spellerFor(c, lang)} }

// Speller writes catalog text in one English.
type Speller struct{ sp *speller }

// Spell writes text in the speller's English.
func (s Speller) Spell(text string) string { return s.sp.spell(text) }
