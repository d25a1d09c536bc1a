package checker

import (
	"strings"

	"amjd/model/base"
)

// A grid table, drawn with "+---+" rules and "|" sides (reStructuredText,
// Pandoc, a table pasted from a text editor), is read a row a line as any
// table is: a row's cells, wrapped over several source lines, are joined
// back, and each row below the header is a list item, as a table of KPIs is
// a list of them.

var (
	// pipeRule is a pipe table's rule under its header: "|-----+-----|".
	pipeRule = base.LazyRegexp(`^\s*\|[-+:| ]*-[-+:| ]*\|\s*$`)
	// gridRule is a grid table's rule line: "+----+-----+" or "+====+".
	gridRule = base.LazyRegexp(`^\s*\+(?:[-=:]+\+)+\s*$`)
	// rowNumber is a cell that only numbers its row: "1", "#", "2.".
	rowNumber = base.LazyRegexp(`^(?:#|\d{1,3}\.?)$`)
)

// gridRow reports a line of a grid table's row: between "|" sides.
func gridRow(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// readGridTables replaces each grid table in lines by its rows.
func readGridTables(lines []rawLine) []rawLine {
	out := lines[:0:0]
	for i := 0; i < len(lines); i++ {
		if n := pipeTable(lines[i:]); n > 0 {
			out = append(out, pipeTableRows(lines[i:i+n])...)
			i += n - 1
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(lines[i].text), "+") || !gridRule().MatchString(lines[i].text) {
			out = append(out, lines[i])
			continue
		}
		// A rule, then rows and rules until a line that is neither.
		j := i + 1
		for j < len(lines) && (gridRow(lines[j].text) || gridRule().MatchString(lines[j].text)) {
			j++
		}
		if j == i+1 {
			out = append(out, lines[i]) // a rule alone is a divider
			continue
		}
		out = append(out, gridTableRows(lines[i:j])...)
		i = j - 1
	}
	return out
}

// gridTableRows reads one grid table's lines, rules included: the rows
// between two rules are one row of the table.
func gridTableRows(lines []rawLine) []rawLine {
	var out []rawLine
	var cells []string
	first := -1
	for i, l := range lines {
		if !gridRule().MatchString(l.text) {
			if first < 0 {
				first = i
			}
			parts := strings.Split(strings.TrimSpace(l.text), "|")
			parts = parts[1 : len(parts)-1]
			for c, p := range parts {
				if c == len(cells) {
					cells = append(cells, "")
				}
				cells[c] = strings.TrimSpace(cells[c] + " " + strings.TrimSpace(p))
			}
			continue
		}
		if first >= 0 {
			header := strings.Contains(l.text, "=")
			out = append(out, gridLine(lines[first], cells, header))
		}
		cells, first = nil, -1
	}
	return out
}

// gridLine is one table row as a line: a row number dropped, two cells a
// label and its value, more joined by " | ".
func gridLine(at rawLine, cells []string, header bool) rawLine {
	kept := cells[:0]
	for i, c := range cells {
		if c != "" && (i > 0 || len(cells) == 1 || !rowNumber().MatchString(c)) {
			kept = append(kept, c)
		}
	}
	sep := " | "
	if len(kept) == 2 {
		sep = ": "
	}
	kind := kindBullet
	if header {
		kind = kindUnknown
	}
	return rawLine{n: at.n, text: strings.Join(kept, sep), kind: kind, clean: at.clean}
}

// pipeTable is how many lines open lines as a table of "|" rows with a
// "|---+---|" rule under its first (Org mode, a text editor's table), or 0.
func pipeTable(lines []rawLine) int {
	if len(lines) < 3 || !gridRow(lines[0].text) || pipeRule().MatchString(lines[0].text) || !pipeRule().MatchString(lines[1].text) {
		return 0
	}
	n := 2
	for n < len(lines) && gridRow(lines[n].text) {
		n++
	}
	return n
}

// pipeTableRows reads a pipe table a row a line: its header a plain line,
// each row below the rule a list item.
func pipeTableRows(lines []rawLine) []rawLine {
	var out []rawLine
	for i, l := range lines {
		if pipeRule().MatchString(l.text) {
			continue
		}
		parts := strings.Split(strings.TrimSpace(l.text), "|")
		var cells []string
		for _, p := range parts[1 : len(parts)-1] {
			cells = append(cells, strings.TrimSpace(p))
		}
		if i > 0 { // the first row names the columns: no measure, no fact
			out = append(out, gridLine(l, cells, false))
		}
	}
	return out
}
