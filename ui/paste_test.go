package ui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"

	"amjd/model/answers"
)

// A paste longer than About the company holds is refused at once, whole,
// and the status says how long it was and what the field holds; a paste that
// fits is kept whole.
func TestALongPasteIsRefusedWholeAndSaidSo(t *testing.T) {
	h := inAbout(t, 100, 30)
	h.typeText("We make anvils.")
	field := func() string { return h.stepScreen().focusedEditor().value().Text }

	h.send(tea.PasteMsg{Content: strings.Repeat("A pasted line of about the company.\n", 2*1024*1024/36) + strings.Repeat("x", 2*1024*1024%36)})
	if want := "The paste is 2,097,152 characters; About the company holds at most 4,000: nothing was pasted."; h.m.app.status != want || !strings.Contains(h.flat(), want) {
		t.Errorf("status %q, want %q", h.m.app.status, want)
	}
	if field() != "We make anvils." || h.m.app.answers.About != "We make anvils." {
		t.Fatalf("the field or the answer changed: %d characters, answer %d", len(field()), len(h.m.app.answers.About))
	}

	// It fits alone, but not with what is there.
	h.send(tea.PasteMsg{Content: strings.Repeat("y", answers.MaxTextLen-10)})
	if want := "The paste is 3,990 characters; About the company has 15 of the 4,000 it holds: nothing was pasted."; h.m.app.status != want {
		t.Errorf("status %q, want %q", h.m.app.status, want)
	}

	// A paste that fits goes in whole, new lines and all.
	pasted := "\n\n" + strings.Repeat("Founded in 1990, we forge anvils for smiths.\n", 80)
	h.send(tea.PasteMsg{Content: pasted})
	if got := field(); got != "We make anvils."+pasted {
		t.Errorf("the paste was not kept whole: %d characters, want %d", len(got), len("We make anvils."+pasted))
	}
	if !strings.Contains(h.m.app.answers.About, "We make anvils.\n\nFounded in 1990") || strings.Count(h.m.app.answers.About, "forge anvils") != 80 {
		t.Errorf("the answer does not hold the whole paste: %d characters", len(h.m.app.answers.About))
	}
}

// A field at its limit takes no more: a key typed there is refused and said
// so, and the text stays as it was; deleting makes room again.
func TestAKeyAtTheLimitIsRefusedAndSaidSo(t *testing.T) {
	h := inAbout(t, 100, 30)
	full := strings.Repeat("We forge anvils for smiths.\n", answers.MaxTextLen/28) + strings.Repeat("z", answers.MaxTextLen%28)
	h.send(tea.PasteMsg{Content: full})
	if got := h.stepScreen().focusedEditor().value().Text; got != full {
		t.Fatalf("a paste of exactly %d characters was not kept whole: %d", answers.MaxTextLen, len(got))
	}
	h.typeText("x")
	if want := "About the company holds at most 4,000 characters: delete some to type more."; h.m.app.status != want {
		t.Errorf("status %q, want %q", h.m.app.status, want)
	}
	if got := h.stepScreen().focusedEditor().value().Text; got != full || h.m.app.answers.About != full {
		t.Errorf("a key past the limit changed the text (%d characters)", len(got))
	}
	h.key("backspace")
	h.typeText("!")
	if got := h.m.app.answers.About; got != full[:len(full)-1]+"!" {
		t.Errorf("after a backspace, typing does not go in: ...%q", got[len(got)-5:])
	}
	// Selected whole, the text is replaced by a paste as long as the field holds.
	h.key("ctrl+g")
	h.send(tea.PasteMsg{Content: strings.Repeat("n", answers.MaxTextLen)})
	if got := h.m.app.answers.About; got != strings.Repeat("n", answers.MaxTextLen) {
		t.Errorf("a paste over the whole text was not taken: %d characters", len(got))
	}
}

// One-line fields refuse a paste longer than they hold, whole and said so,
// and keep one that fits.
func TestAOneLineFieldRefusesALongPaste(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter") // the company step: Company name holds 120
	h.send(tea.PasteMsg{Content: strings.Repeat("A", answers.MaxTitleLen+1)})
	if want := "The paste is 121 characters; Company name holds at most 120: nothing was pasted."; h.m.app.status != want {
		t.Errorf("status %q, want %q", h.m.app.status, want)
	}
	if got := h.stepScreen().focusedEditor().value().Text; got != "" {
		t.Errorf("the field took %d characters of a paste it refused", len(got))
	}
	name := strings.Repeat("Acme ", answers.MaxTitleLen/5)
	h.send(tea.PasteMsg{Content: name})
	if got := h.m.app.answers.Company; got != strings.TrimSpace(name) && got != name {
		t.Errorf("a paste of %d characters was not kept whole: %q", len(name), got)
	}
}
