package checker

import (
	"fmt"
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/markup"
	"amjd/model/measure"
)

// kpiLines wants every success metric to read as a sentence: no doubled
// comparator, no phrase said twice, no label without a target.
func (k *checker) kpiLines() {
	for _, l := range k.d.lines {
		if l.sec == secSuccess && !l.bullet && !l.heading {
			k.kpiProse(l)
		}
		if l.sec != secSuccess || !l.bullet {
			continue
		}
		problem := ""
		switch {
		case markup.IsBareLabel(l.text), markup.BareMetric(measure.KPINumber.Get().ReplaceAllString(l.text, "")): // "KPI 3 - see the scorecard"
			problem = "names a metric but gives no target or measure"
		case markup.FigureOnly(l.text):
			problem = "gives a figure but names no measure"
		case markup.DirectionOnly(l.text):
			problem = "gives a direction, not a target"
		case doubledComparator.Get().MatchString(l.text):
			problem = fmt.Sprintf("says the comparison twice (%q)", doubledComparator.Get().FindString(l.text))
		case markup.RepeatedWords(l.flat) != "":
			problem = fmt.Sprintf("repeats %q", markup.RepeatedWords(l.flat))
		default:
			continue
		}
		k.add(Finding{Rule: "kpi-not-sentence", Severity: Warning, Line: l.n, Step: base.StepKPIs,
			Message: "This success metric " + problem + ".",
			Fix:     "Write it as one sentence: the measure and its target, e.g. \"Net revenue retention of at least 110%.\""})
	}
}

// kpiProse reads metrics told as a paragraph of short sentences, one per
// measure ("Contract volume renewed at 95% or more. Brewer satisfaction.
// Every complaint answered within a day."): a sentence that only names its
// measure has no target.
func (k *checker) kpiProse(l line) {
	b := k.sentencesOf(l.n)
	if len(b) < 3 {
		return
	}
	start, figures := 0, 0
	var bare []string
	for _, e := range b {
		s := l.text[start:e[0]]
		start = e[1]
		if strings.IndexFunc(s, unicode.IsDigit) >= 0 {
			figures++
		} else if n := len(strings.Fields(s)); n > 0 && n <= 4 && markup.NamesAMeasure(s) {
			bare = append(bare, s)
		}
	}
	if figures < 2 || len(bare) == 0 {
		return
	}
	k.add(Finding{Rule: "kpi-not-sentence", Severity: Warning, Line: l.n, Step: base.StepKPIs, Phrase: bare[0],
		Message: fmt.Sprintf("The success metric %q names a measure but gives no target.", bare[0]),
		Fix:     "Write it as one sentence: the measure and its target, e.g. \"Net revenue retention of at least 110%.\""})
}
