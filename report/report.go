// Package report prints quality findings as text, for amjd check and amjd render.
package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"amjd/model/base"
	"amjd/model/checker"
)

// Findings prints findings grouped by severity, with line numbers and a
// suggested fix for each, for the check and render commands.
func Findings(w io.Writer, name string, fs []checker.Finding, minimum checker.Severity) {
	FindingsWidth(w, name, fs, minimum, 0)
}

// FindingsWidth is Findings with each finding's words wrapped to width
// columns under its rule, as a terminal shows them; 0 does not wrap.
func FindingsWidth(w io.Writer, name string, fs []checker.Finding, minimum checker.Severity, width int) {
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
			lines = append(lines, hang(where+" ", f.Rule+": "+base.Printable(f.Message), width)+"\n"+hang("       fix: ", base.Printable(f.Fix), width))
		}
		if len(lines) > 0 {
			fmt.Fprintf(w, "\n%s\n%s\n", g.title, strings.Join(lines, "\n"))
		}
	}
}

// hang is text after lead, wrapped at word boundaries to width columns,
// each line after the first indented under the first's text. A width too
// narrow for it leaves the text on one line.
func hang(lead, text string, width int) string {
	room := width - ansi.StringWidth(lead)
	if width <= 0 || room < 20 {
		return lead + text
	}
	lines := strings.Split(ansi.Wrap(text, room, ""), "\n")
	pad := strings.Repeat(" ", ansi.StringWidth(lead))
	for i := range lines {
		if i == 0 {
			lines[i] = lead + lines[i]
		} else {
			lines[i] = pad + lines[i]
		}
	}
	return strings.Join(lines, "\n")
}
