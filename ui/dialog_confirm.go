package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/ui/internal/saved"
)

// confirmDialog asks a yes/no question: whether to quit with unsaved work,
// or to replace a file that exists.
type confirmDialog struct {
	app  *app
	draw func() string
	yes  func() (tea.Cmd, action)
	no   func() (tea.Cmd, action)
	// quits marks the quit question: ctrl+c over it quits.
	quits bool
}

func (d *confirmDialog) update(msg tea.Msg) (tea.Cmd, action) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch keys := d.app.keys.Dialog; {
	case key.Matches(k, keys.Yes):
		return d.yes()
	case key.Matches(k, keys.No):
		return d.no()
	}
	return nil, nil
}

func (d *confirmDialog) view() string { return d.draw() }

func (d *confirmDialog) helpKeys() contextHelp {
	return contextHelp{short: []key.Binding{d.app.keys.Dialog.Yes, d.app.keys.Dialog.No}}
}

// newQuitDialog asks before quitting when work would be lost or a file
// saved this session no longer matches the answers; nil when nothing needs
// asking. Which files are out of date is worked out here, once; whether the
// answers are in a draft yet, as it is drawn (the draft is written once
// typing pauses).
func newQuitDialog(a *app) *confirmDialog {
	stale := saved.Stale(a.saved, a.answers)
	if len(stale) == 0 && (!a.dirty || saved.HoldWork(a.saved, a.answers)) {
		return nil
	}
	return &confirmDialog{
		app: a,
		draw: func() string {
			drafts := a.opts.Drafts.Path() != ""
			msg := "You have changes that are not saved.\nQuit anyway? (y/n)"
			switch {
			case len(stale) > 0: // the dialog's border and padding take four columns
				msg = saved.Question(stale, drafts, min(a.width-8, 100))
			case drafts:
				msg = "The posting is not saved yet. Your answers are kept\nas a draft, offered when you start amjd again.\nQuit now? (y/n)"
			}
			return a.styles.Dialog.Render(msg)
		},
		yes:   func() (tea.Cmd, action) { return nil, quit{} },
		no:    func() (tea.Cmd, action) { return nil, closeDialog{} },
		quits: true,
	}
}
