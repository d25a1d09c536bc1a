package base

import (
	"testing"
)

func TestFormatAmount(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 65000: "65,000", 1234567: "1,234,567", 29.5: "29.50", 19.999: "20"} {
		if got := FormatAmount(in); got != want {
			t.Errorf("formatAmount(%v) = %q, want %q", in, got, want)
		}
	}
}
