package checker

import (
	"strings"

	"github.com/yuin/goldmark/ast"
	extast "github.com/yuin/goldmark/extension/ast"
)

// Markdown's blocks that are read a row or an item a line: tables,
// definition lists, HTML, code.

// tableRows reads a table a row a line, its cells joined as a label and
// its value ("Reports to: VP of Sales"); the header row is a plain line, the
// others list items, as a table of KPIs is a list of them.
func (r *mdReader) tableRows(table ast.Node) {
	for row := table.FirstChild(); row != nil; row = row.NextSibling() {
		var cells []string
		first := -1
		for cell := row.FirstChild(); cell != nil; cell = cell.NextSibling() {
			c, at := r.nodeText(cell)
			if first < 0 {
				first = at
			}
			if c != "" {
				cells = append(cells, c)
			}
		}
		if first < 0 || len(cells) == 0 {
			continue
		}
		kind, sep := kindBullet, " | "
		if _, header := row.(*extast.TableHeader); header {
			kind = kindUnknown
		}
		if len(cells) == 2 {
			sep = ": "
		}
		r.out = append(r.out, rawLine{n: r.lineOf(first), text: strings.Join(cells, sep), kind: kind, clean: true})
	}
}

// htmlLines reads a block of HTML in Markdown (a facts <div>, a <details>
// section) as HTML is read, each line at its place in the file.
func (r *mdReader) htmlLines(n ast.Node) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	var b strings.Builder
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		b.Write(seg.Value(r.src))
	}
	first := r.lineOf(lines.At(0).Start)
	for _, l := range readHTML(b.String()) {
		l.n += first - 1
		r.out = append(r.out, l)
	}
}

// rawLines keeps a block's source lines as written: an indented block in a
// pasted Word list is text, not code.
func (r *mdReader) rawLines(n ast.Node) {
	lines := n.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		r.out = append(r.out, rawLine{n: r.lineOf(seg.Start), text: strings.TrimRight(string(seg.Value(r.src)), "\n")})
	}
}

// definitions reads a definition list a term a line, with its definition
// after it as a label's value ("Contract renewals: 85% of expiring contracts
// renewed"), as a list of KPIs written so is a list of them; the line is
// told at the definition's source line.
func (r *mdReader) definitions(list ast.Node) {
	for n := list.FirstChild(); n != nil; n = n.NextSibling() {
		term, at := r.nodeText(n)
		if _, ok := n.(*extast.DefinitionTerm); !ok || at < 0 {
			continue
		}
		var defs []string
		for d := n.NextSibling(); d != nil; d = d.NextSibling() {
			if _, ok := d.(*extast.DefinitionDescription); !ok {
				break
			}
			if t, start := r.nodeText(d); t != "" {
				if len(defs) == 0 {
					at = start // the line is the definition's: what is judged is in it
				}
				defs = append(defs, t)
			}
		}
		text := term
		if len(defs) > 0 {
			text += ": " + strings.Join(defs, "; ")
		}
		r.out = append(r.out, rawLine{n: r.lineOf(at), text: text, kind: kindBullet, clean: true})
	}
}

// nodeText is the text of a node's inline content, its lines joined by a
// space, and where it starts (-1 for none).
func (r *mdReader) nodeText(node ast.Node) (string, int) {
	var b strings.Builder
	first := -1
	_ = ast.Walk(node, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := n.(*ast.Text); ok && entering {
			if first < 0 {
				first = t.Segment.Start
			}
			b.Write(t.Segment.Value(r.src))
			if t.SoftLineBreak() {
				b.WriteByte(' ')
			}
		}
		return ast.WalkContinue, nil
	})
	return strings.TrimSpace(b.String()), first
}
