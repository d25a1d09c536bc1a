package markup

import (
	"strings"

	"amjd/model/base"
)

// BBCode, as a forum post keeps a job ad: "[b]…[/b]", "[list][*]…",
// "[url=…]text[/url]". It is read as plain text once each line's tags are
// read away: a line all in bold is a heading, a "[*]" line an item.

var (
	bbTag = base.Regexp{Expr: `(?i)\[/?(?:b|i|u|s|list|\*|size|color|colour|url|email|quote|img|hr|center|font|left|right|code)(?:=[^\]\n]*)?\]`}
	// bbStruck is struck-out text, withdrawn: "[s]£32,000–£36,000[/s]".
	bbStruck  = base.Regexp{Expr: `(?i)\[s\].*?\[/s\]|\[strike\].*?\[/strike\]|\[del\].*?\[/del\]`}
	bbBoldAll = base.Regexp{Expr: `(?i)^(?:\[(?:size|color|colour|font|u|center)(?:=[^\]\n]*)?\])*\[b\].*\[/b\](?:\[/(?:size|color|colour|font|u|center)\])*$`}
)

// IsBBCode reports a forum post's source: BBCode tags on three lines or more.
func IsBBCode(head string) bool {
	if !strings.Contains(head, "[/") && !strings.Contains(head, "[*]") {
		return false
	}
	n := 0
	for _, l := range strings.SplitN(head, "\n", 200) {
		if bbTag.Get().MatchString(l) {
			if n++; n >= 3 {
				return true
			}
		}
	}
	return false
}

// UnBBCode reads one line of BBCode as plain text, and tells whether it is a
// heading.
func UnBBCode(r string) (string, Kind) {
	t := strings.TrimSpace(r)
	if strings.Contains(t, "[/") {
		t = bbStruck.Get().ReplaceAllString(t, "")
	}
	item := strings.HasPrefix(t, "[*]")
	bold := bbBoldAll.Get().MatchString(t)
	t = strings.TrimSpace(bbTag.Get().ReplaceAllString(t, ""))
	switch {
	case t == "":
		return "", Unknown // "[list]", "[hr]"
	case item:
		return t, Bullet
	case bold && !labelled(t):
		return t, Heading
	}
	return t, Unknown
}

// labelled reports a bold line that is a label and its value, "Closing
// date: Friday 16 April 2027": a fact, not a heading.
func labelled(t string) bool {
	_, value, ok := strings.Cut(t, ": ")
	return ok && strings.TrimSpace(value) != ""
}
