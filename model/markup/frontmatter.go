package markup

import "strings"

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
