// Package check is "amjd check": it reviews job descriptions, Markdown, HTML
// or plain text, one file or many, and prints the findings as text or JSON;
// the exit status says whether the postings passed.
package check

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/report"
)

// Options are check's flags and its arguments.
type Options struct {
	// Paths are the postings: files, folders (read recursively) and "-"
	// for standard input. One file prints its full report; several files,
	// or a folder, print a summary row for each.
	Paths  []string
	Format string // "text" or "json"
	Input  string // how the postings are written: "markdown", "html", "text"; "" tells it from each file
	Level  string // lowest severity that fails: "error" or "warning"
	Short  bool   // the text is a short job-board summary
	// Width is the width in columns of the summary of many files, and of
	// one file's findings, wrapped under their rule; 0 is the terminal's
	// (off a terminal the summary is 100 columns wide and the findings are
	// not wrapped).
	Width int
}

// long is the help text; one line per paragraph, which fang wraps to the
// terminal and mango makes a paragraph of the man page.
const long = "Reviews job descriptions in Markdown, HTML or plain text: give one or " +
	"more files or folders, or - to read standard input. One file gets a full " +
	"report: findings grouped by severity, with line numbers and a fix for each.\n\n" +
	"Several files, or a folder, get a row per file (its errors, warnings and first " +
	"finding) and a line of totals; with --format json, a JSON object per file, one " +
	"per line. Folders are read recursively, in path order, for .md, .markdown, " +
	".mdx, .txt, .html, .htm, .org, .tex, .rtf, .eml and .wiki files; hidden files " +
	"and folders and symbolic links are " +
	"skipped.\n\n" +
	"Each file's format is told from its content, its extension a hint; --input " +
	"markdown, html or text sets it.\n\n" +
	"Exit status: 0 no errors, 1 errors in any file (or warnings, with --level " +
	"warning), 2 bad usage or a file that cannot be read (missing, not UTF-8, over " +
	"the size limit, a device); the other files are still checked, and 2 wins over 1."

const examples = `amjd check posting.md
amjd check posting.md --format json
amjd check postings/ old/senior-am.html --level warning
amjd check export.txt --input html
amjd render --answers answers.yaml --quiet | amjd check -`

// Command is "amjd check".
func Command() *cobra.Command {
	o := Options{Format: "text", Level: "error"}
	cmd := &cobra.Command{
		Use:     "check FILE",
		Short:   "Review job description files or folders (- for stdin)",
		Long:    long,
		Example: examples,
		Args:    somePaths,
		RunE: func(cmd *cobra.Command, args []string) error {
			defer clio.StopOnSignals(nil)()
			o.Paths = args
			return o.RunContext(cmd.Context(), clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.SortFlags = false // in the order above, which groups them
	f.StringVar(&o.Format, "format", o.Format, "Output format: text or json")
	f.StringVar(&o.Input, "input", "", "Read the postings as "+inputNames(", ", " or ")+" (default: detected)")
	f.StringVar(&o.Level, "level", o.Level, "Lowest severity that fails: error or warning")
	f.BoolVar(&o.Short, "short", false, "The text is a short job-board summary (80-150 words)")
	noFiles := cobra.ShellCompDirectiveNoFileComp
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"text", "json"}, noFiles))
	_ = cmd.RegisterFlagCompletionFunc("input", cobra.FixedCompletions(strings.Split(inputNames(",", ","), ","), noFiles))
	_ = cmd.RegisterFlagCompletionFunc("level", cobra.FixedCompletions([]string{"error", "warning"}, noFiles))
	return cmd
}

func somePaths(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return &clio.ExitError{Code: clio.ExitUsage, Help: cmd.CommandPath(), Err: errNoPaths}
	}
	return nil
}

var errNoPaths = fmt.Errorf("amjd check: give files or folders to check, or - for standard input")

// inputNames lists the formats --input takes: "markdown, html or text".
func inputNames(sep, last string) string {
	names := make([]string, len(checker.Formats))
	for i, f := range checker.Formats {
		names[i] = string(f)
	}
	n := len(names) - 1
	return strings.Join(names[:n], sep) + last + names[n]
}

// settings are the flags as checked: what fails, and the format to read.
type settings struct {
	failAt checker.Severity
	input  checker.Format
	now    time.Time
}

// Run checks the postings and prints the findings on stdout.
func (o Options) Run(s clio.Streams) error {
	return o.RunContext(context.Background(), s)
}

// RunContext is Run, stopped between files once ctx is done.
func (o Options) RunContext(ctx context.Context, s clio.Streams) error {
	set, err := o.validate()
	if err != nil {
		return err
	}
	if o.single() {
		return o.runOne(set, s)
	}
	return o.runMany(ctx, set, s)
}

// validate checks the arguments, --format, --input and --level.
func (o Options) validate() (settings, error) {
	set := settings{now: time.Now()}
	if len(o.Paths) == 0 {
		return set, clio.Usagef("%v", errNoPaths)
	}
	if i := slices.Index(o.Paths, "-"); i >= 0 && slices.Contains(o.Paths[i+1:], "-") {
		return set, clio.Usagef("amjd check: - (standard input) can be given only once")
	}
	if o.Format != "text" && o.Format != "json" {
		return set, clio.Usagef("amjd check: --format %q: allowed: text, json", o.Format)
	}
	if o.Input != "" {
		set.input = checker.Format(o.Input)
		if !slices.Contains(checker.Formats, set.input) {
			return set, clio.Usagef("amjd check: --input %q: allowed: %s", base.Printable(o.Input), inputNames(", ", ", "))
		}
	}
	switch o.Level {
	case "error":
		set.failAt = checker.Error
	case "warning":
		set.failAt = checker.Warning
	default:
		return set, clio.Usagef("amjd check: --level %q: allowed: error, warning", o.Level)
	}
	return set, nil
}

// runOne checks one file, or standard input, and prints its full report.
func (o Options) runOne(set settings, s clio.Streams) error {
	file := o.Paths[0]
	data, err := clio.ReadInput("amjd check", file, "a file", s.In)
	if err != nil {
		return err
	}
	if !utf8.Valid(data) {
		return clio.Usagef("amjd check: %s: not UTF-8 text", base.Printable(file))
	}
	findings, _ := set.check(file, string(data), o.Short)
	if err := o.print(file, findings, s.Out); err != nil {
		return err
	}
	if fails(findings, set.failAt) {
		return clio.Exit(clio.ExitFailure) // the findings said why
	}
	return nil
}

// check reviews one posting's text, read as --input says or as its content
// and name tell, and returns the findings and the format it was read in.
func (set settings) check(file, text string, short bool) ([]checker.Finding, checker.Format) {
	name := file
	if name == "-" {
		name = "" // standard input has no extension to go by
	}
	format := set.input
	if format == "" {
		format = checker.DetectFormat(name, text)
	}
	opts := checker.CheckOptions{Input: format, Name: name, Short: short, Now: set.now}
	return checker.Check(content.Default(), text, opts), format
}

func (o Options) print(file string, findings []checker.Finding, stdout io.Writer) error {
	if o.Format == "text" {
		width := o.Width
		if _, tty := clio.Terminal(stdout); tty && width <= 0 {
			width = terminalWidth(stdout) // a pipe or a file gets a finding a line, for grep
		}
		report.FindingsWidth(stdout, file, findings, checker.Info, width)
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
