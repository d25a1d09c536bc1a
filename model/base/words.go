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
