package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"amjd/draft"
	"amjd/model/answers"
)

// A posting saved, then an answer edited and the answers and the profile
// saved: q asks before quitting and names the posting, which no longer
// matches; the summary says the same. Saved again, it is current, and q
// quits at once.
func TestQuitNamesTheSavedFilesThatAreOutOfDate(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true, Answers: answers.Answers{Company: "Acme"},
		ProfilePath: filepath.Join(dir, "profile.yaml"), Drafts: draft.NewStore(t.TempDir())}, 80, 24)
	h.key("s", "enter", "enter") // the posting, as Markdown, under its own name
	posting := filepath.Join(dir, "account-manager-acme.md")
	h.key("2") // company and title
	h.typeText(" Ltd")
	h.key("esc")
	h.key("a", "enter") // the answers
	h.key("p")          // the company profile
	if h.m.showing() != "review" || h.m.app.answers.Company != "Acme Ltd" || len(h.m.Saved()) != 3 {
		t.Fatalf("not back on review with three files saved (%v):\n%s", h.m.Saved(), h.view())
	}

	h.key("q")
	if h.quit || h.m.showing() != "confirm" {
		t.Fatalf("q quit with the posting out of date:\n%s", h.view())
	}
	question := ansi.Strip(h.m.topDialog().view())
	for _, want := range []string{
		"These saved files no longer match your answers:",
		"account-manager-acme.md: the posting (Markdown)",
		"To save again, press n; then on review, s saves the posting.",
		"Quit anyway? (y/n)",
	} {
		if !strings.Contains(question, want) || !strings.Contains(h.view(), want) {
			t.Errorf("the question does not say %q:\n%s", want, h.view())
		}
	}
	if strings.Contains(question, "answers.yaml") || strings.Contains(question, "profile.yaml") {
		t.Errorf("the question names files that are current:\n%s", h.view())
	}
	for _, line := range strings.Split(h.view(), "\n") {
		if ansi.StringWidth(line) > 80 {
			t.Errorf("a line of the question is wider than 80 columns: %q", line)
		}
	}
	h.key("n")
	want := []SavedFile{
		{What: "posting (Markdown)", Path: posting, OutOfDate: "answers changed after it was saved"},
		{What: "answers", Path: filepath.Join(dir, "account-manager-acme-ltd-answers.yaml")},
		{What: "company profile", Path: filepath.Join(dir, "profile.yaml")},
	}
	if got := h.m.Saved(); !equalSaved(got, want) {
		t.Errorf("the summary lists\n%v\nwant\n%v", got, want)
	}

	// Saved again, under the same name: current.
	h.key("s", "enter", "ctrl+u")
	h.typeText("account-manager-acme.md")
	h.key("enter", "y")
	if got := h.m.Saved(); len(got) != 3 || got[0].OutOfDate != "" {
		t.Errorf("the posting saved again is still out of date: %v", got)
	}
	h.key("q")
	if !h.quit {
		t.Errorf("q did not quit with every file saved current:\n%s", h.view())
	}
}

// The profile holds only the company's details: a new job title leaves it
// current, a new company name does not. With only the profile saved, the
// posting itself is still unsaved work.
func TestTheProfileIsOutOfDateOnlyForCompanyDetails(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true, Answers: answers.Answers{Company: "Acme"},
		ProfilePath: filepath.Join(dir, "profile.yaml")}, 100, 30)
	h.key("p", "2", "tab") // the profile; then the job title
	h.typeText("Senior Account Manager")
	h.key("esc", "q")
	if h.m.showing() != "confirm" || strings.Contains(dialogText(h), "profile.yaml") || !strings.Contains(dialogText(h), "changes that are not saved") {
		t.Errorf("with the posting unsaved, q should ask about it alone:\n%s", h.view())
	}
	h.key("n", "2")
	h.typeText(" Ltd")
	h.key("esc", "q")
	if q := dialogText(h); !strings.Contains(q, "profile.yaml: the company profile") || !strings.Contains(q, "p saves the profile") {
		t.Errorf("a new company name leaves the profile out of date; q should say so:\n%s", h.view())
	}
	if got := h.m.Saved(); len(got) != 1 || got[0].OutOfDate != "company details changed after it was saved" {
		t.Errorf("the summary lists %v", got)
	}
}

// Answers changed and changed back write the same files: nothing to ask.
func TestAnswersChangedBackLeaveTheFilesCurrent(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true, Answers: answers.Answers{Company: "Acme"}}, 100, 30)
	h.key("s", "enter", "enter", "2")
	h.typeText("x")
	h.key("backspace", "esc", "q")
	if !h.quit {
		t.Errorf("q asked although the saved posting matches the answers:\n%s", h.view())
	}
}

// dialogText is the text of the dialog on top, as drawn.
func dialogText(h *harness) string {
	if d := h.m.topDialog(); d != nil {
		return strings.Join(strings.Fields(strings.ReplaceAll(ansi.Strip(d.view()), "│", " ")), " ")
	}
	return ""
}

func equalSaved(got, want []SavedFile) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if got[i] != want[i] {
			return false
		}
	}
	return true
}
