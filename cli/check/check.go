// Package check is "amjd check": it reviews any job description, Markdown
// or plain text, and prints the findings as text or JSON; the exit status
// says whether the posting passed.
package check

import (
	"encoding/json"
	"fmt"
	"io"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/report"
)

// Options are check's flags and its one argument.
type Options struct {
	File   string // the posting; "-" reads standard input
	Format string // "text" or "json"
	Level  string // lowest severity that fails: "error" or "warning"
	Short  bool   // the text is a short job-board summary
}

// long is the help text; one line per paragraph, which fang wraps to the
// terminal and mango makes a paragraph of the man page.
const long = "Reviews a job description, Markdown or plain text (- reads standard " +
	"input): findings grouped by severity, with line numbers and a fix " +
	"for each.\n\n" +
	"Exit status: 0 no errors, 1 errors found (or warnings, with --level " +
	"warning), 2 bad usage or unreadable input."

const examples = `amjd check posting.md
amjd check posting.md --format json
amjd render --answers answers.yaml --quiet | amjd check -`

// Command is "amjd check".
func Command() *cobra.Command {
	o := Options{Format: "text", Level: "error"}
	cmd := &cobra.Command{
		Use:     "check FILE",
		Short:   "Review an existing job description (- for stdin)",
		Long:    long,
		Example: examples,
		Args:    oneFile,
		RunE: func(cmd *cobra.Command, args []string) error {
			defer clio.StopOnSignals(nil)()
			o.File = args[0]
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.SortFlags = false // in the order above, which groups them
	f.StringVar(&o.Format, "format", o.Format, "Output format: text or json")
	f.StringVar(&o.Level, "level", o.Level, "Lowest severity that fails: error or warning")
	f.BoolVar(&o.Short, "short", false, "The text is a short job-board summary (80-150 words)")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.RegisterFlagCompletionFunc("level", cobra.FixedCompletions([]string{"error", "warning"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

func oneFile(cmd *cobra.Command, args []string) error {
	if len(args) != 1 {
		return &clio.ExitError{Code: clio.ExitUsage, Help: cmd.CommandPath(),
			Err: fmt.Errorf("amjd check: give one file to check, or - for standard input")}
	}
	return nil
}

// Run checks the file and prints the findings on stdout.
func (o Options) Run(s clio.Streams) error {
	failAt, err := o.validate()
	if err != nil {
		return err
	}
	data, err := clio.ReadInput("amjd check", o.File, "a file", s.In)
	if err != nil {
		return err
	}
	if !utf8.Valid(data) {
		return clio.Usagef("amjd check: %s: not UTF-8 text", base.Printable(o.File))
	}
	findings := checker.Check(content.Default(), string(data), checker.CheckOptions{Short: o.Short, Now: time.Now()})
	if err := o.print(findings, s.Out); err != nil {
		return err
	}
	for _, f := range findings {
		if f.Severity >= failAt {
			return clio.Exit(clio.ExitFailure) // the findings said why
		}
	}
	return nil
}

// validate checks --format and --level and returns the severity that fails.
func (o Options) validate() (checker.Severity, error) {
	if o.Format != "text" && o.Format != "json" {
		return 0, clio.Usagef("amjd check: --format %q: allowed: text, json", o.Format)
	}
	switch o.Level {
	case "error":
		return checker.Error, nil
	case "warning":
		return checker.Warning, nil
	}
	return 0, clio.Usagef("amjd check: --level %q: allowed: error, warning", o.Level)
}

func (o Options) print(findings []checker.Finding, stdout io.Writer) error {
	if o.Format == "text" {
		report.Findings(stdout, o.File, findings, checker.Info)
		return nil
	}
	if findings == nil {
		findings = []checker.Finding{} // scripts get an array, even an empty one
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	if err := enc.Encode(findings); err != nil {
		return clio.Failf("amjd check: %v", err)
	}
	return nil
}
