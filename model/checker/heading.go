package checker

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// What a plain line must look like to be a heading, in whatever layout:
// capitals, a section's words, a question, a label.

// looksLikeHeading spots a heading in plain text: a short line that is not
// a sentence (no final full stop) and ends in a colon, is in capitals, is in
// title case, or names a section a posting has ("What we're looking for").
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if isQuestionHeading(s, words) {
		return true
	}
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s[len(s)-1:], ".!?,;") || sentenceBreak(s) {
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
	case strings.ToUpper(s) == s:
		// "$74,000—$88,000 USD" has no small letters, and is no heading.
		return strings.IndexFunc(s, unicode.IsDigit) < 0 || wordsWithLetters(words) >= 2
	case strings.HasSuffix(strings.ToLower(s), "pay range") || strings.HasSuffix(strings.ToLower(s), "salary range"):
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
	named := classify(lead) != secOther || whLead.Get().MatchString(s) && classify(s) != secOther
	return len(words) <= 8 && named && !strings.ContainsAny(s, ",;@/$€£") && !strings.Contains(s, "://")
}

// sentenceBreak reports a full stop inside s that ends a sentence, not an
// abbreviation's: "St. Paul, MN Pay Range" is one line of words.
func sentenceBreak(s string) bool {
	for rest := s; ; {
		i := strings.Index(rest, ". ")
		if i < 0 {
			return false
		}
		switch word := strings.ToLower(rest[strings.LastIndexAny(rest[:i], " ,(")+1 : i]); word {
		case "st", "ste", "mt", "ft", "dr", "mr", "ms", "mrs", "no", "co", "inc", "ltd", "jr", "sr":
		default:
			return true
		}
		rest = rest[i+2:]
	}
}

// wordsWithLetters counts the words that have a letter.
func wordsWithLetters(words []string) int {
	n := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// questionWords open a heading written as a question.
var questionWords = map[string]bool{"what": true, "what's": true, "who": true, "where": true, "how": true, "why": true,
	"when": true, "which": true, "do": true, "does": true, "is": true, "are": true, "will": true, "can": true, "could": true}

// isQuestionHeading is a short question alone on its line, as postings
// written for candidates head their sections: "What will I do?".
func isQuestionHeading(s string, words []string) bool {
	return len(words) > 0 && len(words) <= 9 && strings.HasSuffix(s, "?") &&
		questionWords[strings.ToLower(strings.Trim(words[0], "*_\"'"))]
}

// leadIn is a line ending in a colon that is a sentence, not a label.
func leadIn(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), ":") && (len(strings.Fields(s)) > 3 || leadInStart.Get().MatchString(s))
}

// leadInStart opens a short lead-in that names who does what follows: "The
// Account Manager:", "You will:".
var leadInStart = base.Regexp{Expr: `(?i)^\W*(?:you|the|candidates|applicants|this|in this|we|our|ideally)\b`}

// shortLabel is a line of at most four words that is not a sentence.
func shortLabel(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	return len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(s, ".!?,;:@/$€£%") &&
		strings.IndexFunc(s, unicode.IsDigit) < 0
}
