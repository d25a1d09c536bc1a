package ui

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
)

// Whatever field has the focus, at any width, the preview shows what it
// changes: for every field of every step, a distinctive value typed (or
// another option chosen) is in view in the preview pane, the title and the
// line of facts under it included. The preview sits beside the form from
// 140 columns and under it below.
func TestThePreviewShowsWhatEachFieldChanges(t *testing.T) {
	sizes := [][2]int{{50, 24}, {80, 24}, {120, 30}, {160, 48}, {250, 60}}
	if testing.Short() {
		sizes = [][2]int{{80, 24}, {160, 48}}
	}
	for _, size := range sizes {
		t.Run(fmt.Sprintf("%dx%d", size[0], size[1]), func(t *testing.T) {
			start := answers.Answers{Location: answers.Location{Place: "Chicago, IL"}, Pay: answers.Pay{Min: 60000, Max: 80000}}
			h := newHarness(t, Options{Prefilled: true, Answers: start}, size[0], size[1])
			for i := range h.m.app.steps {
				h.key("e")
				for range i {
					h.key("down")
				}
				h.key("enter")
				for f := 0; f < len(h.stepScreen().editors); f++ {
					h.pressUntil("field "+fmt.Sprint(f), func() bool { return h.stepScreen().focused == f }, "tab")
					e := h.stepScreen().focusedEditor()
					before, focused := h.m.app.markdown(), visiblePreview(h)
					changeField(h, e)
					after := h.m.app.markdown()
					if after == before {
						// Fields only job boards read, and the wording of a
						// section the field before it has just left out.
						if k := e.field().Key; k != "website" && !strings.HasPrefix(k, "address_") && k != "direct_apply" && k != "eeo_text" {
							t.Errorf("step %s, field %s: the change made no difference to the posting", h.stepID(), k)
						}
						continue
					}
					want, was := firstChangedWords(before, after)
					if !slices.ContainsFunc(was, func(w string) bool { return strings.Contains(squash(focused), squash(w)) }) {
						t.Errorf("step %s, field %s: before the change, the place it changes (%q) is not in view in the preview:\n%s", h.stepID(), e.field().Key, was, focused)
					}
					if pane := visiblePreview(h); !strings.Contains(squash(pane), squash(want)) {
						t.Errorf("step %s, field %s: %q is not in view in the preview:\n%s", h.stepID(), e.field().Key, want, pane)
					}
				}
				h.key("esc") // back to review: what was typed there stays
			}
		})
	}
}

// The path the user measured: from the first step to the second, the title
// typed shows in the preview, and so does the company in the line of facts
// under it.
func TestTheTitleAndTheFactsLineShowInThePreview(t *testing.T) {
	for _, size := range [][2]int{{160, 48}, {80, 24}} {
		h := newHarness(t, Options{}, size[0], size[1])
		h.key("enter", "enter") // the role, then the company and title
		h.send(tea.PasteMsg{Content: "Quokka Works"})
		h.key("tab")
		h.send(tea.PasteMsg{Content: "Senior Quokka Keeper"})
		pane := visiblePreview(h)
		for _, want := range []string{"Senior Quokka Keeper", "Quokka Works"} {
			if !strings.Contains(pane, want) {
				t.Errorf("%dx%d: %q is not in view in the preview:\n%s", size[0], size[1], want, pane)
			}
		}
	}
}

// After a resize the preview is wrapped anew, and brought back to the part
// the focused field writes.
func TestThePreviewFollowsTheFieldAcrossResizes(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true, Answers: answers.Answers{Location: answers.Location{Travel: "occasional"}}}, 160, 48)
	h.key("e")
	for range flow.StepIndex(base.StepPay) {
		h.key("down")
	}
	h.key("enter")
	h.pressUntil("the travel field", func() bool { return h.stepScreen().focusedEditor().field().Key == "travel" }, "tab")
	for _, size := range [][2]int{{80, 24}, {250, 60}, {120, 30}, {50, 24}} {
		h.send(tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		if pane := visiblePreview(h); !strings.Contains(squash(pane), squash("You travel up to 10% of the time")) {
			t.Errorf("at %dx%d the travel line is not in view:\n%s", size[0], size[1], pane)
		}
	}
}

// changeField types a distinctive value into a field, or chooses another
// option, as a user would.
func changeField(h *harness, e editor) {
	h.t.Helper()
	f := e.field()
	switch f.Kind {
	case flow.Choice:
		if e.value().Text == f.Options[len(f.Options)-1].ID {
			h.key("up")
		} else {
			h.key("down")
		}
		return
	case flow.Multi, flow.Cycle:
		h.key("space")
		return
	case flow.LongText, flow.Lines:
		h.key("ctrl+g") // the paste replaces it all
	default:
		h.key("ctrl+u")
	}
	value := map[string]string{
		"website": "https://quokka.example", "closing_date": "2031-05-17", "kpi_own": "Quokka rounds: 42 a year",
		"address_country": "QK",
	}[f.Key]
	switch {
	case value != "":
	case f.Kind == flow.Integer:
		value = "17"
	case f.Kind == flow.Money:
		value = "71234"
	case strings.HasPrefix(f.Key, "kpi_target."):
		value = "Quokka 42"
	default:
		value = "Quokka Nine"
	}
	h.send(tea.PasteMsg{Content: value})
	if p := e.problem(); p != "" {
		h.t.Fatalf("%s: %q was refused: %s", f.Key, value, p)
	}
	if f.Kind == flow.Integer || f.Kind == flow.Money {
		// A number may be taken only as its field is left ("9500" on the
		// way to "95000" is no answer): leave it, and come back to it.
		if s := h.stepScreen(); s.focused == len(s.editors)-1 {
			h.key("shift+tab", "tab")
		} else {
			h.key("tab", "shift+tab")
		}
	}
}

// firstChangedWords is up to three words of after from where it first reads
// differently from before, without the Markdown the preview does not show;
// was is what before has there: the words replaced, or for a line added,
// the end of the line before it or the start of the line after.
func firstChangedWords(before, after string) (now string, was []string) {
	bl, al := strings.Split(before, "\n"), strings.Split(after, "\n")
	j := 0
	for j < len(bl) && j < len(al) && bl[j] == al[j] {
		j++
	}
	words := func(line string) []string { return strings.Fields(markdownless(line)) }
	three := func(w []string, from int) string {
		from = min(from, max(len(w)-3, 0))
		return strings.Join(w[from:min(from+3, len(w))], " ")
	}
	for i := j - 1; i >= 0; i-- { // the end of the line before
		if w := words(bl[i]); len(w) > 0 {
			was = append(was, three(w, len(w)))
			break
		}
	}
	for i := j; i < len(bl); i++ { // the line it replaces, or the one after
		if w := words(bl[i]); len(w) > 0 {
			was = append(was, three(w, 0))
			break
		}
	}
	for j < len(al) && strings.TrimSpace(al[j]) == "" {
		j++
	}
	if j >= len(al) {
		return "", was
	}
	var old []string
	if j < len(bl) {
		old = words(bl[j])
	}
	nw := words(al[j])
	k := 0
	for k < len(nw) && k < len(old) && nw[k] == old[k] {
		k++
	}
	if k > 0 { // a line changed within: the words it changed
		was = []string{three(old, k)}
	}
	return three(nw, k), was
}

func markdownless(line string) string {
	line = strings.TrimLeft(line, "#-* ")
	line = strings.ReplaceAll(line, "**", "")
	line = strings.Trim(line, "*")
	var b strings.Builder
	for i := 0; i < len(line); i++ {
		if line[i] == '\\' && i+1 < len(line) && strings.ContainsRune("\\`*_{}[]()#+-.!<>:@&~=|", rune(line[i+1])) {
			continue
		}
		b.WriteByte(line[i])
	}
	return b.String()
}

// visiblePreview is the text of the preview pane as the screen shows it;
// the test fails when the screen does not show the pane whole.
func visiblePreview(h *harness) string {
	h.t.Helper()
	pane := ansi.Strip(h.m.app.preview.view())
	if strings.TrimSpace(pane) == "" {
		h.t.Fatalf("no preview on step %s:\n%s", h.stepID(), h.view())
	}
	view := h.view()
	for _, row := range strings.Split(pane, "\n") {
		if !strings.Contains(view, strings.TrimRight(row, " ")) {
			h.t.Fatalf("the preview pane is not drawn whole (%q is missing):\n%s", row, view)
		}
	}
	return pane
}

// squash is text without white space or borders, to find words however
// they are wrapped.
func squash(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "│", " ")), "")
}
