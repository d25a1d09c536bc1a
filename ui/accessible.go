package ui

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"

	"amjd/content"
	"amjd/draft"
	"amjd/model"
	"amjd/safefile"
)

// AccessibleOptions configure the line-prompt mode.
type AccessibleOptions struct {
	Catalog *content.Catalog
	Answers model.Answers
	Drafts  *draft.Store
	// Interactive is set when a person is typing (stdin is a terminal): only
	// then does amjd offer to resume a draft or save the posting.
	Interactive bool
}

// prompter reads answers line by line from one buffered reader, so answers
// piped in all at once are consumed one per question. At end of input every
// remaining question takes its default.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
	eof bool
}

func (p *prompter) printf(format string, args ...any) { fmt.Fprintf(p.out, format, args...) }

// line reads one line; at end of input it returns "" and remembers it.
func (p *prompter) line() string {
	if p.eof {
		return ""
	}
	s, err := p.in.ReadString('\n')
	if err != nil {
		p.eof = true
		if s == "" {
			p.printf("\n")
		}
	}
	return strings.TrimRight(s, "\r\n")
}

// ask shows a question with its default in brackets and reads the answer.
func (p *prompter) ask(question, def string) string {
	if def != "" {
		p.printf("%s [%s]: ", question, model.Printable(def))
	} else {
		p.printf("%s: ", question)
	}
	return strings.TrimSpace(p.line())
}

// RunAccessible runs the question flow as plain prompts on prompt and writes
// the finished posting (Markdown) to out.
func RunAccessible(opts AccessibleOptions, in io.Reader, out, prompt io.Writer) error {
	c := opts.Catalog
	if c == nil {
		c = content.Default()
	}
	p := &prompter{in: bufio.NewReader(in), out: prompt}
	a := opts.Answers
	steps := model.Steps()
	start := 0

	if opts.Interactive {
		if resumed, at, ok := offerDraft(p, c, opts.Drafts); ok {
			a, start = resumed, at
		}
	}

	p.printf("amjd writes a tailored Account Manager job description in %d steps.\n", len(steps))
	p.printf("Press Enter to accept the default shown in [brackets].\n")
	for i := start; i < len(steps); i++ {
		step := steps[i]
		p.printf("\nStep %d of %d: %s\n%s\n", i+1, len(steps), step.Title, step.Why)
		for attempt := 0; ; attempt++ {
			askStep(p, c, step, &a, func() { autosave(p, opts.Drafts, a, step.ID) })
			state := step.For(c, a)
			if msg := state.Block; msg != "" {
				p.printf("\n%s\n", msg)
				if p.eof || attempt > 20 {
					return fmt.Errorf("step %q cannot be completed: %s", step.Title, msg)
				}
				continue
			}
			if msg := state.Warn; msg != "" && !p.eof {
				p.printf("\n%s\n", msg)
				if ans := strings.ToLower(p.ask("Keep them? (y/n)", "y")); ans == "n" || ans == "no" {
					continue
				}
			}
			break
		}
		autosave(p, opts.Drafts, a, step.ID)
	}

	posting := model.Assemble(c, a)
	md := posting.Markdown()
	if _, err := io.WriteString(out, md); err != nil {
		return err
	}
	findings := model.CheckAnswers(c, a, false, time.Now())
	p.printf("\nQuality check: %s\n", model.Summary(findings))
	for _, f := range findings {
		if f.Severity >= model.Warning {
			p.printf("- %s: %s Fix: %s\n", f.Severity, model.Printable(f.Message), model.Printable(f.Fix))
		}
	}
	if opts.Interactive && !p.eof {
		return saveInteractively(p, c, a, md, opts)
	}
	// Piped: the posting went to stdout, which is where it was wanted.
	return opts.Drafts.MarkDone()
}

// askStep asks every field of the step. Fields are rebuilt after each answer,
// because some depend on others (KPI targets follow the chosen KPIs); after
// each answer, saved is called so that no answer is lost.
func askStep(p *prompter, c *content.Catalog, step model.Step, a *model.Answers, saved func()) {
	for fi := 0; ; fi++ {
		fields := step.For(c, *a).Fields
		if fi >= len(fields) {
			return
		}
		askField(p, *a, fields[fi], a)
		saved()
	}
}

// autosave writes the answers to the draft after every answer.
func autosave(p *prompter, drafts *draft.Store, a model.Answers, step string) {
	drafts.Note(a, step, nil)
	if err := drafts.Flush(); err != nil {
		p.printf("Could not autosave your answers: %s\n", model.Printable(err.Error()))
	}
}

// offerDraft offers to resume the newest unfinished draft; it returns the
// answers and the step to start at when the user takes it.
func offerDraft(p *prompter, c *content.Catalog, drafts *draft.Store) (model.Answers, int, bool) {
	d, ok, err := drafts.Offer()
	if err != nil {
		p.printf("%s. It was left as it is.\n\n", model.Printable(err.Error()))
	}
	if !ok {
		return model.Answers{}, 0, false
	}
	p.printf("You have an unfinished draft: %s\n", model.Printable(d.Label(c)))
	switch strings.ToLower(p.ask("Resume it (r), or start fresh and leave it as it is (f)", "r")) {
	case "f", "fresh":
		p.printf("Starting fresh. Your earlier draft stays in %s.\n\n", d.Path)
		return model.Answers{}, 0, false
	}
	if err := drafts.Resume(d); err != nil {
		p.printf("%s\n\n", model.Printable(err.Error()))
		return model.Answers{}, 0, false
	}
	return d.Answers, max(model.StepIndex(d.Step), 0), true
}

func askField(p *prompter, current model.Answers, f model.Field, a *model.Answers) {
	p.printf("\n%s", f.Label)
	if f.Help != "" && f.Kind != model.Multi && f.Kind != model.Cycle {
		p.printf(" (%s)", f.Help)
	}
	p.printf("\n")
	for tries := 0; ; tries++ {
		v, ok := readValue(p, f)
		if !ok {
			return // nothing typed: keep the current answer
		}
		err := f.Apply(a, v)
		if err == nil {
			return
		}
		p.printf("  %v\n", err)
		if p.eof || tries > 20 {
			*a = current
			return
		}
	}
}

// readValue reads one answer for the field. ok is false when the user kept
// the current value (an empty line, or the end of input).
func readValue(p *prompter, f model.Field) (model.Value, bool) {
	switch f.Kind {
	case model.Choice:
		def := 0
		for i, o := range f.Options {
			line := fmt.Sprintf("  %d) %s", i+1, o.Label)
			if o.Help != "" {
				line += " — " + o.Help
			}
			if o.ID == f.Value.Text {
				def = i + 1
			}
			p.printf("%s\n", line)
		}
		for {
			ans := p.ask(fmt.Sprintf("Enter a number between 1 and %d", len(f.Options)), strconv.Itoa(def))
			if ans == "" {
				return model.Value{}, false
			}
			if n, err := strconv.Atoi(ans); err == nil && n >= 1 && n <= len(f.Options) {
				return model.Value{Text: f.Options[n-1].ID}, true
			}
			p.printf("  Enter a number between 1 and %d.\n", len(f.Options))
			if p.eof {
				return model.Value{}, false
			}
		}
	case model.Multi:
		return readNumbers(p, f, "Numbers to choose, separated by commas, or none", f.Value.IDs)
	case model.Cycle:
		var required, preferred []string
		for i, o := range f.Options {
			if f.Value.IDs[i] == "required" {
				required = append(required, o.ID)
			} else if f.Value.IDs[i] == "preferred" {
				preferred = append(preferred, o.ID)
			}
		}
		req, okReq := readNumbers(p, f, "Numbers that are required", required)
		if !okReq {
			req.IDs = required
		}
		pref, okPref := readNumbers(p, model.Field{Options: f.Options}, "Numbers that are nice to have", preferred)
		if !okPref {
			pref.IDs = preferred
		}
		if !okReq && !okPref {
			return model.Value{}, false
		}
		states := make([]string, len(f.Options))
		for i, o := range f.Options {
			switch {
			case slices.Contains(req.IDs, o.ID):
				states[i] = "required"
			case slices.Contains(pref.IDs, o.ID):
				states[i] = "preferred"
			default:
				states[i] = "off"
			}
		}
		return model.Value{IDs: states}, true
	case model.LongText, model.Lines:
		def, now := shownDefault(f), "Now"
		if f.Value.Text == "" && f.Suggested {
			now = "Now (amjd's suggestion)"
		}
		switch {
		case f.Value.Text == "" && f.Example:
			p.printf("  (%s)\n", model.Printable(strings.ReplaceAll(f.Placeholder, "\n", " / ")))
		case def != "":
			p.printf("  %s: %s\n", now, model.Printable(strings.ReplaceAll(def, "\n", " / ")))
		}
		p.printf("  Type the new text; a line with a single \".\" ends it. An empty first line keeps it.\n")
		var lines []string
		for {
			l := p.line()
			if l == "." || (p.eof && l == "") {
				break
			}
			if len(lines) == 0 && strings.TrimSpace(l) == "" {
				return model.Value{}, false
			}
			lines = append(lines, l)
			if p.eof {
				break
			}
		}
		if len(lines) == 0 {
			return model.Value{}, false
		}
		return model.Value{Text: strings.Join(lines, "\n")}, true
	}
	if f.Value.Text == "" && f.Example {
		p.printf("  (%s)\n", f.Placeholder)
	}
	def := shownDefault(f)
	if f.Value.Text == "" && f.Suggested && def != "" {
		def = "suggested: " + def
	}
	ans := p.ask("  Answer", def)
	if ans == "" {
		return model.Value{}, false
	}
	return model.Value{Text: ans}, true
}

// shownDefault is what an empty answer keeps: the current value, or the
// default the field stands for. An example is not a default.
func shownDefault(f model.Field) string {
	switch {
	case f.Value.Text != "":
		return f.Value.Text
	case f.Example:
		return ""
	}
	return f.Placeholder
}

// readNumbers lists the options and reads a comma-separated set of numbers.
func readNumbers(p *prompter, f model.Field, question string, chosen []string) (model.Value, bool) {
	var def []string
	for i, o := range f.Options {
		mark := "[ ]"
		if slices.Contains(chosen, o.ID) {
			mark = "[x]"
			def = append(def, strconv.Itoa(i+1))
		}
		if question != "Numbers that are nice to have" {
			p.printf("  %d) %s %s\n", i+1, mark, o.Label)
		}
	}
	defText := strings.Join(def, ",")
	if defText == "" {
		defText = "none"
	}
	for {
		ans := p.ask(question, defText)
		if ans == "" {
			return model.Value{}, false
		}
		ids, err := parseNumbers(ans, f.Options)
		if err == nil {
			return model.Value{IDs: ids}, true
		}
		p.printf("  %v\n", err)
		if p.eof {
			return model.Value{}, false
		}
	}
}

func parseNumbers(s string, opts []model.Option) ([]string, error) {
	if strings.EqualFold(s, "none") || s == "-" {
		return []string{}, nil
	}
	var ids []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		n, err := strconv.Atoi(part)
		if err != nil || n < 1 || n > len(opts) {
			return nil, fmt.Errorf("enter numbers between 1 and %d, separated by commas (or none)", len(opts))
		}
		if id := opts[n-1].ID; !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}

func saveInteractively(p *prompter, c *content.Catalog, a model.Answers, md string, opts AccessibleOptions) error {
	name := p.ask("\nSave the posting to a file? Type a name such as "+defaultSaveName(c, a, saveMarkdown)+", or press Enter to skip", "")
	for name != "" {
		path, err := safefile.ExpandPath(name)
		if err == nil {
			err = safefile.Write(path, []byte(md), false)
			var exists *safefile.ErrExists
			if errors.As(err, &exists) {
				if ans := strings.ToLower(p.ask(path+" already exists. Replace it? (y/n)", "n")); ans == "y" || ans == "yes" {
					err = safefile.Write(path, []byte(md), true)
				}
			}
		}
		if err == nil {
			p.printf("Saved the posting to %s\n", path)
			return opts.Drafts.MarkDone()
		}
		p.printf("  %v\n", err)
		if p.eof {
			return nil
		}
		name = p.ask("Another name, or press Enter to skip", "")
	}
	return nil
}
