// Package profile is "amjd profile": it shows the company profile every new
// posting starts from, or writes it from an answers file.
package profile

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/profile"
	"amjd/safefile"
)

// Options are profile's flags.
type Options struct {
	Path  string // the profile file; "" is the default one
	From  string // write the profile from this answers file ("-" reads stdin)
	Force bool   // with From, replace an existing profile
}

const long = "The company profile holds the answers that stay the same from " +
	"one posting to the next: company, website, industry, about, benefits, " +
	"equal-opportunity text, how to apply, location, currency, spelling, " +
	"tools and reporting line. Every new posting starts from it; an " +
	"answers file or the wizard overrides any of them.\n\n" +
	"Without flags, amjd profile prints where the profile is and what it " +
	"holds. --from writes it from an answers file's company-level fields " +
	"(the rest of the file is left out); an existing profile is replaced " +
	"only with --force. The wizard's review screen saves one with p.\n\n" +
	"Exit status: 0 ok, 1 the profile could not be written (or exists), " +
	"2 bad usage or a bad file."

const examples = `amjd profile
amjd profile --from answers.yaml
amjd profile --profile team-b.yaml --from answers.yaml --force`

// Command is "amjd profile".
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:     "profile",
		Short:   "Show or write the company profile postings start from",
		Long:    long,
		Example: examples,
		Args:    clio.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			defer clio.StopOnSignals(nil)()
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.StringVar(&o.Path, "profile", "", "Profile file (default $XDG_CONFIG_HOME/amjd/profile.yaml)")
	f.StringVar(&o.From, "from", "", "Write the profile from this answers file (- reads stdin)")
	f.BoolVar(&o.Force, "force", false, "With --from, replace the profile if it exists")
	_ = cmd.MarkFlagFilename("profile", "yaml", "yml")
	_ = cmd.MarkFlagFilename("from", "yaml", "yml")
	return cmd
}

// Run shows or writes the profile.
func (o Options) Run(s clio.Streams) error {
	if o.Force && o.From == "" {
		return clio.Usagef("amjd profile: --force only applies with --from ANSWERS")
	}
	path := o.Path
	if path == "" {
		var err error
		if path, err = profile.DefaultPath(); err != nil {
			return clio.Failf("amjd profile: no config folder to keep a profile in (%v); give --profile FILE", err)
		}
	}
	if o.From != "" {
		return o.write(path, s)
	}
	return show(path, s)
}

func (o Options) write(path string, s clio.Streams) error {
	given, err := clio.LoadAnswers("amjd profile", o.From, s.In)
	if err != nil {
		return err
	}
	if answers.DescribeProfile(given) == "empty" {
		return clio.Failf("amjd profile: %s holds no company details (%s); nothing to save", base.Printable(o.From), strings.Join(answers.ProfileKeys, ", "))
	}
	err = profile.Save(path, given, o.Force)
	var exists *safefile.ErrExists
	switch {
	case errors.As(err, &exists):
		return clio.Failf("amjd profile: %s already exists; add --force to replace it", base.Printable(path))
	case err != nil:
		return clio.Failf("amjd profile: cannot write %s: %s", base.Printable(path), base.Printable(err.Error()))
	}
	fmt.Fprintf(s.Err, "Saved the company profile %s (%s).\n", base.Printable(path), answers.DescribeProfile(given))
	return nil
}

// show prints where the profile is and, when there is one, its file.
func show(path string, s clio.Streams) error {
	p, ok, err := profile.Load(content.Default(), path, false)
	switch {
	case err == nil && !ok:
		fmt.Fprintf(s.Out, "No company profile yet (it would be %s).\n"+
			"Write one with: amjd profile --from ANSWERS, or press p on the wizard's review screen.\n", base.Printable(path))
		return nil
	case err != nil:
		var positioned answers.InputErrors
		if errors.As(err, &positioned) {
			return clio.BadInput(err)
		}
		return clio.BadInput(fmt.Errorf("amjd profile: %s", base.Printable(err.Error())))
	}
	data, err := profile.Encode(p.Answers)
	if err != nil {
		return clio.Failf("amjd profile: %v", err)
	}
	fmt.Fprintf(s.Out, "# %s (%s)\n%s", base.Printable(path), p.Describe(), data)
	return nil
}
