package markup

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// What a plain line must look like to be a heading, in whatever layout:
// capitals, a section's words, a question, a label.

// LooksLikeHeading spots a heading in plain text: a short line that is not
// a sentence (no final full stop) and ends in a colon, is in capitals, is in
// title case, or names a section a posting has ("What we're looking for").
func LooksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if IsQuestionHeading(s, words) {
		return true
	}
	if len(words) > 0 && len(words) <= 8 && strings.HasSuffix(s, ".") && strings.IndexFunc(s, unicode.IsLower) < 0 &&
		WordsWithLetters(words) >= 2 && !strings.ContainsAny(s, "$€£") {
		s = strings.TrimSuffix(s, ".") // "WHAT YOU'LL NEED."
	}
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s[len(s)-1:], ".!?,;") || SentenceBreak(s) {
		return false // a sentence, or two: "You report to the Director. [amjd suggestion]"
	}
	letters := strings.IndexFunc(s, unicode.IsLetter) >= 0
	switch {
	case !letters:
		return false
	case strings.HasSuffix(s, ":"):
		// "£27,500 – £31,000 per annum, plus:" leads into a list; it names
		// no section.
		return !strings.Contains(strings.TrimSuffix(s, ":"), ":") && !strings.ContainsAny(s, "$€£")
	case strings.IndexFunc(s, unicode.IsLower) < 0:
		// "$74,000—$88,000 USD" has no small letters, and is no heading.
		return strings.IndexFunc(s, unicode.IsDigit) < 0 || WordsWithLetters(words) >= 2
	case len(s) >= 9 && strings.EqualFold(s[len(s)-9:], "pay range") || len(s) >= 12 && strings.EqualFold(s[len(s)-12:], "salary range"):
		return true // Greenhouse's "St. Paul, MN Pay Range"
	}
	capital := 0
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			capital++
		}
	}
	if len(words) <= 6 && capital*2 > len(words) && !strings.ContainsAny(s, ",;") {
		return true
	}
	// A section's words at the start: "What you'll get", "It would be great
	// if you have"; not "Curiosity about how schools use technology".
	lead := strings.Join(words[:min(4, len(words))], " ")
	named := Classify(lead) != "other" || strings.ContainsRune("WwHhYyOo", base.FirstRune(s)) && whLead.Get().MatchString(s) && Classify(s) != "other"
	named = named || IsBookHeading(s) // "Your accounts"
	if !named && len(words) <= 6 {
		// A nice-to-have list's words at the end: "Will be considered an
		// advantage", "Also a plus".
		named = Classify(strings.Join(words[max(0, len(words)-3):], " ")) == "preferred"
	}
	return len(words) <= 8 && named && !strings.ContainsAny(s, ",;@/$€£") && !strings.Contains(s, "://")
}

// whLead opens a heading phrased as a question or about the reader: "What's
// in it for you".
var whLead = base.Regexp{Expr: `(?i)^(?:what|what's|how|who|where|why|when|your|our)\b`}

// bookHeading heads the accounts the job looks after: "Your accounts",
// "The patch".
var bookHeading = base.Regexp{Expr: `(?i)^\W*(?:your|the|our)?\s*(?:clients|accounts|customers|book|book of business|portfolio|patch|territory)\W*$`}

// IsBookHeading reports a heading over the accounts the job looks after.
func IsBookHeading(s string) bool { return bookHeading.Get().MatchString(s) }
