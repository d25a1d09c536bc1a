package check

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"amjd/cli/clio"
	"amjd/model/base"
	"amjd/model/checker"
)

// defaultWidth is the summary's width when stdout is not a terminal.
const defaultWidth = 100

// summary prints many files' results as they come: a row per file, or a
// JSON line, and keeps the totals.
type summary struct {
	w         io.Writer
	json      bool
	level     string
	failAt    checker.Severity
	width     int // the row's width in columns
	pathWidth int // the file column's

	files, failing, errors, warnings, unreadable int
}

func newSummary(o Options, set settings, entries []entry, w io.Writer) *summary {
	s := &summary{w: w, json: o.Format == "json", level: o.Level, failAt: set.failAt, width: o.Width}
	if s.width <= 0 {
		s.width = terminalWidth(w)
	}
	for _, e := range entries {
		s.pathWidth = max(s.pathWidth, ansi.StringWidth(base.Printable(e.path)))
	}
	s.pathWidth = min(s.pathWidth, s.width/2)
	return s
}

// terminalWidth is the width of the terminal w writes to, or defaultWidth.
func terminalWidth(w io.Writer) int {
	if fd, ok := clio.Terminal(w); ok {
		if width, _, err := term.GetSize(fd); err == nil && width > 0 {
			return width
		}
	}
	return defaultWidth
}

// add prints one file's result and counts it.
func (s *summary) add(r result) error {
	s.files++
	e, w, _ := checker.Count(r.findings)
	switch {
	case r.err != "":
		s.unreadable++
	case fails(r.findings, s.failAt):
		s.failing++
	}
	s.errors += e
	s.warnings += w
	var line []byte
	if s.json {
		line = jsonLine(r)
	} else {
		line = []byte(s.row(r) + "\n")
	}
	if _, err := s.w.Write(line); err != nil {
		return clio.Failf("amjd check: %w", err) // %w: a reader gone (EPIPE) is told apart
	}
	return nil
}

func fails(fs []checker.Finding, failAt checker.Severity) bool {
	for _, f := range fs {
		if f.Severity >= failAt {
			return true
		}
	}
	return false
}

// row is a file's line of the summary: its path, its errors and warnings,
// and its first finding (the most severe), cut to the width.
func (s *summary) row(r result) string {
	path := fitPath(base.Printable(r.path), s.pathWidth)
	head := path + strings.Repeat(" ", max(0, s.pathWidth-ansi.StringWidth(path))) + "  "
	var tail string
	if r.err != "" {
		tail = "unreadable: " + base.Printable(r.err)
	} else {
		e, w, _ := checker.Count(r.findings)
		tail = fmt.Sprintf("%-10s%-12s", plural(e, "error", "errors"), plural(w, "warning", "warnings"))
		if len(r.findings) > 0 {
			f := r.findings[0]
			tail += severityWord(f.Severity) + " " + f.Rule + ": " + base.Printable(f.Message)
		}
	}
	room := max(s.width-ansi.StringWidth(head), 24) // a long path pushes the row past the width, not the counts off it
	return strings.TrimRight(head+ansi.Truncate(tail, room, "…"), " ")
}

// fitPath cuts a path longer than the file column out of its middle,
// keeping where it starts and its file name's end: the columns after it
// stay in line. A path that fits is left whole.
func fitPath(path string, width int) string {
	w := ansi.StringWidth(path)
	if w <= width || width < 9 {
		return path
	}
	keep := width - 1 // one cell for "…"
	front := keep / 3
	return ansi.Truncate(path, front, "") + "…" + ansi.TruncateLeft(path, w-(keep-front), "")
}

// severityWord is a severity as the one-file report names it.
func severityWord(sev checker.Severity) string {
	switch sev {
	case checker.Error:
		return "error"
	case checker.Warning:
		return "warning"
	}
	return "note"
}

func plural(n int, one, many string) string {
	if n == 1 {
		return fmt.Sprintf("%d %s", n, one)
	}
	return fmt.Sprintf("%d %s", n, many)
}

// checkedJSON is a checked file's JSON line.
type checkedJSON struct {
	File     string            `json:"file"`
	Format   checker.Format    `json:"format"`
	Errors   int               `json:"errors"`
	Warnings int               `json:"warnings"`
	Infos    int               `json:"infos"`
	Findings []checker.Finding `json:"findings"`
}

// unreadableJSON is the JSON line of a file that could not be read.
type unreadableJSON struct {
	File  string `json:"file"`
	Error string `json:"error"`
}

// jsonLine is a file's result as one line of JSON.
func jsonLine(r result) []byte {
	var v any = unreadableJSON{File: r.path, Error: r.err}
	if r.err == "" {
		c := checkedJSON{File: r.path, Format: r.format, Findings: r.findings}
		c.Errors, c.Warnings, c.Infos = checker.Count(r.findings)
		if c.Findings == nil {
			c.Findings = []checker.Finding{} // scripts get an array, even an empty one
		}
		v = c
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // messages quote HTML postings as written
	_ = enc.Encode(v)        // strings, numbers and findings: nothing that cannot be encoded
	return buf.Bytes()
}

// finish prints the totals and returns the run's exit status: 2 when a
// file could not be read, else 1 when one fails at --level.
func (s *summary) finish() error {
	if !s.json {
		line := fmt.Sprintf("\n%s, %d failing at --level %s, %s, %s, %d unreadable\n",
			plural(s.files, "file", "files"), s.failing, s.level,
			plural(s.errors, "error", "errors"), plural(s.warnings, "warning", "warnings"), s.unreadable)
		if _, err := io.WriteString(s.w, line); err != nil {
			return clio.Failf("amjd check: %w", err)
		}
	}
	switch {
	case s.unreadable > 0:
		return clio.Exit(clio.ExitUsage) // the rows said which and why
	case s.failing > 0:
		return clio.Exit(clio.ExitFailure)
	}
	return nil
}
