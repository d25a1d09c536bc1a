package draft

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"amjd/content"
	"amjd/model/answers"
	"amjd/safefile"
)

func saved(t *testing.T, dir, company string) *Store {
	t.Helper()
	s := NewStore(dir)
	s.Note(answers.Answers{Company: company}, "company", nil)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	return s
}

// Two sessions sharing one folder each keep their own file: neither loses
// the other's answers.
func TestTwoSessionsNeverOverwriteEachOther(t *testing.T) {
	dir := t.TempDir()
	a, b := saved(t, dir, "Alpha"), saved(t, dir, "Beta")
	if a.Path() == b.Path() {
		t.Fatalf("both sessions write %s", a.Path())
	}
	a.Note(answers.Answers{Company: "Alpha 2"}, "industry", nil)
	b.Note(answers.Answers{Company: "Beta 2"}, "industry", nil)
	if err := a.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := b.Flush(); err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{a.Path(): "Alpha 2", b.Path(): "Beta 2"} {
		if data, _ := os.ReadFile(path); !strings.Contains(string(data), want) {
			t.Errorf("%s lost %q:\n%s", path, want, data)
		}
	}
}

// A draft another running amjd holds is not offered; one whose process has
// ended is.
func TestOfferSkipsADraftHeldByALiveSession(t *testing.T) {
	dir := t.TempDir()
	s := saved(t, dir, "Held")
	// The lock names a live process that is not this one: our parent.
	if err := os.WriteFile(s.Path()+".lock", []byte(strconv.Itoa(os.Getppid())), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, ok, _ := NewStore(dir).Offer(); ok {
		t.Error("a draft held by a live session was offered")
	}
	if err := NewStore(dir).Resume(Draft{Path: s.Path()}); err == nil || !strings.Contains(err.Error(), "open in another amjd") {
		t.Errorf("resuming a held draft: %v", err)
	}
	if err := os.WriteFile(s.Path()+".lock", []byte("999999999"), 0o600); err != nil { // no such process
		t.Fatal(err)
	}
	if d, ok, _ := NewStore(dir).Offer(); !ok || d.Answers.Company != "Held" {
		t.Error("a draft whose session has ended is not offered")
	}
}

// A damaged draft is reported and never written over.
func TestDamagedDraftIsLeftAsItIs(t *testing.T) {
	dir := t.TempDir()
	damaged := filepath.Join(dir, "draft.yaml")
	if err := os.WriteFile(damaged, []byte("answers:\n  variant: nope\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	s := NewStore(dir)
	if _, ok, err := s.Offer(); ok || err == nil || !strings.Contains(err.Error(), "damaged") {
		t.Fatalf("damaged draft: ok=%v err=%v", ok, err)
	}
	s.Note(answers.Answers{Company: "New"}, "company", nil)
	if err := s.Flush(); err != nil {
		t.Fatal(err)
	}
	if data, _ := os.ReadFile(damaged); string(data) != "answers:\n  variant: nope\n" {
		t.Errorf("the damaged draft was overwritten:\n%s", data)
	}
}

// Drafts are read under the caps of an answers file: a huge, deeply nested
// or endless draft, or a FIFO in its place, cannot stall the start.
func TestHostileDraftsCannotStallTheStart(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "draft-big.yaml"), []byte("answers:\n  about: "+strings.Repeat("x", 2<<20)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "draft-deep.yaml"), []byte("answers:\n  benefits: "+strings.Repeat("[", 50000)+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "draft-fifo.yaml"), 0o600); err != nil {
		t.Log("no FIFO:", err)
	}
	done := make(chan []Draft, 1)
	go func() { done <- NewStore(dir).List() }()
	select {
	case list := <-done:
		if len(list) != 0 {
			t.Errorf("hostile drafts were read: %v", list)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("listing the drafts hung")
	}
}

// The temporary file of a draft write cut off by SIGKILL is kept as a draft
// of its own and offered.
func TestAnOrphanedWriteIsRecovered(t *testing.T) {
	dir := t.TempDir()
	s := saved(t, dir, "Old")
	s.Release()
	body, _ := Encode(Draft{Saved: time.Now().Add(time.Minute).UTC(), Step: "industry", Answers: answers.Answers{Company: "Newer"}})
	tmp, err := os.CreateTemp(dir, safefile.TempPattern(filepath.Base(s.Path())))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tmp.Write(body); err != nil {
		t.Fatal(err)
	}
	if err := tmp.Close(); err != nil {
		t.Fatal(err)
	}
	d, ok, _ := NewStore(dir).Offer()
	if !ok || d.Answers.Company != "Newer" || !strings.HasSuffix(d.Path, "-recovered.yaml") {
		t.Errorf("orphaned write not offered: %+v", d)
	}
}

func TestLabelNamesTheStepByItsTitle(t *testing.T) {
	d := Draft{Saved: time.Date(2026, 3, 4, 9, 30, 0, 0, time.UTC), Step: "pay", Answers: answers.Answers{Company: "Acme\x1b[31m"}}
	got := d.Label(content.Default())
	if !strings.Contains(got, "step 12 of 13 · ") || strings.Contains(got, "\x1b") {
		t.Errorf("label %q", got)
	}
}
