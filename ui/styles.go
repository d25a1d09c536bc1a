package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textarea"
	"charm.land/bubbles/v2/textinput"
	"charm.land/lipgloss/v2"
)

// Styles is every style the wizard uses, the bubbles components' included,
// chosen once for the terminal background.
type Styles struct {
	Dark bool

	// The bubbles components. Cursors do not blink: a blinking cursor
	// redraws the screen twice a second for nothing and makes snapshots
	// depend on timing.
	HelpBar   help.Styles
	TextInput textinput.Styles
	TextArea  textarea.Styles

	App      lipgloss.Style
	Header   lipgloss.Style
	Progress lipgloss.Style
	Title    lipgloss.Style
	Why      lipgloss.Style

	Label        lipgloss.Style
	FocusedLabel lipgloss.Style
	Summary      lipgloss.Style
	Placeholder  lipgloss.Style
	Help         lipgloss.Style

	Cursor   lipgloss.Style
	Option   lipgloss.Style
	Selected lipgloss.Style
	Checked  lipgloss.Style

	Error   lipgloss.Style
	Warning lipgloss.Style
	Notice  lipgloss.Style
	Status  lipgloss.Style

	PreviewBorder lipgloss.Style
	Dialog        lipgloss.Style
}

// NewStyles builds the styles for a dark or light background.
func NewStyles(dark bool) Styles {
	c := lipgloss.LightDark(dark)
	accent := c(lipgloss.Color("#5A3FC0"), lipgloss.Color("#B9A6FF"))
	muted := c(lipgloss.Color("#6B6B6B"), lipgloss.Color("#9A9A9A"))
	text := c(lipgloss.Color("#1A1A1A"), lipgloss.Color("#EDEDED"))
	red := c(lipgloss.Color("#B00020"), lipgloss.Color("#FF6B7A"))
	amber := c(lipgloss.Color("#8A5A00"), lipgloss.Color("#FFC857"))
	green := c(lipgloss.Color("#1B7F3B"), lipgloss.Color("#6BE28C"))
	border := c(lipgloss.Color("#C8C8C8"), lipgloss.Color("#4A4A4A"))

	input := textinput.DefaultStyles(dark)
	input.Cursor.Blink = false
	area := textarea.DefaultStyles(dark)
	area.Cursor.Blink = false
	// The default prompt (the bar left of the text) is light grey on both
	// backgrounds: invisible on a light one.
	area.Focused.Prompt = lipgloss.NewStyle().Foreground(accent)
	area.Blurred.Prompt = lipgloss.NewStyle().Foreground(border)
	area.Focused.Placeholder = lipgloss.NewStyle().Foreground(muted)
	area.Blurred.Placeholder = area.Focused.Placeholder
	return Styles{
		Dark:      dark,
		HelpBar:   help.DefaultStyles(dark),
		TextInput: input,
		TextArea:  area,

		App:      lipgloss.NewStyle().Padding(0, 1),
		Header:   lipgloss.NewStyle().Bold(true).Foreground(accent),
		Progress: lipgloss.NewStyle().Foreground(muted),
		Title:    lipgloss.NewStyle().Bold(true).Foreground(text),
		Why:      lipgloss.NewStyle().Foreground(muted).Italic(true),

		Label:        lipgloss.NewStyle().Foreground(muted),
		FocusedLabel: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Summary:      lipgloss.NewStyle().Foreground(text),
		Placeholder:  lipgloss.NewStyle().Foreground(muted),
		Help:         lipgloss.NewStyle().Foreground(muted),

		Cursor:   lipgloss.NewStyle().Foreground(accent).Bold(true),
		Option:   lipgloss.NewStyle().Foreground(text),
		Selected: lipgloss.NewStyle().Foreground(accent).Bold(true),
		Checked:  lipgloss.NewStyle().Foreground(green),

		Error:   lipgloss.NewStyle().Foreground(red),
		Warning: lipgloss.NewStyle().Foreground(amber),
		Notice:  lipgloss.NewStyle().Foreground(accent),
		Status:  lipgloss.NewStyle().Foreground(green),

		PreviewBorder: lipgloss.NewStyle().Border(lipgloss.NormalBorder(), false, false, false, true).BorderForeground(border).PaddingLeft(1),
		Dialog:        lipgloss.NewStyle().Border(lipgloss.RoundedBorder()).BorderForeground(accent).Padding(0, 1),
	}
}

// menuLine draws one line of a dialog's menu: the cursor and the selected
// style on the line chosen, the option style on the others.
func (s *Styles) menuLine(label string, chosen bool) string {
	if chosen {
		return s.Cursor.Render("❯ ") + s.Selected.Render(label)
	}
	return "  " + s.Option.Render(label)
}
