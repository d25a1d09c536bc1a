// Package keymap is every key binding of the wizard, grouped by where it
// applies: one keymap for the screens, dialogs and line-prompt mode.
package keymap

import (
	"charm.land/bubbles/v2/key"
)

// Map is every key binding of the wizard, grouped by where it applies.
// The help bar shows the bindings of the screen or dialog on top.
type Map struct {
	Global   GlobalKeys
	Step     StepKeys
	Review   ReviewKeys
	Findings FindingsKeys
	Dialog   DialogKeys
}

// GlobalKeys work everywhere.
type GlobalKeys struct {
	Quit key.Binding
	Help key.Binding
	// HelpInText is how help is shown while a text field has focus, where
	// ? is typed as text; f1 is matched by Help.
	HelpInText key.Binding
}

// StepKeys answer the questions of a step; lists and text areas add their own.
type StepKeys struct {
	Next      key.Binding
	NextField key.Binding
	PrevField key.Binding
	Back      key.Binding
	Toggle    key.Binding
	Up        key.Binding
	Down      key.Binding
	Newline   key.Binding
	// ClearLine deletes what is before the cursor on its line; SelectAll
	// selects a whole multi-line answer, for backspace to clear. They are
	// set into the text widgets' own key maps, so the help says what they do.
	ClearLine key.Binding
	SelectAll key.Binding
	// ScrollUp and ScrollDown move the live preview beside the form.
	ScrollUp   key.Binding
	ScrollDown key.Binding
}

// ReviewKeys act on the finished posting.
type ReviewKeys struct {
	Copy        key.Binding
	Save        key.Binding
	SaveAnswers key.Binding
	Profile     key.Binding
	Kit         key.Binding
	Form        key.Binding
	Edit        key.Binding
	EditStep    key.Binding
	LastStep    key.Binding
	Up          key.Binding
	Down        key.Binding
	PageUp      key.Binding
	PageDown    key.Binding
	Top         key.Binding
	Bottom      key.Binding
	Quit        key.Binding
	Findings    key.Binding
}

// FindingsKeys move through the quality findings beside the review.
type FindingsKeys struct {
	Up    key.Binding
	Down  key.Binding
	Fix   key.Binding
	Close key.Binding
}

// DialogKeys answer a dialog.
type DialogKeys struct {
	Up     key.Binding
	Down   key.Binding
	Choose key.Binding
	Edit   key.Binding
	Save   key.Binding
	Cancel key.Binding
	Back   key.Binding
	Yes    key.Binding
	No     key.Binding
}

func bind(help string, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// New is the wizard's keymap.
func New() Map {
	up, down := bind("↑", "up", "up"), bind("↓", "down", "down")
	return Map{
		Global: GlobalKeys{
			Quit:       bind("ctrl+c", "quit", "ctrl+c"),
			Help:       bind("?", "more keys", "?", "f1"),
			HelpInText: bind("f1", "more keys", "f1"),
		},
		Step: StepKeys{
			Next:       bind("enter", "next", "enter"),
			NextField:  bind("tab", "next field", "tab"),
			PrevField:  bind("shift+tab", "previous field", "shift+tab"),
			Back:       bind("esc", "back", "esc"),
			Toggle:     bind("space", "toggle", "space"),
			Up:         up,
			Down:       down,
			Newline:    bind("alt+enter", "new line", "alt+enter", "ctrl+j"),
			ClearLine:  bind("ctrl+u", "delete to line start", "ctrl+u"),
			SelectAll:  bind("ctrl+g", "select all", "ctrl+g"),
			ScrollUp:   bind("shift+↑", "scroll preview up", "shift+up", "alt+up"),
			ScrollDown: bind("shift+↓", "scroll preview down", "shift+down", "alt+down"),
		},
		Review: ReviewKeys{
			Copy:        bind("c", "copy Markdown", "c"),
			Save:        bind("s", "save or copy", "s"),
			SaveAnswers: bind("a", "save answers", "a"),
			Profile:     bind("p", "save company profile", "p"),
			Kit:         bind("i", "interview kit", "i"),
			Form:        bind("f", "full/short", "f"),
			Edit:        bind("e", "edit a step", "e"),
			EditStep:    bind("1-9", "edit step", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
			LastStep:    bind("esc", "back", "esc"),
			Up:          up,
			Down:        down,
			PageUp:      bind("pgup", "page up", "pgup"),
			PageDown:    bind("pgdn", "page down", "pgdown"),
			Top:         bind("home", "top", "home"),
			Bottom:      bind("end", "end", "end"),
			Quit:        bind("q", "quit", "q"),
			Findings:    bind("tab", "findings", "tab"),
		},
		Findings: FindingsKeys{
			Up:    up,
			Down:  down,
			Fix:   bind("enter", "fix it", "enter"),
			Close: bind("tab", "findings", "tab", "esc"),
		},
		Dialog: DialogKeys{
			Up:     up,
			Down:   down,
			Choose: bind("enter", "choose", "enter"),
			Edit:   bind("enter", "edit", "enter"),
			Save:   bind("enter", "save", "enter"),
			Cancel: bind("esc", "cancel", "esc"),
			Back:   bind("esc", "back", "esc", "q"),
			Yes:    bind("y", "yes", "y"),
			No:     bind("n", "no", "n", "esc"),
		},
	}
}
