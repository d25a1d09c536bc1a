package base

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"
	"golang.org/x/text/language"
)

// Typed and pasted text is cleaned once it is given (a field left, a step
// submitted, an answers file read), never while it is typed: the list
// markers a paste brings ("• • visit garages", "1. Handle…", "# Account
// manager"), runs of spaces and the spaces before punctuation go, and an
// item that is only punctuation is dropped. Each pass is linear in the text.

// CleanLine cleans one line or list item: it strips leading list markers
// however many and however mixed, collapses runs of spaces, removes the
// spaces before , . ; : ! ? and trims. A number or sign that is content
// stays ("-5% churn", "3+ years", "1,200 accounts", "2027 plan"). A line
// with no letter or digit left becomes "".
func CleanLine(s string) string {
	s = squeeze(s)
	// "🌴25 days' holiday": an emoji a page sets before an item is its
	// bullet, not its text.
	s = strings.TrimLeftFunc(s, func(r rune) bool { return unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x200D })
	for {
		n := markerLen(s)
		if n == 0 {
			break
		}
		s = strings.TrimPrefix(s[n:], " ")
	}
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }) < 0 {
		return ""
	}
	return s
}

// squeeze writes every run of white space (a zero-width space counted) as
// one space, drops it before , . ; : ! ? and at either end.
func squeeze(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) || r == '\u200b' || r == '\u2060' || r == '\ufeff' {
			space = true // a zero-width space a web editor left is no text either
			continue
		}
		if space && b.Len() > 0 && !strings.ContainsRune(",.;:!?", r) {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// bullets mark a list item wherever they stand, with or without a space.
const bullets = "•·▪◦‣●○■□▫►▸➢➤✓✔»›"

// dashes mark a list item, or a Markdown heading, when a run of them stands
// alone: "- stock", "## Title", but not "-5%" or "#1".
const dashes = "-–—*+#"

// markerLen is the length in bytes of the list marker s starts with, or 0.
func markerLen(s string) int {
	r, size := utf8.DecodeRuneInString(s)
	switch {
	case s == "":
		return 0
	case strings.ContainsRune(bullets, r):
		return size
	case strings.ContainsRune(dashes, r):
		n := len(s) - len(strings.TrimLeft(s, dashes))
		return alone(s, n)
	}
	return alone(s, numberingLen(s))
}

// numberingLen is the length of the numbering s starts with: "1." "12)"
// "(3)" "a)" "B." "(c)", or 0. Up to three digits, or one letter.
func numberingLen(s string) int {
	i := 0
	open := strings.HasPrefix(s, "(")
	if open {
		i++
	}
	digits := 0
	for digits < 4 && i+digits < len(s) && s[i+digits] >= '0' && s[i+digits] <= '9' {
		digits++
	}
	switch {
	case digits > 3:
		return 0 // a year or a figure: "2027. A plan" is content
	case digits > 0:
		i += digits
	case i < len(s) && (s[i] >= 'a' && s[i] <= 'z' || s[i] >= 'A' && s[i] <= 'Z'):
		i++
	default:
		return 0
	}
	switch {
	case i < len(s) && s[i] == ')':
		return i + 1
	case !open && i < len(s) && s[i] == '.':
		return i + 1
	}
	return 0
}

// alone is n when the first n bytes of s stand alone, followed by a space
// or nothing; else 0.
func alone(s string, n int) int {
	if n == 0 || n < len(s) && s[n] != ' ' {
		return 0
	}
	return n
}

// smallWords stay lower case inside a title.
var smallWords = map[string]bool{"a": true, "an": true, "and": true, "as": true, "at": true, "but": true, "by": true,
	"for": true, "from": true, "in": true, "into": true, "nor": true, "of": true, "on": true, "or": true, "per": true,
	"the": true, "to": true, "via": true, "vs": true, "with": true}

// CleanTitle cleans a job title as CleanLine does and, when it is all in
// lower case, capitalises its major words: "key account manager – retail"
// is "Key Account Manager – Retail", "head of sales" is "Head of Sales". A
// title with any capital is kept as typed (iOS, VP of Sales, eCommerce).
func CleanTitle(s string) string {
	s = CleanLine(s)
	if strings.IndexFunc(s, func(r rune) bool { return unicode.IsUpper(r) || unicode.IsTitle(r) }) >= 0 {
		return s
	}
	title := cases.Title(language.English, cases.NoLower)
	words := strings.Split(s, " ")
	for i, w := range words {
		// A small word is capitalised first, and after a dash or a colon.
		starts := i == 0 || strings.Trim(words[i-1], "-–—") == "" || strings.HasSuffix(words[i-1], ":")
		if !smallWords[w] || starts {
			words[i] = title.String(w)
		}
	}
	return strings.Join(words, " ")
}
