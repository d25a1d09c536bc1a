package markup

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
)

// What of a page is the page's own furniture, not the posting: a menu, a
// breadcrumb, a stamp, a logo's text, a link back to the jobs.

// PageChrome is a line of a page's furniture that the reader does not read
// as the posting: a menu or breadcrumb of short items ("Home · Policies ·
// Job Postings · Forms"), a page's "Created at … by … Last modified …",
// not counted in the posting's length.
func PageChrome(t string) bool {
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

// PageFurniture is a line a job board's page draws around the posting: a
// logo's text, a link back to the list of jobs.
func PageFurniture(t string) bool {
	low := strings.ToLower(strings.TrimSpace(t))
	return strings.HasSuffix(low, " logo") && len(strings.Fields(low)) <= 6 || backLink.Get().MatchString(low) ||
		strings.HasPrefix(low, "page ") && pageNumber.Get().MatchString(low)
}

// pageNumber is a printed page's number in its header or footer: "Page 1
// of 2".
var pageNumber = base.Regexp{Expr: `^page \d{1,3}(?: of \d{1,3})?$`}

// ApplyButton reports a board's apply button, "Apply for this job": over
// the posting's opening it heads nothing.
func ApplyButton(t string) bool { return applyButton.Get().MatchString(strings.TrimSpace(t)) }

var applyButton = base.Regexp{Expr: `(?i)^\W*apply (?:for|to) this (?:job|position|role|vacancy|opening)\W*$`}

// backLink is a page's link back to its list of jobs.
var backLink = base.Regexp{Expr: `^\W*(?:back to|return to|view all|see all)\s+(?:all\s+)?(?:jobs|openings|positions|roles|vacancies|careers|job listings|results|search results)\W*$`}

// Breadcrumb is a trail of three or more pages over the page's own text,
// "Hiring 2027 › Job postings › Grid view": never the title. (A title may
// part its facts with "|" or "·": "Account Manager | Acme | Leeds".)
func Breadcrumb(t string) bool {
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

// BlankRunningHeads blanks the running head a word processor prints at the
// top of every page of a text it exports, after the form feed that starts
// the page ("\fACME LTD – HR    Draft 4"): the first line with words on a
// later page, when one of the first page's first three lines says the
// same. Only the first page's copy is read.
func BlankRunningHeads(raw []string) []string {
	var heads []string
	for _, r := range raw {
		if t := strings.TrimSpace(r); t != "" && !strings.Contains(r, "\f") {
			if heads = append(heads, t); len(heads) == 3 {
				break
			}
		}
	}
	page := false
	for i, r := range raw {
		if strings.Contains(r, "\f") {
			page = true
		}
		t := strings.TrimSpace(strings.ReplaceAll(r, "\f", ""))
		if !page || t == "" {
			continue
		}
		page = false
		for _, h := range heads {
			if t == h {
				raw[i] = ""
			}
		}
	}
	return raw
}
