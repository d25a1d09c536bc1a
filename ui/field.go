package ui

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/list"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model"
)

// fieldEditor edits one model.Field with the bubbles widget that fits its kind:
// a list for choices, a text input for one line, a text area for longer text.
type fieldEditor struct {
	field model.Field

	list   list.Model
	marks  *optionMarks // shared with the list delegate
	input  textinput.Model
	area   textarea.Model
	err    string
	styles *Styles
}

// optionMarks is the selection state the list delegate draws.
type optionMarks struct {
	kind   model.Kind
	chosen map[string]bool // Multi
	states []string        // Cycle: one state id per option
	labels map[string]string
	styles *Styles
}

type optionItem struct{ model.Option }

func (o optionItem) FilterValue() string { return o.Label }

// optionDelegate draws one option per line: cursor, mark, label.
type optionDelegate struct{ marks *optionMarks }

func (d optionDelegate) Height() int                         { return 1 }
func (d optionDelegate) Spacing() int                        { return 0 }
func (d optionDelegate) Update(tea.Msg, *list.Model) tea.Cmd { return nil }
func (d optionDelegate) Render(w io.Writer, m list.Model, index int, item list.Item) {
	opt := item.(optionItem)
	s := d.marks.styles
	cursor := "  "
	if index == m.Index() {
		cursor = s.Cursor.Render("❯ ")
	}
	mark := ""
	switch d.marks.kind {
	case model.Multi:
		if d.marks.chosen[opt.ID] {
			mark = s.Checked.Render("[x] ")
		} else {
			mark = "[ ] "
		}
	case model.Cycle:
		state := d.marks.states[index]
		label := fmt.Sprintf("%-13s", "["+d.marks.labels[state]+"]")
		if state == "off" {
			mark = s.Placeholder.Render(label) + " "
		} else {
			mark = s.Checked.Render(label) + " "
		}
	}
	text := opt.Label
	style := s.Option
	if index == m.Index() {
		style = s.Selected
	}
	room := m.Width() - ansi.StringWidth(cursor) - ansi.StringWidth(mark)
	fmt.Fprint(w, cursor+mark+style.Render(ansi.Truncate(text, max(room, 1), "…")))
}

func newFieldEditor(f model.Field, styles *Styles) *fieldEditor {
	e := &fieldEditor{field: f, styles: styles}
	switch f.Kind {
	case model.Choice, model.Multi, model.Cycle:
		e.marks = &optionMarks{kind: f.Kind, chosen: map[string]bool{}, labels: map[string]string{}, styles: styles}
		items := make([]list.Item, len(f.Options))
		selected := 0
		for i, o := range f.Options {
			items[i] = optionItem{o}
			if f.Kind == model.Choice && o.ID == f.Value.Text {
				selected = i
			}
		}
		for _, id := range f.Value.IDs {
			e.marks.chosen[id] = true
		}
		if f.Kind == model.Cycle {
			e.marks.states = slices.Clone(f.Value.IDs)
			for _, st := range f.States {
				e.marks.labels[st.ID] = st.Label
			}
		}
		l := list.New(items, optionDelegate{e.marks}, 40, len(items))
		l.SetShowTitle(false)
		l.SetShowStatusBar(false)
		l.SetShowHelp(false)
		l.SetFilteringEnabled(false)
		l.DisableQuitKeybindings()
		l.KeyMap.ShowFullHelp.SetEnabled(false)
		l.KeyMap.CloseFullHelp.SetEnabled(false)
		// Letters are not list commands here; only arrows, paging, home and end.
		l.KeyMap.CursorUp.SetKeys("up")
		l.KeyMap.CursorDown.SetKeys("down")
		l.KeyMap.PrevPage.SetKeys("pgup", "left")
		l.KeyMap.NextPage.SetKeys("pgdown", "right")
		l.KeyMap.GoToStart.SetKeys("home")
		l.KeyMap.GoToEnd.SetKeys("end")
		l.Select(selected)
		e.list = l
	case model.Text, model.Integer, model.Money:
		in := textinput.New()
		in.Prompt = ""
		in.Placeholder = f.Placeholder
		in.CharLimit = 0 // over-long text is reported, not silently cut
		in.SetValue(f.Value.Text)
		in.CursorEnd()
		e.input = in
		e.restyle(styles)
	case model.LongText, model.Lines:
		ta := textarea.New()
		ta.ShowLineNumbers = false
		ta.Prompt = "│ "
		ta.Placeholder = f.Placeholder
		ta.CharLimit = 0
		ta.KeyMap.InsertNewline = key.NewBinding(key.WithKeys("alt+enter", "ctrl+j"))
		ta.SetHeight(4)
		ta.SetValue(f.Value.Text)
		e.area = ta
		e.restyle(styles)
	}
	return e
}

// inputStyles keeps the cursor steady: a blinking cursor redraws the screen
// twice a second for nothing and makes snapshots depend on timing.
func inputStyles(dark bool) textinput.Styles {
	s := textinput.DefaultStyles(dark)
	s.Cursor.Blink = false
	return s
}

// restyle follows a change of terminal background.
func (e *fieldEditor) restyle(styles *Styles) {
	e.styles = styles
	if e.marks != nil {
		e.marks.styles = styles
	}
	switch e.field.Kind {
	case model.Text, model.Integer, model.Money:
		e.input.SetStyles(inputStyles(styles.Dark))
	case model.LongText, model.Lines:
		taStyles := textarea.DefaultStyles(styles.Dark)
		taStyles.Cursor.Blink = false
		e.area.SetStyles(taStyles)
	}
}

func (e *fieldEditor) isList() bool {
	return e.field.Kind == model.Choice || e.field.Kind == model.Multi || e.field.Kind == model.Cycle
}

// Value is the editor's current answer in the form model.Field.Apply takes.
func (e *fieldEditor) Value() model.Value {
	switch e.field.Kind {
	case model.Choice:
		if it, ok := e.list.SelectedItem().(optionItem); ok {
			return model.Value{Text: it.ID}
		}
		return model.Value{}
	case model.Multi:
		var ids []string
		for _, o := range e.field.Options {
			if e.marks.chosen[o.ID] {
				ids = append(ids, o.ID)
			}
		}
		return model.Value{IDs: ids}
	case model.Cycle:
		return model.Value{IDs: slices.Clone(e.marks.states)}
	case model.LongText, model.Lines:
		return model.Value{Text: e.area.Value()}
	}
	return model.Value{Text: e.input.Value()}
}

// Focus and Blur move the text cursor in and out of the editor.
// untouchedSince reports whether the editor still shows the value it was
// built with while the field now has another one.
func (e *fieldEditor) untouchedSince(f model.Field) bool {
	now, was := e.Value(), e.field.Value
	same := func(a, b model.Value) bool { return a.Text == b.Text && slices.Equal(a.IDs, b.IDs) }
	return same(now, was) && !same(was, f.Value)
}

func (e *fieldEditor) Focus() tea.Cmd {
	switch e.field.Kind {
	case model.LongText, model.Lines:
		return e.area.Focus()
	case model.Text, model.Integer, model.Money:
		return e.input.Focus()
	}
	return nil
}

func (e *fieldEditor) Blur() {
	e.input.Blur()
	e.area.Blur()
}

// SetWidth lays the editor out for the form's width.
func (e *fieldEditor) SetWidth(w, listRows int) {
	w = max(w, 10)
	switch {
	case e.isList():
		rows := min(len(e.field.Options), max(listRows, 3))
		paged := rows < len(e.field.Options)
		e.list.SetShowPagination(paged)
		if paged {
			rows += 2 // the page dots and their margin
		}
		e.list.SetSize(w-2, rows)
	case e.field.Kind == model.LongText || e.field.Kind == model.Lines:
		e.area.SetWidth(w - 2)
	default:
		e.input.SetWidth(w - 2)
	}
}

// Update handles a key for the editor. It reports whether the value changed.
func (e *fieldEditor) Update(msg tea.Msg) (bool, tea.Cmd) {
	before := e.Value()
	var cmd tea.Cmd
	switch {
	case e.isList():
		if k, ok := msg.(tea.KeyPressMsg); ok && k.String() == "space" {
			e.toggle()
		} else {
			e.list, cmd = e.list.Update(msg)
		}
	case e.field.Kind == model.LongText || e.field.Kind == model.Lines:
		e.area, cmd = e.area.Update(msg)
	default:
		e.input, cmd = e.input.Update(msg)
	}
	after := e.Value()
	return !slices.Equal(before.IDs, after.IDs) || before.Text != after.Text, cmd
}

func (e *fieldEditor) toggle() {
	it, ok := e.list.SelectedItem().(optionItem)
	if !ok {
		return
	}
	switch e.field.Kind {
	case model.Multi:
		e.marks.chosen[it.ID] = !e.marks.chosen[it.ID]
	case model.Cycle:
		i := e.list.Index()
		for j, st := range e.field.States {
			if st.ID == e.marks.states[i] {
				e.marks.states[i] = e.field.States[(j+1)%len(e.field.States)].ID
				break
			}
		}
	}
}

// Summary is the one-line form of the answer, shown when the field is not focused.
func (e *fieldEditor) Summary() string {
	v := e.Value()
	switch e.field.Kind {
	case model.Choice:
		for _, o := range e.field.Options {
			if o.ID == v.Text {
				return o.Label
			}
		}
	case model.Multi:
		if len(v.IDs) == 0 {
			return "none"
		}
		var labels []string
		for _, o := range e.field.Options {
			if e.marks.chosen[o.ID] {
				labels = append(labels, o.Label)
			}
		}
		return fmt.Sprintf("%d: %s", len(labels), strings.Join(labels, "; "))
	case model.Cycle:
		counts := map[string]int{}
		for _, st := range v.IDs {
			counts[st]++
		}
		var parts []string
		for _, st := range e.field.States {
			if st.ID != "off" {
				parts = append(parts, fmt.Sprintf("%d %s", counts[st.ID], st.Label))
			}
		}
		return strings.Join(parts, ", ")
	}
	text := strings.TrimSpace(v.Text)
	if text == "" {
		if e.field.Placeholder == "" {
			return e.styles.Placeholder.Render("(empty)")
		}
		switch {
		case e.field.Suggested:
			return e.styles.Placeholder.Render(firstLineOf(e.field.Placeholder) + " (suggested)")
		case e.field.Example:
			return e.styles.Placeholder.Render(firstLineOf(e.field.Placeholder))
		}
		return e.styles.Placeholder.Render(firstLineOf(e.field.Placeholder) + " (default)")
	}
	return firstLineOf(text)
}

func firstLineOf(s string) string {
	line, rest, _ := strings.Cut(s, "\n")
	if strings.TrimSpace(rest) != "" {
		line += " …"
	}
	return line
}

// Render draws the editor: a summary line when blurred, the widget when focused.
func (e *fieldEditor) Render(width int, focused bool) string {
	s := e.styles
	if !focused {
		line := s.Label.Render(e.field.Label+": ") + s.Summary.Render(e.Summary())
		return "  " + ansi.Truncate(line, max(width-2, 1), "…")
	}
	var b strings.Builder
	b.WriteString(s.FocusedLabel.Render("▌ " + e.field.Label))
	if e.field.Help != "" {
		b.WriteString(s.Help.Render("  " + e.field.Help))
	}
	b.WriteString("\n")
	switch {
	case e.isList():
		b.WriteString(indent(e.list.View(), "  "))
		if it, ok := e.list.SelectedItem().(optionItem); ok && it.Help != "" {
			b.WriteString("\n  " + s.Help.Render(wrap(it.Help, width-2)))
		}
	case e.field.Kind == model.LongText || e.field.Kind == model.Lines:
		b.WriteString(indent(e.area.View(), "  "))
	default:
		b.WriteString("  " + e.input.View())
	}
	if e.err != "" {
		b.WriteString("\n  " + s.Error.Render(wrap("✗ "+e.err, width-2)))
	}
	return b.String()
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	for i, l := range lines {
		lines[i] = prefix + l
	}
	return strings.Join(lines, "\n")
}

// wrap word-wraps text to width cells.
func wrap(s string, width int) string {
	return ansi.Wordwrap(s, max(width, 10), "")
}
