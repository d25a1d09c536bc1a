package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/interview"
	"amjd/model/answers"
	"amjd/model/posting"
)

// i on review shows the interview kit; s saves it (no JSON-LD offered), c
// copies it, and i or f goes back to the posting.
func TestReviewShowsAndSavesTheInterviewKit(t *testing.T) {
	dir := t.TempDir()
	answers := answers.Answers{Company: "Acme", Variant: "key_account_manager"}
	var copied string
	h := newHarness(t, Options{Cwd: dir, Answers: answers, Prefilled: true,
		NativeClipboard: func(s string) error { copied = s; return nil }}, 160, 48)
	h.key("i")
	kit := interview.New(posting.Assemble(h.m.app.cat, answers)).Markdown()
	if h.m.app.markdown() != kit || !strings.Contains(h.view(), "Review · interview kit") || !strings.Contains(h.view(), "The interview plan") {
		t.Fatalf("i did not show the kit:\n%s", h.view())
	}
	h.key("s")
	if view := h.view(); !strings.Contains(view, "Save or copy the interview kit") || strings.Contains(view, "JSON-LD") {
		t.Fatalf("the export dialog is not the kit's:\n%s", view)
	}
	h.key("3", "enter") // an HTML page
	data, err := os.ReadFile(filepath.Join(dir, "key-account-manager-acme-interview-kit.html"))
	if err != nil || !strings.Contains(string(data), "<table>") || !strings.Contains(h.m.app.status, "Saved the interview kit (HTML)") {
		t.Fatalf("kit not saved as HTML (%v): %q", err, h.m.app.status)
	}
	h.key("c")
	if copied != kit || !strings.Contains(h.m.app.status, "Copied the interview kit as Markdown") {
		t.Errorf("c did not copy the kit: %q", h.m.app.status)
	}
	h.key("i")
	if h.m.app.markdown() != h.m.app.posting.Markdown() || !strings.Contains(h.view(), "Review · full posting") {
		t.Errorf("i again did not return to the posting:\n%s", h.view())
	}
	h.key("i", "1") // editing a step previews the posting, not the kit
	if h.m.app.kit || h.m.app.markdown() != h.m.app.posting.Markdown() {
		t.Error("a step opened from the kit still shows the kit")
	}
}
