package base

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// MatchNear reports whether re matches text, reading only the stretches
// within reach bytes of one of gates: words every match of re holds, no
// match running further than reach either side of its gate word. A long
// text with a gate word here and there costs those stretches, not the
// whole text (Go's regexp reads a megabyte in tens of milliseconds).
func MatchNear(re *Regexp, text string, gates []string, reach int) bool {
	var spans [][2]int
	for _, g := range gates {
		for from := 0; len(spans) <= len(text)/reach; {
			i := strings.Index(text[from:], g)
			if i < 0 {
				break
			}
			at := from + i
			spans = append(spans, [2]int{at - reach, at + len(g) + reach})
			from = at + len(g)
		}
	}
	if len(spans) > len(text)/reach { // dense: the stretches would be the text
		return re.Get().MatchString(text)
	}
	slices.SortFunc(spans, func(a, b [2]int) int { return cmp.Compare(a[0], b[0]) })
	for i := 0; i < len(spans); {
		from, to := spans[i][0], spans[i][1]
		for i++; i < len(spans) && spans[i][0] <= to; i++ {
			to = max(to, spans[i][1])
		}
		if re.Get().MatchString(text[wordStart(text, from):wordEnd(text, to)]) {
			return true
		}
	}
	return false
}

// wordStart moves i back to the start of the word it cuts, so a stretch's
// edge is no word boundary the text does not have; a word of over 64
// bytes is cut where a character starts.
func wordStart(s string, i int) int {
	if i <= 0 {
		return 0
	}
	i = RuneStart(s, i)
	for j := i; j > 0 && i-j < 64; {
		r, n := utf8.DecodeLastRuneInString(s[:j])
		if !isWordRune(r) {
			return j
		}
		j -= n
		if j == 0 {
			return 0
		}
	}
	return i
}

// wordEnd moves i on to the end of the word it cuts, as wordStart does.
func wordEnd(s string, i int) int {
	if i >= len(s) {
		return len(s)
	}
	i = RuneStart(s, i)
	for j := i; j < len(s) && j-i < 64; {
		r, n := utf8.DecodeRuneInString(s[j:])
		if !isWordRune(r) {
			return j
		}
		j += n
		if j == len(s) {
			return j
		}
	}
	return i
}

// isWordRune is a character of a word as \b reads it.
func isWordRune(r rune) bool {
	return r == '_' || '0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
}
