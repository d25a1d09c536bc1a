package ui

import (
	tea "charm.land/bubbletea/v2"

	"amjd/ui/internal/preview"
)

// previewSpec is what a screen wants in its preview pane: the Markdown, the
// width to render it for and the pane's height. A zero width means none.
type previewSpec struct {
	markdown      string
	width, height int
	border        bool
	// anchor is a heading to bring into view when it changes (the section
	// the field being answered writes); topAnchor brings the top. near is
	// words under it to bring into view too (where the field's line is, or
	// where it just changed), found with white space ignored.
	anchor, near string
	// hold keeps what the pane shows and starts no render: the Markdown is
	// about to change.
	hold bool
}

// topAnchor asks for the preview to open at its top (the review does).
const topAnchor = preview.Top

type (
	previewKey  = preview.Key
	renderedMsg = preview.Rendered
)

// previewPane is the glamour preview the screens share (package preview:
// renders in commands, a cache, a viewport), rendered by RenderMarkdown.
type previewPane struct{ *preview.Pane }

func newPreviewPane() *previewPane { return &previewPane{preview.New(RenderMarkdown)} }

// sync sizes the pane for spec and asks for its render (in a command).
func (p *previewPane) sync(spec previewSpec, s *Styles) tea.Cmd {
	return p.Sync(preview.Spec{Markdown: spec.markdown, Width: spec.width, Height: spec.height, Border: spec.border,
		Anchor: spec.anchor, Near: spec.near, Hold: spec.hold},
		preview.Look{Style: GlamourStyle(s.Dark), Waiting: s.Help, Border: s.PreviewBorder})
}

func (p *previewPane) scrollBy(n int) { p.ScrollBy(n) }
func (p *previewPane) view() string   { return p.View() }
