package markup

import (
	"strings"

	"amjd/model/base"
)

// A table drawn in text — a grid table with "+---+" rules and "|" sides
// (reStructuredText, Pandoc, a text editor), or "|" rows under a
// "|---+---|" rule (Org mode, a plain-text paste) — is read a row a line,
// as any table is: a row's cells, wrapped over several source lines, are
// joined back on its first line as a list item, "- Measure: target", as a
// table of KPIs is a list of them. The header row names columns and is
// left out; a row number is dropped. Every line keeps its number.

var (
	// gridRule is a grid table's rule line: "+----+-----+" or "+====+".
	gridRule = base.Regexp{Expr: `^\s*\+(?:[-=:]+\+)+\s*$`}
	// pipeRule is a pipe table's rule under its header: "|-----+-----|".
	pipeRule = base.Regexp{Expr: `^\s*\|[-+:| ]*-[-+:| ]*\|\s*$`}
	// rowNumber is a cell that only numbers its row: "1", "#", "2.".
	rowNumber = base.Regexp{Expr: `^(?:#|\d{1,3}\.?)$`}
)

// Tables rewrites the text's grid tables, and with pipes its pipe tables,
// a row a line; text with neither is returned as it is.
func Tables(text string, pipes bool) string {
	grid := strings.Contains(text, "+-") || strings.Contains(text, "+=")
	if !grid && (!pipes || !strings.Contains(text, "|-")) {
		return text
	}
	lines := strings.Split(text, "\n")
	for i := 0; i < len(lines); i++ {
		if n := pipeTable(lines[i:]); pipes && n > 0 {
			pipeRows(lines[i : i+n])
			i += n - 1
			continue
		}
		if !strings.HasPrefix(strings.TrimSpace(lines[i]), "+") || !gridRule.Get().MatchString(lines[i]) {
			continue
		}
		// A rule, then rows and rules until a line that is neither.
		j := i + 1
		for j < len(lines) && (gridRow(lines[j]) || gridRule.Get().MatchString(lines[j])) {
			j++
		}
		if j > i+1 {
			gridRows(lines[i:j])
			i = j - 1
		}
	}
	return strings.Join(lines, "\n")
}

// gridRow reports a line of a table's row: between "|" sides.
func gridRow(s string) bool {
	t := strings.TrimSpace(s)
	return len(t) >= 2 && t[0] == '|' && t[len(t)-1] == '|'
}

// gridRows rewrites one grid table's lines, rules included: the lines
// between two rules are one row of the table.
func gridRows(lines []string) {
	var cells []string
	first := -1
	for i, l := range lines {
		lines[i] = ""
		if !gridRule.Get().MatchString(l) {
			if first < 0 {
				first = i
			}
			for c, p := range cellsOf(l) {
				if c == len(cells) {
					cells = append(cells, "")
				}
				cells[c] = strings.TrimSpace(cells[c] + " " + p)
			}
			continue
		}
		if first >= 0 && !strings.Contains(l, "=") { // a "+===+" rule closes the header
			lines[first] = item(cells)
		}
		cells, first = nil, -1
	}
}

// pipeTable is how many lines open lines as a table of "|" rows with a
// rule under its first, or 0.
func pipeTable(lines []string) int {
	if len(lines) < 3 || !gridRow(lines[0]) || pipeRule.Get().MatchString(lines[0]) || !pipeRule.Get().MatchString(lines[1]) {
		return 0
	}
	n := 2
	for n < len(lines) && gridRow(lines[n]) {
		n++
	}
	return n
}

// pipeRows rewrites a pipe table a row a line; its header and rule go.
func pipeRows(lines []string) {
	for i, l := range lines {
		lines[i] = ""
		if i >= 2 {
			lines[i] = item(cellsOf(l))
		}
	}
}

// cellsOf are a row line's cells, between its "|" sides.
func cellsOf(l string) []string {
	parts := strings.Split(strings.TrimSpace(l), "|")
	parts = parts[1 : len(parts)-1]
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// item is a row as a list item: a row number dropped, two cells a label
// and its value, more joined by " | ".
func item(cells []string) string {
	var kept []string
	for i, c := range cells {
		if c != "" && (i > 0 || len(cells) == 1 || !rowNumber.Get().MatchString(c)) {
			kept = append(kept, c)
		}
	}
	if len(kept) == 0 {
		return ""
	}
	sep := " | "
	if len(kept) == 2 {
		sep = ": "
	}
	return "- " + strings.Join(kept, sep)
}
