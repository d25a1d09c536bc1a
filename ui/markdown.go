package ui

import (
	"charm.land/glamour/v2"
	"charm.land/glamour/v2/styles"
)

// GlamourStyle names the glamour style for a terminal background.
func GlamourStyle(dark bool) string {
	if dark {
		return styles.DarkStyle
	}
	return styles.LightStyle
}

// RenderMarkdown renders Markdown for a terminal of the given width. It builds
// its own renderer each call: a glamour TermRenderer is not safe to share
// between goroutines, and the wizard renders in background commands.
func RenderMarkdown(markdown string, width int, style string) (string, error) {
	r, err := glamour.NewTermRenderer(
		glamour.WithStandardStyle(style),
		glamour.WithWordWrap(width),
	)
	if err != nil {
		return "", err
	}
	return r.Render(markdown)
}
