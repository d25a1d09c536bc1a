package ui

import (
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// harness drives the root model directly, running the commands it returns
// (renders, saves) and feeding their messages back, as the program would.
type harness struct {
	t     *testing.T
	m     *Model
	quit  bool
	async bool // when set, commands are collected instead of run
	held  []tea.Cmd
}

func newHarness(t *testing.T, opts Options, w, h int) *harness {
	t.Helper()
	if opts.Cwd == "" {
		opts.Cwd = t.TempDir()
	}
	if opts.draftDelay == 0 {
		opts.draftDelay = time.Millisecond
	}
	if opts.probeDelay == 0 {
		opts.probeDelay = time.Nanosecond // the harness waits for each timer
	}
	if opts.statusTTL == 0 {
		opts.statusTTL = -1 // statuses stay until the screen changes, to be read
	}
	start := New(opts)
	hs := &harness{t: t, m: &start}
	hs.run(hs.m.Init())
	hs.send(tea.WindowSizeMsg{Width: w, Height: h})
	return hs
}

func (h *harness) send(msg tea.Msg) {
	h.t.Helper()
	_, cmd := h.m.Update(msg)
	h.run(cmd)
}

func (h *harness) run(cmd tea.Cmd) {
	if cmd == nil {
		return
	}
	if h.async {
		h.held = append(h.held, cmd)
		return
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(5 * time.Second):
		h.t.Fatal("a command did not finish in 5s")
	}
	switch msg := msg.(type) {
	case nil:
	case tea.BatchMsg:
		for _, c := range msg {
			h.run(c)
		}
	case tea.QuitMsg:
		h.quit = true
	default:
		h.send(msg)
	}
}

func (h *harness) key(keys ...string) {
	h.t.Helper()
	for _, k := range keys {
		h.send(keyMsg(k))
	}
}

func (h *harness) typeText(s string) {
	h.t.Helper()
	for _, r := range s {
		h.send(tea.KeyPressMsg{Code: r, Text: string(r)})
	}
}

func keyMsg(k string) tea.KeyPressMsg {
	switch k {
	case "enter":
		return tea.KeyPressMsg{Code: tea.KeyEnter}
	case "esc":
		return tea.KeyPressMsg{Code: tea.KeyEscape}
	case "tab":
		return tea.KeyPressMsg{Code: tea.KeyTab}
	case "shift+tab":
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	case "space":
		return tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}
	case "up":
		return tea.KeyPressMsg{Code: tea.KeyUp}
	case "down":
		return tea.KeyPressMsg{Code: tea.KeyDown}
	case "backspace":
		return tea.KeyPressMsg{Code: tea.KeyBackspace}
	case "ctrl+c":
		return tea.KeyPressMsg{Code: 'c', Mod: tea.ModCtrl}
	case "ctrl+u":
		return tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}
	case "ctrl+g":
		return tea.KeyPressMsg{Code: 'g', Mod: tea.ModCtrl}
	case "shift+up":
		return tea.KeyPressMsg{Code: tea.KeyUp, Mod: tea.ModShift}
	case "home":
		return tea.KeyPressMsg{Code: tea.KeyHome}
	case "end":
		return tea.KeyPressMsg{Code: tea.KeyEnd}
	case "f1":
		return tea.KeyPressMsg{Code: tea.KeyF1}
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

func (h *harness) view() string { return ansi.Strip(h.m.render()) }

// flat is the screen's text with borders removed and white space collapsed,
// so assertions do not depend on where a sentence wraps.
func (h *harness) flat() string {
	v := strings.NewReplacer("│", " ", "╭", " ", "╮", " ", "╰", " ", "╯", " ", "─", "").Replace(h.view())
	return strings.Join(strings.Fields(v), " ")
}

func (h *harness) stepID() string { return h.m.stepID() }

// The bounds of a walk through the wizard: more presses than any walk takes
// (13 steps of a few fields each), and a deadline, so that a renamed step or
// a screen that never comes fails at once instead of spinning until go
// test's timeout.
const (
	maxPresses   = 200
	walkDeadline = 8 * time.Second
)

// pressUntil presses keys until done reports true, and returns how many
// times it pressed them. After maxPresses, or once walkDeadline has passed,
// it fails the test with what it was waiting for and the last screen it saw.
func (h *harness) pressUntil(what string, done func() bool, keys ...string) int {
	h.t.Helper()
	return h.until(what, done, func() { h.key(keys...) })
}

// until calls act until done reports true, within the bounds of pressUntil,
// and returns how many times it called it.
func (h *harness) until(what string, done func() bool, act func()) int {
	h.t.Helper()
	start := time.Now()
	for n := 0; ; n++ {
		if done() {
			return n
		}
		if elapsed := time.Since(start); n >= maxPresses || elapsed > walkDeadline {
			h.t.Fatalf("waited for %s: not there after %d presses in %v; last saw %s (step %q):\n%s",
				what, n, elapsed.Round(time.Millisecond), h.m.showing(), h.stepID(), h.view())
		}
		act()
	}
}

// enterUntilStep presses enter until the step with the given id shows.
func (h *harness) enterUntilStep(id string) {
	h.t.Helper()
	h.pressUntil("step "+strconv.Quote(id), func() bool { return h.stepID() == id }, "enter")
}

// enterUntilReview presses enter until the review screen shows, and returns
// how many presses it took.
func (h *harness) enterUntilReview() int {
	h.t.Helper()
	return h.pressUntil("the review screen", func() bool { return h.m.showing() == "review" }, "enter")
}

// stepID is the id of the step shown, or "" when no step is.
func (m *Model) stepID() string {
	if s, ok := m.screen.(*stepScreen); ok {
		return s.step().ID
	}
	return ""
}

// showing names what is on screen: the screen, or the dialog on top of it.
func (m *Model) showing() string {
	switch d := m.topDialog().(type) {
	case *saveDialog:
		return "save"
	case *pickStepDialog:
		return "pick"
	case *confirmDialog:
		return "confirm"
	case *draftsDialog:
		if d.listing {
			return "drafts list"
		}
		return "drafts"
	}
	switch m.screen.(type) {
	case *stepScreen:
		return "step"
	case *reviewScreen:
		return "review"
	}
	return "welcome"
}

// stepScreen is the step shown; the test fails when none is.
func (h *harness) stepScreen() *stepScreen {
	h.t.Helper()
	s, ok := h.m.screen.(*stepScreen)
	if !ok {
		h.t.Fatalf("no step shown: %s", h.m.showing())
	}
	return s
}
