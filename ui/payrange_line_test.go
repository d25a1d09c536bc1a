package ui

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
)

// In line mode a reversed pay range is refused with its reason, the two
// ends are asked again, and the posting never states it.
func TestLineModeRefusesAReversedRangeWithItsReason(t *testing.T) {
	lines := 0
	for _, st := range flow.Steps()[:flow.StepIndex(base.StepPay)] {
		for _, f := range st.For(nil2cat(), answers.Answers{}).Fields {
			lines++
			if f.Kind == flow.Cycle {
				lines++ // required, then nice to have
			}
		}
	}
	out, prompts := runLines(t, strings.Repeat("\n", lines)+"95000\n80000\n", AccessibleOptions{})
	if !strings.Contains(prompts, "Pay to is not in the posting yet: The top of the pay range (80,000) is below its bottom (95,000).") {
		t.Errorf("the reversed range is not refused with its reason:\n%s", prompts[strings.Index(prompts, "Step 12"):])
	}
	if strings.Contains(out, "95,000") || strings.Contains(out, "80,000") {
		t.Errorf("the posting states the refused range:\n%s", out)
	}
}
