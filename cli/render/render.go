// Package render is "amjd render": it prints the posting for an answers file
// (or the defaults) as Markdown, plain text, HTML, schema.org JSON-LD or a
// terminal preview, on stdout or into a file written atomically, with the
// posting's quality findings on stderr.
package render

import (
	"fmt"
	"io"
	"os"
	"time"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/export"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/posting"
	"amjd/report"
	"amjd/ui"
)

// Options are render's flags.
type Options struct {
	AnswersPath string // "" renders the defaults; "-" reads standard input
	Short       bool   // the job-board form
	Output      string // write here instead of stdout
	Force       bool   // replace Output if it exists
	Preview     bool   // glamour instead of Markdown
	Width       int    // preview wrap width; 0 picks one
	Strict      bool   // exit 1 when the check finds errors
	Quiet       bool   // no check, no findings (unless Strict)
	Format      string // markdown, text, html or jsonld; "" follows -o's extension
	Standalone  bool   // a whole HTML page rather than a fragment
	Date        string // JSON-LD's datePosted, YYYY-MM-DD; "" is today
	Profile     clio.ProfileFlags
}

// long is the help text; one line per paragraph, which fang wraps to the
// terminal and mango makes a paragraph of the man page.
const long = "Prints the posting for an answers file; without --answers it " +
	"renders the defaults. The posting's quality findings (errors and " +
	"warnings) go to stderr, so they never mix with the posting.\n\n" +
	"Formats: markdown (the default), text (plain text for forms that " +
	"take no formatting), html (a fragment for a careers page, or a whole " +
	"page with --standalone) and jsonld (a schema.org JobPosting for job " +
	"boards; --date sets datePosted). With -o the format follows the " +
	"file's extension (.md, .txt, .html, .jsonld or .json) unless " +
	"--format says otherwise.\n\n" +
	"The answers are laid over the company profile when there is one " +
	"(see amjd profile); --no-profile renders the answers alone.\n\n" +
	"Exit status: 0 ok (findings or not, unless --strict), 1 the file " +
	"could not be written or --strict found errors, 2 bad usage or a bad " +
	"answers file."

const examples = `amjd render --answers answers.yaml > posting.md
amjd render --answers answers.yaml --short -o board.md
amjd render --answers answers.yaml -o careers.html --standalone
amjd render --answers answers.yaml --format jsonld --date 2026-12-01
amjd answers --template | amjd render --answers - --preview`

// Command is "amjd render".
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:     "render",
		Short:   "Print the posting for an answers file",
		Long:    long,
		Example: examples,
		Args:    clio.NoAnswersArgument("amjd render"),
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Ending on a signal removes a half-written -o file.
			defer clio.StopOnSignals(nil)()
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.SortFlags = false // in the order above, which groups them
	f.StringVar(&o.AnswersPath, "answers", "", "Answers file (- reads stdin); without it, the defaults")
	f.BoolVar(&o.Short, "short", false, "Render the short job-board form instead of the full posting")
	f.StringVarP(&o.Output, "output", "o", "", "Write the posting to this file instead of standard output")
	f.BoolVar(&o.Force, "force", false, "With -o, replace the file if it already exists")
	f.BoolVar(&o.Preview, "preview", false, "Render for the terminal instead of printing Markdown")
	f.IntVar(&o.Width, "width", 0, "Wrap width for --preview, 20 to 1000")
	f.BoolVar(&o.Strict, "strict", false, "Exit 1 when the quality check finds errors")
	f.BoolVar(&o.Quiet, "quiet", false, "No quality check or findings (unless --strict)")
	f.StringVar(&o.Format, "format", "", "markdown, text, html or jsonld (default: from -o or markdown)")
	f.BoolVar(&o.Standalone, "standalone", false, "With html: a whole printable page, not a fragment")
	f.StringVar(&o.Date, "date", "", "With jsonld: the day it is posted, YYYY-MM-DD (default today)")
	f.StringVar(&o.Profile.Path, "profile", "", "Company profile under the answers (default: the saved one)")
	f.BoolVar(&o.Profile.Off, "no-profile", false, "Render the answers without the company profile")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"markdown", "text", "html", "jsonld"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagFilename("answers", "yaml", "yml")
	_ = cmd.MarkFlagFilename("output", "md", "txt", "html", "jsonld", "json")
	return cmd
}

// Run renders the posting.
func (o Options) Run(s clio.Streams) error {
	format, posted, err := o.validate()
	if err != nil {
		return err
	}
	answers, err := clio.LoadAnswersOnProfile("amjd render", o.AnswersPath, o.Profile, s.In)
	if err != nil {
		return err
	}
	p := posting.Assemble(content.Default(), answers)
	findings := o.check(p)
	var text string
	var more []checker.Finding
	if o.Preview {
		text, err = o.preview(p, s.Out)
	} else {
		var data []byte
		data, more, err = export.Posting(p, export.Options{Format: format, Short: o.Short, Standalone: o.Standalone, Posted: posted})
		text = string(data)
	}
	if err != nil {
		return clio.Failf("amjd render: %v", err)
	}
	if err := o.write(text, s); err != nil {
		return err
	}
	return o.report(append(<-findings, more...), s.Err)
}

// validate checks the flags together and says which format to write: the
// one asked for, else the one -o's extension names, else Markdown.
func (o Options) validate() (export.Format, time.Time, error) {
	fail := func(format string, args ...any) (export.Format, time.Time, error) {
		return "", time.Time{}, clio.Usagef("amjd render: "+format, args...)
	}
	if o.Width != 0 && (o.Width < 20 || o.Width > 1000) {
		return fail("--width %d: must be between 20 and 1000", o.Width)
	}
	format, err := o.output().Resolve("amjd render")
	if err != nil {
		return "", time.Time{}, err
	}
	switch {
	case o.Preview && format != export.Markdown:
		return fail("--preview shows Markdown in the terminal; it does not go with --format %s", format)
	case o.Standalone && format != export.HTML:
		return fail("--standalone only applies to --format html")
	case o.Short && format == export.JSONLD:
		return fail("--short does not go with --format jsonld: job boards read the full posting as its description")
	case o.Date != "" && format != export.JSONLD:
		return fail("--date only applies to --format jsonld")
	}
	posted := time.Now()
	if o.Date != "" {
		d, err := time.Parse(time.DateOnly, o.Date)
		if err != nil {
			return fail("--date %q: write it as year-month-day, such as 2027-01-31", base.Printable(o.Date))
		}
		posted = d
	}
	return format, posted, nil
}

// check starts the quality check beside the rendering, so --preview costs
// no more than glamour itself. With --quiet and no --strict nobody reads
// the findings, so they are not computed.
func (o Options) check(p posting.Posting) <-chan []checker.Finding {
	checked := make(chan []checker.Finding, 1)
	if o.Quiet && !o.Strict {
		checked <- nil
		return checked
	}
	go func() { checked <- p.Check(o.Short, time.Now()) }()
	return checked
}

// preview renders the posting (or its short form) for the terminal with
// glamour; plain text when stdout is not a terminal.
func (o Options) preview(p posting.Posting, stdout io.Writer) (string, error) {
	markdown := p.Markdown()
	if o.Short {
		markdown = p.ShortMarkdown()
	}
	width, style := previewSettings(o.Width, stdout)
	rendered, err := ui.RenderMarkdown(markdown, width, style)
	if err != nil {
		return "", fmt.Errorf("preview failed: %v", err)
	}
	if style == "notty" {
		// Not a terminal: no escape sequence at all, hyperlinks included.
		return ansi.Strip(rendered), nil
	}
	return rendered, nil
}

// previewSettings picks the wrap width and glamour style for --preview: the
// terminal's width and background when stdout is a terminal, plain otherwise.
func previewSettings(width int, stdout io.Writer) (int, string) {
	fd, isTTY := clio.Terminal(stdout)
	if width == 0 {
		width = 80
		if isTTY {
			if w, _, err := term.GetSize(fd); err == nil && w > 0 {
				width = min(w, 120)
			}
		}
	}
	width = max(width, 20)
	if !isTTY {
		return width, "notty"
	}
	// stdout is a terminal here; ask it (through the process's own files,
	// which lipgloss needs) whether its background is dark.
	return width, ui.GlamourStyle(lipgloss.HasDarkBackground(os.Stdin, os.Stdout))
}

// write puts the text on stdout, or atomically into the -o file (never
// replacing one without --force).
func (o Options) write(text string, s clio.Streams) error {
	return o.output().Write("amjd render", []byte(text), s)
}

// output is where and how the posting is written.
func (o Options) output() clio.OutputFlags {
	return clio.OutputFlags{Path: o.Output, Format: o.Format, Force: o.Force}
}

// report prints the findings on stderr, so they never mix with the
// Markdown on stdout; with --strict, errors fail the command.
func (o Options) report(findings []checker.Finding, stderr io.Writer) error {
	if !o.Quiet {
		name := o.AnswersPath
		if name == "" {
			name = "defaults"
		}
		report.Findings(stderr, "amjd render: "+name, findings, checker.Warning)
	}
	if errorsFound, _, _ := checker.Count(findings); o.Strict && errorsFound > 0 {
		return clio.Exit(clio.ExitFailure)
	}
	return nil
}
