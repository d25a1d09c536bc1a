package ui

import (
	"strings"

	tea "charm.land/bubbletea/v2"

	"amjd/model/posting"
	"amjd/ui/internal/preview"
)

// A step's preview shows the part of the posting the focused field changes
// (preview.Follow): beside the form on a wide terminal, under it on a narrow
// one when the body has rows enough for both.

// watched is the field focused before a message, and the posting then.
type watched struct {
	field   preview.Field
	posting posting.Posting
	ok      bool
}

func (m *Model) watch() watched {
	if s, ok := m.screen.(*stepScreen); ok {
		return watched{field: m.focusedField(s), posting: m.app.posting, ok: true}
	}
	return watched{}
}

func (m *Model) focusedField(s *stepScreen) preview.Field {
	a := m.app
	return preview.Field{Gen: a.gen, Step: s.index, Key: s.focusedEditor().field().Key, Short: a.short}
}

// followField keeps the preview on the focused field after a message.
func (m *Model) followField(before watched) tea.Cmd {
	s, ok := m.screen.(*stepScreen)
	if !ok {
		return nil
	}
	a := m.app
	return a.follow.After(before.field, before.ok, before.posting, m.focusedField(s), a.current, a.opts.probeDelay)
}

// probe starts the probe of the field the focus has rested on.
func (m *Model) probe(due preview.DueMsg) tea.Cmd {
	s, ok := m.screen.(*stepScreen)
	if !ok {
		return nil
	}
	a := m.app
	return a.follow.Probe(due, m.focusedField(s), a.cat, a.answers, a.current(), s.focusedEditor().field(), s.step().ID)
}

// Under the form: the rows the preview takes, its rule included, at least,
// and the fewest rows of body that leave room for it.
const (
	belowLeast   = 6
	belowMinBody = 16
)

// belowRows is how many of the body's rows the preview under a step takes
// when the step is laid out: none on a wide terminal, on other screens, or
// in a short body.
func (m *Model) belowRows(body int) int {
	if _, ok := m.screen.(*stepScreen); !ok || m.app.wide() || body < belowMinBody {
		return 0
	}
	return max(belowLeast, body*2/5)
}

// belowNow is how many it takes as the screen is drawn: what the form, as
// laid out, leaves. A status line that came since takes its rows from the
// preview, not from the form and the field being answered.
func (m *Model) belowNow(body int) int {
	rows := m.belowRows(body)
	if s, ok := m.screen.(*stepScreen); ok && rows > 0 && body-s.height >= belowLeast {
		return body - s.height
	}
	return rows
}

// stepPreview is what a step's preview shows: under a narrow step as well
// as beside a wide one, brought to where the focused field writes.
func (m *Model) stepPreview(spec previewSpec) previewSpec {
	a := m.app
	if !a.wide() {
		rows := m.belowNow(m.bodyHeight())
		if rows == 0 {
			return previewSpec{}
		}
		spec = previewSpec{markdown: a.markdown(), width: a.width - 2, height: rows - 1}
	}
	if a.follow.Spot().Found() {
		spec.anchor, spec.near = a.follow.Anchor()
	}
	return spec
}

// below draws the preview under a narrow step: a rule that says how to
// scroll it, then the pane.
func (m *Model) below() string {
	a := m.app
	label := "── Preview · shift+↑/↓ scrolls "
	rule := label + strings.Repeat("─", max(a.width-2-len([]rune(label)), 0))
	return a.styles.Help.Render(rule) + "\n" + a.preview.view()
}
