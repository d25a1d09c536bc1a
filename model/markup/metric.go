package markup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
)

// The shape of a success measure's line: a name alone, a name with only a
// direction for its target, a list of short items, words said twice.

// IsBareLabel reports a line that is only a short label and a colon
// ("Net revenue retention:").
func IsBareLabel(text string) bool {
	return utf8.RuneCountInString(text) <= 41 && bareLabel.Get().MatchString(text)
}

// ShortList splits a line that is a list of three or more short items,
// "Client focus, Dependability, Organized, Flexibility"; nil for any other.
func ShortList(text string) []string {
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
var directionOnly = base.Regexp{Expr: `(?i)^[^:\d]{2,40}:\s*(?:(?:(?:much|far|way|keep|kept|watch(?:ed)?|closely|fewer|more|less|lower|higher|better|up|down|high|low|good|great|strong|solid|positive|stoked|excellent|healthy|improv\w*|reduc\w*|grow\w*|increas\w*|decreas\w*|monitor\w*|track\w*|trending|going|[↑↓])[\s.!]*){1,3}|(?:the (?:more|fewer|less|higher|lower|bigger|smaller) the better|as (?:low|high|few|many|much|little|fast|quickly|soon|close to \w+) as (?:possible|we can|you can)|(?:up|down|higher|lower|more|fewer|better) (?:on|than) last year|(?:the )?same again|same as (?:last|this) (?:year|season|time)|as (?:before|usual)|more of the same|the more the merrier|the sooner the better|the faster the better|as much as possible|(?:hold|holding|held) steady|steady|keep (?:it|them) up` +
	// A target put off: "we'll work this out once you start", "to be agreed", "fewer, please".
	`|(?:we['’]ll|we will|we['’]d|we can) (?:work (?:it|this|that|these) out|agree (?:it|this|one|them)|set (?:it|one|them)|know it when we see it|see)\b[\w\s,'’]*|to be (?:agreed|set|confirmed|decided|discussed)\b[\w\s,'’]*|tb[cd]|(?:fewer|more|less|lower|higher|better),? please)[\s.!]*)$`}

// targetWord gives a measure its target without a figure: "A review held
// with every client", "No missed renewals".
var targetWord = base.Regexp{Expr: `(?i)\b(every|each|all|within|below|above|under|over|less|more|fewer|least|most|zero|no|none|half|double|twice|up|down|held|kept|reduced|increased|higher|lower|same|always|never)\b`}

// BareMetric reports a line that only names a measure: a few words, no
// figure, ending in what is measured or, with no full stop and no word of a
// target, naming it alone ("Irrigation water use per hectare"); names
// parted by "/" or ";" ("Attach rate / dealer NPS / fill rate") too.
func BareMetric(text string) bool {
	if parts := strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune("/;|·÷×", r) }); len(parts) > 1 && len(strings.Fields(text)) > 6 {
		for _, p := range parts {
			if !BareMetric(p) {
				return false
			}
		}
		return true // "Parts attach rate / dealer NPS / fill rate": three names, no target
	}
	if len(strings.Fields(text)) > 6 || strings.IndexFunc(text, unicode.IsDigit) >= 0 || numberWord.Get().MatchString(text) {
		return false // "New clients won: six a year." has its figure in words
	}
	// "Strain-bank uptake among your brewers." names a measure, full stop
	// or not: it sets no figure and no bound.
	return metricNoun.Get().MatchString(text) || !targetWord.Get().MatchString(text)
}

// RepeatedWords returns a run of three words that a line says twice.
func RepeatedWords(flat string) string {
	words := strings.FieldsFunc(flat, func(r rune) bool { return r == ' ' || r == ',' || r == '.' })
	seen := map[string]bool{}
	for i := 0; i+3 <= len(words); i++ {
		tri := strings.Join(words[i:i+3], " ")
		if seen[tri] && contentWords(words[i:i+3]) >= 2 {
			return tri
		}
		seen[tri] = true
	}
	return ""
}

// contentWords counts the words that are no function word: "the end of"
// repeats one ("by the end of March and the end of August" is fine).
func contentWords(ws []string) int {
	n := 0
	for _, w := range ws {
		switch strings.ToLower(w) {
		case "the", "a", "an", "of", "to", "by", "in", "on", "for", "and", "or", "at", "each", "every", "per", "with", "from", "your", "our", "its", "their", "is", "are", "be":
		default:
			n++
		}
	}
	return n
}

// DirectionOnly reports a measure whose target is only a direction.
func DirectionOnly(text string) bool { return directionOnly.Get().MatchString(text) }

// NamesAMeasure reports text that ends in what is measured: "Client
// retention", "Third-party audit pass rate".
func NamesAMeasure(text string) bool { return metricNoun.Get().MatchString(text) }

var numberWord = base.Regexp{Expr: `(?i)\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|twenty|thirty|forty|fifty|hundred)\b`}

var bareLabel = base.Regexp{Expr: `^[\p{L}\p{N} &/()-]+:$`}

// FigureOnly reports a metric that is a figure alone ("90%+", "$1.2M",
// "4.5x"): a target that names no measure.
func FigureOnly(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters <= 1 && strings.IndexFunc(s, unicode.IsDigit) >= 0
}

// clockTime is a time of day: "5 am", "6:30pm", "7 a.m.".
var clockTime = base.Regexp{Expr: `(?i)\b\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.|o['’]clock)`}

// HasFigure reports whether a line holds a figure other than a time of
// day: "3+ years" asks for experience, "survives a 5 am start" does not.
func HasFigure(l string) bool {
	if strings.IndexFunc(l, unicode.IsDigit) < 0 {
		return false
	}
	return strings.IndexFunc(clockTime.Get().ReplaceAllString(l, ""), unicode.IsDigit) >= 0
}
