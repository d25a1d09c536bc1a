package markup

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// How a line that a source wraps goes on into the next: the tests the
// readers use to join a sentence cut at the end of a line.

// Hyphenated reports whether a ends in a word cut by a hyphen that b
// finishes: a letter, "-", then b's first word in lower case.
func Hyphenated(a, b string) bool {
	if len(a) < 2 || a[len(a)-1] != '-' {
		return false
	}
	before, _ := utf8.DecodeLastRuneInString(a[:len(a)-1])
	after, _ := utf8.DecodeRuneInString(strings.TrimLeft(b, " \t"))
	return unicode.IsLetter(before) && unicode.IsLower(after)
}

// NumberFirst reports a line that opens with a number as a wrapped
// sentence goes on ("140 employers across …"), not with a name that holds
// digits ("401(k) with a 5% match", the next item of a list).
func NumberFirst(s string) bool {
	f := strings.Fields(s)
	return len(f) > 0 && strings.IndexFunc(f[0], func(r rune) bool { return !unicode.IsDigit(r) && !strings.ContainsRune(",.%", r) }) < 0
}

// EndsInJoiner reports a line that stops on a word no sentence ends with:
// "… sold to" / "Salesforce".
func EndsInJoiner(s string) bool {
	i := strings.LastIndexByte(s, ' ')
	switch strings.ToLower(s[i+1:]) {
	case "a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "with", "by", "from", "at", "as", "our", "your", "their", "its", "you", "we":
		return true
	}
	return false
}
