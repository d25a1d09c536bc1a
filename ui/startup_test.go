package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/flow"
	"amjd/model/posting"
)

// startHeld starts the wizard with Init's commands held back, as when keys
// arrive before the event loop has turned once (a paste, a script).
func startHeld(t *testing.T, opts Options, w, h int) (*harness, []tea.Cmd) {
	t.Helper()
	opts.Cwd, opts.statusTTL = t.TempDir(), -1
	start := New(opts)
	hs := &harness{t: t, m: &start, async: true}
	hs.run(hs.m.Init())
	held := hs.held
	hs.held, hs.async = nil, false
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs, held
}

// deliver runs held commands now, as if they finished late.
func (h *harness) deliver(cmds []tea.Cmd) {
	for _, c := range cmds {
		h.run(c)
	}
}

func TestTheWelcomeScreenIsDrawnBeforeTheFirstAssembly(t *testing.T) {
	h, held := startHeld(t, Options{}, 160, 40)
	if h.m.app.assembled {
		t.Fatal("the welcome screen waited for the first posting")
	}
	if !strings.Contains(h.view(), "Press enter to start.") {
		t.Fatalf("no welcome screen:\n%s", h.view())
	}
	h.deliver(held)
	want := posting.Assemble(nil2cat(), answers.Answers{}).Markdown()
	if !h.m.app.assembled || h.m.app.md != want {
		t.Fatal("Init did not assemble the first posting")
	}
	h.key("enter")
	if !strings.Contains(h.view(), "About the role") {
		t.Fatalf("the first step's preview does not show the posting:\n%s", h.view())
	}
}

func TestAKeyBeforeTheFirstAssemblyStillGetsThePosting(t *testing.T) {
	h, held := startHeld(t, Options{}, 160, 40)
	h.key("enter") // leaves welcome before Init's message arrives
	if h.stepID() != flow.Steps()[0].ID || !strings.Contains(h.view(), "About the role") {
		t.Fatalf("the first step has no preview:\n%s", h.view())
	}
	h.deliver(held)
	if !strings.Contains(h.view(), "About the role") {
		t.Fatalf("the preview went after Init's message:\n%s", h.view())
	}
}

// A draft resumed before Init's message is handled keeps its own posting.
func TestTheFirstAssemblyLeavesAResumedDraftAlone(t *testing.T) {
	dir := t.TempDir()
	d := unfinishedDraft(t, dir)
	h, held := startHeld(t, Options{Drafts: draft.NewStore(dir), Offer: &d}, 160, 40)
	h.key("enter") // resume
	h.deliver(held)
	if md := h.m.app.markdown(); !strings.Contains(md, "Globex") || !strings.Contains(md, "new business") {
		t.Fatalf("the resumed draft's posting was replaced:\n%s", md)
	}
}
