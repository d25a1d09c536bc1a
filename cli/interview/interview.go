// Package interview is "amjd interview": it prints the interview kit for an
// answers file (or the defaults) as Markdown, plain text or HTML, on stdout
// or into a file written atomically, and reports on stderr anything the
// posting's language checks find in the kit.
package interview

import (
	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/export"
	kit "amjd/interview"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/posting"
	"amjd/report"
)

// Options are interview's flags.
type Options struct {
	AnswersPath string // "" writes the defaults' kit; "-" reads standard input
	Output      string // write here instead of stdout
	Force       bool   // replace Output if it exists
	Format      string // markdown, text or html; "" follows -o's extension
	Standalone  bool   // a whole HTML page rather than a fragment
	Profile     clio.ProfileFlags
}

const who = "amjd interview"

// long is the help text; one line per paragraph.
const long = "Prints the interview kit for the posting an answers file " +
	"describes: five to seven areas to test, chosen so that every KPI and " +
	"every required line of the posting is tested, each with a question " +
	"about the past, a question about this role, what a strong answer " +
	"shows, warning signs and a 1-4 rating scale; the stages of the " +
	"interviews, a work sample fitted to the role, and a scorecard.\n\n" +
	"Formats: markdown (the default), text and html (a fragment, or a " +
	"whole printable page with --standalone). With -o the format follows " +
	"the file's extension (.md, .txt or .html) unless --format says " +
	"otherwise.\n\n" +
	"Exit status: 0 ok, 1 the file could not be written, 2 bad usage or a " +
	"bad answers file."

const examples = `amjd interview --answers answers.yaml > kit.md
amjd interview --answers answers.yaml -o kit.html --standalone
amjd answers --template | amjd interview --answers - --format text`

// Command is "amjd interview".
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:     "interview",
		Short:   "Print the interview kit for an answers file",
		Long:    long,
		Example: examples,
		Args:    clio.NoAnswersArgument(who),
		RunE: func(cmd *cobra.Command, _ []string) error {
			// Ending on a signal removes a half-written -o file.
			defer clio.StopOnSignals(nil)()
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.StringVar(&o.AnswersPath, "answers", "", "Answers file (- reads stdin); without it, the defaults")
	f.StringVarP(&o.Output, "output", "o", "", "Write the kit to this file instead of standard output")
	f.BoolVar(&o.Force, "force", false, "With -o, replace the file if it already exists")
	f.StringVar(&o.Format, "format", "", "markdown, text or html (default: from -o, else markdown)")
	f.BoolVar(&o.Standalone, "standalone", false, "With html: a whole printable page, not a fragment")
	f.StringVar(&o.Profile.Path, "profile", "", "Company profile under the answers (default: the saved one)")
	f.BoolVar(&o.Profile.Off, "no-profile", false, "Use the answers without the company profile")
	_ = cmd.RegisterFlagCompletionFunc("format", cobra.FixedCompletions([]string{"markdown", "text", "html"}, cobra.ShellCompDirectiveNoFileComp))
	_ = cmd.MarkFlagFilename("answers", "yaml", "yml")
	_ = cmd.MarkFlagFilename("output", "md", "txt", "html")
	return cmd
}

// Run writes the kit.
func (o Options) Run(s clio.Streams) error {
	format, err := o.validate()
	if err != nil {
		return err
	}
	answers, err := clio.LoadAnswersOnProfile(who, o.AnswersPath, o.Profile, s.In)
	if err != nil {
		return err
	}
	k := kit.New(posting.Assemble(content.Default(), answers))
	data, err := k.Render(format, o.Standalone)
	if err != nil {
		return clio.Failf("%s: %v", who, err)
	}
	if err := o.write(data, s); err != nil {
		return err
	}
	if findings := k.Findings(content.Default()); hasWarnings(findings) {
		name := o.AnswersPath
		if name == "" {
			name = "defaults"
		}
		report.Findings(s.Err, who+": "+base.Printable(name), findings, checker.Warning)
	}
	return nil
}

func hasWarnings(fs []checker.Finding) bool {
	errs, warns, _ := checker.Count(fs)
	return errs+warns > 0
}

// validate checks the flags together and says which format to write: the
// one asked for, else the one -o's extension names, else Markdown.
func (o Options) validate() (export.Format, error) {
	fail := func(format string, args ...any) (export.Format, error) {
		return "", clio.Usagef(who+": "+format, args...)
	}
	format, err := clio.OutputFlags{Path: o.Output, Format: o.Format, Force: o.Force}.Resolve(who)
	if err != nil {
		return "", err
	}
	if format == export.JSONLD {
		return fail("an interview kit is Markdown, text or HTML; %s is for job postings", format.Name())
	}
	if o.Standalone && format != export.HTML {
		return fail("--standalone only applies to --format html")
	}
	return format, nil
}

// write puts the kit on stdout, or atomically into the -o file (never
// replacing one without --force).
func (o Options) write(data []byte, s clio.Streams) error {
	return clio.OutputFlags{Path: o.Output, Format: o.Format, Force: o.Force}.Write(who, data, s)
}
