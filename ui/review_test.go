package ui

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/posting"
)

func TestSaveMarkdownAsksBeforeOverwriting(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Answers: answers.Answers{Company: "Acme"}, Prefilled: true}, 100, 30)
	h.key("s", "enter") // the first choice is Markdown
	if got := h.m.topDialog().(*saveDialog).input.Value(); got != "account-manager-acme.md" {
		t.Errorf("default name %q", got)
	}
	h.key("enter")
	path := filepath.Join(dir, "account-manager-acme.md")
	data, err := os.ReadFile(path)
	if err != nil || string(data) != h.m.app.markdown() {
		t.Fatalf("saved file wrong: %v", err)
	}
	if !strings.Contains(h.m.app.status, "Saved the posting (Markdown) to "+path) || !strings.Contains(h.view(), "Saved the posting (Markdown) to") {
		t.Errorf("no status:\n%s", h.view())
	}
	h.key("f", "s", "1")
	if got := h.m.topDialog().(*saveDialog).input.Value(); got != "account-manager-acme-short.md" {
		t.Errorf("the short form's default name is %q", got)
	}
	h.key("ctrl+u") // the short form to the full posting's name
	h.typeText("account-manager-acme.md")
	h.key("enter")
	if !strings.Contains(h.flat(), "account-manager-acme.md already exists. Replace it? (y/n)") {
		t.Fatalf("no overwrite question:\n%s", h.view())
	}
	h.key("n")
	if again, _ := os.ReadFile(path); string(again) != string(data) {
		t.Fatal("file replaced after answering n")
	}
	h.key("enter", "y")
	if again, _ := os.ReadFile(path); string(again) != h.m.app.markdown() || !strings.Contains(string(again), "is hiring") {
		t.Error("file not replaced with the short form after y")
	}
	if !strings.Contains(h.m.app.status, "Saved the short form (Markdown) to") {
		t.Errorf("the status does not say the short form was saved: %q", h.m.app.status)
	}
	// One file, written twice: listed once, as what it now holds.
	if saved := h.m.Saved(); len(saved) != 1 || saved[0] != (SavedFile{What: "short form (Markdown)", Path: path}) {
		t.Errorf("saved list %v", saved)
	}
}

func TestSaveErrorsAreShownAndCorrectable(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true}, 100, 30)
	h.key("s", "1", "ctrl+u")
	h.typeText("missing/dir/x.md")
	h.key("enter")
	if h.m.showing() != "save" || !strings.Contains(h.flat(), "missing/dir does not exist") {
		t.Fatalf("no inline error:\n%s", h.view())
	}
	h.key("ctrl+u")
	h.typeText("x.md")
	h.key("enter")
	if _, err := os.Stat(filepath.Join(dir, "x.md")); err != nil {
		t.Errorf("corrected path not saved: %v", err)
	}
}

func TestSavedAnswersRenderTheSamePosting(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Globex")
	h.enterUntilReview()
	h.key("a", "enter")
	data, err := os.ReadFile(filepath.Join(dir, "account-manager-globex-answers.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := answers.ParseAnswers(h.m.app.cat, "answers.yaml", data)
	if err != nil {
		t.Fatalf("saved answers do not parse: %v\n%s", err, data)
	}
	if got := posting.Assemble(h.m.app.cat, a).Markdown(); got != h.m.app.markdown() {
		t.Error("saved answers render a different posting")
	}
}

func TestCopyReportsWhichPathWasUsed(t *testing.T) {
	var copied string
	native := func(s string) error { copied = s; return nil }
	h := newHarness(t, Options{Prefilled: true, NativeClipboard: native}, 100, 30)
	h.key("c")
	if copied != h.m.app.markdown() || !strings.Contains(h.view(), "system clipboard") {
		t.Errorf("native copy not reported:\n%s", h.view())
	}
	h = newHarness(t, Options{Prefilled: true}, 100, 30)
	h.key("c")
	if !strings.Contains(h.view(), "OSC 52") {
		t.Errorf("OSC 52 fallback not reported:\n%s", h.view())
	}
}

// Default file names keep what a name says: accents dropped from Latin
// letters, other scripts kept.
func TestDefaultFileNamesKeepTheName(t *testing.T) {
	for company, want := range map[string]string{
		"Zürich Ölwerke": "account-manager-zurich-olwerke.md",
		"東京商事":           "account-manager-東京商事.md",
		"Straße & Søn":   "account-manager-strasse-son.md",
		"  ---  ":        "account-manager.md",
	} {
		if got := defaultSaveName(posting.Assemble(nil2cat(), answers.Answers{Company: company}), saveMarkdown, false); got != want {
			t.Errorf("%q: %q, want %q", company, got, want)
		}
	}
}

// Review opens at the top of the posting, whatever part the steps showed
// last; home and end go to either end.
func TestReviewOpensAtTheTop(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.enterUntilReview()
	if !strings.Contains(h.view(), "## About the role") {
		t.Fatalf("review did not open at the top:\n%s", h.view())
	}
	h.key("end")
	if strings.Contains(h.view(), "## About the role") || !strings.Contains(h.view(), "## How to apply") {
		t.Errorf("end did not go to the end:\n%s", h.view())
	}
	h.key("home")
	if !strings.Contains(h.view(), "## About the role") {
		t.Errorf("home did not go back to the top:\n%s", h.view())
	}
}

// Entering review renders the posting once, with its flagged lines marked:
// the preview waits the few milliseconds the check takes instead of
// rendering the unmarked posting first (a glamour render of a full posting
// allocates about 2 MB).
func TestReviewRendersThePostingOnce(t *testing.T) {
	for _, width := range []int{100, 160} {
		h := newHarness(t, Options{}, width, 40)
		var before []previewKey // the renders of the steps
		h.until("the review screen", func() bool { return h.m.showing() == "review" }, func() {
			before = h.m.app.preview.Cached()
			h.key("enter")
		})
		p := h.m.app.preview
		renders := 0
		for _, k := range p.Cached() {
			if !slices.Contains(before, k) {
				renders++
			}
		}
		if renders != 1 {
			t.Errorf("at %d columns, %d renders on entering review, want 1", width, renders)
		}
		if !strings.Contains(p.Shown().Markdown, " ⚠") || !strings.Contains(h.view(), "⚠") {
			t.Errorf("at %d columns the review's preview does not mark the flagged lines:\n%s", width, h.view())
		}
	}
}

// A finding opens its step at the field that fixes it: the how-to-apply
// placeholder opens the last step at How to apply, not at its first field.
func TestAFindingOpensTheFieldThatFixesIt(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.enterUntilReview()
	h.key("tab") // into the findings
	for i := 0; i < len(h.m.app.findings); i++ {
		f, _ := h.m.screen.(*reviewScreen).findings.selected(h.m.app.findings)
		if f.Field == "how_to_apply" {
			break
		}
		h.key("down")
	}
	h.key("enter")
	s := h.stepScreen()
	if got := s.editors[s.focused].field().Key; h.stepID() != "about" || got != "how_to_apply" {
		t.Fatalf("the how-to-apply finding opened step %s at field %q:\n%s", h.stepID(), got, h.view())
	}
}

// esc leaves a step without checking it; back on review, a typed answer that
// was not used is named, not dropped in silence.
func TestLeavingWithEscSaysWhatWasNotUsed(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 100, 30)
	h.key("esc", "tab", "tab") // the last step, at the closing date
	h.typeText("soon")
	if h.stepScreen().focusedEditor().problem() == "" {
		t.Fatalf("a closing date that is not a date was accepted:\n%s", h.view())
	}
	h.key("esc")
	if h.m.showing() != "review" || !strings.Contains(h.flat(), "Applications close on is not in the posting") {
		t.Errorf("review does not say the closing date was not used:\n%s", h.view())
	}
}
