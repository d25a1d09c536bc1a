package preview

import (
	"strings"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
)

// Spec is what a screen wants in the pane: the Markdown, the width to render
// it for and the pane's height. A zero width means none.
type Spec struct {
	Markdown      string
	Width, Height int
	Border        bool
	// Anchor is a heading to bring into view when it changes (the section
	// the question being answered writes); Top brings the top. Near is
	// words under it to bring into view too, found with white space ignored.
	Anchor, Near string
	// Hold keeps what the pane shows and starts no render: the Markdown is
	// about to change.
	Hold bool
}

// Top asks for the preview to open at its top (the review does).
const Top = "\x00top"

// Look is how the pane is drawn: the glamour style, the style of the line
// shown while the first render runs, and the border.
type Look struct {
	Style           string
	Waiting, Border lipgloss.Style
}

// Key is everything a glamour render depends on.
type Key struct {
	Markdown string
	Width    int
	Style    string
}

// Rendered carries a finished render back to Update.
type Rendered struct {
	Key Key
	Out string
	Err error
}

// Pane shows the glamour preview in a viewport and keeps glamour off the
// input path: at most one render runs at a time, results for content that
// has since changed are only cached, and a small cache makes toggling back
// and forth (full/short, resizes) instant.
type Pane struct {
	render   func(markdown string, width int, style string) (string, error)
	want     Key
	shown    Key
	inflight bool
	cache    map[Key]string
	order    []Key

	viewport viewport.Model
	// pane is the preview as drawn (viewport window plus border), rebuilt when
	// the preview, its scroll position or the layout changes, not every frame.
	pane    string
	paneFor paneLayout
	look    Look
	// anchor and near are the place last asked for; jump is set until the
	// preview showing it has been scrolled there.
	anchor, near string
	jump         bool
}

// paneLayout is what the drawn pane depends on besides the preview itself.
type paneLayout struct {
	width, height int
	border        bool
	style         string
}

// cacheSize keeps the renders for a few widths and both forms: each is
// 60-90 KB of styled text, so a larger cache costs more than it saves.
const cacheSize = 4

// New is a pane that renders with render (in a command).
func New(render func(markdown string, width int, style string) (string, error)) *Pane {
	return &Pane{render: render, cache: map[Key]string{}, viewport: viewport.New()}
}

func (p *Pane) remember(k Key, out string) {
	if _, ok := p.cache[k]; ok {
		return
	}
	if len(p.order) == cacheSize {
		delete(p.cache, p.order[0])
		p.order = p.order[1:]
	}
	p.cache[k] = out
	p.order = append(p.order, k)
}

// Sync sizes the pane for spec and asks for its render. It returns a render
// command only when nothing is rendering and the result is not cached.
func (p *Pane) Sync(spec Spec, look Look) tea.Cmd {
	p.look = look
	if spec.Width <= 0 {
		p.pane, p.paneFor = "", paneLayout{}
		return nil
	}
	p.viewport.SetWidth(spec.Width)
	p.viewport.SetHeight(max(spec.Height, 1))
	if layout := (paneLayout{spec.Width, max(spec.Height, 1), spec.Border, look.Style}); layout != p.paneFor || p.pane == "" {
		p.paneFor = layout
		p.redraw()
	}
	if spec.Anchor != p.anchor || spec.Near != p.near {
		p.anchor, p.near, p.jump = spec.Anchor, spec.Near, spec.Anchor != ""
	}
	if spec.Hold {
		return nil
	}
	p.want = Key{Markdown: spec.Markdown, Width: spec.Width, Style: look.Style}
	if out, ok := p.cache[p.want]; ok {
		p.show(p.want, out)
		return nil
	}
	if p.inflight {
		return nil // Rendered starts the next one
	}
	p.inflight = true
	k, render := p.want, p.render
	return func() tea.Msg {
		out, err := render(k.Markdown, k.Width, k.Style)
		return Rendered{Key: k, Out: out, Err: err}
	}
}

// Rendered takes a finished render: shown if it is still the one wanted,
// cached either way.
func (p *Pane) Rendered(msg Rendered) error {
	p.inflight = false
	if msg.Err != nil {
		return msg.Err
	}
	p.remember(msg.Key, msg.Out)
	if msg.Key == p.want {
		p.show(msg.Key, msg.Out)
	}
	return nil
}

func (p *Pane) show(k Key, out string) {
	if p.shown == k && !p.jump {
		return
	}
	if p.shown != k {
		sameDoc := p.shown.Markdown != "" && p.shown.Width == k.Width
		p.shown = k
		offset := p.viewport.YOffset()
		p.viewport.SetContent(out)
		if sameDoc {
			p.viewport.SetYOffset(offset) // keep the reader's place while answers change
		} else if p.anchor != "" {
			p.jump = true // wrapped anew: the old offset is somewhere else now
		}
	}
	if p.jump {
		p.jump = false
		p.scrollTo(out)
	}
	p.redraw()
}

// scrollTo brings the place asked for into view (see Offset). It runs only
// when a place is asked for, not for every frame.
func (p *Pane) scrollTo(rendered string) {
	if p.anchor == Top {
		p.viewport.GotoTop()
		return
	}
	if offset, ok := Offset(strings.Split(rendered, "\n"), p.anchor, p.near, p.viewport.Height()); ok {
		p.viewport.SetYOffset(offset)
	}
}

// ScrollBy moves the preview by n lines (negative: up).
func (p *Pane) ScrollBy(n int) {
	if n < 0 {
		p.viewport.ScrollUp(-n)
	} else {
		p.viewport.ScrollDown(n)
	}
	p.redraw()
}

// Scroll passes a key to the viewport (arrows, page up and down).
func (p *Pane) Scroll(msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	p.viewport, cmd = p.viewport.Update(msg)
	p.redraw()
	return cmd
}

// ToTop goes to the start of the preview.
func (p *Pane) ToTop() {
	p.viewport.GotoTop()
	p.redraw()
}

// ToBottom goes to the end of the preview.
func (p *Pane) ToBottom() {
	p.viewport.GotoBottom()
	p.redraw()
}

// redraw rebuilds the cached pane.
func (p *Pane) redraw() {
	if p.paneFor.width <= 0 {
		p.pane = ""
		return
	}
	pane := p.look.Waiting.Render("Rendering the preview…")
	if p.shown.Markdown != "" {
		pane = p.viewport.View()
	}
	if p.paneFor.border {
		pane = p.look.Border.Render(pane)
	}
	p.pane = pane
}

// View is the pane as drawn.
func (p *Pane) View() string { return p.pane }

// Shown is the render the pane shows.
func (p *Pane) Shown() Key { return p.shown }

// Rendering reports whether a render is running.
func (p *Pane) Rendering() bool { return p.inflight }

// Cached lists the renders kept.
func (p *Pane) Cached() []Key { return append([]Key(nil), p.order...) }
