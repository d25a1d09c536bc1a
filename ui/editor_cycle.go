package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/model/flow"
)

// cycleEditor gives each option one of the field's states (required, nice to
// have, left out); space moves the option under the cursor to the next state.
type cycleEditor struct {
	optionList
	states []string // one state id per option
}

func newCycleEditor(f flow.Field, styles *Styles) *cycleEditor {
	e := &cycleEditor{states: slices.Clone(f.Value.IDs)}
	e.init(f, styles, 0)
	e.mark = func(index int, _ string) string {
		state := e.states[index]
		label := fmt.Sprintf("%-*s", e.labelWidth(), "["+e.stateLabel(state)+"]")
		if state == e.f.LeftOut() {
			return e.styles.Placeholder.Render(label) + " "
		}
		return e.styles.Checked.Render(label) + " "
	}
	return e
}

// labelWidth lines the options up after the widest state label.
func (e *cycleEditor) labelWidth() int {
	w := 0
	for _, st := range e.f.States {
		w = max(w, len(st.Label)+2)
	}
	return w
}

func (e *cycleEditor) stateLabel(id string) string {
	for _, st := range e.f.States {
		if st.ID == id {
			return st.Label
		}
	}
	return id
}

func (e *cycleEditor) value() flow.Value { return flow.Value{IDs: slices.Clone(e.states)} }

func (e *cycleEditor) update(msg tea.Msg) (bool, tea.Cmd) {
	if !isSpace(msg) {
		return false, e.move(msg)
	}
	i := e.list.Index()
	if i >= len(e.states) {
		return false, nil
	}
	states := e.f.States
	next := (slices.IndexFunc(states, func(o flow.Option) bool { return o.ID == e.states[i] }) + 1) % len(states)
	e.states[i] = states[next].ID
	return true, nil
}

// summary counts the options in each state but the one that leaves them out.
func (e *cycleEditor) summary() string {
	var parts []string
	for _, st := range e.f.States {
		if st.ID != e.f.LeftOut() {
			parts = append(parts, fmt.Sprintf("%d %s", countOf(e.states, st.ID), st.Label))
		}
	}
	return strings.Join(parts, ", ")
}

func countOf(list []string, id string) int {
	n := 0
	for _, x := range list {
		if x == id {
			n++
		}
	}
	return n
}

func (e *cycleEditor) hint() string {
	labels := make([]string, len(e.f.States))
	for i, st := range e.f.States {
		labels[i] = st.Label
	}
	return "space cycles " + strings.Join(labels, " → ")
}

func (e *cycleEditor) bindings(k stepKeys) ([]key.Binding, []key.Binding) {
	return e.listBindings(k, key.NewBinding(key.WithKeys("space"), key.WithHelp("space", "next state")))
}

// ask lists the options once, then asks which are in each state but the
// last; what is in none of them is left out.
func (e *cycleEditor) ask(p *prompter) (flow.Value, bool) {
	f := e.f
	asked := f.States[:len(f.States)-1]
	for i, o := range f.Options {
		p.printf("  %d) [%s] %s\n", i+1, e.stateLabel(f.Value.IDs[i]), o.Label)
	}
	chosen := make([][]string, len(asked))
	anyTyped := false
	for si, st := range asked {
		var now []string
		for i, o := range f.Options {
			if f.Value.IDs[i] == st.ID {
				now = append(now, o.ID)
			}
		}
		v, ok := p.askNumbers(f.Options, "Numbers that are "+st.Label, now)
		chosen[si], anyTyped = now, anyTyped || ok
		if ok {
			chosen[si] = v.IDs
		}
	}
	if !anyTyped {
		return flow.Value{}, false
	}
	states := make([]string, len(f.Options))
	for i, o := range f.Options {
		states[i] = f.LeftOut()
		for si := len(asked) - 1; si >= 0; si-- { // the first state wins
			if slices.Contains(chosen[si], o.ID) {
				states[i] = asked[si].ID
			}
		}
	}
	return flow.Value{IDs: states}, true
}
