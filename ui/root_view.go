package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// setScreen shows another screen; dialogs belong to the screen they opened on.
func (m *Model) setScreen(s screen) {
	a := m.app
	if step, ok := m.screen.(*stepScreen); ok {
		step.remember()
	}
	m.screen = s
	m.dialogs = nil
	a.where = s.draftStep()
	if a.statusAt < a.updates {
		a.status = "" // it was about the screen left
	}
	m.layout()
}

// layout sizes the screen for the body: what is left between the header and
// the footer.
func (m *Model) layout() {
	a := m.app
	a.help.SetWidth(a.width - 2)
	body := m.bodyHeight()
	m.screen.layout(a.width, body-m.belowRows(body))
}

func (m *Model) bodyHeight() int {
	return max(m.app.height-2-lipgloss.Height(m.footer()), 3)
}

// syncPreview brings the preview pane in line with the screen.
func (m *Model) syncPreview() tea.Cmd {
	spec := m.screen.preview()
	if _, ok := m.screen.(*stepScreen); ok {
		spec = m.stepPreview(spec)
	}
	return m.app.preview.sync(spec, &m.app.styles)
}

// helpKeys are the keys of the dialog on top, or of the screen. Where no
// longer list is given, "more keys" shows the short one whole.
func (m *Model) helpKeys() contextHelp {
	h := m.screen.helpKeys()
	if d := m.topDialog(); d != nil {
		h = d.helpKeys()
	}
	if h.full == nil {
		h.full = [][]key.Binding{h.short}
	}
	if m.app.help.ShowAll {
		h.full = withFewerKeys(h.full)
	}
	return h
}

// withFewerKeys renames "more keys" in the full list, which it now closes.
func withFewerKeys(groups [][]key.Binding) [][]key.Binding {
	out := make([][]key.Binding, len(groups))
	for i, g := range groups {
		out[i] = make([]key.Binding, len(g))
		for j, b := range g {
			if b.Help().Desc == "more keys" {
				b = key.NewBinding(key.WithKeys(b.Keys()...), key.WithHelp(b.Help().Key, "fewer keys"))
			}
			out[i][j] = b
		}
	}
	return out
}

func (m *Model) footer() string {
	a := m.app
	var lines []string
	if a.status != "" {
		style := a.styles.Status
		if a.statusError {
			style = a.styles.Warning
		}
		// Up to two lines: a status that says what to do next must be read
		// whole ("press s to save").
		wrapped := wrapAtSpaces(a.status, a.width-2)
		if len(wrapped) > 2 {
			wrapped = []string{wrapped[0], ansi.Truncate(strings.Join(wrapped[1:], " "), a.width-2, "…")}
		}
		for _, l := range wrapped {
			lines = append(lines, style.Render(ansi.Truncate(l, a.width-2, "…")))
		}
	}
	if a.help.ShowAll {
		lines = append(lines, a.help.View(m.helpKeys()))
	} else {
		lines = append(lines, m.helpKeys().shortView(a.help, a.width-2))
	}
	return strings.Join(lines, "\n")
}

// View draws the current screen. It only formats state: the glamour preview
// was rendered earlier, in a command.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "amjd"
	return v
}

func (m *Model) render() string {
	a := m.app
	if a.width < minWidth || a.height < minHeight {
		msg := fmt.Sprintf("Make the window larger: amjd needs at least %d×%d (now %d×%d).", minWidth, minHeight, a.width, a.height)
		return lipgloss.Place(a.width, a.height, lipgloss.Center, lipgloss.Center, wrap(msg, max(a.width-2, 10)))
	}
	footer := m.footer()
	height := max(a.height-2-lipgloss.Height(footer), 3)
	body := m.screen.view()
	if d := m.topDialog(); d != nil {
		body = d.view()
	} else if rows := m.belowNow(height); rows > 0 {
		body = strings.Join(fitLines(body, height-rows), "\n") + "\n" + m.below()
	}
	// Assembled line by line: styling the whole screen again with lipgloss
	// measured every cell of the preview on each frame.
	lines := []string{m.header(), ""}
	lines = append(lines, fitLines(body, height)...)
	lines = append(lines, strings.Split(footer, "\n")...)
	for i, l := range lines {
		lines[i] = " " + l
	}
	return strings.Join(lines, "\n")
}

func (m *Model) header() string {
	a := m.app
	left := a.styles.Header.Render("amjd")
	right := m.screen.progress()
	gap := max(a.width-2-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return left + strings.Repeat(" ", gap) + a.styles.Progress.Render(right)
}

// wrapAtSpaces wraps a status at spaces only: x/ansi's wrapping also breaks
// at hyphens, which splits a file name such as draft-2026-11-23.yaml in two.
// A word longer than the width is cut by the caller's truncation.
func wrapAtSpaces(s string, width int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		switch {
		case line == "":
			line = word
		case ansi.StringWidth(line)+1+ansi.StringWidth(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	return append(lines, line)
}

// fitLines cuts or pads text to exactly h lines.
func fitLines(s string, h int) []string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > h {
		return lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// sideBySide puts right beside left, whose lines are cut or padded to width
// cells; only the narrow left column is measured.
func sideBySide(left string, width int, gap, right string) string {
	l := strings.Split(left, "\n")
	r := strings.Split(right, "\n")
	out := make([]string, max(len(l), len(r)))
	for i := range out {
		var a string
		if i < len(l) {
			a = ansi.Truncate(l[i], width, "…")
		}
		if pad := width - ansi.StringWidth(a); pad > 0 {
			a += strings.Repeat(" ", pad)
		}
		if i < len(r) {
			a += gap + r[i]
		}
		out[i] = a
	}
	return strings.Join(out, "\n")
}
