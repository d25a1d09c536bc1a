package markup

import (
	"strings"

	"amjd/model/base"
)

// MediaWiki source, as an HR wiki keeps its approved job descriptions: "==
// Heading ==", "'''bold'''", "[[link|text]]", a {{template}} of "|field =
// value" lines and {| tables |}. It is read as plain text once each line's
// markup is read away: a heading stays a heading, a table row a list item.

var (
	// wikiSniff: two or more "== Heading ==" lines, or a table.
	wikiSniff   = base.Regexp{Expr: `(?m)^=={1,4}[^=\n]+=={1,4}[ \t]*$`}
	wikiHeading = base.Regexp{Expr: `^(={1,6})\s*([^=].*?)\s*={1,6}\s*$`}
	wikiLink    = base.Regexp{Expr: `\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]|\[(?:https?://|www\.)\S+\s+([^\]\n]+)\]`}
	wikiField   = base.Regexp{Expr: `^\|\s*([\w ]+?)\s*=\s*(.*)$`}
	wikiMarks   = base.Regexp{Expr: `'{2,5}|__[A-Z]+__`}
)

// IsWikitext reports MediaWiki source: at least two "== … ==" headings.
func IsWikitext(head string) bool {
	return strings.Contains(head, "==") && len(wikiSniff.Get().FindAllStringIndex(head, 2)) >= 2
}

// Unwiki reads one line of MediaWiki source as plain text, and tells
// whether it is a heading.
func Unwiki(r string) (string, Kind) {
	t := strings.TrimSpace(r)
	switch {
	case t == "" || t == "----" || t == "}}" || strings.HasPrefix(t, "{|") || t == "|}" || strings.HasPrefix(t, "|-") || strings.HasPrefix(t, "{{"):
		return "", Unknown // a rule, a table's or a template's frame
	case strings.HasPrefix(t, "!"):
		// A table's header row: "! Measure !! Target".
		return wikiInline(strings.Join(trimAll(strings.Split(strings.TrimPrefix(t, "!"), "!!")), " | ")), Unknown
	case strings.HasPrefix(t, "|"):
		if m := wikiField.Get().FindStringSubmatch(t); m != nil {
			if strings.EqualFold(m[1], "title") {
				return wikiInline(m[2]), Unknown // the template's title is the posting's
			}
			return wikiInline(strings.ToUpper(m[1][:1]) + m[1][1:] + ": " + m[2]), Unknown // "|location = Champaign, IL"
		}
		cells := trimAll(strings.Split(strings.TrimPrefix(t, "|"), "||"))
		sep := " | "
		if len(cells) == 2 {
			sep = ": "
		}
		return wikiInline(strings.Join(cells, sep)), Bullet // a row of a table, as a list item
	}
	if m := wikiHeading.Get().FindStringSubmatch(t); m != nil {
		return wikiInline(m[2]), Heading
	}
	if n := len(t) - len(strings.TrimLeft(t, "*#")); n > 0 {
		return "- " + wikiInline(strings.TrimSpace(t[n:])), Unknown // "* item", "# item"
	}
	return wikiInline(r), Unknown
}

// wikiInline reads a line's inline markup away: bold and italic quotes,
// links as their text, magic words.
func wikiInline(s string) string {
	s = wikiLink.Get().ReplaceAllString(s, "$1$2")
	return wikiMarks.Get().ReplaceAllString(s, "")
}

func trimAll(cells []string) []string {
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}
