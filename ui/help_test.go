package ui

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// The help bar fits on one line and always keeps quit and more keys: a
// narrow terminal loses the less important bindings instead.
func TestHelpBarKeepsQuitAndMoreKeysAtAnyWidth(t *testing.T) {
	for _, width := range []int{minWidth, 80, 200} {
		h := newHarness(t, Options{}, width, 30)
		h.key("enter") // the variant list
		screens := []struct {
			name  string
			reach func()
		}{
			{"list step", func() {}},
			{"text step", func() { h.key("enter") }},
			{"review", func() { h.enterUntilReview() }},
		}
		for _, screen := range screens {
			screen.reach()
			name := screen.name
			lines := strings.Split(h.view(), "\n")
			bar := strings.TrimSpace(lines[len(lines)-1])
			if !strings.Contains(bar, "quit") || !strings.HasSuffix(bar, "more keys") || strings.Contains(bar, "…") {
				t.Errorf("%d columns, %s: help bar %q lacks quit or more keys, or is cut", width, name, bar)
			}
			if ansi.StringWidth(lines[len(lines)-1]) > width {
				t.Errorf("%d columns, %s: help bar is wider than the screen: %q", width, name, bar)
			}
		}
	}
}

// In a text field ? is typed; f1 opens the full help there.
func TestF1OpensHelpWhereQuestionMarkIsText(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter") // company step, a text field
	h.typeText("Who?")
	if !strings.Contains(h.view(), "Who?") || h.m.app.help.ShowAll {
		t.Fatalf("? should be typed into the field:\n%s", h.view())
	}
	if !strings.Contains(h.view(), "f1 more keys") {
		t.Errorf("the help bar should offer f1 in a text field:\n%s", h.view())
	}
	h.key("f1")
	if !h.m.app.help.ShowAll || !strings.Contains(h.view(), "previous field") {
		t.Errorf("f1 did not open the full help:\n%s", h.view())
	}
}

func TestSmallWindowAsksToGrow(t *testing.T) {
	h := newHarness(t, Options{}, 30, 8)
	if !strings.Contains(h.view(), "Make the window larger") {
		t.Errorf("no message:\n%s", h.view())
	}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if !strings.Contains(h.view(), "Write a tailored") {
		t.Error("layout did not recover after growing")
	}
}

// ? and f1 show more keys wherever they are not text: in the findings list,
// in a dialog, on review.
func TestMoreKeysAnywhere(t *testing.T) {
	h := newHarness(t, Options{Answers: answers.Answers{Company: "Acme"}, Prefilled: true}, 100, 30)
	h.key("tab", "?") // into the findings, then more keys
	if !h.m.app.help.ShowAll || !strings.Contains(h.view(), "fix it") {
		t.Fatalf("? in the findings list showed no more keys:\n%s", h.view())
	}
	h.key("f1", "tab", "e", "?")
	if !h.m.app.help.ShowAll || !strings.Contains(h.view(), "edit") {
		t.Errorf("? over the step picker showed no more keys:\n%s", h.view())
	}
	h.key("?", "esc", "s", "1", "?") // in the save dialog ? is part of the name
	if h.m.app.help.ShowAll || !strings.Contains(h.m.topDialog().(*saveDialog).input.Value(), "?") {
		t.Errorf("? in the file name was taken as a key")
	}
}

// A field's hint is never cut: beside the label when it fits, whole below it
// when it does not.
func TestLongHintsAreWrappedNotCut(t *testing.T) {
	for _, width := range []int{80, 160} {
		h := newHarness(t, Options{}, width, 40)
		h.key("enter")
		h.enterUntilStep(base.StepPay)
		hint := "No sourced figure for this role and market"
		if f := h.stepScreen().editors[0].field(); f.Help != "" {
			hint = f.Help
		}
		// Beside the preview, the form's column is read line by line.
		var form []string
		for _, line := range strings.Split(h.view(), "\n") {
			form = append(form, strings.SplitN(line, "│", 2)[0])
		}
		if flat := strings.Join(strings.Fields(strings.Join(form, " ")), " "); !strings.Contains(flat, hint) {
			t.Errorf("%d columns: the hint %q is not shown whole:\n%s", width, hint, h.view())
		}
	}
}

// esc with the keys shown closes them and nothing else: on review it would
// otherwise go back to the last step and its text field.
func TestEscClosesTheKeysFirst(t *testing.T) {
	h := newHarness(t, Options{Answers: answers.Answers{Company: "Acme"}, Prefilled: true}, 100, 30)
	h.key("?", "esc")
	if h.m.app.help.ShowAll || h.m.showing() != "review" {
		t.Errorf("esc over the keys: keys shown %v, screen %q", h.m.app.help.ShowAll, h.m.showing())
	}
	h.key("esc")
	if h.m.showing() == "review" {
		t.Error("esc without the keys shown no longer goes back")
	}
}

// In a field where enter starts a new line, the help bar says so rather
// than "enter next", and keeps tab, the plain way on, even at 80 columns.
func TestHelpBarSaysWhatEnterDoesInListFields(t *testing.T) {
	for _, width := range []int{160, 80} {
		h := newHarness(t, Options{Prefilled: true}, width, 24)
		h.key("8") // responsibilities: a checklist, then lines of your own
		found := false
		for range 6 {
			if found = strings.Contains(h.view(), "enter new line; empty line: next"); found {
				break
			}
			h.key("tab")
		}
		switch bar := lastLine(h.view()); {
		case !found:
			t.Errorf("%d columns: no field of the step says what enter does:\n%s", width, h.view())
		case strings.Contains(bar, "enter next"):
			t.Errorf("%d columns: the help bar says both:\n%s", width, bar)
		case !strings.Contains(bar, "tab next field"):
			t.Errorf("%d columns: the help bar has no way to the next field:\n%s", width, bar)
		}
	}
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return lines[len(lines)-1]
}

// Any answer can be cleared, and the full help says how: ctrl+u in a one-line
// field (the cursor starts at the end), ctrl+g then backspace in a multi-line
// one. At 80 columns the full help shows them with quit and fewer keys.
func TestAnAnswerCanBeClearedAndTheHelpSaysHow(t *testing.T) {
	h := newHarness(t, Options{}, 80, 24)
	h.enterToStep("company")
	h.typeText("Acme Widgets")
	h.key("ctrl+u")
	if got := h.stepScreen().focusedEditor().value().Text; got != "" {
		t.Errorf("ctrl+u left %q in the company field", got)
	}
	h.enterToStep("about")
	h.tabTo(isLongText)
	h.send(tea.PasteMsg{Content: strings.Repeat("A pasted paragraph.\n", 40)})
	h.key("ctrl+g", "backspace")
	if got := h.stepScreen().focusedEditor().value().Text; got != "" {
		t.Errorf("ctrl+g, backspace left %d bytes in About the company", len(got))
	}
	h.key("f1")
	view := h.view()
	for _, want := range []string{"ctrl+g    select all", "ctrl+u    delete to line start", "ctrl+c    quit", "f1        fewer keys"} {
		if !strings.Contains(view, want) {
			t.Errorf("the full help at 80 columns lacks %q:\n%s", want, view)
		}
	}
	lines := strings.Split(view, "\n")
	if help := strings.Join(lines[len(lines)-6:], "\n"); strings.Contains(help, "…") {
		t.Errorf("the full help is cut at 80 columns:\n%s", help)
	}
}
