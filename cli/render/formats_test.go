package render

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Each format is written where asked: by --format, or by -o's extension;
// a mismatch between the two is refused.
func TestRenderWritesEachFormat(t *testing.T) {
	ex := "examples/key-account-manager-software.yaml"
	text := run(t, "", Options{AnswersPath: ex, Format: "text", Quiet: true})
	if text.Code != 0 || strings.Contains(text.Stdout, "## ") || !strings.Contains(text.Stdout, "• Build trust") {
		t.Errorf("--format text: exit %d:\n%.300s", text.Code, text.Stdout)
	}
	dir := t.TempDir()
	for file, want := range map[string]string{"p.html": "<h2>About the role</h2>", "p.json": `"@type": "JobPosting"`, "p.txt": "About the role\n\n", "p.md": "## About the role"} {
		out := filepath.Join(dir, file)
		r := run(t, "", Options{AnswersPath: ex, Output: out, Quiet: true})
		data, _ := os.ReadFile(out)
		if r.Code != 0 || !strings.Contains(string(data), want) {
			t.Errorf("-o %s: exit %d (%s), file lacks %q", file, r.Code, r.Stderr, want)
		}
	}
	page := run(t, "", Options{AnswersPath: ex, Format: "html", Standalone: true, Quiet: true})
	if !strings.HasPrefix(page.Stdout, "<!doctype html>") || !strings.Contains(page.Stdout, "<title>Key Account Manager, Enterprise</title>") {
		t.Errorf("--standalone:\n%.200s", page.Stdout)
	}
	dated := run(t, "", Options{AnswersPath: ex, Format: "jsonld", Date: "2027-02-01", Quiet: true})
	if !strings.Contains(dated.Stdout, `"datePosted": "2027-02-01"`) {
		t.Errorf("--date:\n%.300s", dated.Stdout)
	}
}

func TestRenderRefusesFormatsThatDoNotFit(t *testing.T) {
	for _, c := range []struct {
		o    Options
		want string
	}{
		{Options{Format: "html", Output: "p.md"}, "amjd render: --format html, but -o p.md names Markdown; name the file .html or leave --format out"},
		{Options{Format: "pdf"}, `amjd render: --format: unknown format "pdf" (allowed: markdown, text, html, jsonld)`},
		{Options{Format: "text", Preview: true}, "amjd render: --preview shows Markdown in the terminal; it does not go with --format text"},
		{Options{Standalone: true}, "amjd render: --standalone only applies to --format html"},
		{Options{Format: "jsonld", Date: "tomorrow"}, `amjd render: --date "tomorrow": write it as year-month-day`},
		{Options{Output: "posting.yaml"}, "amjd render: -o posting.yaml: .yaml is for answers files"},
		{Options{Short: true, Format: "jsonld"}, "amjd render: --short does not go with --format jsonld"},
	} {
		r := run(t, "", c.o)
		if r.Code != 2 || !strings.HasPrefix(r.Stderr, c.want) {
			t.Errorf("%+v: exit %d, stderr %q; want 2 and %q", c.o, r.Code, r.Stderr, c.want)
		}
	}
}

// A format may be named by its file extension too.
func TestRenderTakesExtensionsAsFormatNames(t *testing.T) {
	for name, want := range map[string]string{"json": `"@type": "JobPosting"`, "txt": "About the role\n", "md": "## About the role"} {
		if r := run(t, "", Options{Format: name, Quiet: true}); r.Code != 0 || !strings.Contains(r.Stdout, want) {
			t.Errorf("--format %s: exit %d\n%.200s", name, r.Code, r.Stdout)
		}
	}
}

// What job boards miss in the JSON-LD is reported with the findings.
func TestRenderReportsMissingJobPostingData(t *testing.T) {
	r := run(t, "", Options{Format: "jsonld"})
	if r.Code != 0 || !strings.Contains(r.Stderr, "job-posting-data") || !strings.Contains(r.Stderr, "hiring organisation") {
		t.Errorf("exit %d, stderr:\n%s", r.Code, r.Stderr)
	}
}
