package preview

import (
	"time"

	tea "charm.land/bubbletea/v2"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/flow"
	"amjd/model/posting"
)

// Field is a field a step's preview follows: its step and key, on the
// posting of one assembly (Gen) in the form shown.
type Field struct {
	Gen, Step int
	Key       string
	Short     bool
}

// Follow keeps a step's preview on the part of the posting its focused
// field writes: after each change the field makes, what changed (two
// postings compared); for a field the focus has rested on a moment, where a
// probe finds that it writes. A field passed through with enter is not
// probed.
type Follow struct {
	field, probing Field
	spot           Spot
}

// Spot is where the preview should look; none until something is known.
func (f *Follow) Spot() Spot { return f.spot }

// Anchor is the spot as a pane takes it: a heading (Top for the top) and
// words under it; "" when there is no spot yet.
func (f *Follow) Anchor() (heading, near string) {
	if f.spot.Top {
		return Top, ""
	}
	return f.spot.Heading, f.spot.Near
}

// DueMsg is the end of a rest on a field: time to probe it.
type DueMsg struct{ Field Field }

// ProbedMsg is where a probe found that a field writes.
type ProbedMsg struct {
	Field Field
	Spot  Spot
}

// After is called after every message on a step: before is the field
// focused before the message (stepped false when no step was shown) and prev
// the posting then; now is the field focused after it, cur the posting now.
// It returns the timer of a probe when one is due.
func (f *Follow) After(before Field, stepped bool, prev posting.Posting, now Field, cur func() posting.Posting, rest time.Duration) tea.Cmd {
	same := stepped && before.Step == now.Step && before.Key == now.Key && before.Short == now.Short
	switch {
	case now == f.field, now == f.probing:
		return nil
	case same && before.Gen != now.Gen: // the field's own answer changed the posting
		if sp := Changed(prev, cur(), now.Short); sp.Found() {
			f.spot = sp
		}
		f.field = now
		return nil
	}
	f.probing = now
	return tea.Tick(rest, func(time.Time) tea.Msg { return DueMsg{Field: now} })
}

// Probe starts, in a command, the probe a DueMsg asks for while the focus is
// still on its field (now): field fl of step, with the answers given and
// the posting cur made from them.
func (f *Follow) Probe(due DueMsg, now Field, c *content.Catalog, given answers.Answers, cur posting.Posting, fl flow.Field, step string) tea.Cmd {
	if due.Field != now {
		return nil
	}
	return func() tea.Msg { return ProbedMsg{Field: now, Spot: Probe(c, given, cur, fl, step, now.Short)} }
}

// Probed takes a probe's answer while its field is still the one focused.
func (f *Follow) Probed(msg ProbedMsg, now Field) {
	if msg.Field == now {
		f.field, f.spot = now, msg.Spot
	}
}
