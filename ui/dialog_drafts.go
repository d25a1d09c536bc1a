package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/draft"
)

// draftsDialog offers, at start, to resume an unfinished draft, start fresh
// (the draft stays as it is) or pick one from the list of all drafts.
type draftsDialog struct {
	app     *app
	offer   draft.Draft
	listing bool // the list of all drafts is shown
	list    []draft.Draft
	cursor  int
}

type draftsListedMsg struct{ drafts []draft.Draft }
type freshStartMsg struct{ backup string }

func newDraftsDialog(a *app, offer draft.Draft) *draftsDialog {
	return &draftsDialog{app: a, offer: offer}
}

// choices are the lines offered: what to do with the draft, or the drafts.
func (d *draftsDialog) choices() []string {
	if !d.listing {
		return []string{"Resume it", "Start fresh (the draft stays as it is)", "List all drafts"}
	}
	out := make([]string, len(d.list))
	for i, dr := range d.list {
		out[i] = dr.Label(d.app.cat)
	}
	return out
}

func (d *draftsDialog) update(msg tea.Msg) (tea.Cmd, action) {
	switch msg := msg.(type) {
	case draftsListedMsg:
		d.list, d.listing, d.cursor = msg.drafts, true, 0
	case freshStartMsg:
		d.app.setStatus("Starting fresh. Your earlier draft stays in "+msg.backup+".", false)
		return nil, closeDialog{}
	case tea.KeyPressMsg:
		return d.key(msg)
	}
	return nil, nil
}

func (d *draftsDialog) key(k tea.KeyPressMsg) (tea.Cmd, action) {
	keys := d.app.keys.Dialog
	n := len(d.choices())
	switch {
	case n == 0 || key.Matches(k, keys.Cancel) && d.listing:
		d.listing, d.cursor = false, 0
	case key.Matches(k, keys.Up):
		d.cursor = (d.cursor - 1 + n) % n
	case key.Matches(k, keys.Down):
		d.cursor = (d.cursor + 1) % n
	case key.Matches(k, keys.Choose) && d.listing:
		return nil, d.resume(d.list[d.cursor])
	case key.Matches(k, keys.Choose):
		switch d.cursor {
		case 0:
			return nil, d.resume(d.offer)
		case 1:
			backup := d.offer.Path
			return func() tea.Msg { return freshStartMsg{backup: backup} }, nil
		default:
			store := d.app.opts.Drafts
			return func() tea.Msg { return draftsListedMsg{drafts: store.List()} }, nil
		}
	}
	return nil, nil
}

// resume closes the dialog and continues the draft where it was left.
func (d *draftsDialog) resume(dr draft.Draft) action {
	return []action{closeDialog{}, d.app.resume(dr)}
}

func (d *draftsDialog) view() string {
	a := d.app
	s := a.styles
	title, sub := "You have an unfinished draft", d.offer.Label(a.cat)
	if d.listing {
		title, sub = "Your drafts", "Enter resumes the one selected; esc goes back."
		if len(d.list) == 0 {
			sub = "No drafts could be read."
		}
	}
	lines := []string{s.Title.Render(title), s.Why.Render(wrap(sub, a.width-4)), ""}
	for i, c := range d.choices() {
		lines = append(lines, s.menuLine(ansi.Truncate(c, a.width-6, "…"), i == d.cursor))
	}
	return strings.Join(append(lines, startNotice(a)...), "\n")
}

func (d *draftsDialog) helpKeys() contextHelp {
	k := d.app.keys
	return contextHelp{short: []key.Binding{k.Dialog.Up, k.Dialog.Down, k.Dialog.Choose, k.Global.Quit}}
}
