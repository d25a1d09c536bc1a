package markup

import (
	"strings"
	"unicode/utf8"
)

// Readings of a plain text's raw lines, before they are sorted into
// headings, items and text.

// Answered reports whether line i, "A: …", answers a "Q:" line above it.
func Answered(raw []string, i int) bool {
	for k := i - 1; k >= 0 && k >= i-3; k-- {
		if strings.HasPrefix(strings.TrimLeft(raw[k], " \t"), "Q:") {
			return true
		}
	}
	return false
}

// SpacedHeading reports a line set apart by blank lines above a paragraph,
// as job boards lay out headings once their markup is gone: "Your accounts",
// a blank line, then "You look after 95 growers …".
func SpacedHeading(raw []string, i int) bool {
	return i+2 < len(raw) && strings.TrimSpace(raw[i+1]) == "" && utf8.RuneCountInString(strings.TrimSpace(raw[i+2])) >= 60
}
