package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"amjd/model/base"
	"amjd/model/flow"
	"amjd/ui/internal/fieldcap"
)

// textEditor answers in one line: text, a whole number or an amount.
type textEditor struct {
	editorBase
	input textinput.Model
}

func newTextEditor(f flow.Field, styles *Styles, keys stepKeys) *textEditor {
	in := textinput.New()
	in.KeyMap.DeleteBeforeCursor = keys.ClearLine
	in.Prompt = ""
	in.Placeholder = f.Placeholder
	in.CharLimit = 0                  // text past the field's limit is refused and said so (update), never cut
	in.KeyMap.Paste.SetEnabled(false) // ctrl+v: see fieldcap.PasteKey
	in.SetValue(f.Value.Text)
	in.CursorEnd()
	e := &textEditor{editorBase: editorBase{f: f}, input: in}
	e.restyle(styles)
	return e
}

func (e *textEditor) restyle(s *Styles) {
	e.restyleBase(s)
	e.input.SetStyles(s.TextInput)
}

func (e *textEditor) value() flow.Value                                { return flow.Value{Text: e.input.Value()} }
func (e *textEditor) focus() tea.Cmd                                   { return e.input.Focus() }
func (e *textEditor) blur()                                            { e.input.Blur() }
func (e *textEditor) takesText() bool                                  { return true }
func (e *textEditor) usesArrows() bool                                 { return false }
func (e *textEditor) summary() string                                  { return e.textSummary(e.value().Text) }
func (e *textEditor) setSize(width, _ int)                             { e.input.SetWidth(max(width, 10) - 2) }
func (e *textEditor) bindings(stepKeys) ([]key.Binding, []key.Binding) { return nil, nil }
func (e *textEditor) editingKeys(k stepKeys) []key.Binding             { return []key.Binding{k.ClearLine} }

// widget is the input, and under a number typed as "12M" what it reads as.
func (e *textEditor) widget(width int) string {
	out := "  " + base.WithoutInvisible(e.input.View())
	if read := e.f.Reading(e.input.Value()); read != "" {
		out += "\n  " + e.styles.Help.Render("reads as "+read)
	}
	return out
}

// update types into the field. A paste of several lines keeps the first:
// the field holds one line, and the status says so. A paste or a key that
// would take the text past the field's limit is refused whole, and the
// status says why.
func (e *textEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, fieldcap.PasteKey) {
		return false, pasteFromClipboard
	}
	var note tea.Cmd
	if paste, ok := msg.(tea.PasteMsg); ok && flow.HasExtraLines(paste.Content) {
		paste.Content = strings.SplitN(strings.TrimSpace(paste.Content), "\n", 2)[0]
		msg = paste
		note = setStatus("Pasted the first line only: this field holds one line.", true)
	}
	n, paste := fieldcap.Incoming(msg, key.Binding{})
	if problem := fieldcap.Refusal(e.f, utf8.RuneCountInString(e.input.Value()), n, paste); problem != "" {
		return false, setStatus(problem, true)
	}
	before := e.input.Value()
	var cmd tea.Cmd
	e.input, cmd = e.input.Update(msg)
	return e.input.Value() != before, tea.Batch(cmd, note)
}

// ask reads one line; empty keeps the answer shown in brackets.
func (e *textEditor) ask(p *prompter) (flow.Value, bool) {
	f := e.f
	if f.Value.Text == "" && f.Example {
		p.printf("  (%s)\n", base.Printable(f.Placeholder))
	}
	def := shownDefault(f)
	if f.Value.Text == "" && f.Suggested && def != "" {
		def = "suggested: " + def
	}
	ans := p.ask("  Answer", def)
	if ans == "" {
		return flow.Value{}, false
	}
	if read := f.Reading(ans); read != "" {
		p.printf("  (read as %s)\n", read)
	}
	return flow.Value{Text: ans}, true
}

// shownDefault is what an empty answer keeps: the current value, or the
// default the field stands for. An example is not a default.
func shownDefault(f flow.Field) string {
	switch {
	case f.Value.Text != "":
		return f.Value.Text
	case f.Example:
		return ""
	}
	return f.Placeholder
}
