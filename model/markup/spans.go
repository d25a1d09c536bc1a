package markup

import (
	"sort"
	"strings"
)

// Spans of text, as [start, end) byte offsets sorted by start: where a
// line names people, and which of them stands nearest a word.

// Overlaps reports whether span s overlaps any of the sorted spans.
func Overlaps(sorted [][]int, s []int) bool {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i][1] > s[0] })
	return i < len(sorted) && sorted[i][0] < s[1]
}

// Possessive reports whether the span starting at start is followed by "'s".
func Possessive(text string, sorted [][]int, start int) bool {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i][0] >= start })
	if i == len(sorted) || sorted[i][0] != start {
		return false
	}
	rest := text[sorted[i][1]:]
	return strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
}

// LastWithin is the start of the last span lying within [from, to), or -1.
func LastWithin(sorted [][]int, from, to int) int {
	best := -1
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i][0] >= from })
	for ; i < len(sorted) && sorted[i][0] < to; i++ {
		if sorted[i][1] <= to {
			best = sorted[i][0]
		}
	}
	return best
}

// FirstWithin is the start of the first span lying within [from, to), or -1.
func FirstWithin(sorted [][]int, from, to int) int {
	i := sort.Search(len(sorted), func(i int) bool { return sorted[i][0] >= from })
	for ; i < len(sorted) && sorted[i][0] < to; i++ {
		if sorted[i][1] <= to {
			return sorted[i][0]
		}
	}
	return -1
}

// NotTheSubject reports a pronoun told as an object ("him", "her" before
// a preposition or a stop) whose nearest person named is its own clause's
// subject, with no one else named in the sentence before: "Elspeth will
// sit down with him every Monday" is about someone who is not Elspeth.
// others are the spans of the people named in text, by start; pronoun is
// at at; the sentence starts at whole and the one before it at from.
func NotTheSubject(text, pronoun string, at, whole, from int, others [][]int) bool {
	if !objectPronoun(text[at:], pronoun) {
		return false
	}
	subject := LastWithin(others, whole, at)
	if subject < 0 || strings.TrimSpace(text[whole:subject]) != "" || FirstWithin(others, subject+1, at) >= 0 {
		return false
	}
	// The sentence before names no one, or names the subject: "You'll
	// report to Elspeth Ramsden, our head of trade."
	name, before := strings.TrimRight(firstWord(text[subject:]), ",.;:'’s"), false
	for _, o := range others {
		if o[0] >= from && o[0] < whole {
			before = true
			if strings.HasPrefix(text[o[0]:], name) {
				return true
			}
		}
	}
	return !before
}

// objectPronoun reports "him", or "her" that is no possessive: before a
// stop, a comma or a preposition.
func objectPronoun(after, pronoun string) bool {
	switch strings.ToLower(pronoun) {
	case "him":
		return true
	case "her":
		rest := strings.TrimSpace(after[len(pronoun):min(len(after), len(pronoun)+40)])
		if rest == "" || strings.ContainsRune(".,;:!?)", rune(rest[0])) {
			return true
		}
		next := strings.ToLower(firstWord(rest))
		switch next {
		case "about", "to", "with", "for", "on", "in", "at", "every", "each", "and", "when", "once", "if", "as", "through", "up", "back", "know":
			return true
		}
	}
	return false
}

// firstWord is the first word of s, read no further than it runs.
func firstWord(s string) string {
	s = strings.TrimLeft(s, " \t")
	if i := strings.IndexAny(s, " \t\n"); i >= 0 {
		return s[:i]
	}
	return s
}
