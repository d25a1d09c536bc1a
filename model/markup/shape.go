package markup

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// The shape of a line of plain text: whether it is a sentence, a question,
// a short label, a lead-in to a list.

// SentenceBreak reports a full stop inside s that ends a sentence, not an
// abbreviation's: "St. Paul, MN Pay Range" is one line of words.
func SentenceBreak(s string) bool {
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

// WordsWithLetters counts the words that have a letter.
func WordsWithLetters(words []string) int {
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

// IsQuestionHeading is a short question alone on its line, as postings
// written for candidates head their sections: "What will I do?".
func IsQuestionHeading(s string, words []string) bool {
	return len(words) > 0 && len(words) <= 9 && strings.HasSuffix(s, "?") &&
		questionWords[strings.ToLower(strings.Trim(words[0], "*_\"'"))]
}

// LeadIn is a line ending in a colon that is a sentence, not a label.
func LeadIn(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), ":") && (len(strings.Fields(s)) > 3 || leadInStart.Get().MatchString(s))
}

// leadInStart opens a short lead-in that names who does what follows: "The
// Account Manager:", "You will:".
var leadInStart = base.Regexp{Expr: `(?i)^\W*(?:you|the|candidates|applicants|this|in this|we|our|ideally)\b`}

// ShortLabel is a line of at most four words that is not a sentence.
func ShortLabel(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	return len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(s, ".!?,;:@/$€£%") &&
		strings.IndexFunc(s, unicode.IsDigit) < 0
}

// PercentField reports a "%" followed by a capital, as "%COMPANY_NAME%"
// opens; "95%" does not.
func PercentField(t string) bool {
	for i := strings.IndexByte(t, '%'); i >= 0 && i+1 < len(t); i = strings.IndexByte(t[i+1:], '%') + i + 1 {
		if c := t[i+1]; c >= 'A' && c <= 'Z' {
			return true
		}
		if strings.IndexByte(t[i+1:], '%') < 0 {
			break
		}
	}
	return false
}

// BlankToFill reports a line with a run of underscores beside its words: a
// blank left to fill in ("Salary: $____"). A line of underscores alone is
// a rule, as an e-mail draws one.
func BlankToFill(s string) bool {
	return strings.Contains(s, "____") && strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// scoreLead is a line that opens on a score or a share, not a number
// that marks an item: "4.2 out of 5", "8.5/10", "2.5% of …".
var scoreLead = base.Regexp{Expr: `(?i)^\d{1,2}\.\d{1,2}\s*(?:out of|/|%|stars?\b|or (?:better|higher|more|above))`}

// MayBeBullet reports whether a line's text (its indent trimmed) opens the
// way a list item's mark does, so that a reader's expression for the marks
// runs only on such lines:
// a mark, a digit or "(", or a letter followed by "." or ")" ("o" and a
// tab too).
func MayBeBullet(lead string) bool {
	switch r := base.FirstRune(lead); {
	case lead == "":
		return false
	case r == 'o' && len(lead) > 1 && lead[1] == '\t':
		return true // a word processor's second-level bullet, pasted as "o" and a tab
	case r >= '0' && r <= '9' && scoreLead.Get().MatchString(lead):
		return false // "4.2 out of 5 or better": a score, not item 4.2
	case r >= 'a' && r <= 'z':
		return len(lead) > 1 && (lead[1] == '.' || lead[1] == ')')
	case r >= 0xE000 && r <= 0xF8FF:
		return true // a symbol font's bullet pasted as its private code point
	default:
		return strings.ContainsRune("-*+•·▪◦‣–⁃ØüÞ§(0123456789=→➔➜⇒", r)
	}
}

// IsHashtagHeading reports a line that is one hashtag in CamelCase and
// nothing else, as a social post's headings are: "#AboutUs",
// "#HowToApply". A Markdown heading has a space after its "#".
func IsHashtagHeading(line string) bool {
	tag, ok := strings.CutPrefix(strings.TrimSpace(line), "#")
	if !ok || len(tag) < 4 || len(tag) > 40 || !unicode.IsUpper(base.FirstRune(tag)) {
		return false
	}
	upper := 0
	for _, r := range tag {
		switch {
		case unicode.IsUpper(r):
			upper++
		case !unicode.IsLetter(r) && !unicode.IsDigit(r):
			return false
		}
	}
	return upper >= 1 && upper < len([]rune(tag))
}

// HashtagWords is a CamelCase hashtag's words: "#WhatYoullDo" is "What
// Youll Do".
func HashtagWords(line string) string {
	tag := strings.TrimPrefix(strings.TrimSpace(line), "#")
	var b strings.Builder
	for i, r := range tag {
		if i > 0 && unicode.IsUpper(r) {
			b.WriteByte(' ')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// CapitalAfterCapital reports whether the word at text[at:] opens with a
// capital after a word that does too: inside a name ("Get My First Job"),
// not a heading's first words ("Entry-Level Account Manager").
func CapitalAfterCapital(text string, at int) bool {
	before := strings.TrimRightFunc(text[:at], unicode.IsSpace)
	start := strings.LastIndexFunc(before, unicode.IsSpace) + 1
	return before != "" && unicode.IsUpper(base.FirstRune(text[at:])) && unicode.IsUpper(base.FirstRune(before[start:]))
}

// WordSubBullet reports a line that opens with Word's second-level
// bullet, pasted as text: "o At least 6 years' …".
func WordSubBullet(lead string) bool {
	return strings.HasPrefix(lead, "o ") && unicode.IsUpper(base.FirstRune(strings.TrimLeft(lead[2:], " ")))
}
