package ui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"

	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
	"amjd/ui/internal/preview"
)

// benchModel is the wizard at 160×48 on the company step, with the live
// preview of a full posting already rendered beside the form.
func benchModel(b *testing.B) Model {
	b.Helper()
	data, err := os.ReadFile("../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := answers.ParseAnswers(nil2cat(), "x.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	// Timers fire at once or not at all, so that commands can be run here.
	start := New(Options{Answers: a, Drafts: draft.NewStore(b.TempDir()), draftDelay: time.Nanosecond, probeDelay: time.Nanosecond, statusTTL: -1})
	var m tea.Model = &start
	var run func(tea.Cmd)
	run = func(cmd tea.Cmd) {
		if cmd == nil {
			return
		}
		// Run renders and probes so the preview is in place; drop the rest.
		switch msg := cmd().(type) {
		case tea.BatchMsg:
			for _, c := range msg {
				run(c)
			}
		case renderedMsg, preview.DueMsg, preview.ProbedMsg:
			var next tea.Cmd
			m, next = m.Update(msg)
			run(next)
		}
	}
	step := func(msg tea.Msg) {
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		run(cmd)
	}
	step(tea.WindowSizeMsg{Width: 160, Height: 48})
	step(keyMsg("enter"))
	step(keyMsg("enter"))
	mm := m.(*Model)
	if mm.stepID() != "company" || !strings.Contains(mm.app.preview.Shown().Markdown, "Lattice Ledger") {
		b.Fatalf("not on the company step with a preview: %v", mm.showing())
	}
	return *mm
}

// Budget: a key press in a text field with the live preview visible — Update
// plus View — ≤ 1 ms. The glamour render it triggers runs in a command and is
// not part of this path (the command is returned, never run here).
func BenchmarkKeystroke(b *testing.B) {
	m := benchModel(b)
	typeAndErase(b, &m)
}

// typeAndErase times a key and its drawing: a letter typed, then erased, so
// the answer stays the same size however many rounds run.
func typeAndErase(b *testing.B, m *Model) {
	keys := []tea.Msg{keyMsg("x"), keyMsg("backspace")}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		m.Update(keys[i%2])
		_ = m.View()
		i++
	}
}

// A key that changes no answer (moving between fields) must be cheaper still:
// nothing is re-assembled.
func BenchmarkFocusMove(b *testing.B) {
	m := benchModel(b)
	b.ReportAllocs()
	for b.Loop() {
		m.Update(keyMsg("tab"))
		_ = m.View()
	}
}

// Reported, not budgeted: glamour rendering the full posting at width 80
// (expected ~8-12 ms). It always runs off the input path.
func BenchmarkGlamourFullPosting(b *testing.B) {
	m := benchModel(b)
	md := m.app.markdown()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := RenderMarkdown(md, 80, GlamourStyle(true)); err != nil {
			b.Fatal(err)
		}
	}
}

// Reported, not budgeted: a key in About the company filled to its limit
// (model.MaxTextLen characters, in 59 lines) with the live preview beside it.
// bubbles' text area draws every line of its text on each Update and View, so
// this grows with the text (expected ~5 ms at the limit); amjd draws it no
// more than twice a key.
func BenchmarkKeystrokeLongText(b *testing.B) {
	m := benchModel(b)
	para := "We make planning software for finance teams; we answer every call.\n"
	m.app.answers.About = strings.Repeat(para, answers.MaxTextLen/len(para))
	m.app.reassemble()
	m.do(openStep{index: flow.StepIndex(base.StepAbout), field: "about"})
	if m.stepID() != base.StepAbout {
		b.Fatalf("on %q, not the about step", m.stepID())
	}
	typeAndErase(b, &m)
	if p := m.app.pending["about"]; p.Text != "" {
		b.Fatal("the text was refused, not applied: it is too long for the field")
	}
}

// Budget: a key typed in About the company already at its limit
// (answers.MaxTextLen characters, in 59 lines) with the live preview beside
// it: ≤ 1 ms. The key is refused before the text area sees it (the status
// says why), so neither the text area nor the posting is touched: a text can
// never grow past its limit, and a paste of megabytes never reaches it.
func BenchmarkKeystrokeLongTextAtCap(b *testing.B) {
	m := benchModel(b)
	para := "We make planning software for finance teams; we answer every call.\n"
	full := strings.Repeat(para, answers.MaxTextLen/len(para))
	full += strings.Repeat("x", answers.MaxTextLen-len(full))
	m.app.answers.About = full
	m.app.reassemble()
	m.do(openStep{index: flow.StepIndex(base.StepAbout), field: "about"})
	if m.stepID() != base.StepAbout {
		b.Fatalf("on %q, not the about step", m.stepID())
	}
	key := keyMsg("x")
	b.ReportAllocs()
	for b.Loop() {
		m.Update(key)
		_ = m.View()
	}
	_, cmd := m.Update(key)
	if status, ok := cmd().(statusMsg); m.app.answers.About != full || m.stepScreen().focusedEditor().value().Text != full ||
		!ok || !strings.Contains(status.text, "holds at most 4,000 characters") {
		b.Fatalf("the key at the limit was taken, or not refused with a reason: %v", cmd())
	}
}

func (m *Model) stepScreen() *stepScreen { return m.screen.(*stepScreen) }
