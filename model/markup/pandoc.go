package markup

import (
	"strings"

	"amjd/model/base"
)

// Markdown that Pandoc wrote from a Word file keeps the file's tracked
// changes and comments as spans, and its notes as footnotes. It is read as
// the document reads once the changes are accepted: an insertion's text
// kept, a deletion's and a comment's left out, a footnote's mark and its
// note not read as the posting. Every line keeps its number.

var (
	// pandocSpan is a span with its attributes, over lines if need be:
	// "[£52,000]{.deletion author=… date=…}".
	pandocSpan = base.Regexp{Expr: `\[([^\[\]]*)\]\{\.(insertion|deletion|comment-start|comment-end|paragraph-insertion|paragraph-deletion)\b[^{}]*\}`}
	// footnoteMark is a footnote's mark in the text: "[^1]".
	footnoteMark = base.Regexp{Expr: `\[\^[\w-]{1,20}\]`}
	// footnoteNote opens a footnote's text: "[^1]: After three months."
	footnoteNote = base.Regexp{Expr: `^\[\^[\w-]{1,20}\]:`}
)

// FromPandoc is Markdown with its tracked changes accepted, its comments
// and footnotes left out; other Markdown is returned as it is.
func FromPandoc(text string) string {
	if !strings.Contains(text, "]{.") && !strings.Contains(text, "[^") {
		return text
	}
	text = pandocSpan.Get().ReplaceAllStringFunc(text, func(m string) string {
		p := pandocSpan.Get().FindStringSubmatch(m)
		kept := ""
		if p[2] == "insertion" || p[2] == "paragraph-insertion" {
			kept = p[1]
		}
		// The lines the span ran over stay, empty.
		return kept + strings.Repeat("\n", strings.Count(m, "\n")-strings.Count(kept, "\n"))
	})
	if !strings.Contains(text, "[^") {
		return text
	}
	lines := strings.Split(text, "\n")
	note := false
	for i, l := range lines {
		switch {
		case footnoteNote.Get().MatchString(l):
			lines[i], note = "", true
		case note && (strings.HasPrefix(l, "    ") || strings.HasPrefix(l, "\t")):
			lines[i] = "" // the note goes on, indented
		default:
			note = false
			lines[i] = footnoteMark.Get().ReplaceAllString(l, "")
		}
	}
	return strings.Join(lines, "\n")
}
