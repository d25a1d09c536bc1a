package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"amjd/model"
)

func TestTypingAutosavesADraft(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Drafts: NewDraftStore(dir)}, 100, 30)
	h.key("enter", "enter") // company
	h.typeText("Acme")      // each change schedules a write; the last one lands
	data, err := os.ReadFile(filepath.Join(dir, "draft.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(data), "company: Acme") || !strings.Contains(string(data), "step: company") {
		t.Errorf("draft does not hold the answers and step:\n%s", data)
	}
	d, ok, err := NewDraftStore(dir).Load()
	if err != nil || !ok || d.Answers.Company != "Acme" {
		t.Errorf("draft does not load back: %+v %v %v", d, ok, err)
	}
}

func TestStartOffersToResumeADraft(t *testing.T) {
	dir := t.TempDir()
	store := NewDraftStore(dir)
	store.Note(model.Answers{Company: "Globex", Mix: "blended"}, "mix")
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	d, ok, _ := store.Load()
	if !ok {
		t.Fatal("unfinished draft not found")
	}
	h := newHarness(t, Options{Drafts: store, Offer: &d}, 100, 30)
	if !strings.Contains(h.view(), "You have an unfinished draft") || !strings.Contains(h.view(), "Globex") {
		t.Fatalf("no offer:\n%s", h.view())
	}
	h.key("enter") // resume is the default
	if h.stepID() != "mix" || !strings.Contains(h.view(), "Blended with new business") {
		t.Fatalf("not resumed at the mix step:\n%s", h.view())
	}
}

func TestStartFreshKeepsTheOldDraftAsABackup(t *testing.T) {
	dir := t.TempDir()
	store := NewDraftStore(dir)
	store.Note(model.Answers{Company: "Initech"}, "company")
	store.Flush()
	d, _, _ := store.Load()
	h := newHarness(t, Options{Drafts: store, Offer: &d}, 100, 30)
	h.key("down", "enter")
	if h.m.mode != modeWelcome || !strings.Contains(h.m.status, "kept as") {
		t.Fatalf("fresh start: mode %v, status %q", h.m.mode, h.m.status)
	}
	backups, _ := filepath.Glob(filepath.Join(dir, "draft-*.yaml"))
	if len(backups) != 1 {
		t.Fatalf("backups %v", backups)
	}
	if data, _ := os.ReadFile(backups[0]); !strings.Contains(string(data), "Initech") {
		t.Error("backup lost the answers")
	}
	if _, ok, _ := store.Load(); ok {
		t.Error("the current draft should be cleared")
	}
	// The list shows the backup and can resume it.
	d2, _, _ := store.Load()
	_ = d2
	h2 := newHarness(t, Options{Drafts: store, Offer: &Draft{Saved: time.Now(), Step: "company"}}, 100, 30)
	h2.key("down", "down", "enter")
	if h2.m.mode != modeDraftList || !strings.Contains(h2.view(), "Initech") {
		t.Fatalf("draft list:\n%s", h2.view())
	}
	h2.key("enter")
	if h2.stepID() != "company" || h2.m.answers.Company != "Initech" {
		t.Errorf("listed draft not resumed: %s %+v", h2.stepID(), h2.m.answers)
	}
}

func TestSavingThePostingMarksTheDraftDone(t *testing.T) {
	dir := t.TempDir()
	store := NewDraftStore(dir)
	h := newHarness(t, Options{Drafts: store, Cwd: t.TempDir()}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Hooli")
	h.enterUntilReview()
	h.key("s", "enter")
	if _, ok, _ := store.Load(); ok {
		t.Error("a saved posting's draft is still offered for resuming")
	}
	if d := store.List(); len(d) != 1 || !d[0].Done {
		t.Errorf("draft not marked done: %+v", d)
	}
}

func TestDamagedDraftIsReportedNotFatal(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "draft.yaml"), []byte("answers:\n  variant: nope\n"), 0o644)
	_, _, err := NewDraftStore(dir).Load()
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
	store := NewDraftStore(dir)
	done := make(chan error, 1)
	go func() {
		_, err := Run(Options{Drafts: store, crashKey: "ctrl+g"}, inR, out)
		done <- err
	}()
	// Enter past welcome and variant, type a company, then the crash key
	// (ctrl+g). Input is handled in order, so no pauses are needed.
	inW.WriteString("\r\rAcme\x07")
	var err error
	select {
	case err = <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("the program did not stop after the panic")
	}
	var pe *PanicError
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
