package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"amjd/model/answers"
	"amjd/model/base"
)

// Typed text is cleaned as its field is left, never while it is typed: a
// title typed as a Markdown heading in lower case reads as a title, in the
// field and in the preview; a pasted list loses its markers and its items
// of punctuation alone, and keeps its casing.
func TestTypedTextIsCleanedAsTheFieldIsLeft(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.key("enter", "enter", "tab") // the role, then the company; the title
	h.typeText("# key account manager – retail")
	if e := h.stepScreen().focusedEditor(); e.field().Key != "title" || e.value().Text != "# key account manager – retail" {
		t.Fatalf("while typed, the field %s holds %q", e.field().Key, e.value().Text)
	}
	h.key("tab")
	want := "Key Account Manager – Retail"
	if s := h.stepScreen(); s.editors[s.fieldIndex("title")].value().Text != want || !strings.Contains(h.view(), "Job title: "+want) {
		t.Errorf("the title left does not read %q:\n%s", want, h.view())
	}
	if pane := visiblePreview(h); !strings.Contains(pane, want) || strings.Contains(pane, "key account manager") {
		t.Errorf("the preview does not read %q:\n%s", want, pane)
	}
	if h.m.app.answers.Title != want {
		t.Errorf("the answers hold %q", h.m.app.answers.Title)
	}

	h.enterUntilStep(base.StepResponsibilities)
	h.pressUntil("the list of your own", func() bool { return h.stepScreen().focusedEditor().field().Key == "responsibilities_add" }, "tab")
	pasted := "• • visit garages weekly\n- handle stock queries\n!!!\n1. Renew contracts , yearly"
	h.send(tea.PasteMsg{Content: pasted})
	if got := h.stepScreen().focusedEditor().value().Text; got != pasted {
		t.Fatalf("while typed, the list holds %q", got)
	}
	h.key("shift+tab")
	s := h.stepScreen()
	if got, want := s.editors[s.fieldIndex("responsibilities_add")].value().Text, "visit garages weekly\nhandle stock queries\nRenew contracts, yearly"; got != want {
		t.Errorf("the list left holds %q, want %q", got, want)
	}
}

// A closing date typed in the reader's order is shown written out once
// the field is left, and the posting states it.
func TestAClosingDateIsShownAsTakenOnceLeft(t *testing.T) {
	start := answers.Answers{Location: answers.Location{Place: "Chicago, IL"}}
	h := newHarness(t, Options{Prefilled: true, Answers: start}, 160, 48)
	h.key("e")
	for range len(h.m.app.steps) - 1 {
		h.key("down")
	}
	h.key("enter")
	h.pressUntil("the closing date", func() bool { return h.stepScreen().focusedEditor().field().Key == "closing_date" }, "tab")
	h.typeText("1/31/2027")
	h.key("tab")
	s := h.stepScreen()
	if got := s.editors[s.fieldIndex("closing_date")].value().Text; got != "January 31, 2027" || h.m.app.answers.ClosingDate != "2027-01-31" {
		t.Errorf("the date left shows %q, the answers hold %q", got, h.m.app.answers.ClosingDate)
	}
	if !strings.Contains(h.m.app.markdown(), "January 31, 2027") {
		t.Error("the posting does not state the closing date")
	}
}

// Line mode says how a typed answer was taken when cleaning changed it.
func TestLineModeSaysHowTheTextWasTaken(t *testing.T) {
	out, prompts := runLines(t, "\n\n# account manager\n", AccessibleOptions{})
	if !strings.HasPrefix(out, "# Account Manager\n") || !strings.Contains(prompts, `(taken as "Account Manager")`) {
		t.Errorf("posting starts %q; prompts:\n%s", out[:min(len(out), 40)], prompts)
	}
}
