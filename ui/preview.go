package ui

import (
	tea "charm.land/bubbletea/v2"
)

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

// previewState keeps glamour off the input path: at most one render runs at a
// time, results for content that has since changed are only cached, and a
// small cache makes toggling back and forth (full/short, resizes) instant.
type previewState struct {
	want     previewKey
	shown    previewKey
	inflight bool
	cache    map[previewKey]string
	order    []previewKey
}

const previewCacheSize = 16

func newPreviewState() previewState {
	return previewState{cache: map[previewKey]string{}}
}

func (p *previewState) remember(k previewKey, out string) {
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

// schedulePreview asks for the preview the current screen needs. It returns a
// render command only when nothing is rendering and the result is not cached.
func (m *Model) schedulePreview() tea.Cmd {
	width := m.previewWidth()
	if width <= 0 {
		return nil
	}
	m.preview.want = previewKey{markdown: m.previewMarkdown(), width: width, style: GlamourStyle(m.styles.Dark)}
	if out, ok := m.preview.cache[m.preview.want]; ok {
		m.showPreview(m.preview.want, out)
		return nil
	}
	if m.preview.inflight {
		return nil // previewRendered starts the next one
	}
	m.preview.inflight = true
	k := m.preview.want
	return func() tea.Msg {
		out, err := RenderMarkdown(k.markdown, k.width, k.style)
		return renderedMsg{key: k, out: out, err: err}
	}
}

func (m *Model) previewRendered(msg renderedMsg) tea.Cmd {
	m.preview.inflight = false
	if msg.err != nil {
		m.setStatus("Preview failed: "+msg.err.Error(), true)
		return nil
	}
	m.preview.remember(msg.key, msg.out)
	if msg.key == m.preview.want {
		m.showPreview(msg.key, msg.out)
		return nil
	}
	return m.schedulePreview() // the answers changed while rendering
}

func (m *Model) showPreview(k previewKey, out string) {
	if m.preview.shown == k {
		return
	}
	sameDoc := m.preview.shown.markdown != "" && m.preview.shown.width == k.width
	m.preview.shown = k
	offset := m.viewport.YOffset()
	m.viewport.SetContent(out)
	if sameDoc {
		m.viewport.SetYOffset(offset) // keep the reader's place while answers change
	}
	m.refreshPane()
}
