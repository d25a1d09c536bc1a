package checker

import (
	"strings"

	"golang.org/x/net/html/atom"
)

// An HTML table of data is read a row a line, as a Markdown table is: a
// label and its value ("Location: Cleveland, Ohio") or a measure and its
// target, its cells joined. A table laid out for a page (an e-mail's
// columns, a form whose cells hold headings and lists) is read block by
// block: the first heading, list or table inside a cell turns its row into
// blocks.

// tableRow is the row being read.
type tableRow struct {
	active bool     // inside a <tr> read as data
	cells  []string // the cells read so far
	heads  int      // how many of them are <th>
	th     bool     // the open cell is a <th>
	start  int      // the source line of the row's first text
}

// layoutBlocks are the elements that make a cell part of a page's layout.
func layoutBlock(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Ul, atom.Ol, atom.Li, atom.Table, atom.Blockquote, atom.Dl, atom.Pre:
		return true
	}
	return false
}

// tableOpen reads an element that opens inside or at a table; it reports
// whether the element is handled.
func (r *htmlReader) tableOpen(a atom.Atom) bool {
	switch {
	case a == atom.Tr:
		r.flush()
		r.row = tableRow{active: true}
		return true
	case !r.row.active:
		return false
	case a == atom.Td || a == atom.Th:
		r.endCell()
		r.row.th = a == atom.Th
		return true
	case layoutBlock(a):
		r.rowAsBlocks()
		return false
	case a == atom.P || a == atom.Br || a == atom.Div || a == atom.Section:
		r.text.WriteByte(' ') // a cell's paragraphs are one cell
		return true
	}
	return false
}

// tableClose reads an end tag inside a data row; it reports whether it is
// handled.
func (r *htmlReader) tableClose(a atom.Atom) bool {
	if !r.row.active {
		return false
	}
	switch a {
	case atom.Td, atom.Th:
		r.endCell()
	case atom.Tr, atom.Table:
		r.endCell()
		r.emitRow()
	case atom.P, atom.Div, atom.Section:
	default:
		return false
	}
	return true
}

// endCell keeps the open cell's text as a cell.
func (r *htmlReader) endCell() {
	t := strings.Join(strings.Fields(r.text.String()), " ")
	r.text.Reset()
	bold := r.bold
	r.bold = false
	if t == "" {
		return
	}
	if len(r.row.cells) == 0 {
		r.row.start = r.start
	}
	r.row.cells = append(r.row.cells, t)
	// A cell all in bold heads its column as a <th> does: an editor's
	// header row ("<td><strong>What we track</strong></td>").
	if r.row.th || bold && len(strings.Fields(t)) <= 6 {
		r.row.heads++
	}
}

// emitRow writes a data row as one line: a label and its value as plain
// text reads "Label: value", other rows as list items, a header row as text.
func (r *htmlReader) emitRow() {
	row := r.row
	r.row = tableRow{}
	cells := row.cells
	switch {
	case len(cells) == 0:
	case len(cells) == 1:
		kind := kindUnknown
		if row.heads == 1 {
			kind = kindHeading // "<th colspan=2>DUTIES AND RESPONSIBILITIES</th>"
		}
		r.out = append(r.out, rawLine{n: row.start, text: cells[0], kind: kind, clean: true})
	case len(cells) == 2 && strings.Trim(cells[0], "•·-*–✓✔➤▪■●○◦0123456789.) ") == "":
		// An e-mail's list laid out as a table: a cell for the bullet, one
		// for the item.
		r.out = append(r.out, rawLine{n: row.start, text: cells[1], kind: kindBullet, clean: true})
	case len(cells) == 2 && row.heads < 2:
		// "<b>Company:</b>" in its own cell is the same label.
		if label, rest, ok := inlineLabel(strings.TrimSuffix(cells[0], ":") + ": " + cells[1]); ok {
			r.out = append(r.out, rawLine{n: row.start, text: label, kind: kindHeading, inline: true, clean: true},
				rawLine{n: row.start, text: rest, kind: kindText, clean: true})
			return
		}
		r.out = append(r.out, rawLine{n: row.start, text: strings.TrimSuffix(cells[0], ":") + ": " + cells[1], kind: kindBullet, clean: true})
	case row.heads == len(cells):
		r.out = append(r.out, rawLine{n: row.start, text: strings.Join(cells, " | "), kind: kindUnknown, clean: true})
	default:
		r.out = append(r.out, rawLine{n: row.start, text: strings.Join(cells, " | "), kind: kindBullet, clean: true})
	}
}

// rowAsBlocks turns the row into a page's layout: its cells so far are
// lines of their own, and the rest is read block by block.
func (r *htmlReader) rowAsBlocks() {
	pending := r.text.String()
	start := r.start
	r.text.Reset()
	for _, c := range r.row.cells {
		r.out = append(r.out, rawLine{n: r.row.start, text: c, kind: kindUnknown, clean: true})
	}
	r.row = tableRow{}
	r.text.WriteString(pending)
	r.start = start
}
