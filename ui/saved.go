package ui

import "amjd/ui/internal/saved"

// SavedFile is a file written during the session, for the summary printed
// after exit: what it holds, its path, and what changed since it was written
// when it no longer matches the answers.
type SavedFile = saved.Entry

// Saved lists the files written during the session, in the order they were
// first written; a file written again is listed once, as it is now.
func (m Model) Saved() []SavedFile { return saved.Summary(m.app.saved, m.app.answers) }

// ChangesInDraft is the draft that holds changes made after a file was
// saved, for the summary to say where they are; "" when there are none, or
// drafts are off.
func (m Model) ChangesInDraft() string {
	a := m.app
	if len(a.saved) == 0 || (!a.dirty && len(saved.Stale(a.saved, a.answers)) == 0) {
		return ""
	}
	return a.opts.Drafts.Path()
}
