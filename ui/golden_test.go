package ui

import (
	"bytes"
	"fmt"
	"image/color"
	"slices"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/charmbracelet/x/exp/teatest/v2"

	"amjd/model/answers"
)

// runToScreen runs the real program, presses keys, waits until the output shows
// marker, and returns the final view. Goldens pin the final view, not the byte
// stream, so they do not depend on how the renderer diffed its frames.
func runToScreen(t *testing.T, w, h int, dark bool, opts Options, marker string, keys ...string) string {
	t.Helper()
	opts.Cwd = t.TempDir()
	start := New(opts)
	tm := teatest.NewTestModel(t, &start,
		teatest.WithInitialTermSize(w, h),
		teatest.WithProgramOptions(tea.WithFPS(20)))
	bg := color.Color(color.White)
	if dark {
		bg = color.Black
	}
	tm.Send(tea.BackgroundColorMsg{Color: bg})
	for _, k := range keys {
		tm.Send(keyMsg(k))
	}
	// Keys and the quit below are handled in order; a marker is only needed
	// for work done in the background, such as the glamour preview. It must be
	// text that arrives on fresh lines: the renderer only redraws cells that
	// changed, so a counter like "Step 7" never appears whole in the stream.
	if marker != "" {
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(marker)) },
			teatest.WithDuration(10*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	}
	if err := tm.Quit(); err != nil {
		t.Fatal(err)
	}
	final := tm.FinalModel(t, teatest.WithFinalTimeout(10*time.Second)).(*Model)
	view := final.View().Content
	for _, line := range strings.Split(view, "\n") {
		if n := ansi.StringWidth(line); n > w {
			t.Fatalf("a line is %d cells wide in a %d-column terminal: %q", n, w, ansi.Strip(line))
		}
	}
	return view
}

func TestGoldenKPIStep(t *testing.T) {
	// welcome, variant, company (3 fields), industry (2), book (3), mix (2), complexity (3)
	toKPIs := slices.Repeat([]string{"enter"}, 15)
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		for _, dark := range []bool{true, false} {
			theme := map[bool]string{true: "dark", false: "light"}[dark]
			t.Run(fmt.Sprintf("%dx%d-%s", size[0], size[1], theme), func(t *testing.T) {
				// The preview (beside the form, or under it) has been rendered
				// and brought to where the KPIs field writes.
				view := runToScreen(t, size[0], size[1], dark, Options{}, "What success looks like", toKPIs...)
				golden.RequireEqual(t, view)
			})
		}
	}
}

func TestGoldenReview(t *testing.T) {
	a := answers.Answers{Variant: "key_account_manager", Company: "Lattice Ledger", Mix: "blended"}
	for _, size := range [][2]int{{80, 24}, {160, 48}} {
		for _, dark := range []bool{true, false} {
			theme := map[bool]string{true: "dark", false: "light"}[dark]
			t.Run(fmt.Sprintf("%dx%d-%s", size[0], size[1], theme), func(t *testing.T) {
				view := runToScreen(t, size[0], size[1], dark, Options{Answers: a, Prefilled: true}, "About the role")
				golden.RequireEqual(t, view)
			})
		}
	}
}
