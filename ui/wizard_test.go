package ui

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
	"amjd/model/posting"
)

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
	want := posting.Assemble(h.m.app.cat, answers.Answers{}).Markdown()
	if got := h.m.app.markdown(); got != want {
		t.Error("enter-through posting differs from the default posting")
	}
	if !strings.Contains(h.view(), "Review · full posting") || !strings.Contains(h.view(), "What you will own") {
		t.Errorf("review does not show the rendered posting:\n%s", h.view())
	}
}

func TestEveryStepShowsProgressAndWhy(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	for i, step := range h.m.app.steps {
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
		h.pressUntil("the step after "+step.ID, func() bool { return h.stepID() != step.ID }, "enter")
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
	h.key("enter", "enter")         // to the website, then industry
	h.key("down", "enter", "enter") // an industry; none in the user's words
	h.key("esc", "esc")             // back to industry, then company
	if h.stepID() != "company" {
		t.Fatalf("esc went to %s", h.stepID())
	}
	for _, want := range []string{"Acme Ltd", "Client Partner"} {
		if !strings.Contains(h.view(), want) {
			t.Errorf("going back lost %q:\n%s", want, h.view())
		}
	}
	h.enterUntilReview()
	md := h.m.app.markdown()
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
	h.key("down", "down", "down", "enter", "enter") // blended; no more new business to add
	if h.m.showing() != "review" {
		t.Fatalf("after editing, showing %v, want review", h.m.showing())
	}
	if !strings.Contains(h.m.app.markdown(), "This role includes new-business targets") {
		t.Error("edit did not reach the posting")
	}
	// e opens the step picker; picking step 2 edits company and title.
	h.key("e", "down", "enter")
	if h.stepID() != "company" {
		t.Fatalf("picker opened %q", h.stepID())
	}
	h.key("esc")
	if h.m.showing() != "review" {
		t.Error("esc while editing from review should return to review")
	}
}

func TestInvalidNumberBlocksAndIsKept(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter")
	h.enterUntilStep("book")
	h.key("tab") // accounts
	h.typeText("12x")
	if !strings.Contains(h.view(), "✗ enter a whole number") {
		t.Fatalf("no inline error while typing:\n%s", h.view())
	}
	h.key("enter", "enter", "enter")
	if h.stepID() != "book" {
		t.Fatalf("moved on to %s with an invalid number", h.stepID())
	}
	if !strings.Contains(h.view(), "Fix the field marked ✗") || h.stepScreen().focusedEditor().field().Key != "accounts" {
		t.Errorf("enter left the wrong field, or no block message:\n%s", h.view())
	}
	h.key("tab") // away from it: the ✗ stays on its line
	if !strings.Contains(h.view(), "✗ Number of accounts: 12x") {
		t.Errorf("the wrong field is not marked once the focus left it:\n%s", h.view())
	}
	h.key("esc", "enter") // leave and come back: the typed text is still there
	h.enterUntilStep("book")
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
	h.enterUntilStep("kpis")
	h.key("down", "space", "down", "down", "down", "down", "space") // + renewal rate, + response time
	h.pressUntil("the last field of step kpis", func() bool {
		return h.stepScreen().focused >= len(h.stepScreen().editors)-1
	}, "tab")
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
		t.Fatalf("n did not return to the step, showing %v", h.m.showing())
	}
	h.key("ctrl+c", "y")
	if !h.quit {
		t.Error("y did not quit")
	}
	// Back on the welcome screen with answers typed, esc asks too.
	h = newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter")
	h.typeText("Acme")
	h.key("shift+tab", "esc", "esc")
	if h.m.showing() != "confirm" || h.quit {
		t.Errorf("esc on the welcome screen quit without asking: %s", h.m.showing())
	}
}

// Typing never waits for glamour: a key press returns at once with at most one
// render in flight, and a render for content that has since changed is not shown.
func TestTypingDoesNotWaitForThePreview(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.key("enter", "enter") // company step, preview visible beside the form
	h.async = true
	h.typeText("A")
	if !h.m.app.preview.Rendering() || len(h.held) == 0 {
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
	if !strings.Contains(stale.Key.Markdown, "*A*") {
		t.Fatalf("first render was not for the first keystroke")
	}
	h.held = nil
	h.send(stale)
	if h.m.app.preview.Shown() == stale.Key {
		t.Error("a stale render was shown")
	}
	if len(h.held) != 1 {
		t.Fatalf("want the latest content requested, got %d commands", len(h.held))
	}
	latest := h.held[0]().(renderedMsg)
	h.async = false
	h.send(latest)
	if !strings.Contains(h.m.app.preview.Shown().Markdown, "*Acme*") {
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
	// A narrow terminal shows it under the form, not squeezed beside it.
	narrow := newHarness(t, Options{}, 100, 30)
	narrow.key("enter", "enter")
	narrow.typeText("Initech")
	lines := strings.Split(narrow.view(), "\n")
	field := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "Company name") })
	rule := slices.IndexFunc(lines, func(l string) bool { return strings.Contains(l, "── Preview") })
	facts := slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) == "Initech" }) // the typed name; then the facts line
	facts += 1 + slices.IndexFunc(lines[facts+1:], func(l string) bool { return strings.TrimSpace(l) == "Initech" })
	if narrow.m.screen.preview().width != 0 || field < 0 || rule <= field || facts <= rule {
		t.Errorf("a narrow terminal should show the preview under the form:\n%s", narrow.view())
	}
}

// factsGiven are answers that state every fact amjd would otherwise suggest,
// so that a check reports only what a test plants.
func factsGiven() answers.Answers {
	return answers.Answers{Book: answers.Book{Accounts: 20, Revenue: 3_000_000}, ReportsTo: "Head of Sales",
		KPIs: []answers.KPIAnswer{{ID: "gross_retention", Target: "90%"}, {ID: "nrr", Target: "105%"}},
		Pay:  answers.Pay{Min: 60000, Max: 70000}, About: "We sell tea.", HowToApply: "Apply at tea.example/jobs."}
}

func TestFindingsPanelJumpsToTheStepThatFixesIt(t *testing.T) {
	a := factsGiven()
	a.Responsibilities = answers.ListEdit{Add: []string{"Cold calling new logos every Friday."}}
	h := newHarness(t, Options{Answers: a, Prefilled: true}, 100, 30)
	if !strings.Contains(h.flat(), "✗ Quality check: 1 error, 0 warnings") {
		t.Fatalf("no findings bar:\n%s", h.view())
	}
	if !strings.Contains(h.m.app.preview.Shown().Markdown, "Cold calling new logos every Friday. ⚠") {
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
	h.key("down", "down", "down", "enter", "enter") // blended: the posting now discloses it
	if h.m.showing() != "review" {
		t.Fatal("did not return to review")
	}
	if e, _, _ := checker.Count(h.m.app.findings); e != 0 {
		t.Errorf("error still reported after the fix: %v", h.m.app.findings)
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
	if testing.Short() {
		t.Skip("200 rapid resizes and a 10,000-character paste cleared key by key: skipped with -short")
	}
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
	if !strings.Contains(h.flat(), "The paste is 10,000 characters; Company name holds at most 120: nothing was pasted.") {
		t.Errorf("no message for an over-long paste:\n%s", h.view())
	}
	checkWidth(h, 100)
	for range 10000 {
		h.key("backspace")
	}
	h.typeText("Acme")
	if h.m.app.answers.Company != "Acme" {
		t.Errorf("company %q after clearing the paste", h.m.app.answers.Company)
	}
}

func TestMultiLinePasteIntoOneLineFieldKeepsTheFirstLine(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter")
	h.send(tea.PasteMsg{Content: "Acme Ltd\nSecond line\nThird"})
	if h.m.app.answers.Company != "Acme Ltd" || !strings.Contains(h.m.app.status, "first line only") {
		t.Errorf("company %q, status %q", h.m.app.answers.Company, h.m.app.status)
	}
}

// A status is about its moment: it goes with the next screen change, or
// after a few seconds, but one set with a screen change (a resumed draft)
// is seen on the screen it leads to.
func TestStatusLinesDoNotFollowTheUser(t *testing.T) {
	h := newHarness(t, Options{}, 100, 30)
	h.key("enter", "enter") // the company field
	h.send(tea.PasteMsg{Content: "Acme\nLtd"})
	if !strings.Contains(h.view(), "first line only") {
		t.Fatalf("no status after a multi-line paste:\n%s", h.view())
	}
	h.key("enter", "enter", "enter") // the next step
	if strings.Contains(h.view(), "first line only") {
		t.Errorf("the paste's status followed the user to the next step:\n%s", h.view())
	}

	timed := newHarness(t, Options{statusTTL: time.Millisecond}, 100, 30)
	timed.key("enter", "enter")
	timed.send(tea.PasteMsg{Content: "Acme\nLtd"}) // the harness runs the expiry at once
	if strings.Contains(timed.view(), "first line only") {
		t.Errorf("the status did not expire:\n%s", timed.view())
	}
}

// Beside a step, the preview shows the part of the posting its first field writes,
// and shift+↑/↓ scroll it.
func TestThePreviewFollowsTheStep(t *testing.T) {
	h := newHarness(t, Options{}, 160, 48)
	h.key("enter")
	h.until("step "+base.StepAbout, func() bool { return h.stepID() == base.StepAbout }, func() {
		anchor := h.m.app.follow.Spot().Heading
		if h.m.app.follow.Spot().Top {
			anchor = "Account Manager" // the title
		}
		if !strings.Contains(h.view(), anchor) {
			t.Errorf("step %s: the preview does not show %q, where its first field writes:\n%s", h.stepID(), anchor, h.view())
		}
		h.key("enter")
		h.pressUntil("the first field of the next step", func() bool { return h.stepScreen().focused == 0 }, "enter")
	})
	before := h.view() // the end of the posting: it can only go up
	h.key("shift+up")
	if h.view() == before {
		t.Error("shift+↑ did not scroll the preview")
	}
}

// Changing the industry changes the suggested responsibilities; the step
// says so when the user comes back to it.
func TestAStepSaysWhatOtherAnswersChangedInIt(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepResponsibilities)
	h.key("esc") // leave it, back to KPIs
	h.key("1")   // nothing: digits are text or ignored here
	h.m.do(openStep{index: flow.StepIndex(base.StepMix)})
	h.key("down", "down") // a blended mix brings new-business duties
	h.m.do(openStep{index: flow.StepIndex(base.StepResponsibilities)})
	if !strings.Contains(h.flat(), "Your answers on other steps changed this one since you were here") {
		t.Fatalf("no word of what changed:\n%s", h.view())
	}
	h.m.do(openStep{index: flow.StepIndex(base.StepTools)})
	h.m.do(openStep{index: flow.StepIndex(base.StepResponsibilities)})
	if strings.Contains(h.flat(), "changed this one since") {
		t.Errorf("the notice stays although nothing changed since:\n%s", h.view())
	}
}

// A number typed as managers type it is read back under the field.
func TestTypedAmountsAreReadBack(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepBook)
	h.key("tab", "tab") // the book's revenue
	h.typeText("12M")
	if !strings.Contains(h.view(), "reads as 12,000,000") {
		t.Errorf("12M is not read back as typed:\n%s", h.view())
	}
	h.key("tab") // a number is taken as its field is left
	if h.m.app.answers.Book.Revenue != 12_000_000 {
		t.Errorf("12M: revenue %d, screen:\n%s", h.m.app.answers.Book.Revenue, h.view())
	}
}

// At 80 columns a long option is cut on its line but shown whole under the
// list while the cursor is on it.
func TestTheOptionUnderTheCursorIsShownWhole(t *testing.T) {
	h := newHarness(t, Options{}, 80, 30)
	h.key("enter")
	h.enterUntilStep(base.StepResponsibilities)
	label := h.stepScreen().focusedEditor().field().Options[0].Label
	if !strings.Contains(h.flat(), label) {
		t.Errorf("the option %q is not shown whole:\n%s", label, h.view())
	}
}

// In a field of one item per line, enter starts the next line; enter on an
// empty line moves on, so a list is never cut at its first item.
func TestEnterInAListFieldStartsANewLine(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepTools)
	h.key("tab") // Other tools
	h.typeText("HubSpot")
	h.key("enter")
	h.typeText("Notion")
	h.key("enter")
	if h.stepID() != base.StepTools {
		t.Fatalf("enter after a line left the step: on %s", h.stepID())
	}
	h.key("enter") // on the empty line: next step
	if h.stepID() == base.StepTools {
		t.Fatalf("enter on an empty line did not move on:\n%s", h.view())
	}
	if got := h.m.app.answers.Tools.Add; len(got) != 2 || got[1] != "Notion" {
		t.Errorf("tools typed: %q", got)
	}
}

// A list longer than the room scrolls a line at a time with the cursor,
// never leaving one option alone on a page.
func TestListsScrollWithTheCursor(t *testing.T) {
	h := newHarness(t, Options{}, 80, 20)
	h.key("enter")
	h.enterUntilStep(base.StepKPIs)
	first := regexp.MustCompile(`1-(\d) of 9 shown`).FindStringSubmatch(h.view())
	if first == nil {
		t.Fatalf("at 80x20 the KPI list should not fit:\n%s", h.view())
	}
	rows, _ := strconv.Atoi(first[1])
	for range rows {
		h.key("down")
	}
	if want := fmt.Sprintf("2-%d of 9 shown", rows+1); !strings.Contains(h.view(), want) {
		t.Errorf("moving past the window did not scroll one line (%s):\n%s", want, h.view())
	}
}
