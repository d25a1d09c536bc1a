package ui

import (
	"context"
	"maps"
	"slices"
	"time"

	"charm.land/bubbles/v2/help"
	tea "charm.land/bubbletea/v2"

	"amjd/content"
	"amjd/draft"
	"amjd/interview"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
	"amjd/model/posting"
	"amjd/ui/internal/kept"
	"amjd/ui/internal/preview"
	"amjd/ui/internal/saved"
)

// app is the state every screen and dialog shares: the answers and the
// posting made from them, the terminal's size, styles and keys, the preview,
// the findings and the status line. Screens and dialogs hold a pointer to
// it; only the root model changes which screen is shown.
type app struct {
	cat   *content.Catalog
	steps []flow.Step
	opts  Options

	answers answers.Answers
	posting posting.Posting
	short   bool   // the short job-board form is shown instead of the full posting
	kit     bool   // review shows the interview kit instead of the posting
	md      string // the current form's Markdown, rebuilt only when answers or form change
	words   int    // its length as the quality check counts it
	// assembled says posting and md are made from the answers; the wizard
	// starts without them (assembleFirst). gen counts the assemblies.
	assembled bool
	gen       int
	// pending keeps typed values that do not validate yet, by field key, so
	// leaving a step and coming back never loses what was typed; the draft
	// file keeps them too.
	pending map[string]flow.Value
	// seen is what each list showed chosen when its step was last left, so
	// a step can say what answers elsewhere changed in it since.
	seen    map[string][]string
	dirty   bool         // answers changed since the last save
	saved   []saved.File // what was written and from what, for quitting and the summary after exit
	saveDir string       // where the last file was saved; the next is offered there
	where   string       // the step (or "review") the draft resumes at

	keys    keyMap
	help    help.Model
	styles  Styles
	width   int
	height  int
	preview *previewPane
	// follow is where a step's preview looks: the part of the posting the
	// focused field writes.
	follow preview.Follow

	findings []checker.Finding
	// checkSeq numbers the checks started; checkedSeq is the one findings
	// holds. They differ while a check runs.
	checkSeq, checkedSeq int
	// cancelCheck stops the check running, when a newer one replaces it.
	cancelCheck context.CancelFunc
	draftSeq    int

	status      string
	statusError bool
	// statusSeq counts the statuses set; statusAt is the update that set the
	// current one, and updates counts every update, so a screen change clears
	// a status set before it but keeps one set with it ("Resumed your draft").
	statusSeq, statusAt, updates int
}

func newApp(opts Options) *app {
	a := &app{
		cat:     opts.Catalog,
		steps:   flow.Steps(),
		opts:    opts,
		answers: opts.Answers,
		keys:    newKeyMap(),
		help:    help.New(),
		pending: map[string]flow.Value{},
		seen:    map[string][]string{},
		width:   80,
		height:  24,
		preview: newPreviewPane(),
	}
	a.setStyles(opts.Dark)
	return a
}

func (a *app) setStyles(dark bool) {
	a.styles = NewStyles(dark)
	a.help.Styles = a.styles.HelpBar
}

// reassemble rebuilds the posting after the answers or the form changed. It
// is cheap (well under a millisecond) and deterministic.
func (a *app) reassemble() {
	a.posting = posting.Assemble(a.cat, a.answers)
	switch {
	case a.kit:
		a.md = interview.New(a.posting).Markdown()
	case a.short:
		a.md = a.posting.ShortMarkdown()
	default:
		a.md = a.posting.Markdown()
	}
	a.words = 0 // counted when review shows it
	a.assembled = true
	a.gen++
}

// assembleFirstMsg asks for the first posting.
type assembleFirstMsg struct{}

// assembleFirst assembles the first posting once the first screen has been
// handed to the renderer, while the renderer waits for its first frame: the
// first screen shows none of it, and the first assembly in a process costs
// several times a later one (it indexes the place and spelling tables and
// compiles the expressions it needs). A key that needs the posting before
// then assembles it at once (ensureAssembled).
func assembleFirst() tea.Msg { return assembleFirstMsg{} }

func (a *app) ensureAssembled() {
	if !a.assembled {
		a.reassemble()
	}
}

// current is the posting made from the answers.
func (a *app) current() posting.Posting {
	a.ensureAssembled()
	return a.posting
}

// wordCount is the posting's length as the quality check counts it, counted
// once per posting.
func (a *app) wordCount() int {
	if a.words == 0 {
		a.words = checker.PostingWords(a.markdown())
	}
	return a.words
}

func (a *app) markdown() string {
	a.ensureAssembled()
	return a.md
}

func (a *app) setStatus(s string, isError bool) {
	a.status, a.statusError = s, isError
	a.statusSeq++
	a.statusAt = a.updates
}

// statusExpiredMsg clears status seq, unless another has been set since.
type statusExpiredMsg struct{ seq int }

// expireStatus schedules the end of a status just set: a status is about a
// moment and should not follow the user around.
func (a *app) expireStatus(scheduled *int) tea.Cmd {
	if a.status == "" || a.statusSeq == *scheduled || a.opts.statusTTL < 0 {
		return nil
	}
	*scheduled = a.statusSeq
	seq := a.statusSeq
	return tea.Tick(a.opts.statusTTL, func(time.Time) tea.Msg { return statusExpiredMsg{seq: seq} })
}

func (a *app) wide() bool { return a.width >= wideWidth }

// checking reports whether the findings are about to change: the review's
// preview marks the flagged lines, so it waits for them rather than render
// the posting twice.
func (a *app) checking() bool { return a.checkSeq != a.checkedSeq }

// recheck starts the quality checks on the posting as it now stands, in a
// command (they take a couple of milliseconds). It runs on entering review
// and on switching form, not on every keystroke.
func (a *app) recheck() tea.Cmd {
	a.checkSeq++
	if a.cancelCheck != nil {
		a.cancelCheck() // the check it replaces stops; its findings are stale
	}
	ctx, cancel := context.WithCancel(context.Background())
	a.cancelCheck = cancel
	seq, c, p, short, now, noted := a.checkSeq, a.cat, a.current(), a.short, a.opts.Now(), a.opts.Noted
	typed := kept.Answers{Steps: a.steps, Answers: a.answers, Typed: maps.Clone(a.pending)}
	if a.kit {
		// The kit is checked for what the posting's language checks find.
		return func() tea.Msg { return checkedMsg{seq: seq, findings: interview.New(p).Findings(c)} }
	}
	return func() tea.Msg {
		fs, err := p.CheckContext(ctx, short, now)
		if err != nil {
			return checkedMsg{seq: -1} // replaced by a newer check
		}
		return checkedMsg{seq: seq, findings: slices.Concat(noted, typed.Findings(c), fs)}
	}
}

type checkedMsg struct {
	seq      int
	findings []checker.Finding
}

// noteDraft hands the answers to the draft store (in memory) and schedules a
// debounced write, so a burst of typing costs one file write.
func (a *app) noteDraft() tea.Cmd {
	if a.opts.Drafts == nil {
		return nil
	}
	a.opts.Drafts.Note(a.answers, a.where, maps.Clone(a.pending))
	a.draftSeq++
	seq := a.draftSeq
	return tea.Tick(a.opts.draftDelay, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
}

type draftTickMsg struct{ seq int }
type draftWrittenMsg struct{ err error }

// writeDraft writes the draft once typing has paused.
func (a *app) writeDraft(msg draftTickMsg) tea.Cmd {
	if msg.seq != a.draftSeq || a.opts.Drafts == nil {
		return nil // more typing came since; a later tick writes
	}
	store := a.opts.Drafts
	return func() tea.Msg { return draftWrittenMsg{err: store.Flush()} }
}

// resume continues a draft: its answers, what was typed and not yet valid,
// and where it was left.
func (a *app) resume(d draft.Draft) action {
	if err := a.opts.Drafts.Resume(d); err != nil {
		a.setStatus(base.Printable(err.Error()), true)
		return openWelcome{}
	}
	a.answers = d.Answers
	maps.Copy(a.pending, d.Typed)
	a.dirty = true
	a.reassemble()
	a.setStatus("Resumed your draft from "+d.SavedAt(a.cat)+".", false)
	if i := flow.StepIndex(d.Step); i >= 0 {
		return openStep{index: i}
	}
	return openReview{}
}
