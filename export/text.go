package export

import (
	"bufio"
	"bytes"
	"html"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
	gmhtml "github.com/yuin/goldmark/renderer/html"
	"github.com/yuin/goldmark/text"
)

// PlainText writes the posting for an applicant tracking system's text box
// or an e-mail: headings as lines of their own, bullets as "•", paragraphs
// as lines; no Markdown syntax and no escapes, and every sentence kept.
func PlainText(markdown string) string {
	src := []byte(markdown)
	doc := parser().Parser().Parse(text.NewReader(src))
	var blocks []string
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		if b := blockText(n, src); b != "" {
			blocks = append(blocks, b)
		}
	}
	return strings.Join(blocks, "\n\n") + "\n"
}

// blockText writes one block: a heading, a paragraph or a list.
func blockText(n ast.Node, src []byte) string {
	switch n := n.(type) {
	case *ast.List:
		var items []string
		i := n.Start
		for it := n.FirstChild(); it != nil; it = it.NextSibling() {
			mark := "• "
			if n.IsOrdered() {
				mark = strconv.Itoa(i) + ". "
				i++
			}
			items = append(items, mark+itemText(it, src))
		}
		return strings.Join(items, "\n")
	case *ast.ThematicBreak:
		return "—"
	case *extast.Table:
		return tableText(n, src)
	}
	return inlineText(n, src)
}

// tableText writes a table a row to a line, its cells parted by " | "; an
// empty cell, in a form to fill in, becomes a line to write on.
func tableText(table ast.Node, src []byte) string {
	var rows []string
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			text := inlineText(cell, src)
			if text == "" {
				text = "________"
			}
			cells = append(cells, text)
		}
		rows = append(rows, strings.Join(cells, " | "))
	}
	return strings.Join(rows, "\n")
}

// itemText is a list item's text; paragraphs inside one item are joined.
func itemText(item ast.Node, src []byte) string {
	var parts []string
	for c := item.FirstChild(); c != nil; c = c.NextSibling() {
		if t := blockText(c, src); t != "" {
			parts = append(parts, t)
		}
	}
	return strings.Join(parts, " ")
}

// plain resolves what Markdown writes for characters (backslash escapes,
// entities) exactly as goldmark's HTML renderer does, by letting it write
// the text as HTML and reading that back.
func plain(raw []byte) []byte {
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	gmhtml.DefaultWriter.Write(w, raw)
	_ = w.Flush() // into a bytes.Buffer, which does not fail
	return []byte(html.UnescapeString(b.String()))
}

// inlineText is the text of a node's inline content, as a reader sees it:
// emphasis and escapes gone, a link's address after its words when they
// differ.
func inlineText(n ast.Node, src []byte) string {
	var b strings.Builder
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		switch c := c.(type) {
		case *ast.Text:
			if entering {
				b.Write(plain(c.Segment.Value(src)))
				if c.SoftLineBreak() || c.HardLineBreak() {
					b.WriteByte(' ')
				}
			}
		case *ast.String:
			if entering {
				b.Write(c.Value)
			}
		case *ast.AutoLink:
			if entering {
				b.Write(c.Label(src))
			}
			return ast.WalkSkipChildren, nil
		case *ast.Link:
			if !entering {
				words := inlineText(c, src)
				if dest := string(c.Destination); dest != words && !strings.Contains(words, dest) {
					b.WriteString(" (" + dest + ")")
				}
			}
		case *ast.CodeSpan:
			if entering {
				b.Write(c.Text(src)) //nolint:staticcheck // the span's raw text is what is wanted
			}
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String())
}
