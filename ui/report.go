package ui

import (
	"fmt"
	"io"
	"strings"

	"amjd/model"
)

// Summary is a one-line count of findings, such as "1 error, 2 warnings, 3 notes".
func Summary(fs []model.Finding) string {
	e, w, i := model.Count(fs)
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	return plural(e, "error", "errors") + ", " + plural(w, "warning", "warnings") + ", " + plural(i, "note", "notes")
}

// WriteFindings prints findings grouped by severity, with line numbers and a
// suggested fix for each, for the check and render commands.
func WriteFindings(w io.Writer, name string, fs []model.Finding, minimum model.Severity) {
	fmt.Fprintf(w, "%s: %s\n", model.Printable(name), Summary(fs))
	groups := []struct {
		sev   model.Severity
		title string
	}{{model.Error, "Errors"}, {model.Warning, "Warnings"}, {model.Info, "Notes"}}
	for _, g := range groups {
		if g.sev < minimum {
			continue
		}
		var lines []string
		for _, f := range fs {
			if f.Severity != g.sev {
				continue
			}
			where := "      "
			if f.Line > 0 {
				where = fmt.Sprintf("%5d ", f.Line)
			}
			// Messages quote the checked text: never let it drive the terminal.
			lines = append(lines, fmt.Sprintf("%s %s: %s\n       fix: %s", where, f.Rule, model.Printable(f.Message), model.Printable(f.Fix)))
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "\n%s\n%s\n", g.title, strings.Join(lines, "\n"))
		}
	}
}
