package ui

import (
	"bufio"
	"cmp"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"amjd/content"
	"amjd/draft"
	"amjd/export"
	"amjd/interview"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
	"amjd/model/posting"
	"amjd/safefile"
)

// AccessibleOptions configure the line-prompt mode.
type AccessibleOptions struct {
	Catalog *content.Catalog
	Answers answers.Answers
	Drafts  *draft.Store
	// Interactive is set when a person is typing (stdin is a terminal): only
	// then does amjd offer to resume a draft or save the posting.
	Interactive bool
}

// lineSession is one run of the line-prompt mode: the same steps as the
// wizard, each field asked by its editor's line behaviour.
type lineSession struct {
	p      *prompter
	c      *content.Catalog
	opts   AccessibleOptions
	a      answers.Answers
	styles Styles
	keys   stepKeys
	// noticed is the last notice printed, so a step asked again does not
	// repeat it.
	noticed string
	// kept are the step's values refused across fields, to try again.
	kept []keptValue
}

// RunAccessible runs the question flow as plain prompts on prompt and writes
// the finished posting (Markdown) to out.
func RunAccessible(opts AccessibleOptions, in io.Reader, out, prompt io.Writer) error {
	if opts.Catalog == nil {
		opts.Catalog = content.Default()
	}
	s := &lineSession{p: &prompter{in: bufio.NewReader(in), out: prompt}, c: opts.Catalog, opts: opts,
		a: opts.Answers, styles: NewStyles(false), keys: newKeyMap().Step}
	steps := flow.Steps()
	start := 0
	if opts.Interactive {
		if resumed, at, ok := s.offerDraft(); ok {
			s.a, start = resumed, at
		}
	}
	s.p.printf("amjd writes a tailored Account Manager job description in %d steps.\n", len(steps))
	s.p.printf("Press Enter to keep the answer shown in [brackets].\n")
	s.p.printf("At any question, type back, skip or help.\n")
	for i := start; i < len(steps); {
		back, err := s.runStep(i, steps[i])
		switch {
		case err != nil:
			return err
		case back && i == 0:
			s.p.printf("  This is the first step.\n")
		case back:
			i--
		default:
			i++
		}
	}
	p := posting.Assemble(s.c, s.a)
	if _, err := io.WriteString(out, p.Markdown()); err != nil {
		return err
	}
	s.report(p)
	if opts.Interactive && !s.p.eof {
		return s.offerSaves(p)
	}
	// Piped: the posting went to stdout, which is where it was wanted.
	return opts.Drafts.MarkDone()
}

// runStep asks a step until it can be confirmed, or the user goes back. A
// block is explained, the answers it is about are put back as they were
// (so the default offered again is the last valid answer) and only those
// are asked again; a warning is confirmed with y/n.
func (s *lineSession) runStep(i int, step flow.Step) (back bool, err error) {
	p := s.p
	p.printf("\nStep %d of %d: %s\n%s\n", i+1, len(flow.Steps()), step.Title, step.Why)
	var only []string // the fields to ask; none means all
	for attempt := 0; ; attempt++ {
		before := s.a
		s.askStep(step, only)
		if p.nav == navBack {
			p.nav = navNone
			return true, nil
		}
		p.nav = navNone
		state := step.For(s.c, s.a)
		if state.Notice != "" && state.Notice != s.noticed {
			p.printf("\n%s\n", state.Notice)
			s.noticed = state.Notice
		}
		if block := cmp.Or(state.Block, s.keptProblem()); block != "" {
			p.printf("\n%s\n", block)
			if attempt > 20 {
				return false, fmt.Errorf("step %q cannot be completed: %s", step.Title, block)
			}
			s.a, only, s.kept = before, state.BlockKeys, nil
			continue
		}
		if state.Warn != "" && !p.eof {
			p.printf("\n%s\n", state.Warn)
			if ans := strings.ToLower(p.ask("Keep them? (y/n)", "y")); ans == "n" || ans == "no" {
				only = nil
				continue
			}
		}
		s.autosave(step.ID)
		return false, nil
	}
}

// askStep asks the step's fields (or only those named). Fields are rebuilt
// after each answer, because some depend on others (KPI targets follow the
// chosen KPIs), and the draft is saved after each, so that no answer is
// lost. back or skip ends the step's questions.
func (s *lineSession) askStep(step flow.Step, only []string) {
	var order []string // the fields asked, in order, so back can return one
	asked := map[string]bool{}
	for {
		var next *flow.Field
		for _, f := range step.For(s.c, s.a).Fields {
			if !asked[f.Key] && (only == nil || slices.Contains(only, f.Key)) {
				next = &f
				break
			}
		}
		if next == nil {
			return
		}
		asked[next.Key] = true
		order = append(order, next.Key)
		s.askField(step, *next)
		s.autosave(step.ID)
		switch {
		case s.p.nav == navBack && len(order) > 1:
			// back goes to the field before, within the step.
			s.p.nav = navNone
			for _, key := range order[len(order)-2:] {
				delete(asked, key)
			}
			order = order[:len(order)-2]
		case s.p.nav != navNone:
			return // back at the first field, or skip: the step decides
		}
	}
}

func (s *lineSession) askField(step flow.Step, f flow.Field) {
	p := s.p
	e := newEditor(f, &s.styles, s.keys)
	p.printf("\n%s", f.Label)
	if f.Help != "" {
		p.printf(" (%s)", f.Help)
	}
	p.printf("\n")
	for tries := 0; ; tries++ {
		v, ok := e.ask(p)
		if !ok {
			return // nothing typed: keep the current answer
		}
		err := f.Apply(&s.a, v)
		if err == nil {
			s.retryKept()
			if now, changed := step.Cleaned(s.c, s.a, f.Key, v); changed {
				p.printf("  (taken as %q)\n", base.Printable(strings.ReplaceAll(now.Text, "\n", " / ")))
			}
			return
		}
		if across := (*flow.AcrossFieldsError)(nil); errors.As(err, &across) {
			together := s.applyWithKept(flow.Change{Field: f, Value: v})
			if together == nil {
				return
			}
			if errors.As(together, &across) {
				err = together // why it fails with the values kept, not alone
				for i := range s.kept {
					s.kept[i].err = together
				}
			}
			// Right alone, wrong with the answers as they stand (one end of
			// a range): kept, and taken with the next answers that fit it.
			s.kept = append(s.kept, keptValue{flow.Change{Field: f, Value: v}, err})
			p.printf("  %s is not in the posting yet: %v\n", f.Label, err)
			return
		}
		p.printf("  %v\n", err)
		if p.eof || tries > 20 {
			return
		}
	}
}

// autosave writes the answers to the draft after every answer.
func (s *lineSession) autosave(step string) {
	s.opts.Drafts.Note(s.a, step, nil)
	if err := s.opts.Drafts.Flush(); err != nil {
		s.p.printf("Could not autosave your answers: %s\n", base.Printable(err.Error()))
	}
}

// report prints the quality check's summary and its errors and warnings.
func (s *lineSession) report(p posting.Posting) {
	findings := p.Check(false, time.Now())
	s.p.printf("\nQuality check: %s\n", checker.Summary(findings))
	word := map[checker.Severity]string{checker.Error: "error", checker.Warning: "warning", checker.Info: "note"}
	for _, f := range findings {
		s.p.printf("- %s: %s Fix: %s\n", word[f.Severity], base.Printable(f.Message), base.Printable(f.Fix))
	}
}

// offerDraft offers to resume the newest unfinished draft; it returns the
// answers and the step to start at when the user takes it.
func (s *lineSession) offerDraft() (answers.Answers, int, bool) {
	p, drafts := s.p, s.opts.Drafts
	d, ok, err := drafts.Offer()
	if err != nil {
		p.printf("%s. It was left as it is.\n\n", base.Printable(err.Error()))
	}
	if !ok {
		return answers.Answers{}, 0, false
	}
	p.printf("You have an unfinished draft: %s\n", base.Printable(d.Label(s.c)))
	switch strings.ToLower(p.ask("Resume it (r), or start fresh and leave it as it is (f)", "r")) {
	case "f", "fresh":
		p.printf("Starting fresh. Your earlier draft stays in %s.\n\n", d.Path)
		return answers.Answers{}, 0, false
	}
	if err := drafts.Resume(d); err != nil {
		p.printf("%s\n\n", base.Printable(err.Error()))
		return answers.Answers{}, 0, false
	}
	return d.Answers, max(flow.StepIndex(d.Step), 0), true
}

// offerSaves offers to save the posting, the short form and the answers.
// The posting's file name picks its format: .txt, .html and .json save plain
// text, an HTML page and JSON-LD; anything else saves Markdown.
func (s *lineSession) offerSaves(p posting.Posting) error {
	file, err := answers.File(s.a)
	if err != nil {
		return err
	}
	posting := func(short bool) func(string) ([]byte, error) {
		return func(path string) ([]byte, error) {
			format, ok := export.FormatOfFile(path)
			if !ok {
				format = export.Markdown
			}
			data, _, err := export.Posting(p, export.Options{Format: format, Short: short,
				Standalone: format == export.HTML, Posted: time.Now()})
			return data, err
		}
	}
	saves := []struct {
		what, example string
		data          func(path string) ([]byte, error)
	}{
		{"the posting", defaultSaveName(p, saveMarkdown, false) + " (.txt, .html or .json for plain text, HTML or JSON-LD)", posting(false)},
		{"the short job-board form", defaultSaveName(p, saveMarkdown, true), posting(true)},
		{"your answers, to run amjd on them again", defaultSaveName(p, saveAnswers, false),
			func(string) ([]byte, error) { return file, nil }},
		{"the interview kit for this posting", defaultSaveName(p, saveTarget{kit: true, format: export.Markdown}, false), kitFile(p)},
	}
	for i, sv := range saves {
		saved := s.saveInteractively(sv.what, sv.example, sv.data)
		if i == 0 && saved {
			if err := s.opts.Drafts.MarkDone(); err != nil {
				return err
			}
		}
		if s.p.eof {
			break
		}
	}
	return nil
}

// kitFile writes the interview kit for p in the format a path's extension
// names.
func kitFile(p posting.Posting) func(path string) ([]byte, error) {
	return func(path string) ([]byte, error) {
		format, ok := export.FormatOfFile(path)
		switch {
		case !ok:
			format = export.Markdown
		case format == export.JSONLD:
			return nil, errors.New("the interview kit is written as .md, .txt or .html")
		}
		return interview.Render(p, format, format == export.HTML)
	}
}

// saveInteractively asks for a file name and writes what data makes for it
// there, asking before replacing a file. It reports whether the file was
// written.
func (s *lineSession) saveInteractively(what, example string, data func(path string) ([]byte, error)) bool {
	p := s.p
	name := p.ask("\nSave "+what+"? Type a file name such as "+example+", or press Enter to skip", "")
	for name != "" {
		path, err := safefile.ExpandPath(name)
		var content []byte
		if err == nil {
			content, err = data(path)
		}
		if err == nil {
			err = safefile.Write(path, content, false)
			var exists *safefile.ErrExists
			if errors.As(err, &exists) {
				if ans := strings.ToLower(p.ask(path+" already exists. Replace it? (y/n)", "n")); ans == "y" || ans == "yes" {
					err = safefile.Write(path, content, true)
				}
			}
		}
		if err == nil {
			p.printf("Saved %s to %s\n", what, path)
			return true
		}
		p.printf("  %s\n", base.Printable(err.Error()))
		if p.eof {
			return false
		}
		name = p.ask("Another name, or press Enter to skip", "")
	}
	return false
}

// keptValue is a value refused across fields, kept to try again.
type keptValue struct {
	change flow.Change
	err    error
}

// applyWithKept stores ch with every value kept: nil when they were
// stored, else why not (errNothingKept when there is none).
func (s *lineSession) applyWithKept(ch flow.Change) error {
	if len(s.kept) == 0 {
		return errNothingKept
	}
	changes := []flow.Change{ch}
	for _, k := range s.kept {
		changes = append(changes, k.change)
	}
	if err := flow.ApplyTogether(&s.a, changes...); err != nil {
		return err
	}
	s.kept = nil
	return nil
}

var errNothingKept = errors.New("no value is kept")

// retryKept stores each kept value the answers now take.
func (s *lineSession) retryKept() {
	var still []keptValue
	for _, k := range s.kept {
		if k.change.Field.Apply(&s.a, k.change.Value) != nil {
			still = append(still, k)
		}
	}
	s.kept = still
}

// keptProblem says why the first kept value is not in the posting.
func (s *lineSession) keptProblem() string {
	if len(s.kept) == 0 {
		return ""
	}
	return s.kept[0].change.Field.Label + " is not in the posting: " + s.kept[0].err.Error()
}
