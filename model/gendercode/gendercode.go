// Package gendercode scores gendered wording as Gender Decoder does (Kat
// Matfield's tool built on Gaucher, Friesen & Kay 2011): a text's words are
// split as that tool splits them, each counts once for every coded stem it
// starts with, and the difference of the two counts gives the verdict.
// Pure Go: the word lists come from the caller.
package gendercode

import "strings"

// Tokens splits a line as Gender Decoder does: anything but ASCII
// becomes a space, and so do white space and . , < > * ? ! " [ ] @ ' : ; ( ) / &;
// words are lower-cased; a hyphenated word is split unless it starts with a
// coded hyphenated stem ("co-operative", "self-confident").
func Tokens(text string, hyphenated []string) []string {
	cleaned := strings.Map(func(r rune) rune {
		if r >= 128 || strings.ContainsRune(" \t\n\r\v\f.,<>*?!\"[]@':;()/&", r) {
			return ' '
		}
		return r
	}, text)
	var out []string
	for _, w := range strings.Fields(strings.ToLower(cleaned)) {
		if strings.Contains(w, "-") && !hasPrefixIn(w, hyphenated) {
			for _, part := range strings.Split(w, "-") {
				if part != "" {
					out = append(out, part)
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

func hasPrefixIn(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// Index indexes coded stems by their first byte: a word is tried only on
// the stems it could start with.
func Index(stems []string) map[byte][]string {
	idx := map[byte][]string{}
	for _, s := range stems {
		if s != "" {
			idx[s[0]] = append(idx[s[0]], s)
		}
	}
	return idx
}

// Count counts a word once for each stem it starts with, as Gender
// Decoder does; the exceptions never count.
func Count(tokens []string, stems map[byte][]string, exceptions []string) (int, []string) {
	n := 0
	var found []string
	for _, w := range tokens {
		hits := 0
		for _, s := range stems[w[0]] {
			if strings.HasPrefix(w, s) && !contains(exceptions, w) {
				hits++
			}
		}
		if hits > 0 {
			n += hits
			found = append(found, w)
		}
	}
	return n, found
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Verdict is Gender Decoder's verdict for the two counts: the
// difference, in five bands.
func Verdict(masculine, feminine int) string {
	switch score := feminine - masculine; {
	case score == 0 && feminine == 0:
		return "empty"
	case score == 0:
		return "neutral"
	case score > 3:
		return "strongly feminine-coded"
	case score > 0:
		return "feminine-coded"
	case score < -3:
		return "strongly masculine-coded"
	}
	return "masculine-coded"
}
