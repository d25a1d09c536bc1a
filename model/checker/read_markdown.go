package checker

import (
	"bytes"
	"sort"
	"strings"

	"amjd/model/base"
	"amjd/model/markup"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	gmtext "github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
	"golang.org/x/net/html/atom"
)

// mdParser reads Markdown as CommonMark with GitHub's tables: every heading
// form (ATX and setext), every list form, emphasis, links and escapes are
// goldmark's to read, not ours.
var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.DefinitionList)).Parser()

// readMarkdown reads Markdown through goldmark's syntax tree: a heading is a
// heading, a list item a bullet, and a paragraph's lines are left to the
// plain-text rules (a line in bold alone, "•" bullets pasted into a .md),
// each with its inline markup read away and its source line number kept.
func readMarkdown(text string) []rawLine {
	src := []byte(markup.BlankIALs(withoutFrontMatter(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"))))
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	lineOf := func(offset int) int { return sort.SearchInts(starts, offset+1) } // 1-based
	r := &mdReader{src: src, lineOf: lineOf, starts: starts}
	doc := mdParser.Parse(gmtext.NewReader(src))
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		r.block(n, kindUnknown)
	}
	if bytes.Contains(src, []byte("{#")) || bytes.Contains(src, []byte("]{.")) {
		for i := range r.out {
			r.out[i].text = pandocAttrs.Get().ReplaceAllString(r.out[i].text, "")
		}
	}
	return splitLabels(r.out)
}

// pandocAttrs are the anchors and classes Pandoc writes into Markdown from
// a Word file: "[]{#_Toc157330418 .anchor}", "## Benefits {#benefits}".
var pandocAttrs = base.Regexp{Expr: `\[\]\{[#.][^{}
]{0,200}\}|\s*\{#[\w:.-]+(?:\s+\.[\w-]+)*\}\s*$`}

// splitLabels reads a bold run-in label that opens a line of text,
// "**Benefits:** Medical, dental …", as plain text reads a label: a heading,
// then its text. The first line is the posting's title and keeps its label.
func splitLabels(lines []rawLine) []rawLine {
	out := make([]rawLine, 0, len(lines))
	for i, l := range lines {
		if i > 0 && l.boldLead && l.kind == kindUnknown {
			if label, rest, ok := inlineLabel(l.text); ok {
				out = append(out, rawLine{n: l.n, text: label, kind: kindHeading, inline: true, clean: l.clean},
					rawLine{n: l.n, text: rest, kind: kindText, clean: l.clean})
				continue
			}
		}
		out = append(out, l)
	}
	return out
}

// withoutFrontMatter blanks a page's front matter (its lines stay, empty,
// so that line numbers hold): it is the site's data, not the posting's text,
// save its title, which a Pandoc or static-site page prints as its heading
// when the page does not write it again.
func withoutFrontMatter(text string) string {
	end := markup.FrontMatterEnd(text)
	if end < 0 {
		return text
	}
	lines := strings.Split(text[:end], "\n")
	for i, l := range lines {
		title, ok := strings.CutPrefix(l, "title:")
		if title = strings.Trim(strings.TrimSpace(title), `"'`); ok && title != "" && !titled(text[end:], title) {
			lines[i] = "# " + title
			continue
		}
		lines[i] = ""
	}
	return strings.Join(lines, "\n") + text[end:]
}

// titled reports whether the page's text has a line of its own that is the
// title: "# Senior Account Manager" under a front matter that names it.
func titled(body, title string) bool {
	for l := range strings.Lines(body) {
		if strings.EqualFold(strings.Trim(strings.TrimSpace(l), "#*_ "), title) {
			return true
		}
	}
	return false
}

type mdReader struct {
	src    []byte
	lineOf func(offset int) int
	starts []int // where each source line starts
	out    []rawLine
}

// block reads one block; kind is what its first line is (a list item's
// first line is its bullet).
func (r *mdReader) block(n ast.Node, kind lineKind) {
	switch n := n.(type) {
	case *ast.Heading:
		r.inlineLines(n, kindHeading, false)
	case *ast.Paragraph, *ast.TextBlock:
		if kind == kindUnknown && boldOnlyParagraph(n, r.src) {
			kind = kindHeading // "**What you'll do**" on its own line
		}
		r.inlineLines(n, kind, r.alone(n))
	case *ast.ListItem:
		first := true
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			k := kindUnknown
			if first {
				k, first = kindBullet, false
				if sectionItem(n, c, r.src) {
					k = kindHeading // "4. **Your first-year targets**" over its own text: a section
				}
			}
			r.block(c, k)
		}
	case *ast.HTMLBlock:
		r.htmlLines(n)
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		r.rawLines(n)
	case *ast.ThematicBreak:
	case *extast.Table:
		r.tableRows(n)
	case *extast.DefinitionList:
		r.definitions(n)
	default:
		for c := n.FirstChild(); c != nil; c = c.NextSibling() {
			r.block(c, kind)
		}
	}
}

// inlineLines writes a block's text, line by line of the source: each piece
// of text goes to the line it starts on.
func (r *mdReader) inlineLines(block ast.Node, kind lineKind, alone bool) {
	texts := map[int]*strings.Builder{}
	var order []int
	bold := map[int]bool{}
	last := r.firstOffset(block) // where the text read so far ends
	add := func(offset int, s string) {
		last = max(last, offset)
		n := r.lineOf(offset)
		b, ok := texts[n]
		if !ok {
			bold[n] = strong(r.src, offset)
			b = &strings.Builder{}
			texts[n] = b
			order = append(order, n)
		}
		b.WriteString(s)
	}
	var walk func(n ast.Node)
	walk = func(n ast.Node) {
		switch t := n.(type) {
		case *ast.Text:
			// "\$58,000" is "$58,000": escapes are resolved as goldmark's
			// renderer resolves them.
			add(t.Segment.Start, string(util.UnescapePunctuations(t.Segment.Value(r.src))))
			last = t.Segment.Stop
			if t.HardLineBreak() || t.SoftLineBreak() {
				return
			}
		case *ast.String:
			if len(order) > 0 {
				texts[order[len(order)-1]].Write(t.Value)
			}
		case *extast.Strikethrough:
			return // "~~£32,000~~ £34,000": struck-out text is withdrawn
		case *ast.AutoLink:
			add(r.autolinkAt(t, last), string(t.URL(r.src)))
		case *ast.RawHTML:
			if raw, ok := r.unknownTag(t); ok {
				add(t.Segments.At(0).Start, raw)
			}
		default:
			for c := n.FirstChild(); c != nil; c = c.NextSibling() {
				walk(c)
			}
		}
	}
	walk(block)
	sort.Ints(order)
	for i, n := range order {
		l := rawLine{n: n, text: texts[n].String(), kind: r.lineKind(kind, i, n), alone: alone && len(order) == 1, clean: true, boldLead: bold[n]}
		l.goesOn = i > 0 && l.kind == kindText
		r.out = append(r.out, l)
	}
}

// autolinkAt is where an autolink starts: goldmark keeps no place for one,
// so it is the next "<url>" in the source after the text read so far, which
// ends at last.
func (r *mdReader) autolinkAt(t *ast.AutoLink, last int) int {
	if i := bytes.Index(r.src[last:], append([]byte("<"), t.Label(r.src)...)); i >= 0 {
		return last + i + 1
	}
	return last
}

// lineKind is the kind of a block's i-th line, source line n, for a block
// of that kind: its first line is the block's; a heading's every line; an
// item's indented line goes on with the item ("2.  At least four years,
// including leading a" / "    small team"); the plain-text rules decide
// the rest.
func (r *mdReader) lineKind(block lineKind, i, n int) lineKind {
	switch {
	case i == 0:
		return block
	case block == kindHeading:
		return kindHeading
	case block == kindBullet && r.indented(n):
		return kindText
	}
	return kindUnknown
}

// indented reports whether source line n (1-based) starts with a space or
// a tab.
func (r *mdReader) indented(n int) bool {
	if n < 1 || n > len(r.starts) || r.starts[n-1] >= len(r.src) {
		return false
	}
	c := r.src[r.starts[n-1]]
	return c == ' ' || c == '\t'
}

// unknownTag is raw HTML that names a tag HTML does not have: text, as
// "<<closing date>>" is a template's field, not markup.
func (r *mdReader) unknownTag(t *ast.RawHTML) (string, bool) {
	var raw []byte
	for i := 0; i < t.Segments.Len(); i++ {
		seg := t.Segments.At(i)
		raw = append(raw, seg.Value(r.src)...)
	}
	if m := tagName.Get().FindSubmatch(raw); m != nil && atom.Lookup(bytes.ToLower(m[1])) == 0 && t.Segments.Len() > 0 {
		return string(raw), true
	}
	return "", false
}

var tagName = base.Regexp{Expr: `^</?([A-Za-z][\w-]*)`}

// strong reports whether the text at offset is the start of a line's bold
// opening, "**Benefits:**": the two marks before it are all the line has.
func strong(src []byte, offset int) bool {
	start := bytes.LastIndexByte(src[:offset], '\n') + 1
	lead := strings.TrimSpace(string(src[start:offset]))
	return lead == "**" || lead == "__"
}

// alone reports whether a paragraph is one short line with more text on
// the very next line ("Responsibilities" over its list), as a heading
// written without markup stands; plain text reads such a line the same way.
func (r *mdReader) alone(n ast.Node) bool {
	if n.Lines().Len() != 1 || n.NextSibling() == nil {
		return false
	}
	next := firstLines(n.NextSibling())
	return next != nil && next.Len() > 0 && r.lineOf(next.At(0).Start) == r.lineOf(n.Lines().At(0).Start)+1
}

// firstLines are the source lines of the first block within n that has any.
func firstLines(n ast.Node) *gmtext.Segments {
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines()
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if l := firstLines(c); l != nil {
			return l
		}
	}
	return nil
}

func (r *mdReader) firstOffset(n ast.Node) int {
	if n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	return 0
}

// boldOnlyParagraph is a one-line paragraph entirely in bold: a heading as
// many postings write one.
func boldOnlyParagraph(n ast.Node, src []byte) bool {
	if n.Lines().Len() != 1 || n.FirstChild() == nil {
		return false
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if e, ok := c.(*ast.Emphasis); ok && e.Level == 2 {
			continue
		}
		if t, ok := c.(*ast.Text); ok && strings.TrimSpace(strings.TrimSuffix(string(t.Segment.Value(src)), ":")) == "" {
			continue // a colon after the bold text
		}
		return false
	}
	return true
}

// sectionItem reports an ordered list's item that is a section: its first
// line all in bold, then text of its own or a list of two items or more
// ("4. **Your first-year targets**" over the targets). A measure's name in
// bold over its one target ("- **Forecast accuracy**" over "within 10%")
// is an item.
func sectionItem(item, first ast.Node, src []byte) bool {
	list, ok := item.Parent().(*ast.List)
	next := first.NextSibling()
	if !ok || !list.IsOrdered() || next == nil || !boldOnlyParagraph(first, src) {
		return false
	}
	_, isList := next.(*ast.List)
	return !isList || next.ChildCount() >= 2
}
