// Package wizard is the root command, amjd itself: it asks the questions in
// the full-screen Bubble Tea wizard or, where a screen cannot work, as plain
// line prompts, autosaving drafts as it goes and saying where they are when
// a signal ends the session.
package wizard

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/importer"
	"amjd/shutdown"
	"amjd/ui"
)

// Options are the root command's flags.
type Options struct {
	AnswersPath string // pre-fill from this answers file and open on review
	ImportPath  string // pre-fill from a posting, imported, and open on its first gap
	Accessible  bool   // line prompts even on a terminal
	DraftDir    string // where drafts are autosaved; "" means the default
	Profile     clio.ProfileFlags
}

// long is the help text; one line per paragraph, which fang wraps to the
// terminal and mango makes a paragraph of the man page.
const long = "amjd writes a tailored Account Manager job description.\n\n" +
	"Without a command, amjd starts the wizard: a full-screen form in the " +
	"terminal, drawn on stderr. With --answers it is pre-filled from an " +
	"answers file and opens on the review screen. Every answer is " +
	"autosaved as a draft (in $XDG_STATE_HOME/amjd unless --draft-dir " +
	"says otherwise), and the next start offers to resume it.\n\n" +
	"A new posting starts from the company profile " +
	"($XDG_CONFIG_HOME/amjd/profile.yaml, or --profile FILE) when there " +
	"is one: the company's details are filled in, and an answers file " +
	"overrides any of them. See amjd profile.\n\n" +
	"Line-prompt mode asks the same questions as plain numbered prompts " +
	"on stderr and prints the posting on stdout. It is used with " +
	"--accessible, and also when ACCESSIBLE=1, when TERM=dumb, or when " +
	"stdin or stdout is not a terminal (answers can then be piped in, one " +
	"per line).\n\n" +
	"Exit status: 0 ok, 1 failure, 2 bad usage or bad input, 128+n when " +
	"stopped by signal n (the draft is saved first)."

const examples = `# start the wizard
amjd
# open an answers file on the review screen
amjd --answers answers.yaml
# line prompts with piped answers: a Key Account Manager at Acme
printf '2\nAcme\n' | amjd --accessible > posting.md`

// Command is the root command. Its subcommands are added by package cli.
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:     "amjd",
		Short:   "Write a tailored Account Manager job description",
		Long:    long,
		Example: examples,
		Args:    noCommand,
		RunE: func(cmd *cobra.Command, _ []string) error {
			for _, name := range []string{"answers", "import"} {
				if f := cmd.Flags().Lookup(name); f.Changed && f.Value.String() == "" {
					return clio.Usagef("amjd: --%s needs a file (or - for standard input)", name)
				}
			}
			return o.Run(clio.StreamsOf(cmd))
		},
		SuggestionsMinimumDistance: 2, // "rendr" suggests render
	}
	f := cmd.Flags()
	f.SortFlags = false
	f.StringVar(&o.AnswersPath, "answers", "", "Answers file to pre-fill the wizard (- reads stdin)")
	f.StringVar(&o.ImportPath, "import", "", "Posting to import and start from (- reads stdin)")
	f.BoolVar(&o.Accessible, "accessible", false, "Plain line prompts instead of the full-screen wizard")
	f.StringVar(&o.DraftDir, "draft-dir", "", "Folder for autosaved drafts")
	f.StringVar(&o.Profile.Path, "profile", "", "Company profile to start from (default: saved one)")
	f.BoolVar(&o.Profile.Off, "no-profile", false, "Start without the company profile")
	_ = cmd.MarkFlagFilename("answers", "yaml", "yml")
	_ = cmd.MarkFlagDirname("draft-dir")
	_ = cmd.MarkFlagFilename("profile", "yaml", "yml")
	return cmd
}

// noCommand refuses words after amjd that name no command. (The root
// takes no arguments, so anything left is a mistyped command.)
func noCommand(cmd *cobra.Command, args []string) error {
	if len(args) == 0 {
		return nil
	}
	msg := fmt.Sprintf("unknown command %q", args[0])
	if near := cmd.SuggestionsFor(args[0]); len(near) > 0 {
		msg += fmt.Sprintf(" (did you mean %s?)", near[0])
	}
	return clio.UsageOf(cmd, errors.New(msg))
}

// Run starts the wizard, on the screen or as line prompts.
func (o Options) Run(s clio.Streams) error {
	if o.ImportPath != "" && o.AnswersPath != "" {
		return clio.Usagef("amjd: --import and --answers both give the answers to start from; give one")
	}
	answers, err := clio.LoadAnswers("amjd", o.AnswersPath, s.In)
	if err != nil {
		return err
	}
	var imported *importer.Result
	if o.ImportPath != "" {
		r, err := clio.ImportPosting("amjd", o.ImportPath, "", s.In)
		if err != nil {
			return err
		}
		imported, answers = &r, r.Answers
	}
	start, err := o.startFrom(answers)
	if err != nil {
		return err
	}
	start.imported, start.source = imported, o.ImportPath
	drafts := draft.NewStore(o.draftDir())
	defer drafts.Release()
	in, ok := o.screenInput(s)
	if !ok {
		return runLines(start, drafts, s)
	}
	return runScreen(start, o.AnswersPath != "" || imported != nil, drafts, in, s)
}

// start is what a session begins with: the answers over the company
// profile, where the profile is and what it holds.
type start struct {
	answers                   answers.Answers
	profilePath, profileInUse string
	imported                  *importer.Result // from --import, with source its file
	source                    string
}

func (o Options) startFrom(given answers.Answers) (start, error) {
	p, ok, err := clio.LoadProfile("amjd", o.Profile)
	if err != nil {
		return start{}, err
	}
	st := start{answers: given, profilePath: p.Path}
	if ok {
		st.answers = answers.WithProfile(content.Default(), p.Answers, given)
		st.profileInUse = p.Describe()
	}
	return st, nil
}

func (o Options) draftDir() string {
	if o.DraftDir != "" {
		return o.DraftDir
	}
	if dir, err := draft.DefaultDir(); err == nil {
		return dir
	}
	return "" // no home and no XDG_STATE_HOME: drafts are off
}

// screenInput returns the terminal to run the full-screen wizard on, or
// false when line prompts must be used instead.
func (o Options) screenInput(s clio.Streams) (*os.File, bool) {
	if o.Accessible || envOn("ACCESSIBLE") || os.Getenv("TERM") == "dumb" {
		return nil, false
	}
	in, ok := s.In.(*os.File)
	if !ok || !clio.IsTerminal(in) || !clio.IsTerminal(s.Out) {
		return nil, false
	}
	return in, true
}

// envOn reports whether an on/off environment variable is set to something
// other than "", "0" or "false".
func envOn(name string) bool {
	v := strings.ToLower(strings.TrimSpace(os.Getenv(name)))
	return v != "" && v != "0" && v != "false"
}

// runLines asks the questions as plain line prompts on stderr and prints the
// posting on stdout, for screen readers, pipes and dumb terminals. It uses
// no colour at all, so NO_COLOR is always honoured.
func runLines(st start, drafts *draft.Store, s clio.Streams) error {
	defer clio.StopOnSignals(func(e *shutdown.SignalError) {
		e.FlushErr = drafts.Flush()
		reportSignal(e, drafts, s.Err)
		drafts.Release()
	})()
	if st.imported != nil {
		fmt.Fprintln(s.Err, st.imported.Summary())
	}
	if st.profileInUse != "" {
		fmt.Fprintf(s.Err, "Starting from the company profile %s (%s).\n", base.Printable(st.profilePath), st.profileInUse)
	}
	err := ui.RunAccessible(ui.AccessibleOptions{
		Answers:     st.answers,
		Drafts:      drafts,
		Interactive: clio.IsTerminal(s.In),
	}, s.In, s.Out, s.Err)
	if err != nil {
		return clio.Failf("amjd: %v", err)
	}
	return nil
}

// runScreen starts the terminal wizard. The interface is drawn on stderr, as
// gum does, so that stdout stays free for what the session produced.
func runScreen(st start, prefilled bool, drafts *draft.Store, in *os.File, s clio.Streams) error {
	opts := screenOptions(st.answers, prefilled, drafts)
	opts.ProfilePath, opts.ProfileInUse = st.profilePath, st.profileInUse
	if st.imported != nil {
		opts.Start, opts.Noted = st.imported.FirstGap(), st.imported.Findings(base.Printable(st.source))
	}
	screen, ok := s.Err.(*os.File)
	if !ok {
		screen = os.Stderr
	}
	final, err := ui.Run(opts, in, screen)
	for _, line := range summary(final.Saved(), final.ChangesInDraft()) {
		fmt.Fprintln(s.Out, line)
	}
	var sigErr *shutdown.SignalError
	var panicErr *shutdown.PanicError
	switch {
	case errors.As(err, &sigErr):
		reportSignal(sigErr, drafts, s.Err)
		return clio.Exit(sigErr.ExitCode())
	case errors.As(err, &panicErr):
		return &clio.ExitError{Code: clio.ExitFailure, Err: err}
	case err != nil:
		return clio.Failf("amjd: %v", err)
	}
	return nil
}

// summary is what amjd prints once the screen is restored: every file saved
// in the session, saying of each one that no longer matches the answers
// what changed since, then where those changes are kept.
func summary(files []ui.SavedFile, draft string) []string {
	lines := make([]string, 0, len(files)+1)
	for _, f := range files {
		line := "Saved the " + f.What + ": " + base.Printable(f.Path)
		if f.OutOfDate != "" {
			line += " (out of date: " + f.OutOfDate + ")"
		}
		lines = append(lines, line)
	}
	if draft != "" {
		lines = append(lines, "Changes made after saving are kept in the draft "+base.Printable(draft)+"; run amjd again to resume.")
	}
	return lines
}

// screenOptions sets up the wizard. Unless it is pre-filled, the only
// file-system work before the first frame is to look for a draft to offer.
func screenOptions(answers answers.Answers, prefilled bool, drafts *draft.Store) ui.Options {
	cwd, _ := os.Getwd()
	opts := ui.Options{
		Answers:         answers,
		Prefilled:       prefilled,
		Dark:            true,
		NativeClipboard: ui.NativeClipboard(),
		Cwd:             cwd,
		Drafts:          drafts,
	}
	if prefilled {
		return opts
	}
	d, ok, err := drafts.Offer()
	if err != nil {
		opts.Notice = base.Printable(err.Error()) + ". It was left as it is."
	}
	if ok {
		opts.Offer = &d
	}
	return opts
}
