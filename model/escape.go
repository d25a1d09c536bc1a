package model

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Sanitize makes user text safe to keep: terminal escape sequences and control
// characters are removed, invalid UTF-8 is replaced, line endings become "\n".
func Sanitize(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = ansi.Strip(s)
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\n':
			return r
		case r == '\t' || r == '\r':
			return ' '
		case unicode.IsControl(r), r == '\u2028', r == '\u2029':
			return -1
		}
		return r
	}, s)
}

var (
	entityLike = regexp.MustCompile(`&(#?[A-Za-z0-9]+;)`)
	blankLine  = regexp.MustCompile(`\n[ \t]*\n`)
)

// Inline turns user text into one line of Markdown that renders literally: it can
// never open a heading, list, quote, code block, table, link, image or HTML tag.
func Inline(s string) string {
	s = strings.Join(strings.Fields(Sanitize(s)), " ")
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := entityLike.ReplaceAllString(b.String(), `\&$1`)
	return escapeLineStart(out)
}

// escapeLineStart neutralises the block markers that only count at the start
// of a line: headings, list bullets, ordered-list numbers and setext rules.
func escapeLineStart(s string) string {
	switch s[0] {
	case '#', '-', '+', '=':
		return `\` + s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i < len(s) && (s[i] == '.' || s[i] == ')') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// Paragraphs splits multi-line user text on blank lines and escapes each
// paragraph as one line, so a line break typed by the user cannot start a block.
func Paragraphs(s string) []string {
	var out []string
	for _, p := range blankLine.Split(Sanitize(s), -1) {
		if line := Inline(p); line != "" {
			out = append(out, line)
		}
	}
	return out
}
