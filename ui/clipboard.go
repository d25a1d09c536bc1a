package ui

import (
	"errors"
	"os"
	"runtime"

	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"
)

// copiedMsg reports how the posting reached the clipboard; what names the
// form copied ("Markdown", "plain text").
type copiedMsg struct {
	what   string
	native bool
	osc52  bool
	err    error
}

func (c copiedMsg) describe() string {
	switch {
	case c.native:
		return "Copied the " + c.what + " to the system clipboard (and via OSC 52)."
	case c.err != nil:
		return "System clipboard unavailable (" + c.err.Error() + "); sent the " + c.what + " via OSC 52 instead — if your terminal ignores it, press s to save."
	default:
		return "Copied the " + c.what + " via OSC 52 (terminal clipboard). If nothing arrived, your terminal may not support it: press s to save."
	}
}

// NativeClipboard returns a function that copies with the system clipboard, or
// nil where that cannot work: over SSH the clipboard would be the server's, and
// on Linux without a display there is none. OSC 52 covers those cases.
func NativeClipboard() func(string) error {
	if os.Getenv("SSH_CONNECTION") != "" || os.Getenv("SSH_TTY") != "" {
		return nil
	}
	if runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return nil
	}
	if clipboard.Unsupported {
		return nil
	}
	return clipboard.WriteAll
}

// copied names what a copy in format puts on the clipboard: "Markdown", or
// "interview kit as Markdown" while review shows the kit.
func (a *app) copied(format string) string {
	if a.kit {
		return "interview kit as " + format
	}
	return format
}

// copyCmd copies the Markdown, converted by to when it is not nil, through
// OSC 52 always and through the system clipboard when available; the result
// message says which path worked. The conversion runs in the command.
func copyCmd(markdown string, what string, to func(string) string, native func(string) error) tea.Cmd {
	return func() tea.Msg {
		text := markdown
		if to != nil {
			text = to(markdown)
		}
		return tea.BatchMsg{tea.SetClipboard(text), func() tea.Msg {
			if native == nil {
				return copiedMsg{what: what, osc52: true}
			}
			if err := native(text); err != nil {
				if err.Error() == "exit status 1" {
					err = errors.New("the clipboard tool found no display")
				}
				return copiedMsg{what: what, osc52: true, err: err}
			}
			return copiedMsg{what: what, native: true, osc52: true}
		}}
	}
}
