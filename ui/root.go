// Package ui is amjd's terminal interface: the Bubble Tea wizard and the
// line-prompt mode, both driving the question flow of package model, and the
// glamour rendering of the posting. The root model (root.go) routes messages
// to one screen (screen_*.go) and a stack of dialogs (dialog_*.go); each
// field is edited by the editor for its kind (editor_*.go).
package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/content"
	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
	"amjd/ui/internal/preview"
)

// Layout limits.
const (
	minWidth       = 50
	minHeight      = 14
	wideWidth      = 140 // from here on, steps show the live preview beside the form
	formWidthWide  = 64
	maxReviewWidth = 100
	findingsWidth  = 50
)

// Options start the wizard.
type Options struct {
	Catalog *content.Catalog
	// Answers pre-fill the wizard (from --answers).
	Answers answers.Answers
	// Prefilled is set when Answers came from a file: the wizard opens on
	// review, or on the step Start names (amjd --import: the first gap).
	Prefilled bool
	Start     string
	// Noted are findings the review lists first: where imported answers came
	// from, and what the old posting did not give.
	Noted []checker.Finding
	// Dark is the background assumed until the terminal answers the query.
	Dark bool
	// NativeClipboard copies with the system clipboard; nil disables it.
	NativeClipboard func(string) error
	// Cwd is where default save names are resolved.
	Cwd string
	// Now is the clock for the pay-law check; nil means time.Now.
	Now func() time.Time
	// Drafts autosaves the answers; nil disables drafts.
	Drafts *draft.Store
	// Offer is an unfinished draft found at start; the wizard asks what to do.
	Offer *draft.Draft
	// Notice is shown on the first screen (e.g. a damaged draft).
	Notice string
	// ProfilePath is where the company profile is (or would be saved from
	// review); "" switches saving one off. ProfileInUse describes the profile
	// the answers started from, for the welcome screen; "" means none.
	ProfilePath, ProfileInUse string

	// crashKey makes a key press panic; tests use it to exercise crash handling.
	crashKey string
	// draftDelay and probeDelay override the autosave debounce and the rest
	// before a probe (tests).
	draftDelay, probeDelay time.Duration
	// statusTTL is how long a status line stays; negative keeps it until the
	// screen changes (tests that read it).
	statusTTL time.Duration
}

// draftDelay is how long typing must pause before the draft is written;
// probeDelay how long the focus rests on a field before a probe looks for
// where it writes (a field passed through with enter is not probed);
// statusTTL how long a status line stays.
const (
	draftDelay = 400 * time.Millisecond
	probeDelay = 120 * time.Millisecond
	statusTTL  = 8 * time.Second
)

// Model is the wizard's root model: it owns the shared state, shows one
// screen with any dialogs on top, and routes every message.
type Model struct {
	app     *app
	screen  screen
	dialogs []dialog
	// statusExpiry is the status whose expiry is scheduled.
	statusExpiry int
}

// New builds the wizard.
func New(opts Options) Model {
	if opts.Catalog == nil {
		opts.Catalog = content.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.draftDelay == 0 {
		opts.draftDelay = draftDelay
	}
	if opts.probeDelay == 0 {
		opts.probeDelay = probeDelay
	}
	if opts.statusTTL == 0 {
		opts.statusTTL = statusTTL
	}
	a := newApp(opts)
	m := Model{app: a, screen: &welcomeScreen{app: a}}
	switch {
	case opts.Prefilled:
		a.reassemble() // review shows the posting from its first frame
		m.screen = newReviewScreen(a)
		a.where = "review"
		a.setStatus("Loaded your answers. e edits any step; c copies, s saves.", false)
		if i := flow.StepIndex(opts.Start); i >= 0 {
			m.screen = newStepScreen(a, openStep{index: i, fromReview: true})
			a.where = m.screen.draftStep()
			a.setStatus("Imported. The old posting did not answer this step; esc goes to the review.", false)
		}
	case opts.Offer != nil:
		m.dialogs = []dialog{newDraftsDialog(a, *opts.Offer)}
	}
	return m
}

// Init asks the terminal for its background colour so styles and the glamour
// theme can follow it; until it answers, the dark theme is used. It starts
// the first assembly, or on review the check.
func (m Model) Init() tea.Cmd {
	switch s := m.screen.(type) {
	case *reviewScreen:
		return tea.Batch(tea.RequestBackgroundColor, m.app.recheck())
	case *stepScreen:
		return tea.Batch(tea.RequestBackgroundColor, m.app.recheck(), s.focusEditor())
	}
	return tea.Batch(tea.RequestBackgroundColor, assembleFirst)
}

// Update handles every message; slow work (rendering, clipboard, files) is
// started as commands whose results come back as messages. After each
// message the preview is brought in line with the screen (a cached render or
// a render command), on a step at the part of the posting its focused field
// writes, so no handler has to remember to. The model is used
// through a pointer: copying it into an interface on every message allocated
// more than the rest of a keystroke.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m.app.updates++
	before := m.watch()
	cmd := m.handle(msg)
	return m, tea.Batch(cmd, m.followField(before), m.syncPreview(), m.app.expireStatus(&m.statusExpiry))
}

func (m *Model) handle(msg tea.Msg) tea.Cmd {
	a := m.app
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		a.width, a.height = msg.Width, msg.Height
		m.layout()
		return nil
	case tea.BackgroundColorMsg:
		a.setStyles(msg.IsDark())
		m.screen.restyle()
		return nil
	case renderedMsg:
		// A stale render is only cached: syncPreview starts the one now wanted.
		if err := a.preview.Rendered(msg); err != nil {
			a.setStatus("Preview failed: "+err.Error(), true)
		}
		return nil
	case assembleFirstMsg:
		a.ensureAssembled()
		return nil
	case preview.DueMsg:
		return m.probe(msg)
	case preview.ProbedMsg:
		if s, ok := m.screen.(*stepScreen); ok {
			a.follow.Probed(msg, m.focusedField(s))
		}
		return nil
	case checkedMsg:
		if msg.seq == a.checkSeq { // else the answers or the form changed since
			a.findings, a.checkedSeq = msg.findings, msg.seq
		}
		return nil
	case copiedMsg:
		a.setStatus(msg.describe(), msg.err != nil && !msg.osc52)
		return nil
	case statusMsg:
		a.setStatus(msg.text, msg.isError)
		return nil
	case statusExpiredMsg:
		if msg.seq == a.statusSeq {
			a.status = ""
		}
		return nil
	case draftTickMsg:
		return a.writeDraft(msg)
	case draftWrittenMsg:
		if msg.err != nil {
			a.setStatus("Could not autosave your answers: "+base.Printable(msg.err.Error()), true)
		}
		return nil
	case tea.KeyPressMsg:
		return m.key(msg)
	case tea.PasteMsg:
		// Text copied on Windows ends its lines with \r\n, which bubbles'
		// text area reads as two line breaks; every field takes \n alone.
		msg.Content = strings.ReplaceAll(msg.Content, "\r\n", "\n")
		return m.route(msg)
	}
	return m.route(msg)
}

// route gives a message to the dialog on top, or else to the screen, and
// carries out what it asks.
func (m *Model) route(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	var act action
	if d := m.topDialog(); d != nil {
		cmd, act = d.update(msg)
	} else {
		cmd, act = m.screen.update(msg)
	}
	return tea.Batch(cmd, m.do(act))
}

// key handles the keys that work everywhere (quit, more keys), then routes.
func (m *Model) key(msg tea.KeyPressMsg) tea.Cmd {
	a := m.app
	if a.opts.crashKey != "" && msg.String() == a.opts.crashKey {
		panic("test crash requested")
	}
	g := a.keys.Global
	switch {
	case key.Matches(msg, g.Quit):
		if m.quitAsked() {
			return tea.Quit // ctrl+c twice
		}
		return m.do(quit{confirm: true})
	case key.Matches(msg, g.Help) && (!m.typing() || msg.String() != "?"):
		a.help.ShowAll = !a.help.ShowAll
		m.layout()
		return nil
	case a.help.ShowAll && msg.String() == "esc":
		// esc closes the keys first, as people expect of anything opened
		// over the screen; it must not also leave the screen.
		a.help.ShowAll = false
		m.layout()
		return nil
	}
	return m.route(msg)
}

// typing reports whether ? is text where the focus is: a text field of a
// step, or the file name being typed in the save dialog.
func (m *Model) typing() bool {
	if d := m.topDialog(); d != nil {
		_, saving := d.(*saveDialog)
		return saving
	}
	return m.screen.typing()
}

// quitAsked reports whether the dialog on top is the quit question.
func (m *Model) quitAsked() bool {
	d, ok := m.topDialog().(*confirmDialog)
	return ok && d.quits
}

func (m *Model) topDialog() dialog {
	if len(m.dialogs) == 0 {
		return nil
	}
	return m.dialogs[len(m.dialogs)-1]
}
