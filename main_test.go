package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type result struct {
	code           int
	stdout, stderr string
}

func runCLI(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func TestRenderPrintsMarkdownForAnExample(t *testing.T) {
	r := runCLI(t, "", "render", "--answers", "examples/agency-account-manager.yaml")
	if r.code != 0 || r.stderr != "amjd render: examples/agency-account-manager.yaml: 0 errors, 0 warnings, 2 notes\n" {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
	want, err := os.ReadFile("model/testdata/TestExamplesGolden/agency-account-manager/full.golden")
	if err != nil {
		t.Fatal(err)
	}
	if r.stdout != string(want) {
		t.Error("render output differs from the golden posting")
	}
}

func TestRenderWithoutAnswersRendersDefaults(t *testing.T) {
	r := runCLI(t, "", "render")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# Account Manager\n") {
		t.Fatalf("exit %d, output starts %q", r.code, r.stdout[:min(40, len(r.stdout))])
	}
	short := runCLI(t, "", "render", "--short")
	if short.code != 0 || len(short.stdout) >= len(r.stdout)/3 {
		t.Errorf("--short should be a much shorter posting (%d vs %d bytes)", len(short.stdout), len(r.stdout))
	}
}

func TestRenderReadsAnswersFromStandardInput(t *testing.T) {
	r := runCLI(t, "variant: key_account_manager\n", "render", "--answers", "-")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "# Key Account Manager\n") {
		t.Fatalf("exit %d, stderr %q", r.code, r.stderr)
	}
}

func TestRenderPreviewUsesGlamour(t *testing.T) {
	r := runCLI(t, "", "render", "--preview", "--width", "60")
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	// Not a terminal here, so glamour's plain style is used; it still lays the
	// text out for the width instead of printing the Markdown source.
	if raw := runCLI(t, "", "render").stdout; r.stdout == raw || !strings.Contains(r.stdout, "Responsibilities") {
		t.Error("preview should be the rendered posting, not the Markdown source")
	}
	for _, line := range strings.Split(r.stdout, "\n") {
		if n := len([]rune(line)); n > 60 {
			t.Fatalf("line of %d columns exceeds --width 60: %q", n, line)
		}
	}
}

func TestRenderWritesFileAtomicallyAndNeverOverwritesSilently(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "posting.md")
	r := runCLI(t, "", "render", "-o", out)
	if r.code != 0 {
		t.Fatalf("exit %d: %s", r.code, r.stderr)
	}
	first, _ := os.ReadFile(out)
	if !strings.HasPrefix(string(first), "# Account Manager") {
		t.Fatalf("file holds %q", first[:min(40, len(first))])
	}
	r = runCLI(t, "", "render", "--short", "-o", out)
	if r.code != 1 || !strings.Contains(r.stderr, "already exists; use --force") {
		t.Fatalf("second write: exit %d, stderr %q", r.code, r.stderr)
	}
	if again, _ := os.ReadFile(out); !bytes.Equal(again, first) {
		t.Fatal("existing file was changed without --force")
	}
	r = runCLI(t, "", "render", "--short", "-o", out, "--force")
	if r.code != 0 {
		t.Fatalf("--force: exit %d: %s", r.code, r.stderr)
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
		r := runCLI(t, "", "render", "-o", tc.out)
		if r.code != 1 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("-o %s: exit %d, stderr %q; want %q", tc.out, r.code, r.stderr, tc.want)
		}
	}
}

func TestBadInputExitsTwoWithAPositionedMessage(t *testing.T) {
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	cases := []struct {
		args []string
		want string
	}{
		{[]string{"render", "--answers", write("unknown.yaml", "variant: account_manager\nsalary: 5\n")}, "unknown.yaml:2:1: salary: unknown field (allowed: variant, title,"},
		{[]string{"render", "--answers", write("type.yaml", "book:\n  accounts: lots\n")}, "type.yaml:2:13: book.accounts: expected a whole number"},
		{[]string{"render", "--answers", write("option.yaml", "mix: hunting\n")}, `option.yaml:1:6: mix: unknown option "hunting" (allowed: retention, renewal_heavy, expansion, blended)`},
		{[]string{"render", "--answers", write("pay.yaml", "pay: {min: 80000, max: 50000}\n")}, "pay.yaml:1:24: pay.max: the top of the pay range (50,000) is below its bottom (80,000)"},
		{[]string{"render", "--answers", write("latin1.yaml", "company: Caf\xe9\n")}, "latin1.yaml:1:13: file is not valid UTF-8"},
		{[]string{"render", "--answers", write("empty.yaml", "")}, "empty.yaml:1:1: answers file is empty"},
		{[]string{"render", "--answers", dir}, "is a folder, not an answers file"},
		{[]string{"render", "--answers", filepath.Join(dir, "nope.yaml")}, "nope.yaml: no such file"},
		{[]string{"render", "--width", "-3"}, "--width -3"},
		{[]string{"render", "--bogus"}, "flag provided but not defined: -bogus"},
		{[]string{"render", "stray.yaml"}, `unexpected argument "stray.yaml"`},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"answers"}, "Usage: amjd answers --template"},
	}
	for _, tc := range cases {
		r := runCLI(t, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 and %q", tc.args, r.code, r.stderr, tc.want)
		}
		if strings.Contains(r.stderr, "goroutine") || strings.Contains(r.stderr, "panic") {
			t.Errorf("%v: stack trace shown to the user", tc.args)
		}
	}
}

func TestHelpAndVersion(t *testing.T) {
	if r := runCLI(t, "", "--version"); r.code != 0 || !strings.HasPrefix(r.stdout, "amjd ") {
		t.Errorf("--version: exit %d, %q", r.code, r.stdout)
	}
	if r := runCLI(t, "", "help"); r.code != 0 || !strings.Contains(r.stdout, "amjd render") {
		t.Errorf("help: exit %d, %q", r.code, r.stdout)
	}
	if r := runCLI(t, "", "help", "render"); r.code != 0 || !strings.Contains(r.stdout, "-preview") {
		t.Errorf("help render: exit %d, %q", r.code, r.stdout)
	}
	for _, cmd := range [][]string{{"render", "-h"}, {"answers", "-h"}, {"-h"}} {
		if r := runCLI(t, "", cmd...); r.code != 0 || !strings.Contains(r.stderr, "Usage") {
			t.Errorf("%v: exit %d, stderr %q", cmd, r.code, r.stderr)
		}
	}
}

func TestAnswersTemplateRoundTrips(t *testing.T) {
	r := runCLI(t, "", "answers", "--template")
	if r.code != 0 {
		t.Fatalf("exit %d", r.code)
	}
	rendered := runCLI(t, r.stdout, "render", "--answers", "-")
	if rendered.code != 0 {
		t.Fatalf("the template does not render: %s", rendered.stderr)
	}
}

func TestCheckExitCodesAndFormats(t *testing.T) {
	bad := "model/testdata/postings/hidden-sales.md"
	r := runCLI(t, "", "check", bad)
	if r.code != 1 || !strings.Contains(r.stdout, "Errors\n") || !strings.Contains(r.stdout, "hidden-sales: New-business duties") {
		t.Errorf("bad posting: exit %d\n%s", r.code, r.stdout)
	}
	if !strings.Contains(r.stdout, "    9  hidden-sales") {
		t.Errorf("finding lacks its line number:\n%s", r.stdout)
	}
	clean := runCLI(t, "", "render", "--quiet", "--answers", "examples/key-account-manager-software.yaml").stdout
	if r := runCLI(t, clean, "check", "-"); r.code != 0 || !strings.Contains(r.stdout, "-: 0 errors, 0 warnings") {
		t.Errorf("clean posting from stdin: exit %d\n%s", r.code, r.stdout)
	}
	warnOnly := "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by gross retention of 92%.\n\n" +
		"## Requirements\n\n- 3 years with Salesforce.\n\n## Nice to have\n\n- SaaS.\n\nYou report to the Head of AM. We are a dynamic team. Apply at jobs.example.\n"
	if r := runCLI(t, warnOnly, "check", "-"); r.code != 0 {
		t.Errorf("warnings only should pass by default: exit %d\n%s", r.code, r.stdout)
	}
	if r := runCLI(t, warnOnly, "check", "--level", "warning", "-"); r.code != 1 {
		t.Errorf("--level warning should fail on warnings: exit %d", r.code)
	}
	j := runCLI(t, "", "check", "--format", "json", bad)
	var out []map[string]any
	if err := json.Unmarshal([]byte(j.stdout), &out); err != nil || j.code != 1 {
		t.Fatalf("json: exit %d, %v\n%s", j.code, err, j.stdout)
	}
	if out[0]["rule"] != "hidden-sales" || out[0]["severity"] != "error" || out[0]["line"] != float64(9) {
		t.Errorf("first json finding %v", out[0])
	}
	if j := runCLI(t, clean, "check", "--format", "json", "-"); !strings.HasPrefix(j.stdout, "[") {
		t.Errorf("json for a clean posting should still be an array: %q", j.stdout)
	}
	for _, args := range [][]string{
		{"check", "no-such-file.md"}, {"check", "model"}, {"check"}, {"check", "--format", "xml", bad}, {"check", "--level", "info", bad},
	} {
		if r := runCLI(t, "", args...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2 (%s)", args, r.code, r.stderr)
		}
	}
	if r := runCLI(t, "caf\xe9", "check", "-"); r.code != 2 || !strings.Contains(r.stderr, "not UTF-8") {
		t.Errorf("non-UTF-8: exit %d %s", r.code, r.stderr)
	}
}

func TestRenderReportsFindingsOnStderr(t *testing.T) {
	dir := t.TempDir()
	answers := filepath.Join(dir, "a.yaml")
	os.WriteFile(answers, []byte("location: {place: \"Denver, Colorado\"}\nresponsibilities:\n  add: [\"Cold calling new logos every Friday.\"]\n"), 0o644)
	r := runCLI(t, "", "render", "--answers", answers)
	if r.code != 0 || !strings.Contains(r.stderr, "hidden-sales") || strings.Contains(r.stdout, "hidden-sales") {
		t.Errorf("findings should be on stderr only: exit %d\nstderr: %s", r.code, r.stderr)
	}
	if r := runCLI(t, "", "render", "--strict", "--answers", answers); r.code != 1 {
		t.Errorf("--strict with errors: exit %d, want 1", r.code)
	}
	if r := runCLI(t, "", "render", "--strict", "--answers", "examples/agency-account-manager.yaml"); r.code != 0 {
		t.Errorf("--strict on a clean example: exit %d: %s", r.code, r.stderr)
	}
}
