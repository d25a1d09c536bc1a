// Command amjd writes a tailored Account Manager job description: interactively
// in a terminal wizard, or from an answers file with "amjd render".
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"strings"
	"syscall"
	"time"
	"unicode/utf8"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"

	"amjd/content"
	"amjd/draft"
	"amjd/model"
	"amjd/report"
	"amjd/safefile"
	"amjd/ui"
)

var version = "0.1.0"

// Exit codes: 0 ok, 1 failure, 2 bad usage or bad input.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

const usageText = `amjd writes a tailored Account Manager job description.

Usage:
  amjd [--answers FILE]          start the wizard (pre-filled from FILE if given)
  amjd render [flags]            print the posting for an answers file
  amjd check [flags] FILE        review an existing job description (- for stdin)
  amjd answers --template        print a commented answers file with every option
  amjd help [command]            show help for a command
  amjd --version                 print the version

Wizard flags:
  --answers FILE     pre-fill the wizard and open it on review
  --accessible       plain line prompts instead of the full-screen wizard
                     (also ACCESSIBLE=1, TERM=dumb, or when not on a terminal)
  --draft-dir DIR    where drafts are autosaved (default $XDG_STATE_HOME/amjd)

Run "amjd help render" or "amjd help check" for their flags.
`

func main() {
	out := &checkedWriter{w: os.Stdout}
	code := run(os.Args[1:], os.Stdin, out, os.Stderr)
	if out.err != nil && code == exitOK {
		// A full disk or a closed pipe: what was asked for did not arrive.
		fmt.Fprintf(os.Stderr, "amjd: cannot write the output: %v\n", safefile.Unwrap(out.err))
		code = exitFailure
	}
	os.Exit(code)
}

// checkedWriter remembers the first write error, so that output lost to a
// full disk (> /dev/full) ends in a failure, not a silent success.
type checkedWriter struct {
	w   io.Writer
	err error
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// stopOnSignals ends a command that has no screen to restore on the usual
// signals: before, it runs last (saving what can be saved) and removes any
// file half written. It returns a function that stops listening.
func stopOnSignals(stderr io.Writer, last func(*ui.SignalError)) func() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, ui.HandledSignals()...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			sig, _ := s.(syscall.Signal)
			e := &ui.SignalError{Signal: sig}
			safefile.RemoveTemps()
			if last != nil {
				last(e)
			}
			os.Exit(e.ExitCode())
		case <-done:
		}
	}()
	return func() { signal.Stop(sigs); close(done) }
}

// run is main without the process: it returns the exit code.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) > 0 && args[0] != "help" && !strings.HasPrefix(args[0], "-") {
		defer stopOnSignals(stderr, nil)()
	}
	if len(args) > 0 {
		switch args[0] {
		case "render":
			return runRender(args[1:], stdin, stdout, stderr)
		case "answers":
			return runAnswers(args[1:], stdout, stderr)
		case "check":
			return runCheck(args[1:], stdin, stdout, stderr)
		case "help":
			return runHelp(args[1:], stdout, stderr)
		}
	}
	fs := flag.NewFlagSet("amjd", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() { fmt.Fprint(stderr, usageText) }
	showVersion := fs.Bool("version", false, "print the version")
	answersPath := fs.String("answers", "", "answers file to pre-fill the wizard")
	accessible := fs.Bool("accessible", false, "ask the questions as plain line prompts (also: ACCESSIBLE=1)")
	draftDir := fs.String("draft-dir", "", "folder for autosaved drafts (default: $XDG_STATE_HOME/amjd)")
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if *showVersion {
		fmt.Fprintln(stdout, "amjd", version)
		return exitOK
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "amjd: unknown command %q\n\n%s", fs.Arg(0), usageText)
		return exitUsage
	}
	answers, code := loadAnswers(*answersPath, stdin, stderr)
	if code != exitOK {
		return code
	}
	dir := *draftDir
	if dir == "" {
		if d, err := draft.DefaultDir(); err == nil {
			dir = d
		}
	}
	drafts := draft.NewStore(dir)
	defer drafts.Release()
	if *accessible || envOn("ACCESSIBLE") || os.Getenv("TERM") == "dumb" ||
		!term.IsTerminal(os.Stdin.Fd()) || !term.IsTerminal(os.Stdout.Fd()) {
		return runAccessible(answers, drafts, stdin, stdout, stderr)
	}
	return runWizard(answers, *answersPath != "", drafts, stdout, stderr)
}

// envOn reports whether an on/off environment variable is set to something
// other than "", "0" or "false".
func envOn(name string) bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(name)))
	return v != "" && v != "0" && v != "false"
}

// runAccessible asks the same questions as plain line prompts on stderr and
// prints the posting on stdout, for screen readers, pipes and dumb terminals.
// It uses no colour at all, so NO_COLOR is always honoured.
func runAccessible(answers model.Answers, drafts *draft.Store, stdin io.Reader, stdout, stderr io.Writer) int {
	interactive := term.IsTerminal(os.Stdin.Fd())
	defer stopOnSignals(stderr, func(e *ui.SignalError) {
		e.FlushErr = drafts.Flush()
		reportSignal(e, drafts, stderr)
		drafts.Release()
	})()
	err := ui.RunAccessible(ui.AccessibleOptions{
		Answers:     answers,
		Drafts:      drafts,
		Interactive: interactive,
	}, stdin, stdout, stderr)
	if err != nil {
		fmt.Fprintf(stderr, "amjd: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// runWizard starts the terminal wizard. The interface is drawn on stderr, as
// gum does, so that stdout stays free for what the session produced.
func runWizard(answers model.Answers, prefilled bool, drafts *draft.Store, stdout, stderr io.Writer) int {
	cwd, _ := os.Getwd()
	opts := ui.Options{
		Answers:         answers,
		Prefilled:       prefilled,
		Dark:            true,
		NativeClipboard: ui.NativeClipboard(),
		Cwd:             cwd,
		Drafts:          drafts,
	}
	if !prefilled {
		// The only file-system work before the first frame: is there a draft?
		d, ok, err := drafts.Offer()
		if err != nil {
			opts.Notice = model.Printable(err.Error()) + ". It was left as it is."
		}
		if ok {
			opts.Offer = &d
		}
	}
	// The session's live heap is a few megabytes; the default GC target lets
	// it double between collections. Collect earlier to keep the wizard small
	// (an explicit GOGC or GOMEMLIMIT still wins).
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		debug.SetGCPercent(50)
		debug.SetMemoryLimit(12 << 20)
	}
	final, err := ui.Run(opts, os.Stdin, os.Stderr)
	for _, line := range final.Saved() {
		fmt.Fprintln(stdout, line)
	}
	var sigErr *ui.SignalError
	var panicErr *ui.PanicError
	switch {
	case errors.As(err, &sigErr):
		reportSignal(sigErr, drafts, stderr)
		return sigErr.ExitCode()
	case errors.As(err, &panicErr):
		fmt.Fprintln(stderr, err)
		return exitFailure
	case err != nil:
		fmt.Fprintf(stderr, "amjd: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// reportSignal says how a signal ended the session and where the answers
// are; when they could not be saved, it prints them, so nothing typed is lost.
func reportSignal(e *ui.SignalError, drafts *draft.Store, stderr io.Writer) {
	if e.FlushErr == nil && drafts.Path() != "" {
		fmt.Fprintf(stderr, "amjd: %v. Your answers are saved in %s; run amjd again to resume.\n", e, drafts.Path())
		return
	}
	a, ok := drafts.Latest()
	if !ok {
		fmt.Fprintf(stderr, "amjd: %v before any answer was given.\n", e)
		return
	}
	why := "drafts are off"
	if e.FlushErr != nil {
		why = model.Printable(e.FlushErr.Error())
	}
	fmt.Fprintf(stderr, "amjd: %v. Your answers could not be saved (%s); here they are, to keep as an answers file:\n\n", e, why)
	if data, err := model.EncodeAnswers(a); err == nil {
		stderr.Write(data)
	}
}

func flagExit(err error) int {
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	return exitUsage
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usageText)
		return exitOK
	}
	switch args[0] {
	case "render":
		return runRender([]string{"-h"}, nil, stdout, stdout)
	case "answers":
		return runAnswers([]string{"-h"}, stdout, stdout)
	case "check":
		return runCheck([]string{"-h"}, nil, stdout, stdout)
	}
	fmt.Fprintf(stderr, "amjd help: unknown command %q (commands: render, check, answers)\n", args[0])
	return exitUsage
}

// loadAnswers reads and validates an answers file; an empty path means defaults.
func loadAnswers(path string, stdin io.Reader, stderr io.Writer) (model.Answers, int) {
	if path == "" {
		return model.Answers{}, exitOK
	}
	data, code := readInput(path, "an answers file", stdin, stderr)
	if code != exitOK {
		return model.Answers{}, code
	}
	answers, err := model.ParseAnswers(content.Default(), path, data)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return model.Answers{}, exitUsage
	}
	return answers, exitOK
}

func runRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	answersPath := fs.String("answers", "", "answers `FILE` (YAML; - for standard input); without it the defaults are rendered")
	short := fs.Bool("short", false, "render the short job-board form instead of the full posting")
	out := fs.String("o", "", "write the Markdown to `OUT.md` instead of standard output")
	force := fs.Bool("force", false, "with -o, replace OUT.md if it already exists")
	preview := fs.Bool("preview", false, "render for the terminal with glamour instead of printing Markdown")
	width := fs.Int("width", 0, "wrap width for --preview (default: terminal width, or 80)")
	strict := fs.Bool("strict", false, "exit 1 when the quality check finds errors")
	quiet := fs.Bool("quiet", false, "do not check the posting or print findings (unless --strict)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: amjd render [--answers FILE] [--short] [-o OUT.md [--force]] [--preview [--width N]] [--strict] [--quiet]\n\n"+
			"Prints the posting; its quality findings (errors and warnings) go to stderr.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "amjd render: unexpected argument %q (did you mean --answers %s?)\n", fs.Arg(0), fs.Arg(0))
		return exitUsage
	}
	if *width != 0 && (*width < 20 || *width > 1000) {
		fmt.Fprintf(stderr, "amjd render: --width %d: must be between 20 and 1000\n", *width)
		return exitUsage
	}
	if *force && *out == "" {
		fmt.Fprintln(stderr, "amjd render: --force only applies with -o OUT.md")
		return exitUsage
	}
	answers, code := loadAnswers(*answersPath, stdin, stderr)
	if code != exitOK {
		return code
	}
	posting := model.Assemble(content.Default(), answers)
	markdown := posting.Markdown()
	if *short {
		markdown = posting.ShortMarkdown()
	}
	// The quality check runs beside the glamour render, so --preview costs no
	// more than glamour itself; with --quiet and no --strict nobody reads the
	// findings, so they are not computed.
	checked := make(chan []model.Finding, 1)
	if *quiet && !*strict {
		checked <- nil
	} else {
		go func() { checked <- model.CheckAnswers(content.Default(), answers, *short, time.Now()) }()
	}
	text := markdown
	if *preview {
		w, style := previewSettings(*width)
		rendered, err := ui.RenderMarkdown(markdown, w, style)
		if err != nil {
			fmt.Fprintf(stderr, "amjd render: preview failed: %v\n", err)
			return exitFailure
		}
		text = rendered
		if style == "notty" {
			// Not a terminal: no escape sequence at all, hyperlinks included.
			text = ansi.Strip(rendered)
		}
	}
	// Findings go to stderr so they never mix with the Markdown on stdout.
	report := func() int {
		findings := <-checked
		errorsFound, _, _ := model.Count(findings)
		if !*quiet {
			name := *answersPath
			if name == "" {
				name = "defaults"
			}
			report.Findings(stderr, "amjd render: "+name, findings, model.Warning)
		}
		if *strict && errorsFound > 0 {
			return exitFailure
		}
		return exitOK
	}
	if *out == "" {
		if _, err := io.WriteString(stdout, text); err != nil {
			fmt.Fprintf(stderr, "amjd render: %v\n", err)
			return exitFailure
		}
		return report()
	}
	path, err := safefile.ExpandPath(*out)
	if err != nil {
		fmt.Fprintf(stderr, "amjd render: %v\n", err)
		return exitUsage
	}
	if err := safefile.Write(path, []byte(text), *force); err != nil {
		var exists *safefile.ErrExists
		if errors.As(err, &exists) {
			fmt.Fprintf(stderr, "amjd render: %s already exists; use --force to replace it\n", *out)
			return exitFailure
		}
		fmt.Fprintf(stderr, "amjd render: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(stderr, "Wrote %s\n", *out)
	return report()
}

func runCheck(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("check", flag.ContinueOnError)
	fs.SetOutput(stderr)
	format := fs.String("format", "text", "output `format`: text or json")
	level := fs.String("level", "error", "lowest severity that fails the check (exit 1): error or warning")
	short := fs.Bool("short", false, "the text is a short job-board summary (80-150 words)")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: amjd check [--format text|json] [--level error|warning] [--short] FILE\n\n"+
			"Reviews a job description (Markdown or plain text; - reads standard input).\n"+
			"Exit status: 0 no errors, 1 errors found (or warnings with --level warning), 2 unreadable input.\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "amjd check: give one file to check, or - for standard input")
		return exitUsage
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "amjd check: --format %q: allowed: text, json\n", *format)
		return exitUsage
	}
	failAt := model.Error
	switch *level {
	case "error":
	case "warning":
		failAt = model.Warning
	default:
		fmt.Fprintf(stderr, "amjd check: --level %q: allowed: error, warning\n", *level)
		return exitUsage
	}
	name := fs.Arg(0)
	data, code := readInput(name, "a file", stdin, stderr)
	if code != exitOK {
		return code
	}
	if !utf8.Valid(data) {
		fmt.Fprintf(stderr, "amjd check: %s: not UTF-8 text\n", name)
		return exitUsage
	}
	findings := model.Check(content.Default(), string(data), model.CheckOptions{Short: *short, Now: time.Now()})
	if *format == "json" {
		if findings == nil {
			findings = []model.Finding{}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(findings); err != nil {
			fmt.Fprintf(stderr, "amjd check: %v\n", err)
			return exitFailure
		}
	} else {
		report.Findings(stdout, name, findings, model.Info)
	}
	for _, f := range findings {
		if f.Severity >= failAt {
			return exitFailure
		}
	}
	return exitOK
}

// readInput reads a file (or standard input for "-") through safefile: folders,
// devices and pipes are refused, and nothing over the size cap is read.
func readInput(name, what string, stdin io.Reader, stderr io.Writer) ([]byte, int) {
	data, err := safefile.Read(name, what, stdin, model.MaxAnswersSize)
	var tooLarge *safefile.TooLargeError
	switch {
	case errors.As(err, &tooLarge):
		fmt.Fprintf(stderr, "%s:1:1: %s; answers files and postings are far smaller\n", model.Printable(name), err)
		return nil, exitUsage
	case err != nil:
		fmt.Fprintf(stderr, "amjd: %s\n", model.Printable(err.Error()))
		return nil, exitUsage
	}
	return data, exitOK
}

// previewSettings picks the wrap width and glamour style for --preview: the
// terminal's width and background when stdout is a terminal, plain otherwise.
func previewSettings(width int) (int, string) {
	isTTY := term.IsTerminal(os.Stdout.Fd())
	if width == 0 {
		width = 80
		if isTTY {
			if w, _, err := term.GetSize(os.Stdout.Fd()); err == nil && w > 0 {
				width = min(w, 120)
			}
		}
	}
	width = max(width, 20)
	if !isTTY {
		return width, "notty"
	}
	return width, ui.GlamourStyle(lipgloss.HasDarkBackground(os.Stdin, os.Stdout))
}

func runAnswers(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("answers", flag.ContinueOnError)
	fs.SetOutput(stderr)
	template := fs.Bool("template", false, "print a complete, commented answers file listing every field and option")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), "Usage: amjd answers --template > answers.yaml\n\n")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return flagExit(err)
	}
	if !*template || fs.NArg() > 0 {
		fs.Usage()
		return exitUsage
	}
	fmt.Fprint(stdout, model.AnswersTemplate(content.Default()))
	return exitOK
}
