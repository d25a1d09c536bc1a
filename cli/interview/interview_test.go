package interview

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/cli/clio"
	"amjd/cli/clio/cliotest"
)

func run(t *testing.T, stdin string, o Options) cliotest.Result {
	t.Helper()
	cliotest.AtRoot(t)
	return cliotest.Run(stdin, o.Run)
}

func TestInterviewPrintsTheGoldenKitForAnExample(t *testing.T) {
	r := run(t, "", Options{AnswersPath: "examples/agency-account-manager.yaml"})
	if r.Code != 0 || r.Stderr != "" {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Stderr)
	}
	want, err := os.ReadFile("interview/testdata/TestExamplesGolden/agency-account-manager/markdown.golden")
	if err != nil {
		t.Fatal(err)
	}
	if r.Stdout != string(want) {
		t.Error("the kit differs from the golden kit")
	}
}

func TestInterviewWithoutAnswersWritesTheDefaultsKit(t *testing.T) {
	r := run(t, "", Options{})
	if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# Interview kit: Account Manager\n") {
		t.Fatalf("exit %d, output starts %q", r.Code, r.Stdout[:min(60, len(r.Stdout))])
	}
}

func TestInterviewReadsAnswersFromStandardInput(t *testing.T) {
	r := run(t, "variant: key_account_manager\nindustry: software\n", Options{AnswersPath: "-"})
	if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# Interview kit: Key Account Manager\n") || !strings.Contains(r.Stdout, "customer") {
		t.Fatalf("exit %d, stderr %q, output %.80q", r.Code, r.Stderr, r.Stdout)
	}
}

func TestInterviewWritesFilesAtomicallyAndNeverOverwritesSilently(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "kit.md")
	r := run(t, "", Options{Output: out})
	if r.Code != 0 || r.Stdout != "" || r.Stderr != "Wrote "+out+"\n" {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.Code, r.Stdout, r.Stderr)
	}
	first, _ := os.ReadFile(out)
	r = run(t, "variant: junior_account_manager\n", Options{AnswersPath: "-", Output: out})
	if r.Code != 1 || !strings.Contains(r.Stderr, "amjd interview: "+out+" already exists; use --force") {
		t.Fatalf("second write: exit %d, stderr %q", r.Code, r.Stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, first) {
		t.Fatal("the file was changed without --force")
	}
	r = run(t, "variant: junior_account_manager\n", Options{AnswersPath: "-", Output: out, Force: true})
	if again, _ := os.ReadFile(out); r.Code != 0 || bytes.Equal(again, first) {
		t.Fatalf("--force: exit %d (%s), file replaced: %v", r.Code, r.Stderr, !bytes.Equal(again, first))
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

// Each format is written where asked, by --format or by -o's extension.
func TestInterviewWritesEachFormat(t *testing.T) {
	ex := "examples/accounts-manager-wholesale.yaml"
	dir := t.TempDir()
	for file, want := range map[string]string{"k.md": "| --- |", "k.txt": "Scorecard\n\n", "k.html": "<table>"} {
		out := filepath.Join(dir, file)
		r := run(t, "", Options{AnswersPath: ex, Output: out})
		data, _ := os.ReadFile(out)
		if r.Code != 0 || !strings.Contains(string(data), want) {
			t.Errorf("-o %s: exit %d (%s), file lacks %q", file, r.Code, r.Stderr, want)
		}
	}
	page := run(t, "", Options{AnswersPath: ex, Format: "html", Standalone: true})
	if !strings.HasPrefix(page.Stdout, "<!doctype html>") || !strings.Contains(page.Stdout, "border-collapse") {
		t.Errorf("--standalone:\n%.300s", page.Stdout)
	}
}

func TestInterviewRefusesUsageThatDoesNotFit(t *testing.T) {
	for _, c := range []struct {
		o    Options
		want string
	}{
		{Options{Format: "html", Output: "k.md"}, "amjd interview: --format html, but -o k.md names Markdown; name the file .html or leave --format out"},
		{Options{Format: "pdf"}, `amjd interview: --format: unknown format "pdf"`},
		{Options{Format: "jsonld"}, "amjd interview: an interview kit is Markdown, text or HTML"},
		{Options{Output: "k.json"}, "amjd interview: an interview kit is Markdown, text or HTML"},
		{Options{Standalone: true}, "amjd interview: --standalone only applies to --format html"},
		{Options{Force: true}, "amjd interview: --force only applies with -o"},
	} {
		r := run(t, "", c.o)
		if r.Code != 2 || !strings.HasPrefix(r.Stderr, c.want) || r.Stdout != "" {
			t.Errorf("%+v: exit %d, stderr %q; want 2 and %q", c.o, r.Code, r.Stderr, c.want)
		}
	}
}

func TestBadAnswersExitTwo(t *testing.T) {
	r := run(t, "mix: hunting\n", Options{AnswersPath: "-"})
	if r.Code != 2 || !strings.Contains(r.Stderr, `mix: unknown option "hunting"`) || r.Stdout != "" {
		t.Errorf("exit %d, stderr %q", r.Code, r.Stderr)
	}
	r = run(t, "", Options{AnswersPath: filepath.Join(t.TempDir(), "nope.yaml")})
	if r.Code != 2 || !strings.Contains(r.Stderr, "no such file") {
		t.Errorf("missing file: exit %d, stderr %q", r.Code, r.Stderr)
	}
}

func TestAFileGivenWithoutTheFlagIsAUsageError(t *testing.T) {
	err := clio.NoAnswersArgument(who)(nil, []string{"answers.yaml"})
	if err == nil || !strings.Contains(err.Error(), "amjd interview: unexpected argument \"answers.yaml\" (did you mean --answers answers.yaml?)") {
		t.Errorf("got %v", err)
	}
}
