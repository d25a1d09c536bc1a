package ui

import (
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/base"
	"amjd/model/flow"
	"amjd/ui/internal/fieldcap"
)

// editor edits one model.Field: one type per kind of field (editor_*.go),
// each with the bubbles widget that fits it, the keys it adds to the help
// bar, and how it asks its question in line mode.
type editor interface {
	field() flow.Field
	// setField takes a rebuilt field while keeping the widget (cursor,
	// scroll, what was typed).
	setField(flow.Field)
	value() flow.Value
	// update handles a message and reports whether the value changed.
	update(msg tea.Msg) (changed bool, cmd tea.Cmd)
	focus() tea.Cmd
	blur()
	setSize(width, listRows int)
	restyle(*Styles)
	// widget draws the focused widget; summary is the one-line answer shown
	// when the editor is not focused.
	widget(width int) string
	summary() string
	// bindings are the keys the editor adds to the step's help bar: what
	// you do here (toggle, new line), then how you move within it.
	bindings(k stepKeys) (act, move []key.Binding)
	// takesText is set for editors where ? and letters are typed as text;
	// usesArrows for those where ↑/↓ move inside the editor.
	takesText() bool
	usesArrows() bool
	// ask asks the question in line mode; ok is false when the user kept
	// the current answer.
	ask(p *prompter) (v flow.Value, ok bool)

	// hint is what the wizard shows beside the label: the field's help,
	// and for lists how to choose.
	hint() string

	problem() string
	setProblem(string)
}

// textEditing is an editor that takes text: the widget's editing keys worth
// knowing (how to clear an answer), for the full help only.
type textEditing interface {
	editingKeys(k stepKeys) []key.Binding
}

// newEditor builds the editor for the field's kind.
func newEditor(f flow.Field, styles *Styles, keys stepKeys) editor {
	switch f.Kind {
	case flow.Choice:
		return newChoiceEditor(f, styles)
	case flow.Multi:
		return newMultiEditor(f, styles)
	case flow.Cycle:
		return newCycleEditor(f, styles)
	case flow.LongText, flow.Lines:
		return newLongTextEditor(f, styles, keys)
	}
	return newTextEditor(f, styles, keys)
}

// editorBase is what every editor keeps: its field, its styles and the
// problem with what was typed, if any.
type editorBase struct {
	f      flow.Field
	styles *Styles
	err    string
}

func (b *editorBase) field() flow.Field     { return b.f }
func (b *editorBase) setField(f flow.Field) { b.f = f }
func (b *editorBase) problem() string       { return b.err }
func (b *editorBase) setProblem(p string)   { b.err = p }
func (b *editorBase) restyleBase(s *Styles) { b.styles = s }
func (b *editorBase) takesText() bool       { return false }
func (b *editorBase) usesArrows() bool      { return true }
func (b *editorBase) focus() tea.Cmd        { return nil }
func (b *editorBase) hint() string          { return b.f.Help }
func (b *editorBase) blur()                 {}
func (b *editorBase) textSummary(text string) string {
	text = strings.TrimSpace(text)
	if text != "" {
		// Escaped like any other typed text shown out of its field: a bidi
		// control left open would turn the rest of the screen row around.
		return base.Printable(firstLineOf(text))
	}
	f, s := b.f, b.styles
	switch {
	case f.Placeholder == "":
		return s.Placeholder.Render("(empty)")
	case f.Suggested:
		return s.Placeholder.Render(firstLineOf(f.Placeholder) + " (suggested)")
	case f.Example:
		return s.Placeholder.Render(firstLineOf(f.Placeholder))
	}
	return s.Placeholder.Render(firstLineOf(f.Placeholder) + " (default)")
}

// renderEditor draws an editor: a summary line when blurred, its label,
// help, widget and problem when focused.
func renderEditor(e editor, width int, focused bool, s *Styles) string {
	f := e.field()
	if !focused {
		line := s.Label.Render(f.Label+": ") + s.Summary.Render(e.summary())
		lead := "  "
		if e.problem() != "" {
			lead = s.Error.Render("✗ ") // still wrong: marked wherever the focus is
		}
		return lead + ansi.Truncate(line, max(width-2, 1), "…")
	}
	var b strings.Builder
	label := "▌ " + f.Label
	b.WriteString(s.FocusedLabel.Render(label))
	// The hint goes beside the label when it fits, else whole on the lines
	// below: cutting it would drop the part that says what to type.
	switch h := e.hint(); {
	case h == "":
	case ansi.StringWidth(label)+2+ansi.StringWidth(h) <= width:
		b.WriteString(s.Help.Render("  " + h))
	default:
		b.WriteString("\n" + indent(s.Help.Render(wrap(h, width-2)), "  "))
	}
	b.WriteString("\n")
	b.WriteString(e.widget(width))
	if p := e.problem(); p != "" {
		b.WriteString("\n  " + s.Error.Render(wrap("✗ "+p, width-2)))
	}
	return b.String()
}

func firstLineOf(s string) string {
	line, rest, _ := strings.Cut(s, "\n")
	if strings.TrimSpace(rest) != "" {
		line += " …"
	}
	return line
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

// statusMsg puts a line in the status bar; editors and dialogs return it as
// a command, since the status belongs to the root.
type statusMsg struct {
	text    string
	isError bool
}

func setStatus(text string, isError bool) tea.Cmd {
	return func() tea.Msg { return statusMsg{text: text, isError: isError} }
}

// pasteFromClipboard is what ctrl+v does in a text field (fieldcap.PasteKey).
var pasteFromClipboard = fieldcap.FromClipboard(func(text string) tea.Msg { return statusMsg{text: text, isError: true} })
