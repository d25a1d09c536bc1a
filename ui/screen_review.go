package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"amjd/model/checker"
	"amjd/model/flow"
)

// reviewScreen shows the posting rendered by glamour with its quality
// findings beside it (or a summary above it on a narrow terminal); from here
// the user copies, saves, switches form or edits a step.
type reviewScreen struct {
	app           *app
	findings      findingsPanel
	width, height int
}

func newReviewScreen(a *app) *reviewScreen {
	return &reviewScreen{app: a, width: a.width, height: a.height}
}

func (r *reviewScreen) update(msg tea.Msg) (tea.Cmd, action) {
	if saved, ok := msg.(profileSavedMsg); ok {
		return r.profileSaved(saved)
	}
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	a := r.app
	keys := a.keys.Review
	switch {
	case key.Matches(k, keys.Findings) && !r.findings.focused:
		r.findings.focused = len(a.findings) > 0
		return nil, nil
	case r.findings.focused:
		return r.findingsKey(k)
	case key.Matches(k, keys.Copy):
		a.setStatus("Copying…", false)
		return copyCmd(a.markdown(), a.copied("Markdown"), nil, a.opts.NativeClipboard), nil
	case key.Matches(k, keys.Save):
		return nil, openDialog{newExportDialog(a)}
	case key.Matches(k, keys.SaveAnswers):
		return openSaveDialog(a, saveAnswers)
	case key.Matches(k, keys.Profile):
		return r.saveProfile()
	case key.Matches(k, keys.Kit):
		a.kit = !a.kit
		a.setStatus("", false) // a status about the other document would mislead
		a.reassemble()
		a.preview.ToTop()
		return a.recheck(), nil
	case key.Matches(k, keys.Form):
		if !a.kit { // from the kit, f returns to the posting as it was
			a.short = !a.short
		}
		a.kit = false
		a.reassemble()
		a.preview.ToTop()
		return a.recheck(), nil
	case key.Matches(k, keys.Edit):
		return nil, openDialog{newPickStepDialog(a)}
	case key.Matches(k, keys.EditStep):
		return nil, openStep{index: int(k.String()[0] - '1'), fromReview: true}
	case key.Matches(k, keys.LastStep):
		return nil, openStep{index: len(a.steps) - 1, fromReview: true}
	case key.Matches(k, keys.Quit):
		return nil, quit{confirm: true}
	case key.Matches(k, keys.Top):
		a.preview.ToTop()
		return nil, nil
	case key.Matches(k, keys.Bottom):
		a.preview.ToBottom()
		return nil, nil
	}
	return a.preview.Scroll(msg), nil
}

// findingsKey moves through the findings; enter opens the step that fixes
// the one selected.
func (r *reviewScreen) findingsKey(k tea.KeyPressMsg) (tea.Cmd, action) {
	keys := r.app.keys.Findings
	switch {
	case key.Matches(k, keys.Up):
		r.findings.move(r.app.findings, -1)
	case key.Matches(k, keys.Down):
		r.findings.move(r.app.findings, 1)
	case key.Matches(k, keys.Fix):
		f, ok := r.findings.selected(r.app.findings)
		if !ok {
			return nil, nil
		}
		if i := flow.StepIndex(f.Step); i >= 0 {
			return nil, openStep{index: i, fromReview: true, field: f.Field}
		}
		if f.Severity == checker.Info {
			r.app.setStatus("This is a note: nothing needs fixing.", false)
			return nil, nil
		}
		r.app.setStatus("This finding has no single step to fix it: "+f.Fix, true)
	case key.Matches(k, keys.Close):
		r.findings.focused = false
	}
	return nil, nil
}

func (r *reviewScreen) layout(width, height int) { r.width, r.height = width, height }
func (r *reviewScreen) typing() bool             { return false }
func (r *reviewScreen) restyle()                 {}
func (r *reviewScreen) draftStep() string        { return "review" }

// preview is the posting, its flagged lines marked; beside the findings on
// a wide terminal, under their summary on a narrow one.
func (r *reviewScreen) preview() previewSpec {
	a := r.app
	spec := previewSpec{markdown: markLines(a.markdown(), a.findings), height: r.height, anchor: topAnchor, hold: a.checking()}
	if a.wide() {
		spec.width = min(r.width-findingsWidth-6, maxReviewWidth)
		return spec
	}
	if r.findings.focused {
		return previewSpec{} // the findings take the screen
	}
	spec.width, spec.height = min(r.width-2, maxReviewWidth), r.height-1
	return spec
}

func (r *reviewScreen) progress() string {
	form := "full posting"
	switch {
	case r.app.kit:
		form = "interview kit"
	case r.app.short:
		form = "short form"
	}
	return fmt.Sprintf("Review · %s · %d words", form, r.app.wordCount())
}

func (r *reviewScreen) view() string {
	a := r.app
	s := &a.styles
	if a.wide() {
		panel := r.findings.render(a.findings, s, findingsWidth, r.height)
		if a.checking() {
			panel = s.Title.Render("Quality check") + "\n\n" + s.Help.Render(checkingNote)
		}
		return sideBySide(a.preview.view(), min(r.width-findingsWidth-6, maxReviewWidth), "  ", s.PreviewBorder.Render(panel))
	}
	if r.findings.focused {
		return r.findings.render(a.findings, s, r.width-2, r.height)
	}
	if a.checking() {
		return s.Help.Render("… Quality check: "+checkingNote) + "\n" + a.preview.view()
	}
	return findingsBar(a.findings, s) + "\n" + a.preview.view()
}

// checkingNote stands where the findings go until the check of the posting
// as it now stands returns: never "nothing to fix" before it has.
const checkingNote = "checking the posting as it stands…"

// findingsBar is the one-line summary of findings above a narrow review.
func findingsBar(fs []checker.Finding, s *Styles) string {
	e, w, _ := checker.Count(fs)
	if e+w == 0 {
		return s.Status.Render("✓ Quality check: nothing to fix.")
	}
	bar := "Quality check: " + checker.Summary(fs) + " · tab to see them"
	if e > 0 {
		return s.Error.Render("✗ " + bar)
	}
	return s.Warning.Render("! " + bar)
}

func (r *reviewScreen) helpKeys() contextHelp {
	k, g, f := r.app.keys.Review, r.app.keys.Global, r.app.keys.Findings
	if r.findings.focused {
		return contextHelp{short: []key.Binding{f.Up, f.Down, f.Fix, k.Findings, g.Quit, g.Help}, keep: 2, full: [][]key.Binding{
			{f.Up, f.Down, f.Fix, f.Close},
			{g.Quit, g.Help},
		}}
	}
	short := []key.Binding{k.Copy, k.Save, k.Edit, k.Findings, k.SaveAnswers, k.Form, k.Kit, k.Quit, g.Help}
	return contextHelp{short: short, keep: 2, full: [][]key.Binding{
		{k.Copy, k.Save, k.SaveAnswers, k.Profile, k.Form, k.Kit},
		{k.Edit, k.EditStep, k.Findings, k.LastStep},
		{k.Up, k.Down, k.PageUp, k.PageDown, k.Top, k.Bottom},
		{k.Quit, g.Quit},
	}}
}
