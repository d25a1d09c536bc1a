// Package importcmd is "amjd import": it reads a job description someone
// already has (Markdown, HTML or plain text) and writes the answers file it
// states, with what was inferred and what is missing listed at the top.
package importcmd

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/model/base"
	"amjd/model/importer"
	"amjd/safefile"
)

// Options are import's flags and its argument.
type Options struct {
	Path   string // the posting; "-" is standard input
	Output string // -o: write the answers here; "" or "-" is standard output
	Force  bool   // replace Output if it exists
	Input  string // how the posting is written: "markdown", "html", "text"; "" tells it from the content
}

const long = "Reads a job description you already have (last year's posting, a job-board " +
	"template, a colleague's ad) in Markdown, HTML or plain text, and writes an answers " +
	"file holding what it states: the title, company, book of business, KPIs and " +
	"targets, duties, requirements kept apart from nice-to-haves, tools, reporting line, " +
	"pay, benefits, location and how to apply.\n\n" +
	"Nothing is guessed. A value is filled only when the posting states it; what amjd " +
	"had to infer (the variant, the industry, the commercial mix) is listed at the top " +
	"with the line it came from, and so is every gap, with the wizard step that fills " +
	"it. Open the result with amjd --answers FILE, or start the wizard on it at once " +
	"with amjd --import FILE.\n\n" +
	"Exit status: 0 imported, 1 the output file could not be written (or exists, " +
	"without --force), 2 bad usage or a posting that cannot be imported (empty, not " +
	"text, over the size limit, not a job description, or several postings in one file)."

const examples = `amjd import old-posting.md
amjd import careers-page.html -o answers.yaml
pbpaste | amjd import - -o answers.yaml --force`

// Command is "amjd import".
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:     "import FILE",
		Short:   "Turn a job description you have into an answers file",
		Long:    long,
		Example: examples,
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) != 1 {
				return clio.UsageOf(cmd, errors.New("give one posting to import (a file, or - for standard input)"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			o.Path = args[0]
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.StringVarP(&o.Output, "output", "o", "", "Write the answers file here instead of standard output")
	f.BoolVar(&o.Force, "force", false, "With -o, replace the file if it already exists")
	f.StringVar(&o.Input, "input", "", "Read the posting as markdown, html or text (default: detected)")
	return cmd
}

// Run imports the posting and writes the answers file.
func (o Options) Run(s clio.Streams) error {
	const who = "amjd import"
	if o.Force && (o.Output == "" || o.Output == "-") {
		return clio.Usagef("%s: --force only applies with -o FILE", who)
	}
	r, err := clio.ImportPosting(who, o.Path, o.Input, s.In)
	if err != nil {
		return err
	}
	source := o.Path
	if source == "-" {
		source = "standard input"
	}
	data, err := importer.File(r, base.Printable(source))
	if err != nil {
		return clio.Failf("%s: %v", who, err)
	}
	if o.Output == "" || o.Output == "-" {
		if _, err := s.Out.Write(data); err != nil {
			return clio.Failf("%s: %w", who, err)
		}
	} else if err := write(who, o.Output, data, o.Force); err != nil {
		return err
	}
	fmt.Fprintln(s.Err, clio.Wrapped(s.Err, r.Summary()))
	return nil
}

func write(who, out string, data []byte, force bool) error {
	path, err := safefile.ExpandPath(out)
	if err != nil {
		return clio.Usagef("%s: %v", who, err)
	}
	if err := safefile.Write(path, data, force); err != nil {
		var exists *safefile.ErrExists
		if errors.As(err, &exists) {
			return clio.Failf("%s: %s already exists; use --force to replace it", who, base.Printable(out))
		}
		return clio.Failf("%s: %v", who, err)
	}
	return nil
}
