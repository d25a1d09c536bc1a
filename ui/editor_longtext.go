package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model"
)

// longTextEditor answers in several lines: paragraphs, or a list with one
// item per line.
type longTextEditor struct {
	editorBase
	area textarea.Model
}

func newLongTextEditor(f model.Field, styles *Styles, keys stepKeys) *longTextEditor {
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = f.Placeholder
	ta.CharLimit = 0
	ta.KeyMap.InsertNewline = keys.Newline
	ta.SetHeight(4)
	// A new text area is already empty: SetValue would reset it first, and
	// each reset allocates room for 10,000 lines (240 KB) again.
	ta.InsertString(f.Value.Text)
	e := &longTextEditor{editorBase: editorBase{f: f}, area: ta}
	e.restyle(styles)
	return e
}

func (e *longTextEditor) restyle(s *Styles) {
	e.restyleBase(s)
	e.area.SetStyles(s.TextArea)
}

func (e *longTextEditor) value() model.Value      { return model.Value{Text: e.area.Value()} }
func (e *longTextEditor) focus() tea.Cmd          { return e.area.Focus() }
func (e *longTextEditor) blur()                   { e.area.Blur() }
func (e *longTextEditor) takesText() bool         { return true }
func (e *longTextEditor) summary() string         { return e.textSummary(e.value().Text) }
func (e *longTextEditor) widget(width int) string { return indent(e.view(), "  ") }

// view is the text area, with every line of an example dimmed: bubbles'
// textarea (v2.2.1) dims only the first line of a multi-line placeholder and
// draws the rest like typed text.
func (e *longTextEditor) view() string {
	out := e.area.View()
	if e.area.Value() != "" || !strings.Contains(e.area.Placeholder, "\n") {
		return out
	}
	st := e.styles.TextArea.Blurred
	if e.area.Focused() {
		st = e.styles.TextArea.Focused
	}
	wrapped := ansi.Hardwrap(ansi.Wordwrap(e.area.Placeholder, e.area.Width(), ""), e.area.Width(), true)
	example := strings.Split(strings.TrimSpace(wrapped), "\n")
	lines := strings.Split(out, "\n")
	for i := 1; i < len(lines) && i < len(example); i++ {
		lines[i] = st.Prompt.Render(e.area.Prompt) + st.Placeholder.Render(example[i])
	}
	return strings.Join(lines, "\n")
}
func (e *longTextEditor) setSize(width, _ int) { e.area.SetWidth(max(width, 10) - 2) }

func (e *longTextEditor) bindings(k stepKeys) ([]key.Binding, []key.Binding) {
	return []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new line; on an empty line, next"))}, nil
}

// onEmptyLine reports whether the cursor is on an empty line: there, enter
// moves on; elsewhere it starts a new line, so a list typed one item per
// line is not cut off at its first item.
func (e *longTextEditor) onEmptyLine() bool {
	lines := strings.Split(e.area.Value(), "\n")
	row := e.area.Line()
	return row >= len(lines) || strings.TrimSpace(lines[row]) == ""
}

// newline starts a new line at the cursor.
func (e *longTextEditor) newline() (bool, tea.Cmd) {
	e.area.InsertString("\n")
	return true, nil
}

func (e *longTextEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	before := e.area.Value()
	var cmd tea.Cmd
	e.area, cmd = e.area.Update(msg)
	return e.area.Value() != before, cmd
}

// ask shows the current text on one line and reads new lines until a line
// with a single ".".
func (e *longTextEditor) ask(p *prompter) (model.Value, bool) {
	f := e.f
	def, now := shownDefault(f), "Now"
	if f.Value.Text == "" && f.Suggested {
		now = "Now (amjd's suggestion)"
	}
	switch {
	case f.Value.Text == "" && f.Example:
		p.printf("  (%s)\n", model.Printable(strings.ReplaceAll(f.Placeholder, "\n", " / ")))
	case def != "":
		p.printf("  %s: %s\n", now, model.Printable(strings.ReplaceAll(def, "\n", " / ")))
	}
	p.printf("  Type the new text; a line with a single \".\" ends it. An empty first line keeps it.\n")
	var lines []string
	for {
		l := p.line()
		if len(lines) == 0 && p.command(l) {
			if p.nav != navNone {
				return model.Value{}, false
			}
			continue
		}
		if l == "." || (p.eof && l == "") {
			break
		}
		if len(lines) == 0 && strings.TrimSpace(l) == "" {
			return model.Value{}, false
		}
		lines = append(lines, l)
		if p.eof {
			break
		}
	}
	if len(lines) == 0 {
		return model.Value{}, false
	}
	return model.Value{Text: strings.Join(lines, "\n")}, true
}
