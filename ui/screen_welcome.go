package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/model/base"
)

// welcomeScreen says what amjd does and starts the steps.
type welcomeScreen struct{ app *app }

func (w *welcomeScreen) update(msg tea.Msg) (tea.Cmd, action) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	keys := w.app.keys
	switch {
	case key.Matches(k, keys.Step.Next):
		return nil, openStep{index: 0}
	case key.Matches(k, keys.Review.Quit), key.Matches(k, keys.Step.Back):
		return nil, quit{confirm: true} // answers may have been typed already
	}
	return nil, nil
}

func (w *welcomeScreen) view() string {
	a := w.app
	s := a.styles
	lines := []string{
		s.Title.Render("Write a tailored Account Manager job description."),
		"",
		wrap(fmt.Sprintf("%d short steps, about five minutes. Each has a sensible default, so enter moves you on; "+
			"at the end you review the posting, copy it or save it.", len(a.steps)), a.width-4),
		"",
		s.Help.Render("Press enter to start."),
	}
	if a.opts.ProfileInUse != "" {
		lines = append(lines, "", wrap("Company profile: "+a.opts.ProfileInUse+" ("+base.Printable(a.opts.ProfilePath)+
			"). Its details are filled in; change any of them in the steps.", a.width-4))
	}
	return strings.Join(append(lines, startNotice(a)...), "\n")
}

// startNotice shows a start-up notice (a damaged draft) on the first screen.
// It can be long (a path and a parse error), so it is wrapped here rather
// than cut off in the one-line status.
func startNotice(a *app) []string {
	if a.opts.Notice == "" {
		return nil
	}
	return []string{"", a.styles.Notice.Render(wrap("ℹ "+a.opts.Notice, a.width-4))}
}

func (w *welcomeScreen) progress() string { return "" }
func (w *welcomeScreen) helpKeys() contextHelp {
	k := w.app.keys
	return contextHelp{short: []key.Binding{k.Step.Next, k.Global.Quit}}
}
func (w *welcomeScreen) layout(int, int)      {}
func (w *welcomeScreen) preview() previewSpec { return previewSpec{} }
func (w *welcomeScreen) typing() bool         { return false }
func (w *welcomeScreen) restyle()             {}
func (w *welcomeScreen) draftStep() string    { return "review" }
