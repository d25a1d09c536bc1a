// Package fieldcap keeps the wizard's text fields within their limits: how
// many characters a paste or a key would put into a field and, when that is
// more than the field holds, what to tell the user. Nothing is ever cut to
// fit: a paste goes in whole or not at all, and the user is told which.
package fieldcap

import (
	"fmt"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
)

// Of is the most characters field f holds: its own limit, or where it has
// none that of its kind (a number is never longer than a line).
func Of(f flow.Field) int {
	switch {
	case f.MaxLen > 0:
		return f.MaxLen
	case f.Kind == flow.LongText || f.Kind == flow.Lines:
		return answers.MaxTextLen
	}
	return answers.MaxLineLen
}

// Incoming is how many characters msg would put into a text field (a paste,
// a typed key; newline is the key that starts a new line), and whether it is
// a paste.
func Incoming(msg tea.Msg, newline key.Binding) (n int, paste bool) {
	switch msg := msg.(type) {
	case tea.PasteMsg:
		return utf8.RuneCountInString(msg.Content), true
	case tea.KeyPressMsg:
		if key.Matches(msg, newline) {
			return 1, false
		}
		if msg.Text != "" && msg.Mod&^tea.ModShift == 0 {
			return utf8.RuneCountInString(msg.Text), false
		}
	}
	return 0, false
}

// Refusal says why n characters cannot go into field f, which holds have
// (not counting those they would replace): "" when they fit.
func Refusal(f flow.Field, have, n int, paste bool) string {
	limit := Of(f)
	if have+n <= limit {
		return ""
	}
	count := func(n int) string { return base.FormatAmount(float64(n)) }
	switch {
	case !paste:
		return fmt.Sprintf("%s holds at most %s characters: delete some to type more.", f.Label, count(limit))
	case have == 0 || n > limit:
		return fmt.Sprintf("The paste is %s characters; %s holds at most %s: nothing was pasted.", count(n), f.Label, count(limit))
	}
	return fmt.Sprintf("The paste is %s characters; %s has %s of the %s it holds: nothing was pasted.",
		count(n), f.Label, count(have), count(limit))
}

// PasteKey is ctrl+v. The text widgets' own paste from the system clipboard
// would bypass a field's limit, so the editors read the clipboard themselves
// (FromClipboard) and take what it holds as any paste.
var PasteKey = key.NewBinding(key.WithKeys("ctrl+v"))

// FromClipboard is a command that reads the system clipboard as a paste;
// status words why it could not.
func FromClipboard(status func(string) tea.Msg) tea.Cmd {
	return func() tea.Msg {
		if clipboard.Unsupported {
			return status("No system clipboard here: paste with your terminal's paste key.")
		}
		text, err := clipboard.ReadAll()
		if err != nil {
			return status("Could not read the system clipboard: paste with your terminal's paste key.")
		}
		return tea.PasteMsg{Content: text} // the root turns \r\n into \n as for any paste
	}
}
