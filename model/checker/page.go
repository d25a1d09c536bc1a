package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
)

// What of a page is its title, and what is the page's own furniture: a
// menu, a stamp, a "Show less" link.

// pageChrome is a line of a page's furniture that the reader does not read
// as the posting: a menu or breadcrumb of short items ("Home · Policies ·
// Job Postings · Forms"), a page's "Created at … by … Last modified …",
// not counted in the posting's length.
func pageChrome(t string) bool {
	if strings.Count(t, " · ")+strings.Count(t, " | ")+strings.Count(t, " > ")+strings.Count(t, " › ")+strings.Count(t, " » ") >= 2 {
		return menuLine(t)
	}
	m := pageStamp.Get().FindStringIndex(t)
	if m == nil {
		return false
	}
	// "by", "at" or "on" within the 80 characters that follow.
	rest := t[m[1]:]
	by := stampBy.Get().FindStringIndex(rest)
	return by != nil && utf8.RuneCountInString(rest[:by[0]]) <= 80
}

// pageFurniture is a line a job board's page draws around the posting: a
// logo's text, a link back to the list of jobs.
func pageFurniture(t string) bool {
	low := strings.ToLower(strings.TrimSpace(t))
	return strings.HasSuffix(low, " logo") && len(strings.Fields(low)) <= 6 || backLink.Get().MatchString(low)
}

// backLink is a page's link back to its list of jobs.
var backLink = base.Regexp{Expr: `^\W*(?:back to|return to|view all|see all)\s+(?:all\s+)?(?:jobs|openings|positions|roles|vacancies|careers|job listings|results|search results)\W*$`}

// breadcrumb is a trail of three or more pages over the page's own text,
// "Hiring 2027 › Job postings › Grid view": never the title. (A title may
// part its facts with "|" or "·": "Account Manager | Acme | Leeds".)
func breadcrumb(t string) bool {
	return strings.ContainsAny(t, "›»>") && strings.Count(t, " › ")+strings.Count(t, " » ")+strings.Count(t, " > ") >= 2 && menuLine(t)
}

// menuLine is a line of three or more items of 1-30 characters, each
// parted from the next by a separator with a space either side.
func menuLine(t string) bool {
	for items := 1; ; items++ {
		i := strings.IndexAny(t, menuSeparators)
		if i < 0 {
			return items >= 3 && itemLength(t)
		}
		item, spaced := cutLastSpace(t[:i])
		_, size := utf8.DecodeRuneInString(t[i:])
		after := t[i+size:]
		if !spaced || !itemLength(item) || !unicode.IsSpace(base.FirstRune(after)) {
			return false
		}
		t = after[utf8.RuneLen(base.FirstRune(after)):]
	}
}

// itemLength is the length of a menu's item: 1 to 30 characters.
func itemLength(item string) bool {
	n := utf8.RuneCountInString(item)
	return n >= 1 && n <= 30
}

const menuSeparators = "·|>›»"

// cutLastSpace takes the space that ends s off it.
func cutLastSpace(s string) (string, bool) {
	r, size := utf8.DecodeLastRuneInString(s)
	return s[:len(s)-size], size > 0 && unicode.IsSpace(r)
}

var (
	// (Each pattern without a bounded repeat: .{0,80} made one 46 KB.)
	pageStamp = base.Regexp{Expr: `(?i)^(?:created|last (?:modified|edited|updated)|modified|page last updated)\b`}
	stampBy   = base.Regexp{Expr: `(?i)\b(?:by|at|on)\b`}
)

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
