package ui

import (
	"errors"

	tea "charm.land/bubbletea/v2"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/profile"
	"amjd/safefile"
	"amjd/ui/internal/saved"
)

// profileSavedMsg is the result of saving the company details as the
// profile; existing describes the profile that is there when one is.
type profileSavedMsg struct {
	path     string
	err      error
	existing string
	from     answers.Answers // the company-level answers written
}

// saveProfileCmd writes the company-level answers as the profile, replacing
// one only when overwrite; it reads an existing one to say what it holds.
func saveProfileCmd(a *app, overwrite bool) tea.Cmd {
	path, given, cat := a.opts.ProfilePath, a.answers, a.cat
	return func() tea.Msg {
		err := profile.Save(path, given, overwrite)
		msg := profileSavedMsg{path: path, err: err, from: answers.ProfileOf(given)}
		if exists := (*safefile.ErrExists)(nil); errors.As(err, &exists) {
			msg.existing = "a profile it cannot read"
			if p, ok, err := profile.Load(cat, path, true); err == nil && ok {
				msg.existing = p.Describe()
			}
		}
		return msg
	}
}

// saveProfile starts saving the profile from review.
func (r *reviewScreen) saveProfile() (tea.Cmd, action) {
	a := r.app
	if a.opts.ProfilePath == "" {
		a.setStatus("Company profiles are off in this session (--no-profile, or no config folder).", true)
		return nil, nil
	}
	a.setStatus("Saving the company profile…", false)
	return saveProfileCmd(a, false), nil
}

// profileSaved reports the save, or asks before replacing a profile.
func (r *reviewScreen) profileSaved(msg profileSavedMsg) (tea.Cmd, action) {
	a := r.app
	switch {
	case msg.existing != "":
		a.setStatus("", false)
		return nil, openDialog{&confirmDialog{
			app: a,
			draw: func() string {
				return a.styles.Dialog.Width(min(a.width-4, 90)).Render(wrap("A company profile already exists at "+
					base.Printable(msg.path)+" ("+msg.existing+").\nReplace it with the company details of this posting? (y/n)", min(a.width-8, 86)))
			},
			yes: func() (tea.Cmd, action) { return saveProfileCmd(a, true), closeDialog{} },
			no: func() (tea.Cmd, action) {
				a.setStatus("Kept the company profile as it was.", false)
				return nil, closeDialog{}
			},
		}}
	case msg.err != nil:
		a.setStatus("Could not save the company profile: "+base.Printable(msg.err.Error()), true)
	default:
		a.setStatus("Saved the company details as your profile ("+base.Printable(msg.path)+"): new postings start from them.", false)
		a.saved = saved.Note(a.saved, saved.File{What: "company profile", Path: msg.path, Kind: saved.Profile, From: msg.from})
	}
	return nil, nil
}
