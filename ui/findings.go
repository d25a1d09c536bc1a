package ui

import (
	"fmt"
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// findingsPanel lists the quality findings on the review screen; choosing one
// opens the step that fixes it. The findings themselves are the app's: they
// change when the check reruns, and the cursor stays within them.
type findingsPanel struct {
	cursor  int
	focused bool
}

func (p *findingsPanel) move(items []checker.Finding, delta int) {
	if len(items) == 0 {
		return
	}
	p.cursor = (min(p.cursor, len(items)-1) + delta + len(items)) % len(items)
}

func (p findingsPanel) selected(items []checker.Finding) (checker.Finding, bool) {
	if len(items) == 0 {
		return checker.Finding{}, false
	}
	return items[min(p.cursor, len(items)-1)], true
}

func severityMark(s *Styles, sev checker.Severity) string {
	switch sev {
	case checker.Error:
		return s.Error.Render("✗")
	case checker.Warning:
		return s.Warning.Render("!")
	}
	return s.Help.Render("·")
}

// render draws the panel in width × height cells, keeping the selected
// finding in view.
func (p findingsPanel) render(items []checker.Finding, s *Styles, width, height int) string {
	p.cursor = min(p.cursor, max(len(items)-1, 0))
	e, w, i := checker.Count(items)
	head := s.Title.Render("Quality check") + "  " +
		s.Error.Render(fmt.Sprintf("%d ✗", e)) + "  " + s.Warning.Render(fmt.Sprintf("%d !", w)) + "  " + s.Help.Render(fmt.Sprintf("%d notes", i))
	lines := []string{head}
	if len(items) == 0 {
		return strings.Join(append(lines, "", s.Status.Render("Nothing to fix.")), "\n")
	}
	hint := "tab: select a finding"
	if p.focused {
		hint = "↑/↓ select · enter: fix it · tab: back"
	}
	lines = append(lines, s.Help.Render(hint), "")
	selectedTop, selectedBottom := 0, 0
	for idx, f := range items {
		where := ""
		if f.Line > 0 {
			where = fmt.Sprintf("line %d · ", f.Line)
		}
		cursor := "  "
		if p.focused && idx == p.cursor {
			cursor = s.Cursor.Render("❯ ")
			selectedTop = len(lines)
		}
		body := wrap(base.Printable(f.Message), width-4)
		block := []string{cursor + severityMark(s, f.Severity) + " " + s.Help.Render(where+f.Rule)}
		for _, l := range strings.Split(body, "\n") {
			block = append(block, "    "+l)
		}
		if p.focused && idx == p.cursor {
			for _, l := range strings.Split(wrap("Fix: "+f.Fix, width-4), "\n") {
				block = append(block, "    "+s.Notice.Render(l))
			}
			selectedBottom = len(lines) + len(block)
		}
		lines = append(lines, block...)
	}
	// Scroll so the selected finding is visible.
	start := 0
	if selectedBottom > height {
		start = min(selectedTop-3, selectedBottom-height)
		start = max(start, 0)
	}
	end := min(len(lines), start+height)
	return strings.Join(lines[start:end], "\n")
}

// markLines adds a marker to the Markdown lines that errors and warnings point
// at, so the rendered preview shows where the problems are.
func markLines(markdown string, fs []checker.Finding) string {
	marked := map[int]bool{}
	for _, f := range fs {
		if f.Line > 0 && f.Severity >= checker.Warning {
			marked[f.Line] = true
		}
	}
	if len(marked) == 0 {
		return markdown
	}
	lines := strings.Split(markdown, "\n")
	for n := range marked {
		if n-1 < len(lines) && strings.TrimSpace(lines[n-1]) != "" {
			lines[n-1] += " ⚠"
		}
	}
	return strings.Join(lines, "\n")
}
