package ui

import (
	"fmt"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/export"
)

// exportChoice is one way out for the posting: saved in a format, or copied.
type exportChoice struct {
	label string
	use   string // where this form goes, shown beside the label
	save  export.Format
	copy  bool // copy in the format rather than save it
}

// exportChoices are listed in the order hiring managers reach for them.
var exportChoices = []exportChoice{
	{label: "Save as Markdown", use: "for editors and sites that take Markdown", save: export.Markdown},
	{label: "Save as plain text", use: "for applicant tracking systems and e-mail", save: export.Text},
	{label: "Save as an HTML page", use: "for a careers page or printing", save: export.HTML},
	{label: "Save as JSON-LD", use: "the schema.org JobPosting job boards read", save: export.JSONLD},
	{label: "Copy as Markdown", save: export.Markdown, copy: true},
	{label: "Copy as plain text", use: "no ** or \\ when pasted into a plain box", save: export.Text, copy: true},
}

// kitChoices are the ways out for the interview kit: JSON-LD describes a
// job posting, so it is not offered.
var kitChoices = []exportChoice{
	{label: "Save as Markdown", use: "for editors and wikis that take Markdown", save: export.Markdown},
	{label: "Save as plain text", use: "to send to the interviewers by e-mail", save: export.Text},
	{label: "Save as an HTML page", use: "to print, one copy per interviewer", save: export.HTML},
	{label: "Copy as Markdown", save: export.Markdown, copy: true},
	{label: "Copy as plain text", use: "no ** or \\ when pasted into a plain box", save: export.Text, copy: true},
}

// exportDialog lists the ways to save or copy the posting (or the interview
// kit); the one chosen opens the save dialog in its format or copies at once.
type exportDialog struct {
	app     *app
	cursor  int
	choices []exportChoice
}

func newExportDialog(a *app) *exportDialog {
	d := &exportDialog{app: a, choices: exportChoices}
	if a.kit {
		d.choices = kitChoices
	}
	return d
}

func (d *exportDialog) update(msg tea.Msg) (tea.Cmd, action) {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil, nil
	}
	switch keys := d.app.keys.Dialog; {
	case key.Matches(k, keys.Up):
		d.cursor = max(d.cursor-1, 0)
	case key.Matches(k, keys.Down):
		d.cursor = min(d.cursor+1, len(d.choices)-1)
	case key.Matches(k, keys.Choose):
		return d.choose(d.choices[d.cursor])
	case key.Matches(k, keys.Back):
		return nil, closeDialog{}
	default:
		// The number in front of a choice picks it at once.
		if n := k.String(); len(n) == 1 && n[0] >= '1' && int(n[0]-'0') <= len(d.choices) {
			return d.choose(d.choices[n[0]-'1'])
		}
	}
	return nil, nil
}

func (d *exportDialog) choose(c exportChoice) (tea.Cmd, action) {
	a := d.app
	if !c.copy {
		cmd, act := openSaveDialog(a, saveTarget{format: c.save, kit: a.kit})
		return cmd, replaceDialog{act.(openDialog).dialog}
	}
	a.setStatus("Copying…", false)
	if c.save == export.Text {
		return copyCmd(a.markdown(), a.copied("plain text"), export.PlainText, a.opts.NativeClipboard), closeDialog{}
	}
	return copyCmd(a.markdown(), a.copied("Markdown"), nil, a.opts.NativeClipboard), closeDialog{}
}

func (d *exportDialog) view() string {
	a := d.app
	s := a.styles
	form := "posting"
	switch {
	case a.kit:
		form = "interview kit"
	case a.short:
		form = "short form"
	}
	var b strings.Builder
	b.WriteString(s.Title.Render("Save or copy the "+form) + "\n\n")
	for i, c := range d.choices {
		label := fmt.Sprintf("%d. %s", i+1, c.label)
		if !c.copy {
			label += " (" + c.save.Extension() + ")"
		}
		b.WriteString(s.menuLine(label, i == d.cursor))
		// The use goes beside the label when it fits, else under it.
		switch {
		case c.use == "":
		case 2+ansi.StringWidth(label)+2+ansi.StringWidth(c.use) <= a.width-2:
			b.WriteString(s.Help.Render("  " + c.use))
		default:
			b.WriteString("\n" + indent(s.Help.Render(wrap(c.use, a.width-8)), "     "))
		}
		b.WriteString("\n")
	}
	return b.String()
}

func (d *exportDialog) helpKeys() contextHelp {
	k := d.app.keys.Dialog
	return contextHelp{short: []key.Binding{k.Up, k.Down, k.Choose, k.Back}}
}
