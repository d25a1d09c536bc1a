package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"
)

// keyMap is the one keymap of the wizard; the help bar shows the bindings that
// apply to the current screen.
type keyMap struct {
	Next       key.Binding
	NextField  key.Binding
	PrevField  key.Binding
	Back       key.Binding
	Toggle     key.Binding
	Up         key.Binding
	Down       key.Binding
	Newline    key.Binding
	Help       key.Binding
	HelpInText key.Binding
	Quit       key.Binding

	// Review screen.
	Copy        key.Binding
	Save        key.Binding
	SaveAnswers key.Binding
	Form        key.Binding
	Edit        key.Binding
	EditStep    key.Binding
	PageUp      key.Binding
	PageDown    key.Binding
	QuitReview  key.Binding
	Findings    key.Binding

	// Dialogs.
	Yes key.Binding
	No  key.Binding
}

func newKeyMap() keyMap {
	return keyMap{
		Next:      key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "next")),
		NextField: key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "next field")),
		PrevField: key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", "previous field")),
		Back:      key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "back")),
		Toggle:    key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "toggle")),
		Up:        key.NewBinding(key.WithKeys("up"), key.WithHelp("↑", "up")),
		Down:      key.NewBinding(key.WithKeys("down"), key.WithHelp("↓", "down")),
		Newline:   key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"), key.WithHelp("alt+enter", "new line")),
		Help:      key.NewBinding(key.WithKeys("?", "f1"), key.WithHelp("?", "more keys")),
		// HelpInText is how help is shown while a text field has focus, where
		// ? is typed as text; f1 is matched by Help.
		HelpInText: key.NewBinding(key.WithKeys("f1"), key.WithHelp("f1", "more keys")),
		Quit:       key.NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", "quit")),

		Copy:        key.NewBinding(key.WithKeys("c"), key.WithHelp("c", "copy Markdown")),
		Save:        key.NewBinding(key.WithKeys("s"), key.WithHelp("s", "save Markdown")),
		SaveAnswers: key.NewBinding(key.WithKeys("a"), key.WithHelp("a", "save answers")),
		Form:        key.NewBinding(key.WithKeys("f"), key.WithHelp("f", "full/short")),
		Edit:        key.NewBinding(key.WithKeys("e"), key.WithHelp("e", "edit a step")),
		EditStep:    key.NewBinding(key.WithKeys("1", "2", "3", "4", "5", "6", "7", "8", "9"), key.WithHelp("1-9", "edit step")),
		PageUp:      key.NewBinding(key.WithKeys("pgup"), key.WithHelp("pgup", "page up")),
		PageDown:    key.NewBinding(key.WithKeys("pgdown"), key.WithHelp("pgdn", "page down")),
		QuitReview:  key.NewBinding(key.WithKeys("q"), key.WithHelp("q", "quit")),
		Findings:    key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", "findings")),

		Yes: key.NewBinding(key.WithKeys("y"), key.WithHelp("y", "yes")),
		No:  key.NewBinding(key.WithKeys("n", "esc"), key.WithHelp("n", "no")),
	}
}

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
