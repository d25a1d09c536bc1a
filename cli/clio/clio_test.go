package clio

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/answers"
)

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, ExitOK},
		{Failf("amjd: %s", "lost"), ExitFailure},
		{Usagef("amjd render: --width 5"), ExitUsage},
		{BadInput(errors.New("a.yaml:1:1: empty")), ExitUsage},
		{Exit(143), 143},
		{errors.New("not one of ours"), ExitFailure},
	} {
		if got := ExitCode(tc.err); got != tc.want {
			t.Errorf("ExitCode(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

func TestOversizedInputIsRefusedWithAPosition(t *testing.T) {
	path := filepath.Join(t.TempDir(), "big\x1b[2J.yaml")
	if err := os.WriteFile(path, make([]byte, answers.MaxAnswersSize+1), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadAnswers("amjd", path, nil)
	msg := err.Error()
	if ExitCode(err) != ExitUsage || !strings.Contains(msg, `big\x1b[2J.yaml:1:1: `) ||
		!strings.HasSuffix(msg, "; answers files and postings are far smaller") || strings.Contains(msg, "\x1b") {
		t.Errorf("exit %d, %q", ExitCode(err), msg)
	}
}

// "-o -" is standard output, as most tools read it: no file named "-".
func TestDashIsStandardOutput(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	var out, errs strings.Builder
	f := OutputFlags{Path: "-"}
	if _, err := f.Resolve("amjd render"); err != nil {
		t.Fatal(err)
	}
	if err := f.Write("amjd render", []byte("# Posting\n"), Streams{Out: &out, Err: &errs}); err != nil {
		t.Fatal(err)
	}
	if out.String() != "# Posting\n" {
		t.Errorf("standard output got %q", out.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "-")); err == nil {
		t.Error(`"-o -" wrote a file named "-"`)
	}
	if _, err := (OutputFlags{Path: "-", Force: true}).Resolve("amjd render"); err == nil {
		t.Error(`--force with "-o -" was accepted`)
	}
}
