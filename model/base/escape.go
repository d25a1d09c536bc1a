package base

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

// Sanitize makes user text safe to keep and to show: terminal escape
// sequences and control characters (C0 and C1) are removed, and so are
// bidirectional overrides and invisible characters that would make text read
// differently from what it is; invalid UTF-8 is replaced and line endings
// become "\n". It is the one sanitiser for text that reaches a terminal.
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
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), invisible(r):
			return -1
		}
		return r
	}, s)
}

// invisible reports characters that take no space and hide text: zero-width
// space, word joiner, the byte order mark, line and paragraph separators.
// The zero-width joiner stays: emoji sequences are built with it.
func invisible(r rune) bool {
	switch r {
	case '\u200B', '\u2060', '\uFEFF', '\u2028', '\u2029', '\u180E':
		return true
	}
	return false
}

// WithoutInvisible removes the characters Sanitize drops that take no room
// on screen (bidirectional controls and invisible characters) and keeps the
// rest, escape sequences included. It is for text already styled for the
// terminal, such as an editor's drawing of what the user is typing: an
// override there could turn the rest of the screen row around.
func WithoutInvisible(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Bidi_Control, r) || invisible(r) {
			return -1
		}
		return r
	}, s)
}

// Printable makes text from a file or a user safe to print in a message:
// control characters, escape sequences, bidirectional overrides and invisible
// characters are shown as escapes (\x1b, \u202e), never sent to the terminal.
func Printable(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80 && unicode.IsControl(r):
			fmt.Fprintf(&b, "\\x%02x", r)
		case unicode.IsControl(r), unicode.Is(unicode.Bidi_Control, r), invisible(r):
			fmt.Fprintf(&b, "\\u%04x", r)
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

var (
	entityLike = LazyRegexp(`&(#?[A-Za-z0-9]+;)`)
	blankLine  = LazyRegexp(`\n[ \t]*\n`)
)

// Inline turns user text into one line of Markdown that renders literally: it can
// never open a heading, list, quote, code block, table, link, image or HTML tag.
// It escapes only where Markdown would read the text as markup, so "99.5%",
// "C++" or "R&D" stay as typed and read well when pasted as plain text.
func Inline(s string) string {
	return noAutolinks(inline(s))
}

// InlineLink is Inline for text where a link is meant (how to apply): a bare
// web or e-mail address stays live; links in Markdown syntax still cannot be
// written.
func InlineLink(s string) string { return inline(s) }

var (
	schemeLink = LazyRegexp(`(?i)\b(https?|ftp):`)
	wwwLink    = LazyRegexp(`(?i)\b(www)\.`)
	// Any character goldmark takes before the @ of an address (! # $ & ' * …)
	// makes one, so every @ before a domain is escaped, whatever precedes it.
	emailLink = LazyRegexp(`@([\p{L}\p{N}-]+\.)`)
)

// noAutolinks escapes what GitHub-flavoured Markdown would turn into a live
// link by itself (http://…, www.…, name@host.…), so that a company or a
// title never becomes a link, in the Markdown or in the terminal preview.
func noAutolinks(s string) string {
	if !strings.ContainsAny(s, ":.@") {
		return s
	}
	s = schemeLink().ReplaceAllString(s, `$1\:`)
	s = wwwLink().ReplaceAllString(s, `$1\.`)
	return emailLink().ReplaceAllString(s, `\@$1`)
}

func inline(s string) string {
	s = strings.Join(strings.Fields(Sanitize(s)), " ")
	if s == "" {
		return ""
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	runes := []rune(s)
	for i, r := range runes {
		var next, prev rune
		if i+1 < len(runes) {
			next = runes[i+1]
		}
		if i > 0 {
			prev = runes[i-1]
		}
		if needsEscape(r, prev, next, i == len(runes)-1) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	out := entityLike().ReplaceAllString(b.String(), `\&$1`)
	return EscapeLineStart(out)
}

// needsEscape reports whether r, between prev and next, could start or end
// Markdown markup.
func needsEscape(r, prev, next rune, last bool) bool {
	switch r {
	case '\\':
		return last || asciiPunct(next)
	case '*':
		return true // emphasis, and the posting's own bold and italic lines
	case '_':
		return !alnum(prev) || !alnum(next) // "snake_case" is safe
	case '`', '~', '[', ']':
		// Always: one posting line can join two answers, and a backtick or
		// bracket in each would pair up across them.
		return true
	case '<':
		// Tags, comments, and autolinks: <https://…> and <name@host>, whose
		// name may start with a digit or most punctuation.
		return next != 0 && !unicode.IsSpace(next)
	}
	return false
}

// EscapeLineStart neutralises the block markers that only count at the start
// of a line: headings, quotes, list bullets, ordered-list numbers, setext and
// thematic-break lines.
func EscapeLineStart(s string) string {
	rest := s[1:]
	spaced := rest == "" || rest[0] == ' '
	switch s[0] {
	case '>':
		return `\` + s
	case '#':
		if hashes := strings.TrimLeft(s, "#"); len(s)-len(hashes) <= 6 && (hashes == "" || hashes[0] == ' ') {
			return `\` + s
		}
		return s
	case '-', '+', '=':
		if spaced || strings.Trim(s, "-+= ") == "" {
			return `\` + s
		}
		return s
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i <= 9 && i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
		return s[:i] + `\` + s[i:]
	}
	return s
}

// Paragraphs splits multi-line user text on blank lines and escapes each
// paragraph as one line, so a line break typed by the user cannot start a block.
func Paragraphs(s string) []string { return paragraphs(s, Inline) }

// LinkParagraphs is Paragraphs for text where links are meant.
func LinkParagraphs(s string) []string { return paragraphs(s, InlineLink) }

func paragraphs(s string, inline func(string) string) []string {
	var out []string
	for _, p := range blankLine().Split(Sanitize(s), -1) {
		if line := inline(p); line != "" {
			out = append(out, line)
		}
	}
	return out
}

// Unescape undoes Markdown's backslash escapes (a backslash before ASCII
// punctuation), and so the escaping above: a suggestion built from escaped
// answers is shown in the wizard with the answers as they were typed.
func Unescape(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\\' && i+1 < len(s) && asciiPunct(rune(s[i+1])) {
			i++
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// asciiPunct reports whether a backslash before r escapes it in Markdown.
func asciiPunct(r rune) bool {
	return r < 128 && (unicode.IsPunct(r) || unicode.IsSymbol(r))
}

func alnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
