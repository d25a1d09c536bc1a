package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/model/flow"
)

// multiEditor picks any number of options; space toggles the one under the
// cursor.
type multiEditor struct {
	optionList
	chosen map[string]bool
}

func newMultiEditor(f flow.Field, styles *Styles) *multiEditor {
	e := &multiEditor{chosen: map[string]bool{}}
	for _, id := range f.Value.IDs {
		e.chosen[id] = true
	}
	e.init(f, styles, 0)
	e.mark = func(_ int, id string) string {
		if e.chosen[id] {
			return e.styles.Checked.Render("[x] ")
		}
		return "[ ] "
	}
	return e
}

func (e *multiEditor) value() flow.Value {
	var ids []string
	for _, o := range e.f.Options {
		if e.chosen[o.ID] {
			ids = append(ids, o.ID)
		}
	}
	return flow.Value{IDs: ids}
}

func (e *multiEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	if !isSpace(msg) {
		return false, e.move(msg)
	}
	if it, ok := e.selected(); ok {
		e.chosen[it.ID] = !e.chosen[it.ID]
		return true, nil
	}
	return false, nil
}

func (e *multiEditor) summary() string {
	var labels []string
	for _, o := range e.f.Options {
		if e.chosen[o.ID] {
			labels = append(labels, o.Label)
		}
	}
	if len(labels) == 0 {
		return "none"
	}
	for i, l := range labels {
		labels[i] = strings.TrimRight(l, ".") // the list adds its own separators
	}
	return fmt.Sprintf("%d chosen: %s", len(labels), strings.Join(labels, "; "))
}

func (e *multiEditor) hint() string {
	if e.f.Help == "" {
		return "space toggles"
	}
	return "space toggles; " + e.f.Help
}

func (e *multiEditor) bindings(k stepKeys) ([]key.Binding, []key.Binding) {
	return e.listBindings(k, k.Toggle)
}

func (e *multiEditor) ask(p *prompter) (flow.Value, bool) {
	p.listOptions(e.f.Options, e.f.Value.IDs)
	v, ok := p.askNumbers(e.f.Options, "Numbers to choose, separated by commas, or none; -3 +5 edits", e.f.Value.IDs)
	if ok {
		p.printf("  Chosen now: %s\n", p.numbersOf(e.f.Options, v.IDs))
	}
	return v, ok
}
