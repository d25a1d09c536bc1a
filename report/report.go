// Package report prints quality findings as text, for amjd check and amjd render.
package report

import (
	"fmt"
	"io"
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// Findings prints findings grouped by severity, with line numbers and a
// suggested fix for each, for the check and render commands.
func Findings(w io.Writer, name string, fs []checker.Finding, minimum checker.Severity) {
	fmt.Fprintf(w, "%s: %s\n", base.Printable(name), checker.Summary(fs))
	groups := []struct {
		sev   checker.Severity
		title string
	}{{checker.Error, "Errors"}, {checker.Warning, "Warnings"}, {checker.Info, "Notes"}}
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
			lines = append(lines, fmt.Sprintf("%s %s: %s\n       fix: %s", where, f.Rule, base.Printable(f.Message), base.Printable(f.Fix)))
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "\n%s\n%s\n", g.title, strings.Join(lines, "\n"))
		}
	}
}
