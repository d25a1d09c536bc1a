package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// pickStepDialog chooses the step to edit from review.
type pickStepDialog struct {
	app    *app
	cursor int
}

func newPickStepDialog(a *app) *pickStepDialog { return &pickStepDialog{app: a} }

func (d *pickStepDialog) update(msg tea.Msg) (tea.Cmd, action) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch keys := d.app.keys.Dialog; {
	case key.Matches(k, keys.Up):
		d.cursor = max(d.cursor-1, 0)
	case key.Matches(k, keys.Down):
		d.cursor = min(d.cursor+1, len(d.app.steps)-1)
	case key.Matches(k, keys.Edit):
		return nil, openStep{index: d.cursor, fromReview: true}
	case key.Matches(k, keys.Back):
		return nil, closeDialog{}
	}
	return nil, nil
}

func (d *pickStepDialog) view() string {
	s := d.app.styles
	var b strings.Builder
	b.WriteString(s.Title.Render("Edit which step?") + "\n\n")
	for i, st := range d.app.steps {
		line := fmt.Sprintf("%2d. %s", i+1, st.Title)
		b.WriteString(s.menuLine(line, i == d.cursor) + "\n")
	}
	return b.String()
}

func (d *pickStepDialog) helpKeys() contextHelp {
	k := d.app.keys.Dialog
	return contextHelp{short: []key.Binding{k.Up, k.Down, k.Edit, k.Back}}
}
