package wizard

import (
	"slices"
	"testing"

	"amjd/ui"
)

// The summary printed after the screen is restored says which saved files
// are current and which no longer match the answers, and where the changes
// made after saving are.
func TestTheSummarySaysWhichFilesAreOutOfDate(t *testing.T) {
	files := []ui.SavedFile{
		{What: "posting (Markdown)", Path: "/work/x.md", OutOfDate: "answers changed after it was saved"},
		{What: "answers", Path: "/work/x-answers.yaml"},
		{What: "company profile", Path: "/home/me/.config/amjd/profile.yaml\x1b[2J", OutOfDate: "company details changed after it was saved"},
	}
	got := summary(files, "/state/amjd/draft.yaml")
	want := []string{
		"Saved the posting (Markdown): /work/x.md (out of date: answers changed after it was saved)",
		"Saved the answers: /work/x-answers.yaml",
		`Saved the company profile: /home/me/.config/amjd/profile.yaml\x1b[2J (out of date: company details changed after it was saved)`,
		"Changes made after saving are kept in the draft /state/amjd/draft.yaml; run amjd again to resume.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("summary:\n%q\nwant\n%q", got, want)
	}
	if got := summary(files[1:2], ""); !slices.Equal(got, []string{"Saved the answers: /work/x-answers.yaml"}) {
		t.Errorf("with every file current and no draft: %q", got)
	}
}
