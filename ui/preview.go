package ui

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// previewSpec is what a screen wants in its preview pane: the Markdown, the
// width to render it for and the pane's height. A zero width means none.
type previewSpec struct {
	markdown      string
	width, height int
	border        bool
	// anchor is a heading to bring into view when it changes (the section
	// the step being answered writes); topAnchor brings the top.
	anchor string
	// hold keeps what the pane shows and starts no render: the Markdown is
	// about to change.
	hold bool
}

// topAnchor asks for the preview to open at its top (the review does).
const topAnchor = "\x00top"

// previewKey is everything a glamour render depends on.
type previewKey struct {
	markdown string
	width    int
	style    string
}

// renderedMsg carries a finished render back to Update.
type renderedMsg struct {
	key previewKey
	out string
	err error
}

// previewPane shows the glamour preview in a viewport and keeps glamour off
// the input path: at most one render runs at a time, results for content
// that has since changed are only cached, and a small cache makes toggling
// back and forth (full/short, resizes) instant.
type previewPane struct {
	want     previewKey
	shown    previewKey
	inflight bool
	cache    map[previewKey]string
	order    []previewKey

	viewport viewport.Model
	// pane is the preview as drawn (viewport window plus border), rebuilt when
	// the preview, its scroll position or the layout changes, not every frame.
	pane    string
	paneFor paneLayout
	styles  *Styles
	// anchor is the heading last asked for; jump is set until the preview
	// showing it has been scrolled there.
	anchor string
	jump   bool
}

// paneLayout is what the drawn pane depends on besides the preview itself.
type paneLayout struct {
	width, height int
	border, dark  bool
}

// previewCacheSize keeps the renders for a few widths and both forms: each
// is 60-90 KB of styled text, so a larger cache costs more than it saves.
const previewCacheSize = 4

func newPreviewPane() *previewPane {
	return &previewPane{cache: map[previewKey]string{}, viewport: viewport.New()}
}

func (p *previewPane) remember(k previewKey, out string) {
	if _, ok := p.cache[k]; ok {
		return
	}
	if len(p.order) == previewCacheSize {
		delete(p.cache, p.order[0])
		p.order = p.order[1:]
	}
	p.cache[k] = out
	p.order = append(p.order, k)
}

// sync sizes the pane for spec and asks for its render. It returns a render
// command only when nothing is rendering and the result is not cached.
func (p *previewPane) sync(spec previewSpec, styles *Styles) tea.Cmd {
	p.styles = styles
	if spec.width <= 0 {
		p.pane, p.paneFor = "", paneLayout{}
		return nil
	}
	p.viewport.SetWidth(spec.width)
	p.viewport.SetHeight(max(spec.height, 1))
	if layout := (paneLayout{spec.width, max(spec.height, 1), spec.border, styles.Dark}); layout != p.paneFor || p.pane == "" {
		p.paneFor = layout
		p.redraw()
	}
	if spec.anchor != p.anchor {
		p.anchor, p.jump = spec.anchor, spec.anchor != ""
	}
	if spec.hold {
		return nil
	}
	p.want = previewKey{markdown: spec.markdown, width: spec.width, style: GlamourStyle(styles.Dark)}
	if out, ok := p.cache[p.want]; ok {
		p.show(p.want, out)
		return nil
	}
	if p.inflight {
		return nil // rendered starts the next one
	}
	p.inflight = true
	k := p.want
	return func() tea.Msg {
		out, err := RenderMarkdown(k.markdown, k.width, k.style)
		return renderedMsg{key: k, out: out, err: err}
	}
}

// rendered takes a finished render: shown if it is still the one wanted,
// cached either way.
func (p *previewPane) rendered(msg renderedMsg) error {
	p.inflight = false
	if msg.err != nil {
		return msg.err
	}
	p.remember(msg.key, msg.out)
	if msg.key == p.want {
		p.show(msg.key, msg.out)
	}
	return nil
}

func (p *previewPane) show(k previewKey, out string) {
	if p.shown == k && !p.jump {
		return
	}
	if p.shown != k {
		sameDoc := p.shown.markdown != "" && p.shown.width == k.width
		p.shown = k
		offset := p.viewport.YOffset()
		p.viewport.SetContent(out)
		if sameDoc {
			p.viewport.SetYOffset(offset) // keep the reader's place while answers change
		}
	}
	if p.jump {
		p.jump = false
		p.scrollTo(out, p.anchor)
	}
	p.redraw()
}

// scrollTo brings the line of the rendered preview that shows heading to
// the top of the pane.
func (p *previewPane) scrollTo(rendered, heading string) {
	if heading == topAnchor {
		p.viewport.GotoTop()
		return
	}
	for i, line := range strings.Split(rendered, "\n") {
		if strings.Contains(ansi.Strip(line), heading) {
			p.viewport.SetYOffset(max(i-1, 0))
			return
		}
	}
}

// scrollBy moves the preview by n lines (negative: up).
func (p *previewPane) scrollBy(n int) {
	if n < 0 {
		p.viewport.ScrollUp(-n)
	} else {
		p.viewport.ScrollDown(n)
	}
	p.redraw()
}

// scroll passes a key to the viewport (arrows, page up and down).
func (p *previewPane) scroll(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.viewport, cmd = p.viewport.Update(msg)
	p.redraw()
	return cmd
}

func (p *previewPane) top() {
	p.viewport.GotoTop()
	p.redraw()
}

func (p *previewPane) bottom() {
	p.viewport.GotoBottom()
	p.redraw()
}

// redraw rebuilds the cached pane.
func (p *previewPane) redraw() {
	if p.paneFor.width <= 0 || p.styles == nil {
		p.pane = ""
		return
	}
	pane := p.styles.Help.Render("Rendering the preview…")
	if p.shown.markdown != "" {
		pane = p.viewport.View()
	}
	if p.paneFor.border {
		pane = p.styles.PreviewBorder.Render(pane)
	}
	p.pane = pane
}

func (p *previewPane) view() string { return p.pane }
