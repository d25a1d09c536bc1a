package flow

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

// One end of the pay range cleared: the posting states the end that was
// given, never "$0", and the pay step says both ends are needed.
func TestOneEndOfThePayRangeIsNeverShownAsZero(t *testing.T) {
	for _, c := range []struct {
		pay  answers.Pay
		want string
	}{
		{answers.Pay{Min: 90_000}, "from $90,000"},
		{answers.Pay{Max: 150_000}, "up to $150,000"},
	} {
		md := posting.Assemble(modeltest.Cat(), answers.Answers{Pay: c.pay}).Markdown()
		if !strings.Contains(md, c.want) || strings.Contains(md, "$0") {
			t.Errorf("%+v: posting lacks %q or shows $0:\n%s", c.pay, c.want, md)
		}
		if block := Steps()[StepIndex(base.StepPay)].For(modeltest.Cat(), answers.Answers{Pay: c.pay}).Block; !strings.Contains(block, "both ends") {
			t.Errorf("%+v: the pay step does not ask for both ends: %q", c.pay, block)
		}
	}
}
