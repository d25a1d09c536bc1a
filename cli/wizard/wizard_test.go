package wizard

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"amjd/cli/clio/cliotest"
	"amjd/draft"
	"amjd/model/answers"
	"amjd/shutdown"
)

// Piped input is not a terminal, so the wizard asks line prompts on stderr
// and prints the posting on stdout, with or without --accessible.
func TestPipedAnswersUseLinePrompts(t *testing.T) {
	for _, accessible := range []bool{true, false} {
		o := Options{Accessible: accessible, DraftDir: t.TempDir()}
		r := cliotest.Run("2\nAcme\n", o.Run)
		if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# Key Account Manager\n") || !strings.Contains(r.Stdout, "Acme") {
			t.Fatalf("--accessible=%v: exit %d, stdout starts %q\n%s", accessible, r.Code, r.Stdout[:min(60, len(r.Stdout))], r.Stderr)
		}
		if !strings.Contains(r.Stderr, "Enter a number between 1 and 6") || strings.Contains(r.Stdout, "Enter a number") {
			t.Errorf("the prompts belong on stderr:\n%s", r.Stderr)
		}
	}
}

func TestBadAnswersFileStopsBeforeAnyQuestion(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	if err := os.WriteFile(path, []byte("mix: hunting\nsalary: 5\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliotest.Run("", Options{AnswersPath: path, DraftDir: t.TempDir()}.Run)
	want := path + `:1:6: mix: unknown option "hunting" (allowed: retention, renewal_heavy, expansion, blended)` + "\n" +
		path + ":2:1: salary: unknown field"
	if r.Code != 2 || !strings.HasPrefix(r.Stderr, want) || r.Stdout != "" {
		t.Errorf("exit %d, stderr %q; want every problem, one per line", r.Code, r.Stderr)
	}
}

func TestASignalSaysWhereTheAnswersAre(t *testing.T) {
	term := &shutdown.SignalError{Signal: syscall.SIGTERM}
	answers := answers.Answers{Company: "Sigco"}

	drafts := draft.NewStore(t.TempDir())
	drafts.Note(answers, "company", nil)
	if err := drafts.Flush(); err != nil {
		t.Fatal(err)
	}
	var saved bytes.Buffer
	reportSignal(term, drafts, &saved)
	if want := "amjd: stopped by SIGTERM. Your answers are saved in " + drafts.Path() + "; run amjd again to resume.\n"; saved.String() != want {
		t.Errorf("saved draft:\n got %q\nwant %q", saved.String(), want)
	}

	var early bytes.Buffer
	reportSignal(term, draft.NewStore(t.TempDir()), &early)
	if early.String() != "amjd: stopped by SIGTERM before any answer was given.\n" {
		t.Errorf("nothing answered: %q", early.String())
	}

	unsaved := draft.NewStore(t.TempDir())
	unsaved.Note(answers, "company", nil)
	failed := &shutdown.SignalError{Signal: syscall.SIGHUP, FlushErr: errors.New("state folder is read-only\x1b[2J")}
	var lost bytes.Buffer
	reportSignal(failed, unsaved, &lost)
	if !strings.Contains(lost.String(), "could not be saved (state folder is read-only\\x1b[2J)") ||
		!strings.Contains(lost.String(), `company: "Sigco"`) {
		t.Errorf("unsaved answers should be printed, and the reason made printable:\n%s", lost.String())
	}
}
