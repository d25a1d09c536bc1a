package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textarea"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/base"
	"amjd/model/flow"
	"amjd/ui/internal/fieldcap"
)

// longTextEditor answers in several lines: paragraphs, or a list with one
// item per line. Its text area is open only while it has the focus (an
// editor out of focus shows a one-line summary): bubbles' text area holds
// room for 10,000 lines, 240 KB, and a step has up to four such fields.
type longTextEditor struct {
	editorBase
	keys  stepKeys
	width int
	text  string          // the answer while the text area is closed
	area  *textarea.Model // nil while out of focus
	// drawn is the text area's last drawing, kept until something may change
	// it: bubbles draws every line of the text each time, however long a
	// paste it holds, and the screen is drawn after every message, most of
	// which (a draft saved, a preview rendered) leave the area as it was.
	drawn string
	fresh bool
}

func newLongTextEditor(f flow.Field, styles *Styles, keys stepKeys) *longTextEditor {
	return &longTextEditor{editorBase: editorBase{f: f, styles: styles}, keys: keys, text: f.Value.Text}
}

// open makes the text area for the answer, its cursor at the end.
func (e *longTextEditor) open() *textarea.Model {
	if e.area != nil {
		return e.area
	}
	ta := textarea.New()
	ta.ShowLineNumbers = false
	ta.Prompt = "│ "
	ta.Placeholder = e.f.Placeholder
	ta.CharLimit = 0
	// No limit on lines: with one (99 by default) bubbles' text area stops
	// alt+enter at that many lines and keeps its wrapped lines for only that
	// many, so a long paste was wrapped again whole on every key (0.3 s).
	ta.MaxHeight = 0
	ta.KeyMap.InsertNewline = e.keys.Newline
	ta.KeyMap.DeleteBeforeCursor = e.keys.ClearLine
	ta.KeyMap.SelectAll = e.keys.SelectAll
	ta.KeyMap.Paste.SetEnabled(false) // ctrl+v: see fieldcap.PasteKey
	ta.SetHeight(4)
	ta.SetStyles(e.styles.TextArea)
	ta.SetWidth(max(e.width, 10) - 2)
	// A new text area is already empty: SetValue would reset it first, and
	// each reset allocates those 240 KB again.
	ta.InsertString(e.text)
	e.area, e.fresh = &ta, false
	return e.area
}

func (e *longTextEditor) restyle(s *Styles) {
	e.restyleBase(s)
	e.fresh = false
	if e.area != nil {
		e.area.SetStyles(s.TextArea)
	}
}

func (e *longTextEditor) value() flow.Value {
	if e.area != nil {
		return flow.Value{Text: e.area.Value()}
	}
	return flow.Value{Text: e.text}
}

func (e *longTextEditor) focus() tea.Cmd {
	area := e.open()
	if area.Focused() {
		return nil // focus again after a key: the view already follows the cursor
	}
	cmd := area.Focus()
	e.follow() // a new text area shows its first lines; the cursor is at the end
	return cmd
}

// follow brings the cursor into view: bubbles' text area moves its view in
// Update only, not after InsertString or SetWidth.
func (e *longTextEditor) follow() {
	e.fresh = false
	if e.area != nil && e.area.Focused() {
		*e.area, _ = e.area.Update(nil)
	}
}

// rewind starts the view at the text's first row again and puts the cursor
// back where it was. bubbles' text area keeps its scroll position when its
// text comes to take fewer rows, as after the terminal widens, so its first
// rows stayed hidden behind empty ones; it offers no way to set the
// position, but moving the cursor to the start scrolls to the top. follow
// then scrolls only as far as the cursor needs.
func (e *longTextEditor) rewind() {
	area := e.area
	if area.ScrollYOffset() == 0 {
		return
	}
	row, col := area.Line(), area.Column()
	area.MoveToBegin()
	for area.Line() < row {
		line, rowOffset := area.Line(), area.LineInfo().RowOffset
		area.CursorDown()
		if area.Line() == line && area.LineInfo().RowOffset == rowOffset {
			break // the last row: nowhere further down to go
		}
	}
	area.SetCursorColumn(col)
}

// blur keeps the text and lets the text area go.
func (e *longTextEditor) blur() {
	if e.area != nil {
		e.text = e.area.Value()
		e.area, e.fresh = nil, false
	}
}

func (e *longTextEditor) takesText() bool         { return true }
func (e *longTextEditor) summary() string         { return e.textSummary(e.value().Text) }
func (e *longTextEditor) widget(width int) string { return indent(e.view(), "  ") }

// view is the text area, with every line of an example dimmed: bubbles'
// textarea (v2.2.1) dims only the first line of a placeholder that takes
// several, whether it has lines of its own or is wrapped, and draws the rest
// like typed text. It wraps the example as done here.
func (e *longTextEditor) view() string {
	area := e.open()
	if !e.fresh {
		e.drawn, e.fresh = e.draw(area), true
	}
	return e.drawn
}

func (e *longTextEditor) draw(area *textarea.Model) string {
	out := base.WithoutInvisible(area.View())
	if area.Value() != "" || area.Placeholder == "" {
		return out
	}
	st := e.styles.TextArea.Blurred
	if area.Focused() {
		st = e.styles.TextArea.Focused
	}
	wrapped := ansi.Hardwrap(ansi.Wordwrap(area.Placeholder, area.Width(), ""), area.Width(), true)
	example := strings.Split(strings.TrimSpace(wrapped), "\n")
	lines := strings.Split(out, "\n")
	for i := 1; i < len(lines) && i < len(example); i++ {
		lines[i] = st.Prompt.Render(area.Prompt) + st.Placeholder.Render(example[i])
	}
	return strings.Join(lines, "\n")
}

// setSize rewraps the text only when the width changes: the step lays its
// form out again after every key, and bubbles' text area draws every line of
// its text to follow the cursor, however long a paste it holds.
func (e *longTextEditor) setSize(width, _ int) {
	if width == e.width {
		return
	}
	e.width = width
	if e.area != nil {
		e.area.SetWidth(max(width, 10) - 2)
		e.rewind()
		e.follow()
	}
}

func (e *longTextEditor) bindings(k stepKeys) ([]key.Binding, []key.Binding) {
	enter := key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "new line; empty line: next"))
	if e.f.Kind != flow.LongText {
		return []key.Binding{enter}, nil // a list: a blank line means nothing
	}
	// In paragraphs, a blank line starts the next one; enter there moves on.
	blank := key.NewBinding(key.WithKeys(k.Newline.Keys()...), key.WithHelp(k.Newline.Help().Key, "blank line"))
	return []key.Binding{enter}, []key.Binding{blank}
}

func (e *longTextEditor) editingKeys(k stepKeys) []key.Binding {
	return []key.Binding{k.SelectAll, k.ClearLine}
}

// onEmptyLine reports whether the cursor is on an empty line: there, enter
// moves on; elsewhere it starts a new line, so a list typed one item per
// line is not cut off at its first item.
func (e *longTextEditor) onEmptyLine() bool {
	area := e.open()
	lines := strings.Split(area.Value(), "\n")
	row := area.Line()
	return row >= len(lines) || strings.TrimSpace(lines[row]) == ""
}

// newline starts a new line at the cursor, unless the text is full.
func (e *longTextEditor) newline() (bool, tea.Cmd) {
	if refused := e.refuse(1, false); refused != nil {
		return false, refused
	}
	e.open().InsertString("\n")
	e.follow()
	return true, nil
}

// refuse keeps n characters out of a text with no room for them, before
// the text area sees them (it would wrap a paste of megabytes again on every
// key, or cut it at 10,000 lines without a word), and returns the status
// that says so; nil when they fit. A key refused leaves the text area and
// its drawing as they were, so it costs little.
func (e *longTextEditor) refuse(n int, paste bool) tea.Cmd {
	if n == 0 {
		return nil
	}
	area := e.open()
	have := utf8.RuneCountInString(area.Value()) - utf8.RuneCountInString(area.SelectedText())
	if msg := fieldcap.Refusal(e.f, have, n, paste); msg != "" {
		return setStatus(msg, true)
	}
	return nil
}

func (e *longTextEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, fieldcap.PasteKey) {
		return false, pasteFromClipboard
	}
	if refused := e.refuse(fieldcap.Incoming(msg, e.keys.Newline)); refused != nil {
		return false, refused
	}
	area := e.open()
	before := area.Value()
	e.fresh = false
	updated, cmd := area.Update(msg)
	*area = updated
	return updated.Value() != before, cmd
}

// ask shows the current text on one line and reads new lines until a line
// with a single ".".
func (e *longTextEditor) ask(p *prompter) (flow.Value, bool) {
	f := e.f
	def, now := shownDefault(f), "Now"
	if f.Value.Text == "" && f.Suggested {
		now = "Now (amjd's suggestion)"
	}
	switch {
	case f.Value.Text == "" && f.Example:
		p.printf("  (%s)\n", base.Printable(strings.ReplaceAll(f.Placeholder, "\n", " / ")))
	case def != "":
		p.printf("  %s: %s\n", now, base.Printable(strings.ReplaceAll(def, "\n", " / ")))
	}
	p.printf("  Type the new text; a line with a single \".\" ends it. An empty first line keeps it.\n")
	var lines []string
	for {
		l := p.line()
		if len(lines) == 0 && p.command(l) {
			if p.nav != navNone {
				return flow.Value{}, false
			}
			continue
		}
		if l == "." || (p.eof && l == "") {
			break
		}
		if len(lines) == 0 && strings.TrimSpace(l) == "" {
			return flow.Value{}, false
		}
		lines = append(lines, l)
		if p.eof {
			break
		}
	}
	if len(lines) == 0 {
		return flow.Value{}, false
	}
	return flow.Value{Text: strings.Join(lines, "\n")}, true
}
