package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"amjd/ui/internal/keymap"
)

// The wizard's key bindings live in keymap; these names keep the screens'
// code short.
type (
	keyMap   = keymap.Map
	stepKeys = keymap.StepKeys
)

func newKeyMap() keyMap { return keymap.New() }

// contextHelp adapts the keymap to bubbles/help for one screen. The short
// list is in order of importance, except that its last keep bindings (quit,
// more keys) always stay visible.
type contextHelp struct {
	short []key.Binding
	full  [][]key.Binding
	keep  int
}

func (h contextHelp) ShortHelp() []key.Binding  { return h.short }
func (h contextHelp) FullHelp() [][]key.Binding { return h.full }

// shortView renders the short help on one line of at most width cells. It
// drops the least important bindings first, so a narrow terminal loses
// "↓ down" rather than the help bar cutting off quit and more keys.
func (h contextHelp) shortView(m help.Model, width int) string {
	m.SetWidth(0) // measure the untruncated line
	for {
		line := m.ShortHelpView(h.short)
		if lipgloss.Width(line) <= width {
			return line
		}
		if len(h.short) <= h.keep+1 {
			m.SetWidth(width) // nothing left to drop: let help cut it
			return m.ShortHelpView(h.short)
		}
		drop := len(h.short) - h.keep - 1
		h.short = append(h.short[:drop:drop], h.short[drop+1:]...)
	}
}
