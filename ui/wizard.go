// Package ui is amjd's terminal interface: the Bubble Tea wizard, file saving
// and glamour rendering. The questions themselves live in model; ui only
// presents them.
package ui

import (
	"fmt"
	"maps"
	"strings"

	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/content"
	"amjd/draft"
	"amjd/model"
)

type mode int

const (
	modeWelcome mode = iota
	modeStep
	modeReview
	modePickStep
	modeSave
	modeConfirmOverwrite
	modeConfirmQuit
	modeDraftChoice
	modeDraftList
)

type saveKind int

const (
	saveMarkdown saveKind = iota
	saveAnswers
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
	Answers model.Answers
	// Prefilled is set when Answers came from a file: the wizard opens on review.
	Prefilled bool
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
	// Notice is shown in the status line at start (e.g. a damaged draft).
	Notice string

	// crashKey makes a key press panic; tests use it to exercise crash handling.
	crashKey string
	// draftDelay overrides the autosave debounce (tests).
	draftDelay time.Duration
}

// draftDelay is how long typing must pause before the draft is written.
const draftDelay = 400 * time.Millisecond

// Model is the wizard's root model.
type Model struct {
	cat   *content.Catalog
	steps []model.Step
	opts  Options

	answers model.Answers
	posting model.Posting
	short   bool
	md      string // the current form's Markdown, rebuilt only when answers or form change

	keys   keyMap
	help   help.Model
	styles Styles
	width  int
	height int

	mode     mode
	prevMode mode // where a dialog returns to
	step     int
	editors  []*fieldEditor
	focus    int
	// pending keeps typed values that do not validate yet, by field key, so
	// leaving a step and coming back never loses what was typed; the draft
	// file keeps them too.
	pending        map[string]model.Value
	blockMsg       string
	warnMsg        string
	warned         bool
	returnToReview bool

	preview  previewState
	viewport viewport.Model
	// pane is the preview as drawn (viewport window plus border), rebuilt when
	// the preview, its scroll position or the layout changes, not every frame.
	pane     string
	paneFor  paneLayout
	picker   int
	findings findingsPanel

	saveInput textinput.Model
	saveKind  saveKind
	savePath  string
	saveErr   string

	status      string
	statusError bool
	dirty       bool
	saved       []string

	draftSeq    int
	checkSeq    int
	draftChoice int
	draftList   []draft.Draft
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
	m := Model{
		cat:     opts.Catalog,
		steps:   model.Steps(),
		opts:    opts,
		answers: opts.Answers,
		keys:    newKeyMap(),
		help:    help.New(),
		pending: map[string]model.Value{},
		width:   80,
		height:  24,
	}
	m.setStyles(opts.Dark)
	m.viewport = viewport.New()
	m.preview = newPreviewState()
	m.reassemble()
	switch {
	case opts.Prefilled:
		m.mode = modeReview
		m.checkSeq = 1 // Init starts this check
		m.setStatus("Loaded your answers. e edits any step; c copies, s saves.", false)
	case opts.Offer != nil:
		m.mode = modeDraftChoice
	}
	return m
}

// Saved lists the files written during the session, for printing after exit.
func (m Model) Saved() []string { return m.saved }

func (m *Model) setStyles(dark bool) {
	m.styles = NewStyles(dark)
	m.help.Styles = help.DefaultStyles(dark)
	for _, e := range m.editors {
		e.restyle(&m.styles)
	}
}

// Init asks the terminal for its background colour so styles and the glamour
// theme can follow it; until it answers, the dark theme is used.
func (m Model) Init() tea.Cmd {
	if m.mode == modeReview {
		return tea.Batch(tea.RequestBackgroundColor, m.checkCmd(m.checkSeq))
	}
	return tea.RequestBackgroundColor
}

// reassemble rebuilds the posting after the answers changed. It is cheap
// (well under a millisecond) and deterministic.
func (m *Model) reassemble() {
	m.posting = model.Assemble(m.cat, m.answers)
	if m.short {
		m.md = m.posting.ShortMarkdown()
	} else {
		m.md = m.posting.Markdown()
	}
}

// recheck starts the quality checks on the posting as it now stands, in a
// command (they take a couple of milliseconds). It runs on entering review
// and on switching form, not on every keystroke; the preview, which marks the
// lines concerned, is rendered when the findings arrive.
func (m *Model) recheck() tea.Cmd {
	m.checkSeq++
	return m.checkCmd(m.checkSeq)
}

func (m Model) checkCmd(seq int) tea.Cmd {
	c, a, short, now := m.cat, m.answers, m.short, m.opts.Now()
	return func() tea.Msg {
		return checkedMsg{seq: seq, findings: model.CheckAnswers(c, a, short, now)}
	}
}

type checkedMsg struct {
	seq      int
	findings []model.Finding
}

// previewMarkdown is what the preview renders: on review, the lines that
// findings point at are marked.
func (m Model) previewMarkdown() string {
	if m.mode == modeStep {
		return m.markdown()
	}
	return markLines(m.markdown(), m.findings.items)
}

func (m Model) markdown() string { return m.md }

// --- steps ---

func (m *Model) enterStep(i int) tea.Cmd {
	m.mode = modeStep
	m.step = i
	m.blockMsg, m.warnMsg, m.warned = "", "", false
	m.editors = nil
	m.rebuildEditors()
	m.focus = 0
	m.layout()
	var draftCmd tea.Cmd
	if m.dirty {
		draftCmd = m.noteDraft() // remember where the user is
	}
	return tea.Batch(m.focusEditor(), m.schedulePreview(), draftCmd)
}

// rebuildEditors matches editors to the step's current fields, keeping the
// widget (cursor, scroll, typed text) of every field that is still there.
func (m *Model) rebuildEditors() {
	fields := m.steps[m.step].For(m.cat, m.answers).Fields
	old := map[string]*fieldEditor{}
	for _, e := range m.editors {
		old[e.field.Key] = e
	}
	editors := make([]*fieldEditor, len(fields))
	for i, f := range fields {
		// A field the user has not touched follows its new value (the
		// currency after the location changes); a touched one keeps what
		// was typed or picked.
		if e, ok := old[f.Key]; ok && sameOptions(e.field.Options, f.Options) && !e.untouchedSince(f) {
			e.field = f
			editors[i] = e
			continue
		}
		if draft, ok := m.pending[f.Key]; ok {
			f.Value = draft
		}
		editors[i] = newFieldEditor(f, &m.styles)
		if _, ok := m.pending[f.Key]; ok {
			editors[i].err = editors[i].field.Check(m.answers, f.Value).Error()
		}
	}
	m.editors = editors
	m.focus = min(m.focus, len(editors)-1)
}

func sameOptions(a, b []model.Option) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i].ID != b[i].ID {
			return false
		}
	}
	return true
}

func (m *Model) focusEditor() tea.Cmd {
	var cmd tea.Cmd
	for i, e := range m.editors {
		if i == m.focus {
			cmd = e.Focus()
		} else {
			e.Blur()
		}
	}
	return cmd
}

// applyFocused stores the focused editor's value in the answers, or keeps it
// as a draft with an inline error when it does not validate.
func (m *Model) applyFocused() tea.Cmd {
	e := m.editors[m.focus]
	v := e.Value()
	if err := e.field.Apply(&m.answers, v); err != nil {
		e.err = err.Error()
		m.pending[e.field.Key] = v
		return m.noteDraft() // what was typed is kept, valid or not
	}
	e.err = ""
	delete(m.pending, e.field.Key)
	m.dirty = true
	draftCmd := m.noteDraft()
	m.blockMsg, m.warnMsg, m.warned = "", "", false
	m.reassemble()
	key := e.field.Key
	m.rebuildEditors()
	for i, ed := range m.editors {
		if ed.field.Key == key {
			m.focus = i
		}
	}
	m.layout()
	return tea.Batch(m.focusEditor(), m.schedulePreview(), draftCmd)
}

// noteDraft hands the answers to the draft store (in memory) and schedules a
// debounced write, so a burst of typing costs one file write.
func (m *Model) noteDraft() tea.Cmd {
	if m.opts.Drafts == nil {
		return nil
	}
	step := "review"
	if m.mode == modeStep {
		step = m.steps[m.step].ID
	}
	m.opts.Drafts.Note(m.answers, step, maps.Clone(m.pending))
	m.draftSeq++
	seq := m.draftSeq
	return tea.Tick(m.opts.draftDelay, func(time.Time) tea.Msg { return draftTickMsg{seq: seq} })
}

type draftTickMsg struct{ seq int }
type draftWrittenMsg struct{ err error }
type draftsListedMsg struct{ drafts []draft.Draft }
type freshStartMsg struct {
	backup string
	err    error
}

// confirmStep validates the step and moves on, to review when editing from it.
func (m *Model) confirmStep() tea.Cmd {
	for i, e := range m.editors {
		if err := e.field.Check(m.answers, e.Value()); err != nil || e.err != "" {
			if e.err == "" {
				e.err = err.Error()
			}
			m.focus = i
			m.blockMsg = "Fix the field marked ✗ to continue."
			return m.focusEditor()
		}
	}
	step := m.steps[m.step]
	state := step.For(m.cat, m.answers)
	if msg := state.Block; msg != "" {
		m.blockMsg = msg
		return nil
	}
	if msg := state.Warn; msg != "" && !m.warned {
		m.warnMsg, m.warned = msg+" Press enter again to keep them all.", true
		return nil
	}
	if m.returnToReview || m.step == len(m.steps)-1 {
		return m.enterReview()
	}
	return m.enterStep(m.step + 1)
}

func (m *Model) enterReview() tea.Cmd {
	m.mode = modeReview
	m.returnToReview = false
	m.editors = nil
	m.findings.focused = false
	m.layout()
	return m.recheck()
}

func (m *Model) editStep(i int) tea.Cmd {
	if i < 0 || i >= len(m.steps) {
		return nil
	}
	m.returnToReview = true
	return m.enterStep(i)
}

// --- update ---

// Update handles every message; slow work (rendering, clipboard, files) is
// started as commands whose results come back as messages. The model is used
// through a pointer: copying it into an interface on every message allocated
// more than the rest of a keystroke.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = msg.Width, msg.Height
		m.layout()
		return m, m.schedulePreview()
	case tea.BackgroundColorMsg:
		m.setStyles(msg.IsDark())
		m.refreshPane()
		return m, m.schedulePreview()
	case renderedMsg:
		return m, m.previewRendered(msg)
	case checkedMsg:
		if msg.seq != m.checkSeq {
			return m, nil // the answers or the form changed since
		}
		m.findings.set(msg.findings)
		return m, m.schedulePreview()
	case copiedMsg:
		m.setStatus(msg.describe(), msg.err != nil && !msg.osc52)
		return m, nil
	case savedMsg:
		return m, m.saveDone(msg)
	case draftTickMsg:
		if msg.seq != m.draftSeq || m.opts.Drafts == nil {
			return m, nil // more typing came since; a later tick writes
		}
		store := m.opts.Drafts
		return m, func() tea.Msg { return draftWrittenMsg{err: store.Flush()} }
	case draftWrittenMsg:
		if msg.err != nil {
			m.setStatus("Could not autosave your answers: "+model.Printable(msg.err.Error()), true)
		}
		return m, nil
	case draftsListedMsg:
		m.draftList = msg.drafts
		m.draftChoice = 0
		m.mode = modeDraftList
		return m, nil
	case freshStartMsg:
		m.mode = modeWelcome
		switch {
		case msg.err != nil:
			m.setStatus(msg.err.Error(), true)
		case msg.backup != "":
			m.setStatus("Starting fresh. Your earlier draft stays in "+msg.backup+".", false)
		}
		return m, nil
	case tea.PasteMsg:
		return m, m.paste(msg)
	case tea.KeyPressMsg:
		return m, m.handleKey(msg)
	}
	return m, m.forward(msg)
}

// forward passes other messages (cursor blinks and the like) to the focused widget.
func (m *Model) forward(msg tea.Msg) tea.Cmd {
	switch m.mode {
	case modeStep:
		if len(m.editors) > 0 {
			return m.updateFocused(msg)
		}
	case modeSave:
		var cmd tea.Cmd
		m.saveInput, cmd = m.saveInput.Update(msg)
		return cmd
	}
	return nil
}

func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	if m.opts.crashKey != "" && msg.String() == m.opts.crashKey {
		panic("test crash requested")
	}
	if key.Matches(msg, m.keys.Quit) {
		if m.mode == modeConfirmQuit || !m.dirty {
			return tea.Quit
		}
		m.prevMode, m.mode = m.mode, modeConfirmQuit
		return nil
	}
	switch m.mode {
	case modeWelcome:
		switch {
		case key.Matches(msg, m.keys.Next):
			return m.enterStep(0)
		case key.Matches(msg, m.keys.QuitReview), key.Matches(msg, m.keys.Back):
			return tea.Quit
		}
	case modeStep:
		return m.stepKey(msg)
	case modeReview:
		return m.reviewKey(msg)
	case modePickStep:
		return m.pickKey(msg)
	case modeSave:
		return m.saveKey(msg)
	case modeConfirmOverwrite:
		switch {
		case key.Matches(msg, m.keys.Yes):
			m.mode = modeSave
			return m.saveCmd(m.savePath, true)
		case key.Matches(msg, m.keys.No):
			m.mode = modeSave
			m.saveErr = "Not replaced. Choose another name, or esc to cancel."
		}
	case modeConfirmQuit:
		switch {
		case key.Matches(msg, m.keys.Yes):
			return tea.Quit
		case key.Matches(msg, m.keys.No):
			m.mode = m.prevMode
		}
	case modeDraftChoice, modeDraftList:
		return m.draftKey(msg)
	}
	return nil
}

// draftChoices are the options offered when an unfinished draft exists.
func (m Model) draftChoices() []string {
	if m.mode == modeDraftList {
		out := make([]string, len(m.draftList))
		for i, d := range m.draftList {
			out[i] = d.Label(m.cat)
		}
		return out
	}
	return []string{
		"Resume it",
		"Start fresh (the draft is kept as a dated backup)",
		"List all drafts",
	}
}

func (m *Model) draftKey(msg tea.KeyPressMsg) tea.Cmd {
	n := len(m.draftChoices())
	switch {
	case n == 0 || key.Matches(msg, m.keys.Back) && m.mode == modeDraftList:
		m.mode, m.draftChoice = modeDraftChoice, 0
	case key.Matches(msg, m.keys.Up):
		m.draftChoice = (m.draftChoice - 1 + n) % n
	case key.Matches(msg, m.keys.Down):
		m.draftChoice = (m.draftChoice + 1) % n
	case key.Matches(msg, m.keys.Next):
		if m.mode == modeDraftList {
			return m.resume(m.draftList[m.draftChoice])
		}
		store := m.opts.Drafts
		switch m.draftChoice {
		case 0:
			return m.resume(*m.opts.Offer)
		case 1:
			return func() tea.Msg { return freshStartMsg{backup: m.opts.Offer.Path} }
		default:
			return func() tea.Msg { return draftsListedMsg{drafts: store.List()} }
		}
	}
	return nil
}

// resume continues a draft where it was left.
func (m *Model) resume(d draft.Draft) tea.Cmd {
	if err := m.opts.Drafts.Resume(d); err != nil {
		m.mode = modeWelcome
		m.setStatus(model.Printable(err.Error()), true)
		return nil
	}
	m.answers = d.Answers
	maps.Copy(m.pending, d.Typed)
	m.dirty = true
	m.reassemble()
	m.setStatus("Resumed your draft from "+d.Saved.Local().Format("2 Jan 15:04")+".", false)
	if i := model.StepIndex(d.Step); i >= 0 {
		return m.enterStep(i)
	}
	return m.enterReview()
}

func (m *Model) stepKey(msg tea.KeyPressMsg) tea.Cmd {
	e := m.editors[m.focus]
	isText := !e.isList()
	switch {
	case key.Matches(msg, m.keys.Back):
		return m.back()
	case key.Matches(msg, m.keys.Next):
		if m.focus < len(m.editors)-1 {
			return m.moveFocus(1)
		}
		return m.confirmStep()
	case key.Matches(msg, m.keys.NextField):
		return m.moveFocus(1)
	case key.Matches(msg, m.keys.PrevField):
		if m.focus == 0 {
			return m.back()
		}
		return m.moveFocus(-1)
	// In a text field ? is text; f1 still opens the help.
	case key.Matches(msg, m.keys.Help) && (!isText || msg.String() != "?"):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return nil
	case isText && e.field.Kind != model.LongText && e.field.Kind != model.Lines &&
		(key.Matches(msg, m.keys.Up) || key.Matches(msg, m.keys.Down)):
		if key.Matches(msg, m.keys.Up) {
			return m.moveFocus(-1)
		}
		return m.moveFocus(1)
	}
	return m.updateFocused(msg)
}

// updateFocused passes a message to the focused editor and stores the answer
// if it changed.
func (m *Model) updateFocused(msg tea.Msg) tea.Cmd {
	changed, cmd := m.editors[m.focus].Update(msg)
	if changed {
		return tea.Batch(cmd, m.applyFocused())
	}
	return cmd
}

func (m *Model) moveFocus(delta int) tea.Cmd {
	if len(m.editors) == 0 {
		return nil
	}
	m.focus = (m.focus + delta + len(m.editors)) % len(m.editors)
	m.layout()
	return m.focusEditor()
}

func (m *Model) back() tea.Cmd {
	if m.returnToReview {
		return m.enterReview()
	}
	if m.step == 0 {
		m.mode = modeWelcome
		return nil
	}
	cmd := m.enterStep(m.step - 1)
	m.focus = len(m.editors) - 1
	return tea.Batch(cmd, m.focusEditor())
}

func (m *Model) reviewKey(msg tea.KeyPressMsg) tea.Cmd {
	if key.Matches(msg, m.keys.Findings) {
		m.findings.focused = !m.findings.focused && len(m.findings.items) > 0
		m.layout()
		return m.schedulePreview()
	}
	if m.findings.focused {
		switch {
		case key.Matches(msg, m.keys.Up):
			m.findings.move(-1)
		case key.Matches(msg, m.keys.Down):
			m.findings.move(1)
		case key.Matches(msg, m.keys.Next):
			if f, ok := m.findings.selected(); ok {
				if i := model.StepIndex(f.Step); i >= 0 {
					return m.editStep(i)
				}
				m.setStatus("This finding has no single step to fix it: "+f.Fix, true)
			}
		case key.Matches(msg, m.keys.Back):
			m.findings.focused = false
			m.layout()
		}
		return nil
	}
	switch {
	case key.Matches(msg, m.keys.Copy):
		m.setStatus("Copying…", false)
		return copyCmd(m.markdown(), m.opts.NativeClipboard)
	case key.Matches(msg, m.keys.Save):
		return m.openSave(saveMarkdown)
	case key.Matches(msg, m.keys.SaveAnswers):
		return m.openSave(saveAnswers)
	case key.Matches(msg, m.keys.Form):
		m.short = !m.short
		m.reassemble()
		m.viewport.GotoTop()
		return m.recheck()
	case key.Matches(msg, m.keys.Edit):
		m.mode = modePickStep
		m.picker = 0
		return nil
	case key.Matches(msg, m.keys.EditStep):
		return m.editStep(int(msg.String()[0] - '1'))
	case key.Matches(msg, m.keys.Back):
		return m.editStep(len(m.steps) - 1)
	case key.Matches(msg, m.keys.Help):
		m.help.ShowAll = !m.help.ShowAll
		m.layout()
		return nil
	case key.Matches(msg, m.keys.QuitReview):
		if !m.dirty {
			return tea.Quit
		}
		m.prevMode, m.mode = m.mode, modeConfirmQuit
		return nil
	}
	var cmd tea.Cmd
	m.viewport, cmd = m.viewport.Update(msg)
	m.refreshPane()
	return cmd
}

func (m *Model) pickKey(msg tea.KeyPressMsg) tea.Cmd {
	switch {
	case key.Matches(msg, m.keys.Up):
		m.picker = max(m.picker-1, 0)
	case key.Matches(msg, m.keys.Down):
		m.picker = min(m.picker+1, len(m.steps)-1)
	case key.Matches(msg, m.keys.Next):
		return m.editStep(m.picker)
	case key.Matches(msg, m.keys.Back), key.Matches(msg, m.keys.QuitReview):
		m.mode = modeReview
	}
	return nil
}

func (m *Model) paste(msg tea.PasteMsg) tea.Cmd {
	switch m.mode {
	case modeStep:
		e := m.editors[m.focus]
		if (e.field.Kind == model.Text || e.field.Kind == model.Integer || e.field.Kind == model.Money) && model.HasExtraLines(msg.Content) {
			msg.Content = strings.SplitN(strings.TrimSpace(strings.ReplaceAll(msg.Content, "\r\n", "\n")), "\n", 2)[0]
			m.setStatus("Pasted the first line only: this field holds one line.", true)
		}
		return m.updateFocused(msg)
	case modeSave:
		return m.forward(msg)
	}
	return nil
}

func (m *Model) setStatus(s string, isError bool) {
	m.status, m.statusError = s, isError
}

// --- layout and view ---

func (m Model) wide() bool { return m.width >= wideWidth }

func (m Model) formWidth() int {
	if m.wide() {
		return formWidthWide
	}
	return m.width - 2
}

// previewWidth is the width the glamour preview is rendered for, or 0 when the
// current screen shows no preview.
func (m Model) previewWidth() int {
	switch m.mode {
	case modeReview, modePickStep, modeSave, modeConfirmOverwrite, modeConfirmQuit:
		if m.wide() {
			return min(m.width-findingsWidth-6, maxReviewWidth)
		}
		return min(m.width-2, maxReviewWidth)
	case modeStep:
		if m.wide() {
			return m.width - formWidthWide - 6
		}
	}
	return 0
}

func (m *Model) layout() {
	m.help.SetWidth(m.width - 2)
	bodyHeight := m.bodyHeight()
	if pw := m.previewWidth(); pw > 0 {
		m.viewport.SetWidth(pw)
		h := bodyHeight
		if m.mode != modeStep && !m.wide() {
			h-- // the findings summary line
		}
		m.viewport.SetHeight(max(h, 1))
	}
	listRows := bodyHeight - 6 - len(m.editors)
	for _, e := range m.editors {
		e.SetWidth(m.formWidth()-2, listRows)
	}
	// Redraw the pane only when its size or frame changed: moving focus or
	// typing must not re-measure the whole preview.
	if m.currentPaneLayout() != m.paneFor || m.pane == "" {
		m.refreshPane()
	}
}

// bodyHeight is what is left between the header and the footer.
func (m Model) bodyHeight() int {
	return max(m.height-2-lipgloss.Height(m.footer()), 3)
}

func (m Model) helpKeys() contextHelp {
	k := m.keys
	switch m.mode {
	case modeWelcome:
		return contextHelp{short: []key.Binding{k.Next, k.Quit}}
	case modeDraftChoice, modeDraftList:
		return contextHelp{short: []key.Binding{k.Up, k.Down, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "choose")), k.Quit}}
	case modeReview:
		if m.findings.focused {
			return contextHelp{short: []key.Binding{k.Up, k.Down, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "fix it")), k.Findings}}
		}
		short := []key.Binding{k.Copy, k.Save, k.Edit, k.Findings, k.SaveAnswers, k.Form, k.QuitReview, k.Help}
		return contextHelp{short: short, keep: 2, full: [][]key.Binding{
			{k.Copy, k.Save, k.SaveAnswers, k.Form},
			{k.Edit, k.EditStep, k.Findings, k.Back},
			{k.Up, k.Down, k.PageUp, k.PageDown},
			{k.QuitReview, k.Quit},
		}}
	case modePickStep:
		return contextHelp{short: []key.Binding{k.Up, k.Down, key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "edit")), k.Back}}
	case modeSave:
		return contextHelp{short: []key.Binding{key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", "save")), key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "cancel"))}}
	case modeConfirmOverwrite, modeConfirmQuit:
		return contextHelp{short: []key.Binding{k.Yes, k.No}}
	}
	short := []key.Binding{k.Next, k.Back}
	helpKey := k.Help
	if len(m.editors) > 0 {
		e := m.editors[m.focus]
		switch e.field.Kind {
		case model.Multi, model.Cycle:
			short = append(short, k.Toggle)
		case model.LongText, model.Lines:
			short = append(short, k.Newline)
		}
		if len(m.editors) > 1 {
			short = append(short, k.NextField)
		}
		if e.isList() {
			short = append(short, k.Up, k.Down)
		} else {
			helpKey = k.HelpInText
		}
	}
	short = append(short, k.Quit, helpKey)
	return contextHelp{short: short, keep: 2, full: [][]key.Binding{
		{k.Next, k.NextField, k.PrevField, k.Back},
		{k.Toggle, k.Up, k.Down, k.Newline},
		{k.Quit, helpKey},
	}}
}

func (m Model) footer() string {
	var lines []string
	if m.status != "" {
		style := m.styles.Status
		if m.statusError {
			style = m.styles.Warning
		}
		lines = append(lines, style.Render(ansi.Truncate(m.status, m.width-2, "…")))
	}
	if m.help.ShowAll {
		lines = append(lines, m.help.View(m.helpKeys()))
	} else {
		lines = append(lines, m.helpKeys().shortView(m.help, m.width-2))
	}
	return strings.Join(lines, "\n")
}

// View draws the current screen. It only formats state: the glamour preview
// was rendered earlier, in a command.
func (m *Model) View() tea.View {
	v := tea.NewView(m.render())
	v.AltScreen = true
	v.WindowTitle = "amjd"
	return v
}

func (m Model) render() string {
	if m.width < minWidth || m.height < minHeight {
		msg := fmt.Sprintf("Make the window larger: amjd needs at least %d×%d (now %d×%d).", minWidth, minHeight, m.width, m.height)
		return lipgloss.Place(m.width, m.height, lipgloss.Center, lipgloss.Center, wrap(msg, max(m.width-2, 10)))
	}
	var body string
	switch m.mode {
	case modeWelcome:
		body = m.welcomeView()
	case modeDraftChoice, modeDraftList:
		body = m.draftView()
	case modeStep:
		body = m.stepView()
	default:
		body = m.reviewView()
	}
	footer := m.footer()
	// Assembled line by line: styling the whole screen again with lipgloss
	// measured every cell of the preview on each frame.
	lines := []string{m.headerView(), ""}
	lines = append(lines, fitLines(body, max(m.height-2-lipgloss.Height(footer), 3))...)
	lines = append(lines, strings.Split(footer, "\n")...)
	for i, l := range lines {
		lines[i] = " " + l
	}
	return strings.Join(lines, "\n")
}

// fitLines cuts or pads text to exactly h lines.
func fitLines(s string, h int) []string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	if len(lines) > h {
		return lines[:h]
	}
	for len(lines) < h {
		lines = append(lines, "")
	}
	return lines
}

// sideBySide puts right beside left, whose lines are cut or padded to width
// cells; only the narrow left column is measured.
func sideBySide(left string, width int, gap, right string) string {
	l := strings.Split(left, "\n")
	r := strings.Split(right, "\n")
	out := make([]string, max(len(l), len(r)))
	for i := range out {
		var a string
		if i < len(l) {
			a = ansi.Truncate(l[i], width, "…")
		}
		if pad := width - ansi.StringWidth(a); pad > 0 {
			a += strings.Repeat(" ", pad)
		}
		if i < len(r) {
			a += gap + r[i]
		}
		out[i] = a
	}
	return strings.Join(out, "\n")
}

func (m Model) headerView() string {
	left := m.styles.Header.Render("amjd")
	right := ""
	mode := m.mode
	if mode == modeConfirmQuit {
		mode = m.prevMode // the question is asked over the screen it came from
	}
	switch mode {
	case modeStep:
		right = fmt.Sprintf("Step %d of %d", m.step+1, len(m.steps))
	case modeReview, modePickStep, modeSave, modeConfirmOverwrite:
		form := "full posting"
		if m.short {
			form = "short form"
		}
		right = fmt.Sprintf("Review · %s · %d words", form, model.WordCount(m.markdown()))
	}
	gap := max(m.width-2-lipgloss.Width(left)-lipgloss.Width(right), 1)
	return left + strings.Repeat(" ", gap) + m.styles.Progress.Render(right)
}

func (m Model) welcomeView() string {
	s := m.styles
	steps := len(m.steps)
	lines := []string{
		s.Title.Render("Write a tailored Account Manager job description."),
		"",
		wrap(fmt.Sprintf("%d short steps, about five minutes. Each has a sensible default, so enter moves you on; "+
			"at the end you review the posting, copy it or save it.", steps), m.width-4),
		"",
		s.Help.Render("Press enter to start."),
	}
	return strings.Join(append(lines, m.startNotice()...), "\n")
}

// startNotice shows a start-up notice (a damaged draft) on the first screen.
// It can be long (a path and a parse error), so it is wrapped here rather
// than cut off in the one-line status.
func (m Model) startNotice() []string {
	if m.opts.Notice == "" {
		return nil
	}
	return []string{"", m.styles.Notice.Render(wrap("ℹ "+m.opts.Notice, m.width-4))}
}

func (m Model) draftView() string {
	s := m.styles
	title := "You have an unfinished draft"
	sub := ""
	if m.opts.Offer != nil {
		sub = m.opts.Offer.Label(m.cat)
	}
	if m.mode == modeDraftList {
		title, sub = "Your drafts", "Enter resumes the one selected; esc goes back."
		if len(m.draftList) == 0 {
			sub = "No drafts could be read."
		}
	}
	lines := []string{s.Title.Render(title), s.Why.Render(wrap(sub, m.width-4)), ""}
	for i, c := range m.draftChoices() {
		if i == m.draftChoice {
			lines = append(lines, s.Cursor.Render("❯ ")+s.Selected.Render(ansi.Truncate(c, m.width-6, "…")))
		} else {
			lines = append(lines, "  "+s.Option.Render(ansi.Truncate(c, m.width-6, "…")))
		}
	}
	return strings.Join(append(lines, m.startNotice()...), "\n")
}

func (m Model) stepView() string {
	s := m.styles
	step := m.steps[m.step]
	fw := m.formWidth()
	var b strings.Builder
	b.WriteString(s.Title.Render(step.Title) + "\n")
	b.WriteString(s.Why.Render(wrap(step.Why, fw)) + "\n\n")
	for i, e := range m.editors {
		b.WriteString(e.Render(fw, i == m.focus) + "\n")
	}
	if notice := step.For(m.cat, m.answers).Notice; notice != "" {
		b.WriteString("\n" + s.Notice.Render(wrap("ℹ "+notice, fw)) + "\n")
	}
	if m.blockMsg != "" {
		b.WriteString("\n" + s.Error.Render(wrap(m.blockMsg, fw)) + "\n")
		if step.ID == "variant" {
			b.WriteString(s.Help.Render("Move to another role with ↑/↓.") + "\n")
		}
	}
	if m.warnMsg != "" {
		b.WriteString("\n" + s.Warning.Render(wrap("! "+m.warnMsg, fw)) + "\n")
	}
	form := b.String()
	if !m.wide() {
		return form
	}
	return sideBySide(form, fw, "  ", m.previewView())
}

func (m Model) previewView() string { return m.pane }

// paneLayout is what the drawn pane depends on besides the preview itself.
type paneLayout struct {
	width, height int
	border        bool
}

func (m Model) currentPaneLayout() paneLayout {
	return paneLayout{m.viewport.Width(), m.viewport.Height(), m.mode == modeStep}
}

// refreshPane redraws the cached preview pane.
func (m *Model) refreshPane() {
	m.paneFor = m.currentPaneLayout()
	if m.previewWidth() <= 0 {
		m.pane = ""
		return
	}
	pane := m.styles.Help.Render("Rendering the preview…")
	if m.preview.shown.markdown != "" {
		pane = m.viewport.View()
	}
	if m.mode == modeStep {
		pane = m.styles.PreviewBorder.Render(pane)
	}
	m.pane = pane
}

func (m Model) reviewView() string {
	s := m.styles
	switch m.mode {
	case modePickStep:
		var b strings.Builder
		b.WriteString(s.Title.Render("Edit which step?") + "\n\n")
		for i, st := range m.steps {
			line := fmt.Sprintf("%2d. %s", i+1, st.Title)
			if i == m.picker {
				b.WriteString(s.Cursor.Render("❯ ") + s.Selected.Render(line) + "\n")
			} else {
				b.WriteString("  " + s.Option.Render(line) + "\n")
			}
		}
		return b.String()
	case modeSave, modeConfirmOverwrite:
		what := "Save the posting (Markdown) as:"
		if m.saveKind == saveAnswers {
			what = "Save your answers (YAML, for amjd --answers) as:"
		}
		lines := []string{s.Title.Render(what), "", m.saveInput.View()}
		if m.mode == modeConfirmOverwrite {
			lines = append(lines, "", s.Warning.Render(wrap(m.savePath+" already exists. Replace it? (y/n)", m.width-8)))
		}
		if m.saveErr != "" {
			lines = append(lines, "", s.Error.Render(wrap(m.saveErr, m.width-8)))
		}
		return s.Dialog.Width(min(m.width-4, 90)).Render(strings.Join(lines, "\n"))
	case modeConfirmQuit:
		msg := "You have changes that are not saved.\nQuit anyway? (y/n)"
		if m.opts.Drafts.Path() != "" {
			msg = "The posting is not saved yet. Your answers are kept\nas a draft, offered when you start amjd again.\nQuit now? (y/n)"
		}
		return s.Dialog.Render(msg)
	}
	if m.wide() {
		panel := m.findings.Render(&m.styles, findingsWidth, m.bodyHeight())
		return sideBySide(m.previewView(), m.previewWidth(), "  ", s.PreviewBorder.Render(panel))
	}
	if m.findings.focused {
		return m.findings.Render(&m.styles, m.width-2, m.bodyHeight())
	}
	return m.findingsBar() + "\n" + m.previewView()
}

// findingsBar is the one-line summary of findings above a narrow review.
func (m Model) findingsBar() string {
	s := m.styles
	e, w, _ := model.Count(m.findings.items)
	if e+w == 0 {
		return s.Status.Render("✓ Quality check: nothing to fix.")
	}
	bar := "Quality check: " + model.Summary(m.findings.items) + " · tab to see them"
	if e > 0 {
		return s.Error.Render("✗ " + bar)
	}
	return s.Warning.Render("! " + bar)
}
