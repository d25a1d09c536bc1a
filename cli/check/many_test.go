package check

import (
	"context"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"amjd/cli/clio"
	"amjd/cli/clio/cliotest"
	"amjd/export"
	"amjd/model/answers"
)

// postings are the texts the tests write to files: one that passes, one
// with an error, and one with warnings only.
type postings struct{ clean, bad, warnOnly string }

func texts(t *testing.T) postings {
	t.Helper()
	cliotest.AtRoot(t)
	data, err := os.ReadFile(filepath.FromSlash(bad))
	if err != nil {
		t.Fatal(err)
	}
	return postings{clean: cleanPosting(t), bad: string(data), warnOnly: warnOnly}
}

const warnOnly = "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by gross retention of 92%.\n\n" +
	"## Requirements\n\n- 3 years with Salesforce.\n\n## Nice to have\n\n- SaaS.\n\nYou report to the Head of AM. We are a dynamic team. Apply at jobs.example.\n"

// write makes the files under dir, their folders too.
func write(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// runIn runs check in dir, where the paths given are typed.
func runIn(t *testing.T, dir, stdin string, o Options) cliotest.Result {
	t.Helper()
	t.Chdir(dir)
	if o.Format == "" {
		o.Format = "text"
	}
	if o.Level == "" {
		o.Level = "error"
	}
	if o.Width == 0 {
		o.Width = 200
	}
	return cliotest.Run(stdin, o.Run)
}

// rows are the summary's lines before the blank line and the totals.
func rows(out string) []string {
	body, _, _ := strings.Cut(out, "\n\n")
	return strings.Split(body, "\n")
}

func TestCheckFolderListsEveryPostingAndWhatCouldNotBeRead(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	write(t, dir, map[string]string{
		"jobs/clean.md":               p.clean,
		"jobs/sales/2026/hidden.txt":  p.bad,
		"jobs/sales/latin1.txt":       "Caf\xe9 manager",
		"jobs/huge.md":                strings.Repeat("a", answers.MaxAnswersSize+1),
		"jobs/.draft.md":              p.bad,
		"jobs/.git/old.md":            p.bad,
		"jobs/brochure.pdf":           p.bad,
		"jobs/notes/about.HTML":       "<h1>Account Manager</h1><p>" + p.clean + "</p>",
		"elsewhere/linked-target.txt": p.bad,
	})
	if err := os.Symlink(filepath.Join(dir, "elsewhere"), filepath.Join(dir, "jobs", "linked")); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	if err := os.Symlink(filepath.Join(dir, "elsewhere", "linked-target.txt"), filepath.Join(dir, "jobs", "link.md")); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, "", Options{Paths: []string{"jobs"}})
	want := []string{
		"jobs/clean.md               0 errors  0 warnings  note ",
		"jobs/huge.md                unreadable: over the 1 MiB limit",
		"jobs/notes/about.HTML       0 errors  1 warning   warning qualifications-missing: ",
		"jobs/sales/2026/hidden.txt  1 error   1 warning   error hidden-sales: New-business duties",
		"jobs/sales/latin1.txt       unreadable: not UTF-8 text",
	}
	got := rows(r.Stdout)
	if r.Code != 2 || len(got) != len(want) {
		t.Fatalf("exit %d, want 2 with %d rows (hidden, linked and .pdf files skipped):\n%s", r.Code, len(want), r.Stdout)
	}
	for i, w := range want {
		w = strings.Replace(w, strings.Fields(w)[0], filepath.FromSlash(strings.Fields(w)[0]), 1)
		if !strings.HasPrefix(got[i], w) {
			t.Errorf("row %d: %q, want it to begin %q", i+1, got[i], w)
		}
	}
	if !strings.HasSuffix(r.Stdout, "\n\n5 files, 1 failing at --level error, 1 error, 2 warnings, 2 unreadable\n") || r.Stderr != "" {
		t.Errorf("totals line, unreadable files counted, on stdout: stderr %q\n%s", r.Stderr, r.Stdout)
	}
}

func TestCheckManyExitsOnTheWorstFile(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.md": p.clean, "b.md": p.warnOnly, "c.md": p.bad})
	if err := os.Mkdir(filepath.Join(dir, "empty"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		paths []string
		level string
		code  int
		total string
	}{
		{[]string{"a.md", "b.md"}, "error", 0, "2 files, 0 failing at --level error, 0 errors, "},
		{[]string{"a.md", "b.md"}, "warning", 1, "2 files, 1 failing at --level warning, 0 errors, "},
		{[]string{"a.md", "c.md"}, "error", 1, "2 files, 1 failing at --level error, 1 error, "},
		{[]string{"c.md", "missing.md", "a.md"}, "error", 2, "3 files, 1 failing at --level error, 1 error, "},
		{[]string{os.DevNull, "a.md"}, "error", 2, "2 files, 0 failing at --level error, 0 errors, "},
		{[]string{"empty", "a.md"}, "error", 2, "2 files, 0 failing at --level error, 0 errors, "},
	} {
		r := runIn(t, dir, "", Options{Paths: tc.paths, Level: tc.level})
		if r.Code != tc.code || !strings.Contains(r.Stdout, "\n\n"+tc.total) {
			t.Errorf("%v --level %s: exit %d, want %d and totals %q:\n%s", tc.paths, tc.level, r.Code, tc.code, tc.total, r.Stdout)
		}
	}
	r := runIn(t, dir, "", Options{Paths: []string{"c.md", "missing.md", os.DevNull, "a.md"}})
	got := rows(r.Stdout)
	if len(got) != 4 || !strings.HasPrefix(got[0], "c.md") || !strings.HasPrefix(got[1], "missing.md  unreadable: no such file") ||
		!strings.Contains(got[2], "unreadable: ") || !strings.HasPrefix(got[3], "a.md") {
		t.Errorf("rows should follow the arguments, the unreadable ones listed with the rest:\n%s", r.Stdout)
	}
	if r := runIn(t, dir, "", Options{Paths: []string{"empty"}}); r.Code != 2 ||
		!strings.HasPrefix(r.Stdout, "empty  unreadable: no .md, .markdown, .mdx, .txt, .html, .htm, .org, .tex, .rtf, .eml, .ics, .srt, .vtt, .wiki files in this folder\n") {
		t.Errorf("a folder with no postings: exit %d\n%s", r.Code, r.Stdout)
	}
}

func TestCheckManyJSONIsOneObjectPerLine(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	write(t, dir, map[string]string{"b/one.md": p.bad, "b/two.txt": p.warnOnly, "a.md": p.clean})
	r := runIn(t, dir, "", Options{Paths: []string{"b", "a.md", "gone.md"}, Format: "json"})
	lines := strings.Split(strings.TrimSuffix(r.Stdout, "\n"), "\n")
	if r.Code != 2 || len(lines) != 4 {
		t.Fatalf("exit %d, want 2 and 4 lines:\n%s", r.Code, r.Stdout)
	}
	var got []map[string]any
	for i, line := range lines {
		var v map[string]any
		if err := json.Unmarshal([]byte(line), &v); err != nil {
			t.Fatalf("line %d is not JSON: %v\n%s", i+1, err, line)
		}
		got = append(got, v)
	}
	first := got[0]
	if first["file"] != filepath.Join("b", "one.md") || first["format"] != "markdown" || first["errors"] != float64(1) {
		t.Errorf("first line %v", first)
	}
	if f, _ := first["findings"].([]any); len(f) == 0 || f[0].(map[string]any)["rule"] != "hidden-sales" {
		t.Errorf("first line's findings %v", first["findings"])
	}
	if got[1]["file"] != filepath.Join("b", "two.txt") || got[2]["file"] != "a.md" || got[2]["errors"] != float64(0) {
		t.Errorf("lines out of order, or counts missing: %v", got)
	}
	if f, ok := got[2]["findings"].([]any); !ok || got[2]["infos"] != float64(len(f)) {
		t.Errorf("a clean file's findings should be an array of its notes: %v", got[2])
	}
	if last := got[3]; last["file"] != "gone.md" || last["error"] != "no such file" || last["errors"] != nil {
		t.Errorf("an unreadable file's line %v", last)
	}
}

// A .txt holding HTML read as HTML, as --input says, finds its headings;
// read as text, the same file has no requirements section.
func TestCheckInputSaysHowToRead(t *testing.T) {
	p := texts(t)
	html, err := export.HTMLFragment(p.clean)
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	write(t, dir, map[string]string{"posting.txt": html})
	asHTML := runIn(t, dir, "", Options{Paths: []string{"posting.txt"}, Input: "html", Level: "warning"})
	asText := runIn(t, dir, "", Options{Paths: []string{"posting.txt"}, Input: "text", Level: "warning"})
	if asHTML.Code != 0 || strings.Contains(asHTML.Stdout, "qualifications-missing") {
		t.Errorf("--input html: exit %d\n%s", asHTML.Code, asHTML.Stdout)
	}
	if asText.Code != 1 || !strings.Contains(asText.Stdout, "qualifications-missing") {
		t.Errorf("--input text: exit %d\n%s", asText.Code, asText.Stdout)
	}
	j := runIn(t, dir, "", Options{Paths: []string{"posting.txt", "posting.txt"}, Input: "html", Format: "json"})
	if !strings.HasPrefix(j.Stdout, `{"file":"posting.txt","format":"html",`) {
		t.Errorf("--input html in JSON lines:\n%s", j.Stdout)
	}
}

func TestCheckManyRowsFitTheWidth(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	write(t, dir, map[string]string{"a.md": p.bad, "b.md": p.clean})
	r := runIn(t, dir, "", Options{Paths: []string{"a.md", "b.md"}, Width: 60})
	for _, row := range rows(r.Stdout) {
		if w := ansi.StringWidth(row); w > 60 {
			t.Errorf("row of %d columns at width 60: %q", w, row)
		}
	}
	if got := rows(r.Stdout)[0]; !strings.HasSuffix(got, "…") || !strings.HasPrefix(got, "a.md  1 error   ") {
		t.Errorf("a long finding is cut with an ellipsis: %q", got)
	}
}

// A path longer than the file column is cut in its middle, so the counts
// of every row stand in one column and each row keeps its file's name.
func TestCheckManyLongPathsKeepTheColumns(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	long := "flawed-a-very-long-file-name-from-a-recruiters-export-of-open-roles.md"
	write(t, dir, map[string]string{"a.md": p.clean, long: p.bad})
	r := runIn(t, dir, "", Options{Paths: []string{"a.md", long}, Width: 80})
	var at []int
	for _, row := range rows(r.Stdout) {
		if w := ansi.StringWidth(row); w > 80 {
			t.Errorf("row of %d columns at width 80: %q", w, row)
		}
		at = append(at, ansi.StringWidth(row[:max(strings.Index(row, " error"), 0)]))
	}
	if len(at) != 2 || at[0] != at[1] || at[0] < 0 {
		t.Errorf("the counts are not in one column: %q", rows(r.Stdout))
	}
	if !strings.Contains(r.Stdout, "open-roles.md") || !strings.Contains(r.Stdout, "…") {
		t.Errorf("the long path is not cut in its middle: %q", r.Stdout)
	}
}

// cancelOnWrite is stdout for a run cancelled once its first row is printed.
type cancelOnWrite struct {
	strings.Builder
	cancel context.CancelFunc
}

func (w *cancelOnWrite) Write(p []byte) (int, error) {
	w.cancel()
	return w.Builder.Write(p)
}

func TestCheckManyStopsWhenCancelled(t *testing.T) {
	p := texts(t)
	dir := t.TempDir()
	files := map[string]string{}
	var names []string
	for _, name := range []string{"a", "b", "c", "d", "e", "f", "g", "h"} {
		files[name+".md"] = p.bad
		names = append(names, name+".md")
	}
	write(t, dir, files)
	t.Chdir(dir)
	o := Options{Format: "text", Level: "error", Width: 100}
	for _, paths := range [][]string{{"."}, names} {
		o.Paths = paths
		ctx, cancel := context.WithCancel(context.Background())
		out := &cancelOnWrite{cancel: cancel}
		err := o.RunContext(ctx, clio.Streams{In: strings.NewReader(""), Out: out, Err: io.Discard})
		if clio.ExitCode(err) != 1 || err.Error() != "amjd check: stopped before every file was checked" || strings.Count(out.String(), "\n") != 1 {
			t.Errorf("%v, cancelled after the first row: %v\n%s", paths, err, out.String())
		}
		cancel()
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r := cliotest.Run("", func(s clio.Streams) error { return o.RunContext(ctx, s) })
	if r.Code != 1 || r.Stdout != "" {
		t.Errorf("a run cancelled before it starts checks nothing: exit %d\n%s", r.Code, r.Stdout)
	}
}
