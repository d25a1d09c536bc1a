package ui

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model"
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

// enterUntilReview presses enter until the review screen shows.
func (h *harness) enterUntilReview() int {
	h.t.Helper()
	for i := 0; i < 200; i++ {
		if h.m.mode == modeReview {
			return i
		}
		h.key("enter")
	}
	h.t.Fatalf("no review after 200 enters; stuck on %s: %s", h.stepID(), h.view())
	return 0
}

func TestEnterThroughTheWizardGivesTheDefaultPosting(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	if !strings.Contains(h.view(), "Write a tailored Account Manager job description.") {
		t.Fatalf("welcome screen missing:\n%s", h.view())
	}
	h.key("enter")
	if h.stepID() != "variant" || !strings.Contains(h.view(), "Step 1 of 13") {
		t.Fatalf("first step not shown:\n%s", h.view())
	}
	h.enterUntilReview()
	want := model.Assemble(h.m.cat, model.Answers{}).Markdown()
	if got := h.m.markdown(); got != want {
		t.Error("enter-through posting differs from the default posting")
	}
	if !strings.Contains(h.view(), "Review · full posting") || !strings.Contains(h.view(), "What you will own") {
		t.Errorf("review does not show the rendered posting:\n%s", h.view())
	}
}

func TestEveryStepShowsProgressAndWhy(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	for i, step := range h.m.steps {
		if h.stepID() != step.ID {
			t.Fatalf("step %d is %q, want %q", i+1, h.stepID(), step.ID)
		}
		v := h.view()
		for _, want := range []string{step.Title, "Step " + strconv.Itoa(i+1) + " of 13"} {
			if !strings.Contains(v, want) {
				t.Errorf("step %s lacks %q", step.ID, want)
			}
		}
		// Leave the step: enter through its fields.
		for h.stepID() == step.ID {
			h.key("enter")
		}
	}
}

func TestBackAndForwardKeepAnswers(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter") // welcome, variant
	if h.stepID() != "company" {
		t.Fatalf("on %s", h.stepID())
	}
	h.typeText("Acme Ltd")
	h.key("enter") // to title
	h.typeText("Client Partner")
	h.key("enter") // to industry
	h.key("down", "enter")
	h.key("esc", "esc") // back to industry, then company
	if h.stepID() != "company" {
		t.Fatalf("esc went to %s", h.stepID())
	}
	for _, want := range []string{"Acme Ltd", "Client Partner"} {
		if !strings.Contains(h.view(), want) {
			t.Errorf("going back lost %q:\n%s", want, h.view())
		}
	}
	h.enterUntilReview()
	md := h.m.markdown()
	if !strings.HasPrefix(md, "# Client Partner\n") || !strings.Contains(md, "About Acme Ltd") {
		t.Errorf("answers lost on the way forward:\n%s", md[:200])
	}
}

func TestEditFromReviewReturnsToReview(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	h.enterUntilReview()
	h.key("5") // commercial mix
	if h.stepID() != "mix" {
		t.Fatalf("5 opened %q", h.stepID())
	}
	h.key("down", "down", "down", "enter")
	if h.m.mode != modeReview {
		t.Fatalf("after editing, mode %v, want review", h.m.mode)
	}
	if !strings.Contains(h.m.markdown(), "This role includes new-business targets") {
		t.Error("edit did not reach the posting")
	}
	// e opens the step picker; picking step 2 edits company and title.
	h.key("e", "down", "enter")
	if h.stepID() != "company" {
		t.Fatalf("picker opened %q", h.stepID())
	}
	h.key("esc")
	if h.m.mode != modeReview {
		t.Error("esc while editing from review should return to review")
	}
}

func TestInvalidNumberBlocksAndIsKept(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	for h.stepID() != "book" {
		h.key("enter")
	}
	h.key("tab") // accounts
	h.typeText("12x")
	if !strings.Contains(h.view(), "✗ enter a whole number") {
		t.Fatalf("no inline error while typing:\n%s", h.view())
	}
	h.key("enter", "enter", "enter")
	if h.stepID() != "book" {
		t.Fatalf("moved on to %s with an invalid number", h.stepID())
	}
	if !strings.Contains(h.view(), "Fix the field marked ✗") {
		t.Errorf("no block message:\n%s", h.view())
	}
	h.key("esc", "enter") // leave and come back: the typed text is still there
	for h.stepID() != "book" {
		h.key("enter")
	}
	if !strings.Contains(h.view(), "12x") {
		t.Errorf("typed text lost after leaving the step:\n%s", h.view())
	}
}

func TestAccountingManagerIsExplainedAndBlocked(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	for range 5 {
		h.key("down")
	}
	h.key("enter")
	if h.stepID() != "variant" || !strings.Contains(h.view(), "finance job") {
		t.Fatalf("accounting manager not refused:\n%s", h.view())
	}
	h.key("up", "enter")
	if h.stepID() != "company" {
		t.Errorf("choosing another role did not move on: %s", h.stepID())
	}
}

func TestMoreThanFiveKPIsWarnsOnce(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	for h.stepID() != "kpis" {
		h.key("enter")
	}
	h.key("down", "space", "down", "down", "down", "down", "space") // + renewal rate, + response time
	for h.m.focus < len(h.m.editors)-1 {
		h.key("tab")
	}
	h.key("enter")
	if h.stepID() != "kpis" || !strings.Contains(h.view(), "7 KPIs chosen") {
		t.Fatalf("no warning:\n%s", h.view())
	}
	h.key("enter")
	if h.stepID() != "responsibilities" {
		t.Errorf("second enter should accept the warning, on %s", h.stepID())
	}
}

func TestQuitAsksOnlyWithUnsavedWork(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("ctrl+c")
	if !h.quit {
		t.Fatal("ctrl+c with nothing typed should quit at once")
	}
	h = newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Acme")
	h.key("ctrl+c")
	if h.quit || !strings.Contains(h.view(), "Quit anyway? (y/n)") {
		t.Fatalf("no confirmation:\n%s", h.view())
	}
	h.key("n")
	if h.stepID() != "company" {
		t.Fatalf("n did not return to the step, mode %v", h.m.mode)
	}
	h.key("ctrl+c", "y")
	if !h.quit {
		t.Error("y did not quit")
	}
}

func TestSaveMarkdownAsksBeforeOverwriting(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Answers: model.Answers{Company: "Acme"}, Prefilled: true}, 100, 30)
	h.key("s")
	if got := h.m.saveInput.Value(); got != "account-manager-acme.md" {
		t.Errorf("default name %q", got)
	}
	h.key("enter")
	path := filepath.Join(dir, "account-manager-acme.md")
	data, err := os.ReadFile(path)
	if err != nil || string(data) != h.m.markdown() {
		t.Fatalf("saved file wrong: %v", err)
	}
	if !strings.Contains(h.m.status, "Saved the posting to "+path) || !strings.Contains(h.view(), "Saved the posting to") {
		t.Errorf("no status:\n%s", h.view())
	}
	h.key("f", "s", "enter") // short form to the same name
	if !strings.Contains(h.flat(), "account-manager-acme.md already exists. Replace it? (y/n)") {
		t.Fatalf("no overwrite question:\n%s", h.view())
	}
	h.key("n")
	if again, _ := os.ReadFile(path); string(again) != string(data) {
		t.Fatal("file replaced after answering n")
	}
	h.key("enter", "y")
	if again, _ := os.ReadFile(path); string(again) != h.m.markdown() || !strings.Contains(string(again), "is hiring") {
		t.Error("file not replaced with the short form after y")
	}
	if len(h.m.Saved()) != 2 {
		t.Errorf("saved list %v", h.m.Saved())
	}
}

func TestSaveErrorsAreShownAndCorrectable(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir, Prefilled: true}, 100, 30)
	h.key("s", "ctrl+u")
	h.typeText("missing/dir/x.md")
	h.key("enter")
	if h.m.mode != modeSave || !strings.Contains(h.flat(), "missing/dir does not exist") {
		t.Fatalf("no inline error:\n%s", h.view())
	}
	h.key("ctrl+u")
	h.typeText("x.md")
	h.key("enter")
	if _, err := os.Stat(filepath.Join(dir, "x.md")); err != nil {
		t.Errorf("corrected path not saved: %v", err)
	}
}

func TestSavedAnswersRenderTheSamePosting(t *testing.T) {
	dir := t.TempDir()
	h := newHarness(t, Options{Cwd: dir}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Globex")
	h.enterUntilReview()
	h.key("a", "enter")
	data, err := os.ReadFile(filepath.Join(dir, "account-manager-globex-answers.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := model.ParseAnswers(h.m.cat, "answers.yaml", data)
	if err != nil {
		t.Fatalf("saved answers do not parse: %v\n%s", err, data)
	}
	if got := model.Assemble(h.m.cat, a).Markdown(); got != h.m.markdown() {
		t.Error("saved answers render a different posting")
	}
}

func TestCopyReportsWhichPathWasUsed(t *testing.T) {
	var copied string
	native := func(s string) error { copied = s; return nil }
	h := newHarness(t, Options{Prefilled: true, NativeClipboard: native}, 100, 30)
	h.key("c")
	if copied != h.m.markdown() || !strings.Contains(h.view(), "system clipboard") {
		t.Errorf("native copy not reported:\n%s", h.view())
	}
	h = newHarness(t, Options{Prefilled: true}, 100, 30)
	h.key("c")
	if !strings.Contains(h.view(), "OSC 52") {
		t.Errorf("OSC 52 fallback not reported:\n%s", h.view())
	}
}

// The help bar fits on one line and always keeps quit and more keys: a
// narrow terminal loses the less important bindings instead.
func TestHelpBarKeepsQuitAndMoreKeysAtAnyWidth(t *testing.T) {
	for _, width := range []int{minWidth, 80, 200} {
		h := newHarness(t, Options{}, width, 30)
		h.key("enter") // the variant list
		screens := []struct {
			name  string
			reach func()
		}{
			{"list step", func() {}},
			{"text step", func() { h.key("enter") }},
			{"review", func() { h.enterUntilReview() }},
		}
		for _, screen := range screens {
			screen.reach()
			name := screen.name
			lines := strings.Split(h.view(), "\n")
			bar := strings.TrimSpace(lines[len(lines)-1])
			if !strings.Contains(bar, "quit") || !strings.HasSuffix(bar, "more keys") || strings.Contains(bar, "…") {
				t.Errorf("%d columns, %s: help bar %q lacks quit or more keys, or is cut", width, name, bar)
			}
			if ansi.StringWidth(lines[len(lines)-1]) > width {
				t.Errorf("%d columns, %s: help bar is wider than the screen: %q", width, name, bar)
			}
		}
	}
}

// In a text field ? is typed; f1 opens the full help there.
func TestF1OpensHelpWhereQuestionMarkIsText(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter") // company step, a text field
	h.typeText("Who?")
	if !strings.Contains(h.view(), "Who?") || h.m.help.ShowAll {
		t.Fatalf("? should be typed into the field:\n%s", h.view())
	}
	if !strings.Contains(h.view(), "f1 more keys") {
		t.Errorf("the help bar should offer f1 in a text field:\n%s", h.view())
	}
	h.key("f1")
	if !h.m.help.ShowAll || !strings.Contains(h.view(), "previous field") {
		t.Errorf("f1 did not open the full help:\n%s", h.view())
	}
}

func TestSmallWindowAsksToGrow(t *testing.T) {
	h := newHarness(t, Options{}, 30, 8)
	if !strings.Contains(h.view(), "Make the window larger") {
		t.Errorf("no message:\n%s", h.view())
	}
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	if !strings.Contains(h.view(), "Write a tailored") {
		t.Error("layout did not recover after growing")
	}
}

// Typing never waits for glamour: a key press returns at once with at most one
// render in flight, and a render for content that has since changed is not shown.
func TestTypingDoesNotWaitForThePreview(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.key("enter", "enter") // company step, preview visible beside the form
	h.async = true
	h.typeText("A")
	if !h.m.preview.inflight || len(h.held) == 0 {
		t.Fatal("no render started for the change")
	}
	first := len(h.held)
	h.typeText("cme")
	if len(h.held) != first {
		t.Errorf("%d more commands while a render was in flight; want none", len(h.held)-first)
	}
	// Finish the stale render: it is cached, not shown, and the latest is requested.
	var stale renderedMsg
	for _, c := range h.held {
		if msg, ok := c().(renderedMsg); ok {
			stale = msg
		}
	}
	if !strings.Contains(stale.key.markdown, "*A*") {
		t.Fatalf("first render was not for the first keystroke")
	}
	h.held = nil
	h.send(stale)
	if h.m.preview.shown == stale.key {
		t.Error("a stale render was shown")
	}
	if len(h.held) != 1 {
		t.Fatalf("want the latest content requested, got %d commands", len(h.held))
	}
	latest := h.held[0]().(renderedMsg)
	h.async = false
	h.send(latest)
	if !strings.Contains(h.m.preview.shown.markdown, "*Acme*") {
		t.Error("latest render not shown")
	}
}

func TestWideTerminalShowsLivePreviewBesideTheForm(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.key("enter", "enter")
	h.typeText("Initech")
	if !strings.Contains(h.view(), "Initech") || !strings.Contains(h.view(), "What you will own") {
		t.Errorf("live preview does not show the new company:\n%s", h.view())
	}
	narrow := newHarness(t, Options{}, 100, 30)
	narrow.key("enter", "enter")
	if narrow.m.previewWidth() != 0 || strings.Contains(narrow.view(), "About the role") {
		t.Error("a narrow terminal should not squeeze a preview beside the form")
	}
}

// factsGiven are answers that state every fact amjd would otherwise suggest,
// so that a check reports only what a test plants.
func factsGiven() model.Answers {
	return model.Answers{Book: model.Book{Accounts: 20, Revenue: 3_000_000}, ReportsTo: "Head of Sales",
		KPIs: []model.KPIAnswer{{ID: "gross_retention", Target: "90%"}, {ID: "nrr", Target: "105%"}},
		Pay:  model.Pay{Min: 60000, Max: 70000}, About: "We sell tea.", HowToApply: "Apply at tea.example/jobs."}
}

func TestFindingsPanelJumpsToTheStepThatFixesIt(t *testing.T) {
	a := factsGiven()
	a.Responsibilities = model.ListEdit{Add: []string{"Cold calling new logos every Friday."}}
	h := newHarness(t, Options{Answers: a, Prefilled: true}, 100, 30)
	if !strings.Contains(h.flat(), "✗ Quality check: 1 error, 0 warnings") {
		t.Fatalf("no findings bar:\n%s", h.view())
	}
	if !strings.Contains(h.m.preview.shown.markdown, "Cold calling new logos every Friday. ⚠") {
		t.Errorf("the preview does not mark the line concerned")
	}
	h.key("tab")
	if !strings.Contains(h.flat(), "hidden-sales") || !strings.Contains(h.flat(), "Fix: Say it near the top") {
		t.Fatalf("findings list not shown:\n%s", h.view())
	}
	h.key("enter")
	if h.stepID() != "mix" {
		t.Fatalf("enter on hidden-sales opened %q, want the commercial mix step", h.stepID())
	}
	h.key("down", "down", "down", "enter") // blended: the posting now discloses it
	if h.m.mode != modeReview {
		t.Fatal("did not return to review")
	}
	if e, _, _ := model.Count(h.m.findings.items); e != 0 {
		t.Errorf("error still reported after the fix: %v", h.m.findings.items)
	}
	if !strings.Contains(h.flat(), "nothing to fix") {
		t.Errorf("bar does not say the posting is clean:\n%s", h.view())
	}
}

func TestWideReviewShowsFindingsBesideThePreview(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 160, 48)
	v := h.view()
	if !strings.Contains(v, "Quality check") || !strings.Contains(v, "What you will own") {
		t.Errorf("wide review should show preview and findings side by side:\n%s", v)
	}
}

func TestTerminalExtremes(t *testing.T) {
	h := newHarness(t, Options{}, 20, 6)
	if !strings.Contains(h.flat(), "Make the window larger") {
		t.Errorf("20x6: %q", h.view())
	}
	checkWidth := func(h *harness, w int) {
		t.Helper()
		for _, line := range strings.Split(h.view(), "\n") {
			if n := ansi.StringWidth(line); n > w {
				t.Fatalf("a line is %d cells wide in a %d-column terminal: %q", n, w, line)
			}
		}
	}
	h = newHarness(t, Options{}, 400, 120)
	h.key("enter", "enter")
	checkWidth(h, 400)
	// Rapid resizes: every size is laid out, and renders never pile up.
	h.async = true
	for i := 0; i < 200; i++ {
		h.send(tea.WindowSizeMsg{Width: 60 + i%300, Height: 20 + i%80})
	}
	if len(h.held) > 1 {
		t.Errorf("%d renders started during 200 resizes; want at most one in flight", len(h.held))
	}
	h.async = false
	h.held = nil
	h.send(tea.WindowSizeMsg{Width: 100, Height: 30})
	checkWidth(h, 100)
	// A 10,000-character paste into a one-line field is refused clearly and
	// the wizard keeps working.
	h.send(tea.PasteMsg{Content: strings.Repeat("x", 10000)})
	if !strings.Contains(h.view(), "has 10,000 characters; at most 120 fit") {
		t.Errorf("no message for an over-long paste:\n%s", h.view())
	}
	checkWidth(h, 100)
	for range 10000 {
		h.key("backspace")
	}
	h.typeText("Acme")
	if h.m.answers.Company != "Acme" {
		t.Errorf("company %q after clearing the paste", h.m.answers.Company)
	}
}

func TestMultiLinePasteIntoOneLineFieldKeepsTheFirstLine(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter")
	h.send(tea.PasteMsg{Content: "Acme Ltd\nSecond line\nThird"})
	if h.m.answers.Company != "Acme Ltd" || !strings.Contains(h.m.status, "first line only") {
		t.Errorf("company %q, status %q", h.m.answers.Company, h.m.status)
	}
}
