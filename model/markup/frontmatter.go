package markup

import (
	"strings"

	"amjd/model/base"
)

// FrontMatterEnd is where a static site's block of YAML fields opening a
// page ends, after its closing "---" line, or -1: at most 60 lines of
// "key: value", indented or blank lines. (As a pattern, {1,60} copied the
// line's expression sixty times: 64 KB held for the whole session.)
func FrontMatterEnd(text string) int {
	rest, ok := strings.CutPrefix(text, "---\n")
	for n := 0; ok && n <= 60; n++ {
		l, after, found := strings.Cut(rest, "\n")
		switch {
		case !found:
			return -1
		case l == "---":
			if n == 0 {
				return -1
			}
			return len(text) - len(after)
		case !fieldLine(l):
			return -1
		}
		rest = after
	}
	return -1
}

// fieldLine is a line front matter holds: "key: value", an indented line
// or a blank one.
func fieldLine(l string) bool {
	if strings.TrimSpace(l) == "" || l[0] == ' ' || l[0] == '\t' {
		return true
	}
	key, _, ok := strings.Cut(l, ":")
	return ok && key != "" && strings.Trim(key, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == ""
}

// ial is a Kramdown attribute list, as Jekyll and SiYuan write one after
// a block or an item: `{: id="20271005091244-k2j8fq1"}`, `{: .note}`.
var ial = base.Regexp{Expr: `\{:\s?[^{}\n]{0,200}\}`}

// BlankIALs writes a text's Kramdown attribute lists as spaces, so that
// no line reads them as its words and every line keeps its length.
func BlankIALs(text string) string {
	if !strings.Contains(text, "{:") {
		return text
	}
	return ial.Get().ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
}
