package answers

import (
	"strings"
	"unicode"
)

// An option written in an answers file is the catalog's id as a person
// might type it: in any case, with spaces, hyphens or underscores between
// its words ("Full time" for full_time, "gbp" for GBP). One that matches no
// id is refused with the nearest one, when one is near.

// optionKey is an option as compared: lower case, letters and digits only.
func optionKey(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// sameOption is the allowed id that value spells, or "".
func sameOption(value string, allowed []string) string {
	key := optionKey(value)
	if key == "" {
		return ""
	}
	for _, id := range allowed {
		if optionKey(id) == key {
			return id
		}
	}
	return ""
}

// closestOption is the allowed id nearest to value when it is near enough
// to be a slip: a few letters off ("hybird", "gpb"), or the id with a word
// more or less ("blend" for blended, "per year" for year). Else "".
func closestOption(value string, allowed []string) string {
	key := optionKey(value)
	if key == "" || len(key) > 64 {
		return ""
	}
	best, bestDist := "", max(1, (len(key)+1)/3)+1
	for _, id := range allowed {
		if d := editDistance(key, optionKey(id)); d < bestDist {
			best, bestDist = id, d
		}
	}
	if best != "" {
		return best
	}
	var within []string // ids the value holds whole, or that hold it
	for _, id := range allowed {
		if k := optionKey(id); len(k) >= 3 && len(key) >= 3 && (strings.Contains(key, k) || strings.Contains(k, key)) {
			within = append(within, id)
		}
	}
	if len(within) == 1 {
		return within[0]
	}
	return ""
}

// editDistance counts the single-letter edits between a and b, a swap of
// two letters side by side counting as one ("gpb" for gbp).
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	before := make([]int, len(rb)+1) // the row above prev, for swaps
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], before[j-2]+1)
			}
		}
		before, prev, cur = prev, cur, before
	}
	return prev[len(rb)]
}
