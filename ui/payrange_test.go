package ui

import (
	"strings"
	"testing"

	"amjd/model/base"
)

// A pay range is judged as a whole, as an answers file is: one end alone or a
// top below the bottom never reaches the posting, the field keeps what was
// typed and says why, and once both ends fit they are taken together.
func TestAPayRangeReachesThePostingOnlyWhole(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepPay)
	pay := func() (float64, float64) { return float64(h.m.app.answers.Pay.Min), float64(h.m.app.answers.Pay.Max) }

	h.typeText("95000") // Pay from, alone
	h.key("tab")
	if lo, hi := pay(); lo != 0 || hi != 0 || !strings.Contains(h.stepScreen().editors[0].problem(), "Give both ends of the pay range") {
		t.Fatalf("one end alone: pay %v-%v, screen:\n%s", lo, hi, h.view())
	}
	h.typeText("80000") // Pay to, below the bottom typed
	h.key("tab")
	if lo, hi := pay(); lo != 0 || hi != 0 || !strings.Contains(h.stepScreen().editors[1].problem(), "below its bottom") {
		t.Fatalf("a top below the bottom: pay %v-%v, screen:\n%s", lo, hi, h.view())
	}
	if md := h.m.app.current().Markdown(); strings.Contains(md, "95,000") || strings.Contains(md, "80,000") {
		t.Errorf("a refused range reached the posting:\n%s", md)
	}
	if p := h.stepScreen().editors[0].problem(); !strings.Contains(p, "below its bottom") {
		t.Errorf("Pay from still gives its old reason %q, not why the two fail together", p)
	}
	h.key("shift+tab", "shift+tab")
	for range len("95000") {
		h.key("backspace")
	}
	h.typeText("70000") // now below the top: both ends are taken
	h.key("tab")
	if lo, hi := pay(); lo != 70_000 || hi != 80_000 {
		t.Fatalf("a range that fits: pay %v-%v, screen:\n%s", lo, hi, h.view())
	}
	if strings.Contains(h.flat(), "✗") || !strings.Contains(h.m.app.current().Markdown(), "70,000") {
		t.Errorf("the range that fits is still marked, or not in the posting:\n%s", h.view())
	}
}

// The whole range typed into one end fills both.
func TestARangeTypedIntoOneEndFillsBoth(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepPay)
	h.typeText("90-110k")
	if !strings.Contains(h.flat(), "90,000 to 110,000, both ends of the range") {
		t.Errorf("the range is not echoed as typed:\n%s", h.view())
	}
	h.key("tab")
	if lo, hi := h.m.app.answers.Pay.Min, h.m.app.answers.Pay.Max; lo != 90_000 || hi != 110_000 {
		t.Fatalf("90-110k gave %v-%v:\n%s", lo, hi, h.view())
	}
	if !strings.Contains(h.flat(), "110000") {
		t.Errorf("the range is not echoed, or Pay to does not show its end:\n%s", h.view())
	}
}

// A value half typed and then left is named on review with what the posting
// keeps instead: never a message that it is out while the last value taken
// is in.
func TestLeavingAHalfTypedAmountSaysWhatThePostingKeeps(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 120, 40)
	h.key("e") // pick the step to edit: the pay step is the twelfth
	for range 11 {
		h.key("down")
	}
	h.key("enter")
	if h.stepID() != base.StepPay {
		t.Fatalf("opened %q, not the pay step:\n%s", h.stepID(), h.view())
	}
	h.typeText("80-90k") // both ends
	h.key("tab")
	h.key("end")
	h.typeText("-ish") // Pay to: "90000-ish"
	h.key("tab")
	if h.m.app.answers.Pay.Max != 90_000 {
		t.Fatalf("pay to is %v, want the 90,000 taken before", h.m.app.answers.Pay.Max)
	}
	h.key("esc")
	if got := h.flat(); !strings.Contains(got, `What you typed in Pay to is not in the posting`) || !strings.Contains(got, `keeps "90000"`) {
		t.Errorf("leaving says:\n%s", h.view())
	}
}

// A number typed key by key is taken as the field is left: "9500" on the
// way to "95000" never reaches the posting, and text that is no number is
// said at once.
func TestANumberIsTakenAsTheFieldIsLeft(t *testing.T) {
	h := newHarness(t, Options{}, 100, 40)
	h.key("enter")
	h.enterUntilStep(base.StepPay)
	h.typeText("70-90k")
	h.key("tab", "shift+tab", "ctrl+u")
	for _, r := range "8500" {
		h.typeText(string(r))
		if lo := h.m.app.answers.Pay.Min; lo != 70_000 {
			t.Fatalf("after typing part of a number, pay from is %v:\n%s", lo, h.view())
		}
	}
	h.typeText("0x")
	if !strings.Contains(h.flat(), "✗") {
		t.Errorf("85000x is not flagged while typed:\n%s", h.view())
	}
	h.key("backspace", "tab")
	if lo := h.m.app.answers.Pay.Min; lo != 85_000 {
		t.Errorf("left with 85000, pay from is %v", lo)
	}
}

// A value kept as typed is an error in the review's check: the posting does
// not say it, so the check never says there is nothing to fix.
func TestTheReviewCountsAKeptValueAsAnError(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 100, 40)
	h.key("e")
	for range 11 {
		h.key("down")
	}
	h.key("enter")
	h.typeText("70-90k")
	h.key("tab", "ctrl+u")
	h.typeText("60000") // below the bottom: kept
	h.key("esc")
	var found bool
	for _, f := range h.m.app.findings {
		found = found || f.Rule == "answer-not-used" && f.Step == base.StepPay && f.Field == "pay_max"
	}
	if !found || strings.Contains(h.flat(), "nothing to fix") {
		t.Errorf("the kept value is not reported on review (found %v):\n%s", found, h.view())
	}
}
