package ui

// A step's values kept as typed: a number is stored as its field is left,
// and a value the answers refuse across fields (one end of a pay range) is
// kept, marked, and tried again with the others and whenever they change.

import (
	"errors"
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/flow"
)

// applyWithKept stores e's value, refused alone with err, together with
// every value of the step kept as typed. It returns nil when they were
// stored, else why not: err, or what is wrong with them all together when
// e's value was refused across fields (the top typed below the bottom kept).
func (s *stepScreen) applyWithKept(e editor, err error) error {
	changes := []flow.Change{{Field: e.field(), Value: e.value()}}
	var kept []editor
	for _, o := range s.editors {
		if o != e && o.problem() != "" {
			changes = append(changes, flow.Change{Field: o.field(), Value: o.value()})
			kept = append(kept, o)
		}
	}
	var across *flow.AcrossFieldsError
	if len(kept) == 0 || !errors.As(err, &across) {
		return err
	}
	if together := flow.ApplyTogether(&s.app.answers, changes...); together != nil {
		for _, o := range kept {
			if errors.As(together, &across) {
				o.setProblem(together.Error()) // the reason they fail together, not one's old one
			}
		}
		return together
	}
	for _, o := range kept {
		s.settle(o)
	}
	return nil
}

// retryKept stores each value kept as typed that the answers now take; it
// reports whether any was.
func (s *stepScreen) retryKept() bool {
	took := false
	for i, o := range s.editors {
		if _, kept := s.app.pending[o.field().Key]; !kept || s.unapplied && i == s.focused {
			continue
		}
		if o.field().Apply(&s.app.answers, o.value()) == nil {
			s.settle(o)
			took = true
		}
	}
	return took
}

// settle marks an editor's value as stored: no problem, nothing kept.
func (s *stepScreen) settle(e editor) {
	e.setProblem("")
	delete(s.app.pending, e.field().Key)
}

// commit stores a number typed into the focused field, as it is left.
func (s *stepScreen) commit() tea.Cmd {
	if !s.unapplied {
		return nil
	}
	s.unapplied = false
	return s.apply()
}

// notUsed says that what was typed into f is not in the posting, why, and
// what the posting keeps instead: the last answer taken, or none.
func notUsed(f flow.Field, problem string) string {
	keeps := "keeps no answer for it"
	if now := strings.TrimSpace(f.Value.Text); now != "" {
		for _, o := range f.Options {
			if o.ID == now {
				now = o.Label
			}
		}
		keeps = "keeps " + strconv.Quote(ansi.Truncate(now, 40, "…"))
	}
	return fmt.Sprintf("What you typed in %s is not in the posting (%s); the posting %s. Your text is kept: e edits the step.",
		f.Label, strings.TrimSuffix(problem, "."), keeps)
}
