package ui

import (
	"fmt"
	"slices"
	"strings"

	"charm.land/bubbles/v2/key"
	"charm.land/lipgloss/v2"

	"amjd/model/base"
)

// formWidth is the form's column: beside the preview on a wide terminal it
// takes what the preview (at most 100 columns) leaves, from 64 to 100.
func (s *stepScreen) formWidth() int {
	if s.app.wide() {
		return max(formWidthWide, min(s.width-maxReviewWidth-6, 100))
	}
	return s.width - 2
}

// layout sizes the editors: the focused list shows as many options as the
// rows the rest of the form leaves, measured with the list at its least.
func (s *stepScreen) layout(width, height int) {
	s.width, s.height = width, height
	const least = 3
	for _, e := range s.editors {
		e.setSize(s.formWidth()-2, least)
	}
	// Only a focused list fills the rows the form leaves (the fields out of
	// focus show a line each), so a focused text field skips the measuring.
	if s.focused < 0 || s.focused >= len(s.editors) || s.focusedEditor().takesText() {
		return
	}
	form, _ := s.form()
	spare := height - lipgloss.Height(form)
	for _, e := range s.editors {
		e.setSize(s.formWidth()-2, least+max(spare, 0))
	}
}

// preview is the live posting beside the form, on a wide terminal only.
func (s *stepScreen) preview() previewSpec {
	if !s.app.wide() {
		return previewSpec{}
	}
	return previewSpec{markdown: s.app.markdown(), width: s.width - s.formWidth() - 6, height: s.height, border: true,
		anchor: s.app.current().Anchor(s.step().ID, s.app.short)}
}

func (s *stepScreen) progress() string {
	return fmt.Sprintf("Step %d of %d", s.index+1, len(s.app.steps))
}

func (s *stepScreen) view() string {
	form, focus := s.form()
	form = fitAround(form, focus, s.height, &s.app.styles)
	if !s.app.wide() {
		return form
	}
	return sideBySide(form, s.formWidth(), "  ", s.app.preview.view())
}

// form is the step's column: title, why, the editors and what to know; focus
// is the first and last line of the focused field in it.
func (s *stepScreen) form() (form string, focus [2]int) {
	st := s.app.styles
	step := s.step()
	fw := s.formWidth()
	var b strings.Builder
	b.WriteString(st.Title.Render(step.Title) + "\n")
	b.WriteString(st.Why.Render(wrap(step.Why, fw)) + "\n\n")
	for i, e := range s.editors {
		top := strings.Count(b.String(), "\n")
		b.WriteString(renderEditor(e, fw, i == s.focused, &st) + "\n")
		if i == s.focused {
			focus = [2]int{top, strings.Count(b.String(), "\n") - 1}
		}
	}
	for _, notice := range []string{s.changed, s.state.Notice} {
		if notice != "" {
			b.WriteString("\n" + st.Notice.Render(wrap("ℹ "+notice, fw)) + "\n")
		}
	}
	if s.blockMsg != "" {
		b.WriteString("\n" + st.Error.Render(wrap(s.blockMsg, fw)) + "\n")
		if step.ID == base.StepVariant {
			b.WriteString(st.Help.Render("Move to another role with ↑/↓.") + "\n")
		}
	}
	if s.warnMsg != "" {
		b.WriteString("\n" + st.Warning.Render(wrap("! "+s.warnMsg, fw)) + "\n")
	}
	return b.String(), focus
}

// fitAround shows the part of a form taller than the screen that holds the
// focused field (lines focus[0] to focus[1]), with a line saying how many
// lines are above and below, so a small terminal never hides the field the
// keys act on.
func fitAround(form string, focus [2]int, height int, st *Styles) string {
	lines := strings.Split(strings.TrimSuffix(form, "\n"), "\n")
	if len(lines) <= height || height < 5 {
		return form
	}
	room, top := height-1, 0 // a marker line below
	if focus[1] >= room {    // and one above
		room = height - 2
		top = min(max(min(focus[1]+1-room, focus[0]), 0), len(lines)-room)
	}
	var b strings.Builder
	if top > 0 {
		b.WriteString(st.Help.Render(moreLines("above", top)) + "\n")
	}
	b.WriteString(strings.Join(lines[top:top+room], "\n") + "\n")
	b.WriteString(st.Help.Render(moreLines("below", len(lines)-top-room)) + "\n")
	return b.String()
}

func moreLines(where string, n int) string {
	switch n {
	case 0:
		return ""
	case 1:
		return "  ⋮ 1 more line " + where
	}
	return fmt.Sprintf("  ⋮ %d more lines %s", n, where)
}

// helpKeys: moving on and back, what the focused editor adds, then quit and
// more keys, which always stay.
func (s *stepScreen) helpKeys() contextHelp {
	k, g := s.app.keys.Step, s.app.keys.Global
	e := s.focusedEditor()
	act, move := e.bindings(k)
	var short []key.Binding
	if len(act) > 0 && slices.Contains(act[0].Keys(), "enter") {
		// The field gives enter its own meaning (a new line): say that one,
		// and keep tab, the plain way out of it, before esc when space is short.
		short = slices.Clone(act)
		if len(s.editors) > 1 {
			short = append(short, k.NextField)
		}
		short = append(short, k.Back)
	} else {
		short = append([]key.Binding{k.Next, k.Back}, act...)
		if len(s.editors) > 1 {
			short = append(short, k.NextField)
		}
	}
	short = append(short, move...)
	helpKey := g.Help
	if e.takesText() {
		helpKey = g.HelpInText
	}
	short = append(short, g.Quit, helpKey)
	// Two columns, so that the field's own keys fit beside the rest at 80.
	field := slices.Concat(act, move)
	if te, ok := e.(textEditing); ok {
		field = append(field, te.editingKeys(k)...)
	}
	full := [][]key.Binding{{k.Next, k.NextField, k.PrevField, k.Back, g.Quit, helpKey}, field}
	if s.app.wide() {
		full = append(full, []key.Binding{k.ScrollUp, k.ScrollDown})
	}
	return contextHelp{short: short, keep: 2, full: full}
}
