package base

import (
	"strings"
	"unicode"
)

// WordCount counts the words a reader sees in Markdown: tokens with at least
// one letter or digit, so bullets, heading marks and separators do not count.
func WordCount(markdown string) int {
	n := 0
	for _, f := range strings.Fields(markdown) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// Cells trims each of parts and keeps those with text: a table row's cells
// once it is split at its separators.
func Cells(parts []string) []string {
	var cells []string
	for _, c := range parts {
		if c = strings.TrimSpace(c); c != "" {
			cells = append(cells, c)
		}
	}
	return cells
}
