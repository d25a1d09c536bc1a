package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"

	"amjd/export"
	"amjd/interview"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/safefile"
	"amjd/ui/internal/saved"
)

// saveTarget is what a save writes: the answers, or the posting (or the
// interview kit) in a format.
type saveTarget struct {
	answers bool
	kit     bool
	format  export.Format
}

var (
	saveAnswers  = saveTarget{answers: true}
	saveMarkdown = saveTarget{format: export.Markdown}
)

// saveDialog asks where to save the posting or the answers; a file that
// exists is replaced only after a yes.
type saveDialog struct {
	app   *app
	kind  saveTarget
	short bool // the short form is what is saved
	input textinput.Model
	path  string // the file last tried
	err   string
	// replace is the question asked over the dialog when the file exists.
	replace string
}

// savedKind is what a file saved for t holds, for the question on quitting.
func (t saveTarget) savedKind() saved.Kind {
	switch {
	case t.answers:
		return saved.Answers
	case t.kit:
		return saved.Kit
	}
	return saved.Posting
}

// nameProblem says when a file name's extension names another format than
// the one saved: x.txt holding Markdown would mislead whoever opens it.
func (t saveTarget) nameProblem(name string) string {
	named, ok := export.FormatOfFile(name)
	switch ext := filepath.Ext(name); {
	case t.answers && ok:
		return fmt.Sprintf("%s is for %s; answers are YAML: name the file .yaml.", ext, named.Name())
	case !t.answers && (ext == ".yaml" || ext == ".yml"):
		return ext + " is for answers files; name the file " + t.format.Extension() + "."
	case !t.answers && ok && named != t.format:
		return fmt.Sprintf("%s is for %s, but this saves %s: name the file %s, or press esc and choose %s.",
			ext, named.Name(), t.format.Name(), t.format.Extension(), named.Name())
	}
	return ""
}

// savedMsg is the result of a save command; missing is what job boards
// would still like, for JSON-LD.
type savedMsg struct {
	kind    saveTarget
	path    string
	err     error
	missing []checker.Finding
	from    answers.Answers // the answers written from
}

func openSaveDialog(a *app, kind saveTarget) (tea.Cmd, action) {
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 4096
	in.SetWidth(min(a.width-10, 80))
	in.SetStyles(a.styles.TextInput)
	name := defaultSaveName(a.current(), kind, a.short)
	if a.saveDir != "" && a.saveDir != a.opts.Cwd {
		name = filepath.Join(a.saveDir, name) // where the last file went
	}
	in.SetValue(name)
	in.CursorEnd()
	d := &saveDialog{app: a, kind: kind, input: in, short: a.short}
	return d.input.Focus(), openDialog{d}
}

func (d *saveDialog) update(msg tea.Msg) (tea.Cmd, action) {
	switch msg := msg.(type) {
	case savedMsg:
		return d.saved(msg)
	case tea.PasteMsg:
		// The input would cut a long paste at its limit without a word.
		if n := utf8.RuneCountInString(msg.Content); n+utf8.RuneCountInString(d.input.Value()) > d.input.CharLimit {
			d.err = fmt.Sprintf("The paste is %s characters; a file name holds at most %s: nothing was pasted.",
				base.FormatAmount(float64(n)), base.FormatAmount(float64(d.input.CharLimit)))
			return nil, nil
		}
	case tea.KeyPressMsg:
		keys := d.app.keys.Dialog
		switch {
		case key.Matches(msg, keys.Cancel):
			return nil, closeDialog{}
		case key.Matches(msg, keys.Save):
			path := strings.TrimSpace(d.input.Value())
			if path == "" {
				d.err = "Type a file name."
				return nil, nil
			}
			if msg := d.kind.nameProblem(path); msg != "" {
				d.err = msg
				return nil, nil
			}
			return d.save(path, false), nil
		}
	}
	var cmd tea.Cmd
	d.input, cmd = d.input.Update(msg)
	return cmd, nil
}

// save writes the posting or the answers in a command: resolving the path,
// encoding and writing all happen off the input path.
func (d *saveDialog) save(typed string, overwrite bool) tea.Cmd {
	a := d.app
	kind, short, given, p, cwd, now := d.kind, d.short, a.answers, a.current(), a.opts.Cwd, a.opts.Now()
	d.err = "Saving…"
	return func() tea.Msg {
		path, err := safefile.ExpandPath(typed)
		if err != nil {
			return savedMsg{kind: kind, path: typed, err: err}
		}
		if !filepath.IsAbs(typed) && !strings.HasPrefix(typed, "~") && cwd != "" {
			path = filepath.Join(cwd, typed)
		}
		var data []byte
		var missing []checker.Finding
		switch {
		case kind.answers:
			data, err = answers.File(given)
		case kind.kit:
			data, err = interview.Render(p, kind.format, kind.format == export.HTML)
		default:
			data, missing, err = export.Posting(p, export.Options{Format: kind.format, Short: short,
				Standalone: kind.format == export.HTML, Posted: now})
		}
		if err != nil {
			return savedMsg{kind: kind, path: path, err: fmt.Errorf("cannot write the %s: %w", kind.format.Name(), err)}
		}
		return savedMsg{kind: kind, path: path, err: safefile.Write(path, data, overwrite), missing: missing, from: given}
	}
}

func (d *saveDialog) saved(msg savedMsg) (tea.Cmd, action) {
	a := d.app
	d.path = msg.path
	var exists *safefile.ErrExists
	switch {
	case errors.As(msg.err, &exists):
		d.err = ""
		return nil, openDialog{d.confirmReplace()}
	case msg.err != nil:
		d.err = answers.Sentence(base.Printable(msg.err.Error()))
		return nil, nil
	}
	a.dirty = false
	a.saveDir = filepath.Dir(msg.path)
	what := d.what()
	a.saved = saved.Note(a.saved, saved.File{What: what, Path: msg.path, Kind: msg.kind.savedKind(), From: msg.from})
	if missing := stillMissing(msg.missing); missing != "" {
		// What is missing comes first: the path was typed a moment ago, and
		// a narrow status line cuts the end.
		a.setStatus(fmt.Sprintf("Saved the %s; %s. File: %s", what, missing, msg.path), false)
	} else {
		a.setStatus(fmt.Sprintf("Saved the %s to %s", what, msg.path), false)
	}
	if msg.kind.answers || msg.kind.kit || a.opts.Drafts == nil {
		return nil, closeDialog{}
	}
	store := a.opts.Drafts
	return func() tea.Msg {
		if err := store.MarkDone(); err != nil {
			return draftWrittenMsg{err: err}
		}
		return nil
	}, closeDialog{}
}

// confirmReplace asks, over the dialog, whether to replace the file.
func (d *saveDialog) confirmReplace() *confirmDialog {
	d.replace = d.path + " already exists. Replace it? (y/n)"
	return &confirmDialog{
		app:  d.app,
		draw: d.view,
		yes: func() (tea.Cmd, action) {
			d.replace = ""
			return d.save(d.path, true), closeDialog{}
		},
		no: func() (tea.Cmd, action) {
			d.replace = ""
			d.err = "Not replaced. Choose another name, or esc to cancel."
			return nil, closeDialog{}
		},
	}
}

func (d *saveDialog) view() string {
	a := d.app
	s := a.styles
	what := "Save the " + d.what() + " as:"
	if d.kind.answers {
		what = "Save your answers (YAML, for amjd --answers) as:"
	}
	lines := []string{s.Title.Render(what), "", d.input.View()}
	if d.replace != "" {
		lines = append(lines, "", s.Warning.Render(wrap(d.replace, a.width-8)))
	}
	if d.err != "" {
		lines = append(lines, "", s.Error.Render(wrap(d.err, a.width-8)))
	}
	return s.Dialog.Width(min(a.width-4, 90)).Render(strings.Join(lines, "\n"))
}

// what names what the dialog saves: "answers", "short form (plain text)".
func (d *saveDialog) what() string {
	if d.kind.answers {
		return "answers"
	}
	form := "posting"
	switch {
	case d.kind.kit:
		form = "interview kit"
	case d.short && d.kind.format != export.JSONLD:
		form = "short form"
	}
	return form + " (" + d.kind.format.Name() + ")"
}

// stillMissing says, after a JSON-LD save, what job boards would still like.
func stillMissing(fs []checker.Finding) string {
	if len(fs) == 0 {
		return ""
	}
	var what []string
	for _, f := range fs {
		what = append(what, f.Phrase)
	}
	return "job boards also want " + strings.Join(what, ", ")
}

func (d *saveDialog) helpKeys() contextHelp {
	k := d.app.keys.Dialog
	return contextHelp{short: []key.Binding{k.Save, k.Cancel}}
}
