package posting

import (
	"slices"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// The rule the posting holds: a line that states a fact about the employer
// (the tools, the travel, the career path, the team set-up, the contract
// terms, the kind of work, the industry) states it only when the answers give
// it. A catalog line whose facts are not given is replaced by its neutral
// form, which asserts nothing, or left out; the defaults stay suggestions the
// wizard offers.

// gives reports whether the answers as given state the fact.
func (as *assembly) gives(fact string) bool {
	switch fact {
	case content.FactTool:
		return len(as.crms) > 0
	case content.FactTravel:
		return strings.TrimSpace(as.a.Location.Travel) != ""
	case content.FactCareer:
		return strings.TrimSpace(as.a.CareerPath) != ""
	case content.FactIndustry:
		return as.a.Industry != "" && as.a.Industry != "other" || strings.TrimSpace(as.a.IndustryName) != ""
	}
	return as.a.Complexity[fact] != "" // a complexity axis
}

// isDefault reports whether a given fact is the same as the catalog's
// default for it: a suggestion the user took as their answer.
func (as *assembly) isDefault(fact string) bool {
	switch fact {
	case content.FactTool:
		return as.a.Tools.Use != nil && slices.Equal(as.a.Tools.Use, as.defaultTools())
	case content.FactTravel:
		return as.a.Location.Travel == as.v.Travel
	case content.FactCareer:
		return strings.TrimSpace(as.a.CareerPath) == strings.TrimSpace(base.Unescape(as.fill(as.v.CareerPath)))
	case content.FactIndustry:
		return false
	}
	return as.a.Complexity[fact] == as.v.Complexity[fact]
}

// sourceOf says where the facts come from: a default when any is not given,
// an accepted suggestion when each is given as amjd suggested it.
func (as *assembly) sourceOf(facts []string) Source {
	if len(facts) == 0 {
		return Given
	}
	accepted := true
	for _, f := range facts {
		if !as.gives(f) {
			return Default
		}
		accepted = accepted && as.isDefault(f)
	}
	if accepted {
		return Accepted
	}
	return Given
}

// stating is a line of amjd's wording that states the facts given.
func (as *assembly) stating(step, text string, facts ...string) Line {
	l := written(step, text)
	l.Facts, l.Source = facts, as.sourceOf(facts)
	return l
}

// poolLine is the line of a catalog item for this posting: its text when the
// answers give what it asserts, else its neutral form (neutral is true), else
// none (ok is false). An item the user's own lines already cover gives way.
func (as *assembly) poolLine(step string, it content.Item) (l Line, neutral, ok bool) {
	if as.givesWay(it) {
		return Line{}, false, false
	}
	facts := as.c.ItemFacts(it)
	giveWay := max(it.Rank, 2)
	if it.Rank == 1 {
		giveWay = 0
	}
	if l := as.stating(step, as.fill(it.Text), facts...); l.Source != Default {
		l.giveWay, l.ID = giveWay, it.ID
		return l, false, true
	}
	if it.Neutral == "" || as.answeredWithout(facts) {
		return Line{}, false, false
	}
	l = written(step, as.fill(it.Neutral))
	l.giveWay, l.ID = giveWay, it.ID
	return l, true, true
}

// answeredWithout reports whether the user answered the question a fact
// belongs to and left the fact out: tools chosen, none of them a CRM. The
// neutral line ("a CRM such as ...") would then contradict their answer.
func (as *assembly) answeredWithout(facts []string) bool {
	for _, f := range facts {
		if f == content.FactTool && !as.gives(f) && (as.a.Tools.Use != nil || len(as.a.Tools.Add) > 0) {
			return true
		}
	}
	return false
}

// defaultTools are the tools amjd suggests for the role.
func (as *assembly) defaultTools() []string {
	var out []string
	for _, t := range as.c.Tools {
		if t.Default != nil && t.Default.Matches(as.sel) {
			out = append(out, t.ID)
		}
	}
	return out
}

// ownWords is the text of every line the user wrote about the job itself
// (duties, skills, qualifications, KPIs), lower case, a line each.
func ownWords(a answers.Answers) string {
	var b strings.Builder
	for _, list := range [][]string{a.Responsibilities.Add, a.Skills.Add, a.Qualifications.ExtraRequired, a.Qualifications.ExtraPreferred} {
		for _, s := range list {
			b.WriteString(strings.ToLower(s))
			b.WriteByte('\n')
		}
	}
	for _, k := range a.KPIs {
		if k.Name != "" { // a metric of their own; a catalog KPI's target says only how much
			b.WriteString(strings.ToLower(k.Name + " " + k.Target))
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// givesWay reports whether a line of the user's own says what the item says,
// by one of its topics: their "good with Excel" replaces amjd's line on
// spreadsheets, their "reviews twice a year" amjd's review rhythm.
func (as *assembly) givesWay(it content.Item) bool {
	if as.ownText == "" {
		return false
	}
	for _, topic := range it.Topics {
		if base.WordPattern(topic).MatchString(as.ownText) {
			return true
		}
	}
	return false
}
