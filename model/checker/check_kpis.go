package checker

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
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
		case isBareLabel(l.text), bareMetric(l.text):
			problem = "names a metric but gives no target or measure"
		case directionOnly.Get().MatchString(l.text):
			problem = "gives a direction, not a target"
		case doubledComparator.Get().MatchString(l.text):
			problem = fmt.Sprintf("says the comparison twice (%q)", doubledComparator.Get().FindString(l.text))
		case repeatedWords(l.flat) != "":
			problem = fmt.Sprintf("repeats %q", repeatedWords(l.flat))
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
		} else if n := len(strings.Fields(s)); n > 0 && n <= 4 && bareMetric(s+".") {
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

// isBareLabel reports a line that is only a short label and a colon
// ("Net revenue retention:").
func isBareLabel(text string) bool {
	return utf8.RuneCountInString(text) <= 41 && bareLabel.Get().MatchString(text)
}

// shortList splits a line that is a list of three or more short items,
// "Client focus, Dependability, Organized, Flexibility"; nil for any other.
func shortList(text string) []string {
	parts := strings.Split(strings.TrimRight(text, ". "), ",")
	if len(parts) < 3 {
		return nil
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 3 {
			return nil
		}
	}
	return parts
}

// metricNoun ends the name of a measure: "Third-party audit pass rate".
var metricNoun = base.Regexp{Expr: `(?i)\b(rate|score|ratio|retention|growth|accuracy|satisfaction|nps|csat|churn|share|margin|revenue)\W*$`}

// directionOnly is a measure whose target is only a direction or a
// watch: "Complaints: fewer.", "Builder callbacks: watch closely.",
// "Returns: as low as possible."
var directionOnly = base.Regexp{Expr: `(?i)^[^:\d]{2,40}:\s*(?:(?:(?:much|far|way|keep|kept|watch(?:ed)?|closely|fewer|more|less|lower|higher|better|up|down|improv\w*|reduc\w*|grow\w*|increas\w*|decreas\w*|monitor\w*|track\w*|trending|going|[↑↓])[\s.!]*){1,3}|(?:the (?:more|fewer|less|higher|lower|bigger|smaller) the better|as (?:low|high|few|many|much|little|fast|quickly|soon|close to \w+) as (?:possible|we can|you can))[\s.!]*)$`}

// targetWord gives a measure its target without a figure: "A review held
// with every client", "No missed renewals".
var targetWord = base.Regexp{Expr: `(?i)\b(every|each|all|within|below|above|under|over|less|more|fewer|least|most|zero|no|none|half|double|twice|up|down|held|kept|reduced|increased|higher|lower|same|always|never)\b`}

// bareMetric reports a line that only names a measure: a few words, no
// figure, ending in what is measured or, with no full stop and no word of a
// target, naming it alone ("Irrigation water use per hectare").
func bareMetric(text string) bool {
	if len(strings.Fields(text)) > 6 || strings.IndexFunc(text, unicode.IsDigit) >= 0 {
		return false
	}
	return metricNoun.Get().MatchString(text) || !strings.HasSuffix(strings.TrimSpace(text), ".") && !targetWord.Get().MatchString(text)
}

// repeatedWords returns a run of three words that a line says twice.
func repeatedWords(flat string) string {
	words := strings.FieldsFunc(flat, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	seen := map[string]bool{}
	for i := 0; i+3 <= len(words); i++ {
		tri := strings.Join(words[i:i+3], " ")
		if seen[tri] {
			return tri
		}
		seen[tri] = true
	}
	return ""
}
