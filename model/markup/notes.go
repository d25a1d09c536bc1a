package markup

import (
	"strings"

	"amjd/model/base"
)

// Note apps that keep Markdown (Logseq, Obsidian, Roam, Foam) link pages
// with "[[Page]]" or "[[Page|shown text]]" and keep a page's data in
// "key:: value" property lines (Logseq; Obsidian's Dataview), and mark text
// "==highlighted==". A link and a highlight read as their text; a property line is the app's data, not the posting, and is
// left blank so that every line keeps its number.

var (
	pageLink = base.Regexp{Expr: `\[\[([^\[\]|\n]+)(?:\|([^\[\]\n]+))?\]\]`}
	// highlight is "==marked text==" (Obsidian, Joplin, Bear): its text.
	highlight    = base.Regexp{Expr: `==([^\s=](?:[^=\n]*[^\s=])?)==`}
	propertyLine = base.Regexp{Expr: `(?m)^[ \t]*(?:-[ \t]+)?[A-Za-z][\w-]*::(?:[ \t].*)?$`}
)

// FromNoteApp is a note app's Markdown with its page links read as text and
// its property lines blank; other Markdown is returned as it is.
func FromNoteApp(text string) string {
	if strings.Contains(text, "==") {
		text = highlight.Get().ReplaceAllString(text, "$1")
	}
	if strings.Contains(text, "::") {
		text = propertyLine.Get().ReplaceAllString(text, "")
	}
	if !strings.Contains(text, "[[") {
		return text
	}
	return pageLink.Get().ReplaceAllStringFunc(text, func(m string) string {
		s := pageLink.Get().FindStringSubmatch(m)
		if s[2] != "" {
			return s[2]
		}
		return s[1]
	})
}
