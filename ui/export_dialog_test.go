package ui

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/export"
	"amjd/model/answers"
)

// Every choice of the export dialog saves the posting in its format, under
// a default name with that format's extension, with what it is in the status.
func TestExportDialogSavesEveryFormat(t *testing.T) {
	dir := t.TempDir()
	answers := answers.Answers{Company: "Acme", Title: "Account Manager"}
	h := newHarness(t, Options{Cwd: dir, Answers: answers, Prefilled: true}, 100, 30)
	for _, c := range []struct {
		pick, file, status string
		looksRight         func(string) bool
	}{
		{"1", "account-manager-acme.md", "posting (Markdown)", func(s string) bool { return s == h.m.app.markdown() }},
		{"2", "account-manager-acme.txt", "posting (plain text)", func(s string) bool {
			return s == export.PlainText(h.m.app.markdown()) && !strings.Contains(s, "##")
		}},
		{"3", "account-manager-acme.html", "posting (HTML)", func(s string) bool {
			return strings.HasPrefix(strings.ToLower(s), "<!doctype html>") && strings.Contains(s, "<h1>Account Manager</h1>")
		}},
		{"4", "account-manager-acme.json", "posting (JSON-LD)", func(s string) bool {
			var v map[string]any
			return json.Unmarshal([]byte(s), &v) == nil && v["@type"] == "JobPosting"
		}},
	} {
		h.key("s")
		if !strings.Contains(h.view(), "Save or copy the posting") {
			t.Fatalf("s did not open the export dialog:\n%s", h.view())
		}
		h.key(c.pick)
		if got := h.m.topDialog().(*saveDialog).input.Value(); got != c.file {
			t.Errorf("choice %s: default name %q, want %q", c.pick, got, c.file)
		}
		h.key("enter")
		data, err := os.ReadFile(filepath.Join(dir, c.file))
		if err != nil || !c.looksRight(string(data)) {
			t.Errorf("choice %s: %s is not the posting in its format (%v):\n%.300s", c.pick, c.file, err, data)
		}
		if !strings.Contains(h.m.app.status, "Saved the "+c.status) {
			t.Errorf("choice %s: status %q", c.pick, h.m.app.status)
		}
		if h.m.topDialog() != nil {
			t.Errorf("choice %s: a dialog is still open after saving", c.pick)
		}
	}
	// Answers with no pay, place or dates: the JSON-LD save says what job
	// boards would still like, so the manager can fill it in.
	if !strings.Contains(h.m.app.status, "job boards also want") {
		t.Errorf("the JSON-LD save did not say what is missing: %q", h.m.app.status)
	}
}

// Copy as plain text puts text without Markdown syntax on the clipboard;
// esc leaves the dialog without doing anything.
func TestExportDialogCopiesPlainText(t *testing.T) {
	var copied string
	native := func(s string) error { copied = s; return nil }
	answers := answers.Answers{Company: "Acme *Widgets*", Title: "Account Manager"}
	h := newHarness(t, Options{Prefilled: true, NativeClipboard: native, Answers: answers}, 100, 30)
	h.key("s", "esc")
	if h.m.topDialog() != nil || copied != "" {
		t.Fatal("esc in the export dialog did something")
	}
	h.key("s", "down", "down", "down", "down", "down", "enter")
	// The company's own stars are kept as typed; no Markdown syntax is added.
	if !strings.Contains(copied, "Acme *Widgets*") || strings.Contains(copied, `\`) || strings.Contains(copied, "#") {
		t.Errorf("copied text is not plain:\n%.400s", copied)
	}
	if !strings.Contains(copied, "• ") || !strings.Contains(h.m.app.status, "Copied the plain text to the system clipboard") {
		t.Errorf("status %q, or no bullets in:\n%.300s", h.m.app.status, copied)
	}
	h.key("s", "5")
	if copied != h.m.app.markdown() || !strings.Contains(h.m.app.status, "Copied the Markdown") {
		t.Errorf("copy as Markdown copied something else: %q", h.m.app.status)
	}
}

// The dialog fits 80 columns: every choice is shown whole.
func TestExportDialogFitsNarrowTerminals(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 80, 24)
	h.key("s")
	view := h.view()
	for _, c := range exportChoices {
		if !strings.Contains(view, c.label) || !strings.Contains(strings.Join(strings.Fields(view), " "), c.use) {
			t.Errorf("choice %q is not shown whole at 80 columns:\n%s", c.label, view)
		}
	}
}

// A name whose extension names another format is refused in place.
func TestSaveDialogRefusesAMisleadingExtension(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true}, 100, 30)
	h.key("s", "1", "ctrl+u")
	h.typeText("x.txt")
	h.key("enter")
	if !strings.Contains(h.flat(), ".txt is for plain text, but this saves Markdown: name the file .md") {
		t.Errorf("Markdown saved as .txt without a word:\n%s", h.view())
	}
	if _, err := os.Stat(filepath.Join(dir, "x.txt")); err == nil {
		t.Error("the file was written")
	}
	h.key("esc", "a", "ctrl+u")
	h.typeText("answers.md")
	h.key("enter")
	if !strings.Contains(h.flat(), "answers are YAML: name the file .yaml") {
		t.Errorf("answers saved as .md without a word:\n%s", h.view())
	}
}
