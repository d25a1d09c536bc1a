package ui

import (
	"fmt"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/model/flow"
)

// choiceEditor picks one option from a list.
type choiceEditor struct{ optionList }

func newChoiceEditor(f flow.Field, styles *Styles) *choiceEditor {
	e := &choiceEditor{}
	selected := 0
	for i, o := range f.Options {
		if o.ID == f.Value.Text {
			selected = i
		}
	}
	e.init(f, styles, selected)
	return e
}

func (e *choiceEditor) value() flow.Value {
	if it, ok := e.selected(); ok {
		return flow.Value{Text: it.ID}
	}
	return flow.Value{}
}

func (e *choiceEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	before := e.list.Index()
	cmd := e.move(msg)
	return e.list.Index() != before, cmd
}

func (e *choiceEditor) summary() string {
	v := e.value().Text
	for _, o := range e.f.Options {
		if o.ID == v {
			return o.Label
		}
	}
	return ""
}

func (e *choiceEditor) bindings(k stepKeys) ([]key.Binding, []key.Binding) {
	return e.listBindings(k)
}

// ask lists the options by number; the current one is the default.
func (e *choiceEditor) ask(p *prompter) (flow.Value, bool) {
	f := e.f
	def := 0
	for i, o := range f.Options {
		line := fmt.Sprintf("  %d) %s", i+1, o.Label)
		if o.Help != "" {
			line += " — " + o.Help
		}
		if o.ID == f.Value.Text {
			def = i + 1
		}
		p.printf("%s\n", line)
	}
	for {
		ans := p.ask(fmt.Sprintf("Enter a number between 1 and %d", len(f.Options)), strconv.Itoa(def))
		if ans == "" {
			return flow.Value{}, false
		}
		if n, err := strconv.Atoi(ans); err == nil && n >= 1 && n <= len(f.Options) {
			return flow.Value{Text: f.Options[n-1].ID}, true
		}
		p.printf("  Enter a number between 1 and %d.\n", len(f.Options))
		if p.eof {
			return flow.Value{}, false
		}
	}
}
