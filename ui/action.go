package ui

import tea "charm.land/bubbletea/v2"

// action is what a screen or dialog asks the root model to do besides
// running commands: change screen, open or close a dialog, quit. Screens and
// dialogs never change each other; the root does (see Model.do).
type action any

type (
	// openWelcome shows the welcome screen.
	openWelcome struct{}
	// openStep shows step index; fromReview returns to review when the step
	// is done; focusLast focuses its last field (coming back from the next).
	openStep struct {
		index      int
		fromReview bool
		focusLast  bool
		field      string // the field to focus, by key, when a finding names it
	}
	// openReview shows the finished posting.
	openReview struct{}
	// openDialog puts a dialog on top.
	openDialog struct{ dialog dialog }
	// closeDialog removes the dialog on top.
	closeDialog struct{}
	// replaceDialog puts a dialog in place of the one on top (a menu whose
	// choice opens the next question).
	replaceDialog struct{ dialog dialog }
	// quit ends the session; confirm asks first when work is unsaved or a
	// file saved this session is out of date.
	quit struct{ confirm bool }
)

// screen is one full screen of the wizard: welcome, a step, or review.
type screen interface {
	// update handles a key press or a message meant for the screen.
	update(msg tea.Msg) (tea.Cmd, action)
	// view draws the body between the header and the footer.
	view() string
	// progress is the right side of the header ("Step 3 of 13").
	progress() string
	helpKeys() contextHelp
	// layout sizes the screen's widgets for a body of width × height.
	layout(width, height int)
	// preview says what the live preview beside or under the screen shows.
	preview() previewSpec
	// typing is set while ? and letters are text, not commands.
	typing() bool
	restyle()
	// draftStep is where a draft saved now resumes.
	draftStep() string
}

// dialog sits on top of a screen and takes the keys until it closes. It
// draws in the body; the header stays the screen's.
type dialog interface {
	update(msg tea.Msg) (tea.Cmd, action)
	view() string
	helpKeys() contextHelp
}

// do carries out what a screen or dialog asked for.
func (m *Model) do(act action) tea.Cmd {
	a := m.app
	switch act := act.(type) {
	case nil:
		return nil
	case []action:
		var cmds []tea.Cmd
		for _, x := range act {
			cmds = append(cmds, m.do(x))
		}
		return tea.Batch(cmds...)
	case openWelcome:
		m.setScreen(&welcomeScreen{app: a})
	case openStep:
		if act.index < 0 || act.index >= len(a.steps) {
			return nil
		}
		if a.kit { // a step previews the posting it changes
			a.kit = false
			a.reassemble()
		}
		s := newStepScreen(a, act)
		m.setScreen(s)
		var draftCmd tea.Cmd
		if a.dirty {
			draftCmd = a.noteDraft() // remember where the user is
		}
		return tea.Batch(s.focusEditor(), draftCmd)
	case openReview:
		m.setScreen(newReviewScreen(a))
		var draftCmd tea.Cmd
		if a.dirty {
			draftCmd = a.noteDraft() // a draft finished to review resumes there
		}
		return tea.Batch(a.recheck(), draftCmd)
	case openDialog:
		m.dialogs = append(m.dialogs, act.dialog)
	case closeDialog:
		if len(m.dialogs) > 0 {
			m.dialogs = m.dialogs[:len(m.dialogs)-1]
		}
	case replaceDialog:
		if len(m.dialogs) > 0 {
			m.dialogs = m.dialogs[:len(m.dialogs)-1]
		}
		m.dialogs = append(m.dialogs, act.dialog)
	case quit:
		if !act.confirm {
			return tea.Quit
		}
		if d := newQuitDialog(a); d != nil {
			m.dialogs = append(m.dialogs, d)
			return nil
		}
		return tea.Quit
	}
	return nil
}
