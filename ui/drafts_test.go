package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"amjd/draft"
	"amjd/model/answers"
	"amjd/shutdown"
)

func TestTypingAutosavesADraft(t *testing.T) {
	dir := t.TempDir()
	store := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: store}, 100, 30)
	h.key("enter", "enter") // company
	h.typeText("Acme")      // each change schedules a write; the last one lands
	data, err := os.ReadFile(store.Path())
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), `company: "Acme"`) || !strings.Contains(string(data), `step: "company"`) {
		t.Errorf("draft does not hold the answers and step:\n%s", data)
	}
	d, ok, err := draft.NewStore(dir).Offer()
	if err != nil || !ok || d.Answers.Company != "Acme" {
		t.Errorf("draft does not load back: %+v %v %v", d, ok, err)
	}
}

// unfinishedDraft saves a draft of Globex left at the mix step, in dir, and
// returns it as the next start finds it.
func unfinishedDraft(t *testing.T, dir string) draft.Draft {
	t.Helper()
	store := draft.NewStore(dir)
	store.Note(answers.Answers{Company: "Globex", Mix: "blended"}, "mix", nil)
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	d, ok, _ := store.Offer()
	if !ok {
		t.Fatal("unfinished draft not found")
	}
	return d
}

func TestStartOffersToResumeADraft(t *testing.T) {
	dir := t.TempDir()
	d := unfinishedDraft(t, dir)
	next := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: next, Offer: &d}, 100, 30)
	if !strings.Contains(h.view(), "You have an unfinished draft") || !strings.Contains(h.view(), "Globex") {
		t.Fatalf("no offer:\n%s", h.view())
	}
	h.key("enter") // resume is the default
	if h.stepID() != "mix" || !strings.Contains(h.view(), "Blended with new business") {
		t.Fatalf("not resumed at the mix step:\n%s", h.view())
	}
	if !strings.Contains(h.view(), "Resumed your draft") {
		t.Errorf("the resumed step does not say so:\n%s", h.view())
	}
	if next.Path() != d.Path {
		t.Errorf("resumed answers are not saved to the resumed draft: %q, want %q", next.Path(), d.Path)
	}
}

// Starting fresh leaves the old draft as it is; the new session writes a
// draft of its own, and the list can still resume the old one.
func TestStartFreshLeavesTheOldDraft(t *testing.T) {
	dir := t.TempDir()
	old := draft.NewStore(dir)
	old.Note(answers.Answers{Company: "Initech"}, "company", nil)
	if err := old.Flush(); err != nil {
		t.Fatal(err)
	}
	old.Release()
	d, _, _ := old.Offer()
	store := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: store, Offer: &d}, 100, 30)
	h.key("down", "enter")
	if h.m.showing() != "welcome" || !strings.Contains(h.m.app.status, "stays in") {
		t.Fatalf("fresh start: showing %v, status %q", h.m.showing(), h.m.app.status)
	}
	h.key("enter", "enter")
	h.typeText("Umbrella")
	if store.Path() == "" || store.Path() == d.Path {
		t.Fatalf("the fresh session writes to %q, the old draft is %q", store.Path(), d.Path)
	}
	if data, _ := os.ReadFile(d.Path); !strings.Contains(string(data), "Initech") {
		t.Error("the old draft lost its answers")
	}
	h2 := newHarness(t, Options{Drafts: draft.NewStore(dir), Offer: &d}, 100, 30)
	h2.key("down", "down", "enter")
	if h2.m.showing() != "drafts list" || !strings.Contains(h2.view(), "Initech") || !strings.Contains(h2.view(), "Umbrella") {
		t.Fatalf("draft list:\n%s", h2.view())
	}
}

func TestSavingThePostingMarksTheDraftDone(t *testing.T) {
	dir := t.TempDir()
	store := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: store, Cwd: t.TempDir()}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Hooli")
	h.enterUntilReview()
	h.key("s", "enter", "enter") // Markdown, then its default name
	if _, ok, _ := draft.NewStore(dir).Offer(); ok {
		t.Error("a saved posting's draft is still offered for resuming")
	}
	if d := store.List(); len(d) != 1 || !d[0].Done {
		t.Errorf("draft not marked done: %+v", d)
	}
}

func TestDamagedDraftIsReportedNotFatal(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "draft.yaml"), []byte("answers:\n  variant: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err := draft.NewStore(dir).Offer()
	if err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Errorf("damaged draft: %v", err)
	}
}

// A panic anywhere restores the terminal, saves the answers and explains,
// without a stack trace on the screen.
func TestPanicSavesTheDraftAndExplains(t *testing.T) {
	dir := t.TempDir()
	inR, inW, _ := os.Pipe()
	out, _ := os.CreateTemp(t.TempDir(), "screen")
	store := draft.NewStore(dir)
	done := make(chan error, 1)
	go func() {
		_, err := Run(Options{Drafts: store, crashKey: "ctrl+g"}, inR, out)
		done <- err
	}()
	// Enter past welcome and variant, type a company, then the crash key
	// (ctrl+g). Input is handled in order, so no pauses are needed.
	if _, err := inW.WriteString("\r\rAcme\x07"); err != nil {
		t.Fatal(err)
	}
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not stop after the panic")
	}
	var pe *shutdown.PanicError
	if !errors.As(err, &pe) {
		t.Fatalf("want a PanicError, got %v", err)
	}
	if !strings.Contains(pe.Error(), "saved in "+store.Path()) || pe.Log == "" {
		t.Errorf("message does not say where the draft and log are: %q", pe.Error())
	}
	if data, _ := os.ReadFile(store.Path()); !strings.Contains(string(data), "Acme") {
		t.Errorf("the last answer was not saved:\n%s", data)
	}
	if log, _ := os.ReadFile(pe.Log); !strings.Contains(string(log), "test crash requested") {
		t.Error("the log does not hold the panic")
	}
	screen, _ := os.ReadFile(out.Name())
	if strings.Contains(string(screen), "goroutine") {
		t.Error("a stack trace reached the screen")
	}
}

// Text that does not validate yet is kept in the draft as typed, and comes
// back when the draft is resumed.
func TestInvalidTypedTextIsKeptInTheDraft(t *testing.T) {
	dir := t.TempDir()
	store := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: store}, 100, 30)
	h.key("enter", "enter") // welcome, variant: company step
	h.enterUntilStep("book")
	h.key("tab")
	h.typeText("about forty")
	h.key("tab") // leaves the field with an error
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	d, ok, err := draft.NewStore(dir).Offer()
	if err != nil || !ok || d.Typed["accounts"].Text != "about forty" {
		t.Fatalf("typed text not in the draft: %+v %v", d.Typed, err)
	}
	h2 := newHarness(t, Options{Drafts: draft.NewStore(dir), Offer: &d}, 100, 30)
	h2.key("enter")
	if !strings.Contains(h2.view(), "about forty") {
		t.Errorf("resumed draft lost the typed text:\n%s", h2.view())
	}
}

// A start-up notice (a damaged draft, whose path and parse error make it
// long) is shown whole on the first screen, not cut off in the status line.
func TestStartNoticeIsShownWholeAtEightyColumns(t *testing.T) {
	notice := "draft /home/someone/.local/state/amjd/draft-2026-11-20-100000.yaml is damaged: [1:12] sequence end token ']' not found. It was left as it is."
	h := newHarness(t, Options{Notice: notice}, 80, 24)
	flat := strings.Join(strings.Fields(h.view()), " ")
	if !strings.Contains(flat, "sequence end token ']' not found. It was left as it is.") {
		t.Fatalf("notice not shown whole:\n%s", h.view())
	}
	h.key("enter")
	if strings.Contains(h.view(), "is damaged") {
		t.Errorf("notice still shown on the first step:\n%s", h.view())
	}
}

// A draft taken to review resumes at review, and is listed by where it
// stopped before its name, which a narrow list cuts.
func TestADraftFinishedToReviewResumesThere(t *testing.T) {
	dir := t.TempDir()
	store := draft.NewStore(dir)
	h := newHarness(t, Options{Drafts: store}, 80, 24)
	h.key("enter", "enter")
	h.typeText("Initech")
	h.enterUntilReview()
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	d, ok, err := draft.NewStore(dir).Offer()
	if !ok || err != nil || d.Step != "review" {
		t.Fatalf("the draft resumes at %q (ok %v, %v), want review", d.Step, ok, err)
	}
	if label := d.Label(nil2cat()); !strings.Contains(label, " · at review · Account Manager, Initech") {
		t.Errorf("label %q", label)
	}
}
