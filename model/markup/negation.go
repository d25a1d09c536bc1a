package markup

import (
	"strings"

	"amjd/model/base"
)

// negation words a statement can be turned around with.
var negation = base.Regexp{Expr: `(?i)\b(no|not|never|without|none|nor|zero|nobody|neither)\b|n['’]t\b|\bno one\b`}

// Negated reports whether the words just before position at in sentence deny
// what follows: "There is no new-business quota", "you will not cold call".
func Negated(sentence string, at int) bool {
	if lead := strings.ToLower(strings.TrimLeft(sentence[:min(at, 12)], " \t\"'“(")); strings.HasPrefix(lead, "nobody") || strings.HasPrefix(lead, "no one") {
		return true // "Nobody in this job is asked to bring in new customers"
	}
	before := strings.Fields(sentence[base.RuneStart(sentence, at-80):at]) // five words at most are read
	if len(before) > 5 {
		before = before[len(before)-5:]
	}
	return negation.Get().MatchString(strings.Join(before, " "))
}

// TravelTail is the end of a location line that names where the job travels,
// not where it is: "at the Rockford office, with customer visits in
// Wisconsin and Iowa".
var TravelTail = base.Regexp{Expr: `(?i)\b(?:visits?|visiting|travel\w*|trips?|driving)\s+(?:to|in|into|across|around|throughout|within)\b.*$`}

// TravelCue reports a line that may name travel, before TravelTail reads it.
func TravelCue(text string) bool {
	for _, w := range []string{"isit", "ravel", "rip", "riving"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}
