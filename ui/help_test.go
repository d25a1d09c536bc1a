package ui

import (
	"strings"
	"testing"

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
