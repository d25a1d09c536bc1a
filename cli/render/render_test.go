package render

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

func TestRenderPrintsMarkdownForAnExample(t *testing.T) {
	r := run(t, "", Options{AnswersPath: "examples/agency-account-manager.yaml"})
	if r.Code != 0 || r.Stderr != "amjd render: examples/agency-account-manager.yaml: 0 errors, 0 warnings, 2 notes\n" {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Stderr)
	}
	want, err := os.ReadFile("model/posting/testdata/TestExamplesGolden/agency-account-manager/full.golden")
	if err != nil {
		t.Fatal(err)
	}
	if r.Stdout != string(want) {
		t.Error("render output differs from the golden posting")
	}
}

func TestRenderWithoutAnswersRendersDefaults(t *testing.T) {
	r := run(t, "", Options{})
	if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# Account Manager\n") {
		t.Fatalf("exit %d, output starts %q", r.Code, r.Stdout[:min(40, len(r.Stdout))])
	}
	short := run(t, "", Options{Short: true})
	if short.Code != 0 || len(short.Stdout) >= len(r.Stdout)/3 {
		t.Errorf("--short should be a much shorter posting (%d vs %d bytes)", len(short.Stdout), len(r.Stdout))
	}
}

func TestRenderReadsAnswersFromStandardInput(t *testing.T) {
	r := run(t, "variant: key_account_manager\n", Options{AnswersPath: "-"})
	if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# Key Account Manager\n") {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Stderr)
	}
}

func TestRenderPreviewUsesGlamour(t *testing.T) {
	r := run(t, "", Options{Preview: true, Width: 60})
	if r.Code != 0 {
		t.Fatalf("exit %d: %s", r.Code, r.Stderr)
	}
	// Not a terminal here, so glamour's plain style is used; it still lays the
	// text out for the width instead of printing the Markdown source.
	if raw := run(t, "", Options{}).Stdout; r.Stdout == raw || !strings.Contains(r.Stdout, "Responsibilities") {
		t.Error("preview should be the rendered posting, not the Markdown source")
	}
	if strings.Contains(r.Stdout, "\x1b") {
		t.Error("preview wrote escape sequences to something that is not a terminal")
	}
	for _, line := range strings.Split(r.Stdout, "\n") {
		if n := len([]rune(line)); n > 60 {
			t.Fatalf("line of %d columns exceeds --width 60: %q", n, line)
		}
	}
}

func TestRenderWritesFileAtomicallyAndNeverOverwritesSilently(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "posting.md")
	r := run(t, "", Options{Output: out})
	if r.Code != 0 || r.Stdout != "" || !strings.HasPrefix(r.Stderr, "Wrote "+out+"\n") {
		t.Fatalf("exit %d, stdout %q, stderr %q", r.Code, r.Stdout, r.Stderr)
	}
	first, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(first), "# Account Manager") {
		t.Fatalf("file holds %q", first[:min(40, len(first))])
	}
	r = run(t, "", Options{Short: true, Output: out})
	if r.Code != 1 || !strings.Contains(r.Stderr, "amjd render: "+out+" already exists; use --force") {
		t.Fatalf("second write: exit %d, stderr %q", r.Code, r.Stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, first) {
		t.Fatal("existing file was changed without --force")
	}
	r = run(t, "", Options{Short: true, Output: out, Force: true})
	if r.Code != 0 {
		t.Fatalf("--force: exit %d: %s", r.Code, r.Stderr)
	}
	if again, _ := os.ReadFile(out); bytes.Equal(again, first) {
		t.Fatal("--force did not replace the file")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("temporary files left behind: %v", entries)
	}
}

func TestRenderFileErrorsNameThePath(t *testing.T) {
	dir := t.TempDir()
	cases := []struct {
		out, want string
	}{
		{dir, "is a folder"},
		{filepath.Join(dir, "missing", "x.md"), "folder " + filepath.Join(dir, "missing") + " does not exist"},
	}
	for _, tc := range cases {
		r := run(t, "", Options{Output: tc.out})
		if r.Code != 1 || !strings.Contains(r.Stderr, tc.want) {
			t.Errorf("-o %s: exit %d, stderr %q; want %q", tc.out, r.Code, r.Stderr, tc.want)
		}
	}
}

func TestBadAnswersExitTwoWithAPositionedMessage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		answers string
		want    string
	}{
		{write("unknown.yaml", "variant: account_manager\nsalary: 5\n"), "unknown.yaml:2:1: salary: unknown field (allowed: variant, title,"},
		{write("type.yaml", "book:\n  accounts: lots\n"), "type.yaml:2:13: book.accounts: expected a whole number"},
		{write("option.yaml", "mix: hunting\n"), `option.yaml:1:6: mix: unknown option "hunting" (allowed: retention, renewal_heavy, expansion, blended)`},
		{write("pay.yaml", "pay: {min: 80000, max: 50000}\n"), "pay.yaml:1:24: pay.max: the top of the pay range (50,000) is below its bottom (80,000)"},
		{write("latin1.yaml", "company: Caf\xe9\n"), "latin1.yaml:1:13: file is not valid UTF-8"},
		{write("empty.yaml", ""), "empty.yaml:1:1: answers file is empty"},
		{dir, "is a folder, not an answers file"},
		{filepath.Join(dir, "nope.yaml"), "nope.yaml: no such file"},
	}
	for _, tc := range cases {
		r := run(t, "", Options{AnswersPath: tc.answers})
		if r.Code != 2 || !strings.Contains(r.Stderr, tc.want) || r.Stdout != "" {
			t.Errorf("--answers %s: exit %d, stderr %q; want exit 2 and %q", tc.answers, r.Code, r.Stderr, tc.want)
		}
	}
}

func TestBadFlagValuesExitTwo(t *testing.T) {
	for _, tc := range []struct {
		o    Options
		want string
	}{
		{Options{Width: -3}, "amjd render: --width -3: must be between 20 and 1000\n"},
		{Options{Width: 5, Preview: true}, "amjd render: --width 5: must be between 20 and 1000\n"},
		{Options{Force: true}, "amjd render: --force only applies with -o FILE\n"},
	} {
		if r := run(t, "", tc.o); r.Code != clio.ExitUsage || r.Stderr != tc.want || r.Stdout != "" {
			t.Errorf("%+v: exit %d, stderr %q; want %q", tc.o, r.Code, r.Stderr, tc.want)
		}
	}
}

func TestRenderReportsFindingsOnStderr(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "a.yaml")
	if err := os.WriteFile(answers, []byte("location: {place: \"Denver, Colorado\"}\nresponsibilities:\n  add: [\"Cold calling new logos every Friday.\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := run(t, "", Options{AnswersPath: answers})
	if r.Code != 0 || !strings.Contains(r.Stderr, "hidden-sales") || strings.Contains(r.Stdout, "hidden-sales") {
		t.Errorf("findings should be on stderr only: exit %d\nstderr: %s", r.Code, r.Stderr)
	}
	if r := run(t, "", Options{AnswersPath: answers, Strict: true}); r.Code != 1 || !strings.Contains(r.Stderr, "hidden-sales") {
		t.Errorf("--strict with errors: exit %d, want 1 with the findings", r.Code)
	}
	if r := run(t, "", Options{AnswersPath: answers, Quiet: true}); r.Code != 0 || r.Stderr != "" {
		t.Errorf("--quiet: exit %d, stderr %q", r.Code, r.Stderr)
	}
	if r := run(t, "", Options{AnswersPath: "examples/agency-account-manager.yaml", Strict: true}); r.Code != 0 {
		t.Errorf("--strict on a clean example: exit %d: %s", r.Code, r.Stderr)
	}
}
