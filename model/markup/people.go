package markup

import (
	"strings"

	"amjd/model/base"
)

// People a posting names in full, so that a first name alone later ("once
// Brandi has done her read-through", "the trade shows Tom attends") is
// known for a person: the manager the role reports to, a name with its job
// title after a comma, the author of a tracker's or a chat's entry.

var (
	reportsToName = base.Regexp{Expr: `\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+`}
	titledName    = base.Regexp{Expr: `\b(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+,\s+(?:our\s+)?(?:\p{Lu}\p{Ll}+\s+){0,3}(?:Manager|Director|Head|Lead|Officer|Owner|Founder|President|Partner|Coordinator|Supervisor|CEO|COO|CFO)\b`}
	authorName    = base.Regexp{Expr: `^(\p{Lu}\p{Ll}+)\s+\p{Lu}[\p{Ll}'’-]+\s+(?:commented|changed|moved|added|wrote|replied|posted|created|edited|assigned|said)\b`}
)

// maxFirstNames bounds the names kept: a posting names a handful of people.
const maxFirstNames = 20

// FirstNames lists the first names of the people the lines name in full,
// each once. A word the text also uses in small letters ("Sales" in "Sales
// Director", beside "sales") is no one's name.
func FirstNames(lines []string) []string {
	var out []string
	for _, l := range lines {
		if !strings.Contains(l, "report") && !strings.Contains(l, ",") && !strings.Contains(l, "ed ") && !strings.Contains(l, "ote ") && !strings.Contains(l, "aid ") {
			continue
		}
		for _, re := range []*base.Regexp{&reportsToName, &titledName, &authorName} {
			for _, m := range re.Get().FindAllStringSubmatch(l, maxFirstNames) {
				if len(out) < maxFirstNames && !contains(out, m[1]) {
					out = append(out, m[1])
				}
			}
		}
	}
	lower := map[string]bool{}
	for _, n := range out {
		lower[strings.ToLower(n)] = false
	}
	for _, l := range lines {
		for n := range lower {
			lower[n] = lower[n] || base.WordIndex(l, n) >= 0
		}
	}
	kept := out[:0]
	for _, n := range out {
		if !lower[strings.ToLower(n)] {
			kept = append(kept, n)
		}
	}
	return kept
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// NameSpans lists where the names stand in text as whole words.
func NameSpans(text string, names []string) [][]int {
	var out [][]int
	for _, n := range names {
		for from := 0; from < len(text); {
			i := base.WordIndex(text[from:], n)
			if i < 0 {
				break
			}
			out = append(out, []int{from + i, from + i + len(n)})
			from += i + len(n)
		}
	}
	return out
}
