package checker

import (
	"strings"

	"amjd/model/base"
)

// What of a page is its title, and where a board's description ends (the
// page's furniture is told in model/markup).

// showLess is the link a job board puts at the end of a folded description.
var showLess = base.Regexp{Expr: `(?i)^\W*(?:show|see|read) (?:less|more)\W*$`}

// titleLine reads the first line with words: the title, or a paragraph the
// title opens.
func titleLine(text string) (title string, heading bool, sec section) {
	if t, long := titleOf(text); long {
		return t, false, secIntro
	}
	return text, true, secTitle
}

// titleOf is the title that opens a line of more than maxTitleWords words:
// what comes before its first " | ", " – " or full stop.
func titleOf(text string) (string, bool) {
	if words := strings.Fields(text[:min(len(text), 40*maxTitleWords)]); len(words) <= maxTitleWords {
		return text, false // (a megabyte on one line is not split into words to tell)
	}
	end := len(text)
	for _, sep := range []string{" | ", " – ", " — ", ". "} {
		if i := strings.Index(text, sep); i > 0 && i < end {
			end = i
		}
	}
	return strings.TrimSpace(text[:end]), true
}

// maxTitleWords is the most words a title line has.
const maxTitleWords = 40

// pageTitle is the index of an HTML page's first <h1>, its title, or 0:
// the menus, buttons and facts panel above it are read, but none is the
// title.
func pageTitle(raw []rawLine) int {
	for i, r := range raw {
		if r.top {
			return i
		}
	}
	return 0
}
