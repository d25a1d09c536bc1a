package ui

import (
	"bufio"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
)

func qualificationsField(t *testing.T) flow.Field {
	t.Helper()
	for _, f := range flow.Steps()[flow.StepIndex(base.StepSkills)].For(nil2cat(), answers.Answers{}).Fields {
		if f.Kind == flow.Cycle {
			return f
		}
	}
	t.Fatal("the skills step has no cycle field")
	return flow.Field{}
}

// The cycle editor takes its states from the field: space moves an option
// through them in order, and line mode asks one question per state but the
// one that leaves an option out.
func TestCycleEditorFollowsTheFieldsStates(t *testing.T) {
	f := qualificationsField(t)
	styles := NewStyles(true)
	e := newCycleEditor(f, &styles)
	first := f.Value.IDs[0]
	var seen []string
	for range f.States {
		e.update(keyMsg("space"))
		seen = append(seen, e.value().IDs[0])
	}
	distinct := slices.Clone(seen)
	slices.Sort(distinct)
	if seen[len(seen)-1] != first || len(slices.Compact(distinct)) != len(f.States) {
		t.Errorf("space cycled %v from %q; want every state once, back to the start", seen, first)
	}
	if h := e.hint(); !strings.Contains(h, "required → nice to have → left out") {
		t.Errorf("hint %q does not name the states in order", h)
	}

	var out strings.Builder
	p := &prompter{in: bufio.NewReader(strings.NewReader("2\n1\n")), out: &out}
	v, ok := newCycleEditor(f, &styles).ask(p)
	if !ok {
		t.Fatal("answers were typed but the editor kept the old value")
	}
	want := make([]string, len(f.Options))
	for i := range want {
		want[i] = "off"
	}
	want[1], want[0] = "required", "preferred"
	if !slices.Equal(v.IDs, want) {
		t.Errorf("states %v, want %v", v.IDs, want)
	}
	for _, q := range []string{"Numbers that are required", "Numbers that are nice to have", "[required]"} {
		if !strings.Contains(out.String(), q) {
			t.Errorf("line mode did not say %q:\n%s", q, out.String())
		}
	}
	if strings.Contains(out.String(), "Numbers that are left out") {
		t.Errorf("line mode asked for the state that leaves options out:\n%s", out.String())
	}
}

// Every kind of field gets an editor of its own, and lists say how to choose.
func TestEachKindHasItsEditor(t *testing.T) {
	styles := NewStyles(true)
	keys := newKeyMap().Step
	for _, c := range []struct {
		kind flow.Kind
		want string
		hint string
	}{
		{flow.Choice, "*ui.choiceEditor", ""},
		{flow.Multi, "*ui.multiEditor", "space toggles"},
		{flow.Text, "*ui.textEditor", ""},
		{flow.Integer, "*ui.textEditor", ""},
		{flow.Money, "*ui.textEditor", ""},
		{flow.LongText, "*ui.longTextEditor", ""},
		{flow.Lines, "*ui.longTextEditor", ""},
	} {
		e := newEditor(flow.Field{Kind: c.kind, Options: []flow.Option{{ID: "a", Label: "A"}}}, &styles, keys)
		if got := typeName(e); got != c.want || e.hint() != c.hint {
			t.Errorf("kind %d: %s with hint %q, want %s with %q", c.kind, got, e.hint(), c.want, c.hint)
		}
	}
}

func typeName(v any) string {
	switch v.(type) {
	case *choiceEditor:
		return "*ui.choiceEditor"
	case *multiEditor:
		return "*ui.multiEditor"
	case *cycleEditor:
		return "*ui.cycleEditor"
	case *textEditor:
		return "*ui.textEditor"
	case *longTextEditor:
		return "*ui.longTextEditor"
	}
	return "?"
}

// Every line of a multi-line example is dimmed, not only the first, and the
// text area's bar is visible on a light background.
func TestMultiLineExamplesAreDimmedThroughout(t *testing.T) {
	examples := map[string][]string{
		"optional, e.g. Health cover\nA pension\nHoliday": {"A pension", "Holiday"},
		// one line the text area wraps
		"e.g. We make the software that a thousand mid-sized retailers run their stock on.": {"retailers run their stock on."},
	}
	for _, dark := range []bool{true, false} {
		styles := NewStyles(dark)
		for example, continued := range examples {
			e := newLongTextEditor(flow.Field{Kind: flow.Lines, Placeholder: example}, &styles, newKeyMap().Step)
			e.setSize(60, 0)
			e.focus()
			lines := strings.Split(e.view(), "\n")
			for i, want := range continued {
				if !strings.Contains(lines[i+1], styles.TextArea.Focused.Placeholder.Render(want)) {
					t.Errorf("dark=%v: example line %q is not dimmed: %q", dark, want, lines[i+1])
				}
			}
		}
		if fg := styles.TextArea.Focused.Prompt.GetForeground(); fg == nil || fg == styles.TextArea.Focused.CursorLine.GetBackground() {
			t.Errorf("dark=%v: the text area's bar has no colour of its own", dark)
		}
	}
}

// A long-text field's text area is open only while the field has the focus:
// each holds room for 10,000 lines (240 KB), and a step has up to four. What
// was typed survives the focus leaving and coming back.
func TestLongTextHoldsATextAreaOnlyWithTheFocus(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.enterToStep("about")
	s := h.stepScreen()
	var long []*longTextEditor
	for _, e := range s.editors {
		if lt, ok := e.(*longTextEditor); ok {
			long = append(long, lt)
		}
	}
	if len(long) < 2 {
		t.Fatalf("the about step has %d long-text fields; the test needs two", len(long))
	}
	h.tabTo(func(e editor) bool { return e == editor(long[0]) })
	h.typeText("We make bicycles.")
	h.key("tab")
	for _, lt := range long {
		if open := lt.area != nil; open != (s.editors[s.focused] == editor(lt)) {
			t.Errorf("%s: text area open=%v with focus=%v", lt.f.Label, open, !open)
		}
	}
	if got := long[0].value().Text; !strings.HasSuffix(got, "We make bicycles.") {
		t.Errorf("the text typed was lost when the focus left: %q", got)
	}
	h.key("shift+tab")
	if got := s.editors[s.focused].value().Text; !strings.HasSuffix(got, "We make bicycles.") || long[0].area == nil {
		t.Errorf("back in the field, its text is %q", got)
	}
}

// The text area shows four lines; with more, the lines around the cursor are
// the ones shown: on coming back to the field (cursor at the end), after
// enter starts a new line at the bottom, and after a resize.
func TestLongTextShowsTheLinesAtTheCursor(t *testing.T) {
	h := inAbout(t, 100, 30)
	for i := 1; i <= 6; i++ {
		h.typeText(fmt.Sprintf("line %d", i))
		h.key("enter")
	}
	h.typeText("the last line")
	shows := func(when string, want, gone string) {
		t.Helper()
		v := ansi.Strip(h.stepScreen().view()) // the form: the preview shows the whole text
		if !strings.Contains(v, want) || strings.Contains(v, gone) {
			t.Errorf("%s: want %q shown and %q scrolled away:\n%s", when, want, gone, v)
		}
	}
	shows("typing", "the last line", "line 1")
	h.key("tab")
	h.key("shift+tab")
	shows("back in the field", "the last line", "line 1")
	h.key("enter") // at the end of a line: a new, empty line below it
	shows("after enter at the bottom", "line 5", "line 4")
	h.send(tea.WindowSizeMsg{Width: 60, Height: 20})
	shows("after a resize", "the last line", "line 1")
}

// In a paragraph field, enter on an empty line moves on, so a blank line
// between paragraphs is typed with alt+enter; the help bar says so, and the
// posting keeps the two paragraphs.
func TestABlankLineSeparatesParagraphs(t *testing.T) {
	h := inAbout(t, 160, 48)
	if bar := lastLine(h.view()); !strings.Contains(bar, "alt+enter blank line") {
		t.Errorf("the help bar does not say how to type a blank line:\n%s", bar)
	}
	h.typeText("We make bicycles.")
	h.key("enter")
	h.send(tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
	h.typeText("Since 1990.")
	h.key("tab")
	if md := h.m.app.markdown(); !strings.Contains(md, "We make bicycles.\n\nSince 1990.") {
		t.Errorf("the paragraphs were joined:\n%s", md)
	}
}

// A long paste stays editable: bubbles' text area blocks new lines past its
// height limit (99 by default) and keeps wrapped lines for only that many.
func TestLongTextTakesNewLinesPastAHundred(t *testing.T) {
	styles := NewStyles(true)
	e := newLongTextEditor(flow.Field{Kind: flow.LongText}, &styles, newKeyMap().Step)
	e.setSize(60, 0)
	e.focus()
	e.update(tea.PasteMsg{Content: strings.Repeat("a line\n", 120) + "the end"})
	e.update(tea.KeyPressMsg{Code: tea.KeyEnter, Mod: tea.ModAlt})
	e.update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	if got := e.value().Text; !strings.HasSuffix(got, "the end\nx") {
		t.Errorf("alt+enter after 121 lines did not start a new line: ...%q", got[max(len(got)-20, 0):])
	}
}

// enterToStep presses enter from the welcome screen until the step shows.
func (h *harness) enterToStep(id string) {
	h.t.Helper()
	h.key("enter")
	h.enterUntilStep(id)
}

// inAbout starts the wizard at the given size with About the company, the
// first long-text field, focused.
func inAbout(t *testing.T, width, height int) *harness {
	t.Helper()
	h := newHarness(t, Options{}, width, height)
	h.enterToStep("about")
	h.tabTo(isLongText)
	return h
}

// tabTo moves the focus to the first field of the step that is wanted.
func (h *harness) tabTo(wanted func(editor) bool) {
	h.t.Helper()
	s := h.stepScreen()
	for i := 0; i < len(s.editors) && !wanted(s.editors[s.focused]); i++ {
		h.key("tab")
	}
	if !wanted(s.editors[s.focused]) {
		h.t.Fatalf("no field of step %s is the one wanted", h.stepID())
	}
}

// On a terminal too short for a step's form, the form scrolls to the focused
// field and says how much is above and below it.
func TestAShortTerminalShowsTheFocusedField(t *testing.T) {
	h := newHarness(t, Options{}, 60, 20)
	h.enterToStep("pay")
	h.tabTo(func(e editor) bool { return e.field().Key == "travel" })
	v := h.view()
	if !strings.Contains(v, "▌ Travel") || !strings.Contains(v, "more lines above") {
		t.Errorf("the focused Travel field is not on a 60x20 screen:\n%s", v)
	}
	if got := strings.Count(v, "\n") + 1; got > 20 {
		t.Errorf("the screen has %d lines at 20 rows:\n%s", got, v)
	}
	h.tabTo(func(e editor) bool { return e.field().Key == "pay_min" })
	if v := h.view(); !strings.Contains(v, "▌ Pay from") || !strings.Contains(v, "more lines below") {
		t.Errorf("back at the first field, the form does not show it:\n%s", v)
	}
}

// A text area is drawn once per change and the drawing kept: a change of
// the terminal's background must still redraw it in the new colours.
func TestLongTextFollowsTheBackground(t *testing.T) {
	h := inAbout(t, 100, 30)
	h.typeText("A paragraph about us")
	typedLine := func() string {
		t.Helper()
		for _, l := range strings.Split(h.m.render(), "\n") {
			if strings.Contains(ansi.Strip(l), "A paragraph about us") {
				return l
			}
		}
		t.Fatalf("the typed line is not shown:\n%s", h.view())
		return ""
	}
	h.send(tea.BackgroundColorMsg{Color: color.Black})
	dark := typedLine()
	h.send(tea.BackgroundColorMsg{Color: color.White})
	if light := typedLine(); light == dark {
		t.Errorf("the text area kept its dark colours on a light background: %q", light)
	}
}

// Lines copied on Windows end in \r\n: pasted, they stay lines of one
// paragraph, not paragraphs of their own.
func TestAWindowsPasteKeepsItsLines(t *testing.T) {
	h := inAbout(t, 100, 30)
	h.key("ctrl+g")
	h.key("backspace")
	h.send(tea.PasteMsg{Content: "First line\r\nSecond line\r\nThird line"})
	if got, want := h.m.app.answers.About, "First line\nSecond line\nThird line"; got != want {
		t.Errorf("pasted %q, want %q", got, want)
	}
}

// A field out of focus shows its first line with controls made visible: an
// open right-to-left override would turn the rest of the screen row around.
func TestASummaryShowsBidiControls(t *testing.T) {
	styles := NewStyles(true)
	e := newLongTextEditor(flow.Field{Kind: flow.Lines}, &styles, newKeyMap().Step)
	e.text = "Bidi \u202ereversed\u202c text\nsecond"
	if got := e.summary(); strings.ContainsRune(got, '\u202e') || !strings.Contains(got, `\u202e`) {
		t.Errorf("summary %q shows the override raw", got)
	}
}

// A bidirectional override typed into a field is not drawn while the field
// is edited, and the text around it is; the answer keeps what was typed (the
// posting drops the override, as Sanitize does everywhere).
func TestAFieldBeingEditedDrawsNoBidiControls(t *testing.T) {
	styles := NewStyles(true)
	typed := "Bidi \u202ereversed\u202c text\u200b here"
	long := newLongTextEditor(flow.Field{Kind: flow.LongText}, &styles, newKeyMap().Step)
	long.setSize(60, 0)
	long.focus()
	long.update(tea.PasteMsg{Content: typed})
	one := newTextEditor(flow.Field{Kind: flow.Text, Value: flow.Value{Text: typed}}, &styles, newKeyMap().Step)
	one.setSize(60, 0)
	one.focus()
	for name, e := range map[string]editor{"long text": long, "one line": one} {
		drawn := e.widget(60)
		if strings.ContainsAny(drawn, "\u202e\u202c\u200b") {
			t.Errorf("%s draws the controls raw: %q", name, drawn)
		}
		if plain := ansi.Strip(drawn); !strings.Contains(plain, "Bidi reversed text here") {
			t.Errorf("%s lost the text around the controls: %q", name, plain)
		}
		if got := e.value().Text; got != typed {
			t.Errorf("%s answer is %q, want it as typed", name, got)
		}
	}
}

// After the terminal widens, a text that now takes fewer rows fills the
// field's rows: bubbles' text area kept its old scroll position, so the rows
// at the start stayed hidden while the field showed empty ones. The cursor
// stays where it was.
func TestLongTextFillsItsRowsAfterWidening(t *testing.T) {
	styles := NewStyles(true)
	e := newLongTextEditor(flow.Field{Kind: flow.LongText}, &styles, newKeyMap().Step)
	e.setSize(30, 0)
	e.focus()
	e.update(tea.PasteMsg{Content: "First words here. " + strings.Repeat("more text ", 18) + "last"})
	e.update(tea.KeyPressMsg{Code: tea.KeyLeft})
	before := e.area.Column()
	e.setSize(50, 0)
	rows := strings.Split(ansi.Strip(e.widget(50)), "\n")
	for i, row := range rows {
		if strings.TrimSpace(strings.TrimLeft(row, " │")) == "" {
			t.Errorf("after widening, row %d of the field is empty while the text has more:\n%s", i, strings.Join(rows, "\n"))
		}
	}
	if !strings.Contains(rows[len(rows)-1], "last") {
		t.Errorf("the cursor's row is not in view:\n%s", strings.Join(rows, "\n"))
	}
	if got := e.area.Column(); got != before || e.area.Line() != 0 {
		t.Errorf("the cursor moved from column %d to line %d, column %d", before, e.area.Line(), got)
	}
	e.update(tea.KeyPressMsg{Code: 'x', Text: "x"})
	if got := e.value().Text; !strings.HasSuffix(got, "lasxt") {
		t.Errorf("typing after the resize went elsewhere: ...%q", got[max(len(got)-12, 0):])
	}
}
