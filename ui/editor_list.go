package ui

import (
	"fmt"
	"io"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/flow"
)

// optionList is the bubbles list the choice, multi-choice and cycle editors
// share: one option per line, a cursor, and a mark the editor draws.
type optionList struct {
	editorBase
	list list.Model
	// mark draws the selection state of option index, or "" for none.
	mark func(index int, id string) string
	// rows is how many options show at once; top is the first shown. The
	// window scrolls with the cursor, a line at a time: bubbles' list only
	// turns whole pages, which left one option alone on the last page.
	rows, top int
}

type optionItem struct{ flow.Option }

func (o optionItem) FilterValue() string { return o.Label }

// optionDelegate draws one option per line: cursor, mark, label.
type optionDelegate struct{ l *optionList }

func (d optionDelegate) Height() int                         { return 1 }
func (d optionDelegate) Spacing() int                        { return 0 }
func (d optionDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (d optionDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	opt := item.(optionItem)
	s := d.l.styles
	cursor, style := "  ", s.Option
	if index == m.Index() {
		cursor, style = s.Cursor.Render("❯ "), s.Selected
	}
	mark := ""
	if d.l.mark != nil {
		mark = d.l.mark(index, opt.ID)
	}
	room := m.Width() - ansi.StringWidth(cursor) - ansi.StringWidth(mark)
	fmt.Fprint(w, cursor+mark+style.Render(ansi.Truncate(opt.Label, max(room, 1), "…")))
}

// init builds the list for the field's options with the cursor on selected.
func (l *optionList) init(f flow.Field, styles *Styles, selected int) {
	l.f, l.styles = f, styles
	items := make([]list.Item, len(f.Options))
	for i, o := range f.Options {
		items[i] = optionItem{o}
	}
	lm := list.New(items, optionDelegate{l}, 40, len(items))
	// Help first: every setter lays the list out again, help view included.
	lm.SetShowHelp(false)
	lm.SetShowTitle(false)
	lm.SetShowStatusBar(false)
	lm.SetFilteringEnabled(false)
	lm.DisableQuitKeybindings()
	lm.KeyMap.ShowFullHelp.SetEnabled(false)
	lm.KeyMap.CloseFullHelp.SetEnabled(false)
	// Letters are not list commands here; only arrows, paging, home and end.
	lm.KeyMap.CursorUp.SetKeys("up")
	lm.KeyMap.CursorDown.SetKeys("down")
	lm.KeyMap.PrevPage.SetKeys("pgup", "left")
	lm.KeyMap.NextPage.SetKeys("pgdown", "right")
	lm.KeyMap.GoToStart.SetKeys("home")
	lm.KeyMap.GoToEnd.SetKeys("end")
	lm.Select(selected)
	l.list = lm
}

func (l *optionList) restyle(s *Styles) { l.restyleBase(s) }

// setSize shows as many options as fit; widget says when not all do. The
// list itself holds every option on one page; widget shows the window.
func (l *optionList) setSize(width, listRows int) {
	l.rows = min(len(l.f.Options), max(listRows, 3))
	l.list.SetShowPagination(false)
	l.list.SetSize(max(width, 10)-2, max(len(l.f.Options), 1))
	l.follow()
}

// follow scrolls the window just enough to keep the cursor in it.
func (l *optionList) follow() {
	cursor := l.list.Index()
	l.top = min(max(l.top, cursor-l.rows+1), cursor, max(len(l.f.Options)-l.rows, 0))
}

// selected is the option under the cursor.
func (l *optionList) selected() (optionItem, bool) {
	it, ok := l.list.SelectedItem().(optionItem)
	return it, ok
}

// widget draws the window of options around the cursor; under it, which
// options are shown when not all fit, the whole text of the option under
// the cursor when its line cuts it, and its help.
func (l *optionList) widget(width int) string {
	s := l.styles
	total, cursor := len(l.f.Options), l.list.Index()
	var b strings.Builder
	d := optionDelegate{l}
	items := l.list.Items()
	for i := l.top; i < min(l.top+l.rows, total); i++ {
		b.WriteString("  ")
		d.Render(&b, l.list, i, items[i])
		b.WriteString("\n")
	}
	out := strings.TrimRight(b.String(), "\n")
	if l.rows < total {
		out += "\n  " + s.Help.Render(fmt.Sprintf("%d-%d of %d shown · ↑/↓ for more", l.top+1, l.top+l.rows, total))
	}
	it, ok := l.selected()
	if !ok {
		return out
	}
	mark := ""
	if l.mark != nil {
		mark = l.mark(cursor, it.ID)
	}
	if room := l.list.Width() - 2 - ansi.StringWidth(mark); ansi.StringWidth(it.Label) > room {
		out += "\n" + indent(s.Selected.Render(wrap(it.Label, width-4)), "    ")
	}
	if it.Help != "" {
		out += "\n" + indent(s.Help.Render(wrap(it.Help, width-2)), "  ")
	}
	return out
}

// move passes keys to the list; space is the editor's own (toggle).
func (l *optionList) move(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	l.list, cmd = l.list.Update(msg)
	l.follow()
	return cmd
}

func isSpace(msg tea.Msg) bool {
	k, ok := msg.(tea.KeyPressMsg)
	return ok && k.String() == "space"
}

func (l *optionList) listBindings(k stepKeys, act ...key.Binding) ([]key.Binding, []key.Binding) {
	return act, []key.Binding{k.Up, k.Down}
}
