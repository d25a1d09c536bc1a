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
