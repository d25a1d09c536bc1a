package markup

import (
	"strings"

	"amjd/model/base"
)

// MediaWiki source, as an HR wiki keeps its approved job descriptions: "==
// Heading ==", "'''bold'''", "[[link|text]]", a {{template}} of "|field =
// value" lines and {| tables |}. It is read as plain text once each line's
// markup is read away: a heading stays a heading, a table row a list item.
// DokuWiki's "====== Heading ======", "^ Label | value |" rows, //italic//,
// ((footnotes)) and <del> are read the same way.

var (
	// wikiSniff: two or more "== Heading ==" lines, or a table.
	wikiSniff   = base.Regexp{Expr: `(?m)^=={1,4}[^=\n]+=={1,4}[ \t]*$`}
	wikiHeading = base.Regexp{Expr: `^(={1,6})\s*([^=].*?)\s*={1,6}\s*$`}
	wikiLink    = base.Regexp{Expr: `\[\[(?:[^\]|\n]*\|)?([^\]\n]*)\]\]|\[(?:https?://|www\.)\S+\s+([^\]\n]+)\]`}
	wikiField   = base.Regexp{Expr: `^\|\s*([\w ]+?)\s*=\s*(.*)$`}
	wikiMarks   = base.Regexp{Expr: `'{2,5}|__[A-Z]+__|\*\*`}
	dokuDrop    = base.Regexp{Expr: `\(\([^()]*\)\)|<del>.*?</del>|<s>.*?</s>`}
	dokuItalic  = base.Regexp{Expr: `(^|[\s(])//([^/]+?)//`}
	dokuMail    = base.Regexp{Expr: `<([^<>@\s]+@[^<>\s]+)>`}
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
	case len(t) > 1 && (t[0] == '^' || t[0] == '|') && (strings.HasSuffix(t, "|") || strings.HasSuffix(t, "^")) && !strings.Contains(t, "||"):
		// A DokuWiki table row: "^ Location | Bunbury, WA |".
		cells := base.Cells(strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '^' }))
		for i, c := range cells {
			cells[i] = wikiInline(c)
		}
		if len(cells) == 2 {
			return cells[0] + ": " + cells[1], Bullet
		}
		return strings.Join(cells, " | "), Bullet
	case strings.HasPrefix(t, "~~") && strings.HasSuffix(t, "~~"), strings.HasPrefix(t, "<WRAP") || t == "</WRAP>":
		return "", Unknown // DokuWiki's ~~NOTOC~~ and a box's frame
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
	if n := len(t) - len(strings.TrimLeft(t, "*#")); n > 0 && n < len(t) && (t[n] == ' ' || t[n] == '\t') {
		return "- " + wikiInline(strings.TrimSpace(t[n:])), Unknown // "* item", "# item"
	}
	return wikiInline(r), Unknown
}

// wikiInline reads a line's inline markup away: bold and italic quotes,
// links as their text, magic words.
func wikiInline(s string) string {
	s = wikiLink.Get().ReplaceAllString(s, "$1$2")
	if strings.ContainsAny(s, "(/<\\") {
		// DokuWiki: a ((footnote)), <del>struck</del> text, //italic//, an
		// <e-mail@address> and a \\ line break.
		s = dokuDrop.Get().ReplaceAllString(s, "")
		s = dokuItalic.Get().ReplaceAllString(s, "$1$2")
		s = dokuMail.Get().ReplaceAllString(s, "$1")
		s = strings.Join(strings.Fields(strings.TrimSuffix(strings.TrimRight(s, " "), `\\`)), " ")
	}
	return wikiMarks.Get().ReplaceAllString(s, "")
}

func trimAll(cells []string) []string {
	for i := range cells {
		cells[i] = strings.TrimSpace(cells[i])
	}
	return cells
}
