package ui

import (
	"errors"
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/flow"
)

// stepScreen asks one step's questions, one editor per field, with the live
// preview beside them on a wide terminal.
type stepScreen struct {
	app        *app
	index      int
	fromReview bool // enter returns to review instead of the next step

	state   flow.StepState // the step evaluated for the current answers
	editors []editor
	focused int
	// blockMsg says why the step cannot be confirmed; warnMsg is a warning
	// confirmed by pressing enter again.
	blockMsg, warnMsg string
	warned            bool
	// changed says what answers on other steps changed in this step's lists
	// since the user was last here.
	changed       string
	width, height int
	// unapplied is set while the focused field holds a number typed and not
	// yet stored: it is stored as the field is left.
	unapplied bool
}

// newStepScreen opens the step an openStep names, focused on the field it
// asks for: the last one, or one by key.
func newStepScreen(a *app, open openStep) *stepScreen {
	s := &stepScreen{app: a, index: open.index, fromReview: open.fromReview, width: a.width, height: a.height}
	s.rebuild()
	if open.focusLast {
		s.focused = len(s.editors) - 1
	}
	if i := s.fieldIndex(open.field); i >= 0 {
		s.focused = i
	}
	s.changed = s.changesSinceSeen()
	if s.retryKept() { // values kept from before (a resumed draft) that now fit
		a.reassemble()
		s.rebuild()
	}
	return s
}

// fieldIndex is the position of the editor of the field key, or -1.
func (s *stepScreen) fieldIndex(key string) int {
	return slices.IndexFunc(s.editors, func(e editor) bool { return e.field().Key == key })
}

// remember notes what the step's lists show chosen as the user leaves it.
func (s *stepScreen) remember() {
	for _, e := range s.editors {
		if f := e.field(); f.Kind == flow.Multi {
			s.app.seen[f.Key] = e.value().IDs
		}
	}
}

// changesSinceSeen compares the step's lists with how the user left them:
// lines added or taken out meanwhile came from answers on other steps.
func (s *stepScreen) changesSinceSeen() string {
	var added, dropped []string
	for _, e := range s.editors {
		f := e.field()
		before, ok := s.app.seen[f.Key]
		if !ok || f.Kind != flow.Multi {
			continue
		}
		for _, o := range f.Options {
			label := `"` + ansi.Truncate(o.Label, 48, "…") + `"`
			now, was := slices.Contains(f.Value.IDs, o.ID), slices.Contains(before, o.ID)
			switch {
			case now && !was:
				added = append(added, label)
			case !now && was:
				dropped = append(dropped, label)
			}
		}
		for _, id := range before {
			if !slices.ContainsFunc(f.Options, func(o flow.Option) bool { return o.ID == id }) {
				dropped = append(dropped, "a line no longer offered")
			}
		}
	}
	if len(added)+len(dropped) == 0 {
		return ""
	}
	var parts []string
	if len(added) > 0 {
		parts = append(parts, "now suggested: "+listOf(added))
	}
	if len(dropped) > 0 {
		parts = append(parts, "no longer included: "+listOf(slices.Compact(dropped)))
	}
	return "Your answers on other steps changed this one since you were here; " + strings.Join(parts, "; ") + "."
}

// listOf names up to two items and counts the rest.
func listOf(items []string) string {
	if len(items) <= 2 {
		return strings.Join(items, " and ")
	}
	return fmt.Sprintf("%s, %s and %d more", items[0], items[1], len(items)-2)
}

func (s *stepScreen) step() flow.Step       { return s.app.steps[s.index] }
func (s *stepScreen) draftStep() string     { return s.step().ID }
func (s *stepScreen) focusedEditor() editor { return s.editors[s.focused] }

// rebuild matches editors to the step's current fields, keeping the widget
// (cursor, scroll, typed text) of every field that is still there.
func (s *stepScreen) rebuild() {
	a := s.app
	s.state = s.step().For(a.cat, a.answers)
	old := map[string]editor{}
	for _, e := range s.editors {
		old[e.field().Key] = e
	}
	editors := make([]editor, len(s.state.Fields))
	for i, f := range s.state.Fields {
		// A field the user has not touched follows its new value (the
		// currency after the location changes); a touched one keeps what
		// was typed or picked.
		if e, ok := old[f.Key]; ok && sameOptions(e.field().Options, f.Options) && !untouchedSince(e, f) {
			e.setField(f)
			editors[i] = e
			continue
		}
		typed, pending := a.pending[f.Key]
		if pending {
			f.Value = typed
		}
		editors[i] = newEditor(f, &a.styles, a.keys.Step)
		if pending {
			if err := f.Check(a.answers, typed); err != nil {
				editors[i].setProblem(err.Error())
			}
		}
	}
	s.editors = editors
	s.focused = min(s.focused, len(editors)-1)
	s.layout(s.width, s.height)
}

// untouchedSince reports whether the editor still shows the value it was
// built with while the field now has another one.
func untouchedSince(e editor, f flow.Field) bool {
	now, was := e.value(), e.field().Value
	same := func(a, b flow.Value) bool { return a.Text == b.Text && slices.Equal(a.IDs, b.IDs) }
	return same(now, was) && !same(was, f.Value)
}

func sameOptions(a, b []flow.Option) bool {
	return slices.EqualFunc(a, b, func(x, y flow.Option) bool { return x.ID == y.ID })
}

func (s *stepScreen) focusEditor() tea.Cmd {
	var cmd tea.Cmd
	for i, e := range s.editors {
		if i == s.focused {
			cmd = e.focus()
		} else {
			e.blur()
		}
	}
	return cmd
}

func (s *stepScreen) moveFocus(delta int) tea.Cmd {
	if e := s.focusedEditor(); e.problem() == "" && e.field().Retyped(e.value()) {
		s.editors[s.focused] = newEditor(e.field(), &s.app.styles, s.app.keys.Step) // left, it shows the text as taken: cleaned
	}
	s.focused = (s.focused + delta + len(s.editors)) % len(s.editors)
	s.layout(s.width, s.height) // the focused list takes the rows left
	return s.focusEditor()
}

// apply stores the focused editor's value in the answers, or keeps it as
// typed with the problem shown when it does not validate. A value refused
// alone may be right beside another kept as typed (the two ends of a pay
// range): they are tried together, and a value kept as typed is tried again
// once the answers change.
func (s *stepScreen) apply() tea.Cmd {
	a := s.app
	e := s.focusedEditor()
	v := e.value()
	key := e.field().Key
	if err := e.field().Apply(&a.answers, v); err != nil {
		if err = s.applyWithKept(e, err); err != nil {
			e.setProblem(err.Error())
			a.pending[key] = v
			return a.noteDraft() // what was typed is kept, valid or not
		}
	}
	s.settle(e)
	s.retryKept()
	a.dirty = true
	s.blockMsg, s.warnMsg, s.warned = "", "", false
	a.reassemble()
	s.rebuild()
	s.focused = max(s.fieldIndex(key), 0)
	return tea.Batch(s.focusEditor(), a.noteDraft())
}

// confirm validates the step and moves on, to review when editing from it.
func (s *stepScreen) confirm() (tea.Cmd, action) {
	a := s.app
	for i, e := range s.editors {
		if err := e.field().Check(a.answers, e.value()); err != nil || e.problem() != "" {
			if e.problem() == "" {
				e.setProblem(err.Error())
			}
			s.blockMsg = "Fix the field marked ✗ to continue."
			return s.moveFocus(i - s.focused), nil
		}
	}
	if s.state.Block != "" {
		s.blockMsg = s.state.Block
		return nil, nil
	}
	if s.state.Warn != "" && !s.warned {
		s.warnMsg, s.warned = s.state.Warn+" Press enter again to keep them all.", true
		return nil, nil
	}
	if s.fromReview || s.index == len(a.steps)-1 {
		return nil, openReview{}
	}
	return nil, openStep{index: s.index + 1}
}

// back leaves the step: to review when editing from it, else to the step
// before (its last field focused) or the welcome screen.
func (s *stepScreen) back() action {
	switch {
	case s.fromReview:
		// esc does not check the step; say so when what was typed is not used.
		for _, e := range s.editors {
			if p := e.problem(); p != "" {
				s.app.setStatus(notUsed(e.field(), p), true)
				break
			}
		}
		return openReview{}
	case s.index == 0:
		return openWelcome{}
	}
	return openStep{index: s.index - 1, focusLast: true}
}

func (s *stepScreen) update(msg tea.Msg) (tea.Cmd, action) {
	k, isKey := msg.(tea.KeyPressMsg)
	if !isKey {
		return s.updateFocused(msg), nil
	}
	keys := s.app.keys.Step
	e := s.focusedEditor()
	if leaves := key.Matches(k, keys.Back, keys.Next, keys.NextField, keys.PrevField) ||
		!e.usesArrows() && key.Matches(k, keys.Up, keys.Down); leaves && s.unapplied {
		// A number is taken as the field is left, never half typed.
		commit := s.commit()
		cmd, act := s.update(msg)
		return tea.Batch(commit, cmd), act
	}
	switch {
	case key.Matches(k, keys.Back):
		return nil, s.back()
	case key.Matches(k, keys.Next) && isLongText(e) && !e.(*longTextEditor).onEmptyLine():
		changed, cmd := e.(*longTextEditor).newline()
		if changed {
			return tea.Batch(cmd, s.apply()), nil
		}
		return cmd, nil
	case key.Matches(k, keys.Next):
		if e.problem() != "" {
			s.blockMsg = "Fix the field marked ✗ to continue." // enter does not leave a wrong answer
			return nil, nil
		}
		if s.focused < len(s.editors)-1 {
			return s.moveFocus(1), nil
		}
		return s.confirm()
	case key.Matches(k, keys.NextField):
		return s.moveFocus(1), nil
	case key.Matches(k, keys.PrevField):
		if s.focused == 0 {
			return nil, s.back()
		}
		return s.moveFocus(-1), nil
	case key.Matches(k, keys.ScrollUp):
		s.app.preview.scrollBy(-3)
		return nil, nil
	case key.Matches(k, keys.ScrollDown):
		s.app.preview.scrollBy(3)
		return nil, nil
	case !e.usesArrows() && key.Matches(k, keys.Up):
		return s.moveFocus(-1), nil
	case !e.usesArrows() && key.Matches(k, keys.Down):
		return s.moveFocus(1), nil
	}
	return s.updateFocused(msg), nil
}

// updateFocused passes a message to the focused editor and stores the
// answer if it changed. A number is stored once the field is left: "9500"
// on the way to "95000" is not an answer, and must not reach the posting.
func (s *stepScreen) updateFocused(msg tea.Msg) tea.Cmd {
	e := s.focusedEditor()
	changed, cmd := e.update(msg)
	if !changed {
		return cmd
	}
	if kind := e.field().Kind; kind == flow.Integer || kind == flow.Money {
		s.unapplied = true
		s.app.pending[e.field().Key] = e.value() // kept in the draft while typed
		// What is not a number is said at once; how it sits with the other
		// answers (a range's two ends) is judged as the field is left.
		var across *flow.AcrossFieldsError
		if err := e.field().Check(s.app.answers, e.value()); err != nil && !errors.As(err, &across) {
			e.setProblem(err.Error())
		} else {
			e.setProblem("")
		}
		return tea.Batch(cmd, s.app.noteDraft())
	}
	return tea.Batch(cmd, s.apply())
}

func isLongText(e editor) bool {
	_, ok := e.(*longTextEditor)
	return ok
}

func (s *stepScreen) typing() bool { return s.focusedEditor().takesText() }

func (s *stepScreen) restyle() {
	for _, e := range s.editors {
		e.restyle(&s.app.styles)
	}
}
