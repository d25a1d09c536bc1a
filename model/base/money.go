package base

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"amjd/content"
)

// FormatAmount writes a number with thousands separators and at most two
// decimals, dropping them when the amount is whole.
func FormatAmount(x float64) string {
	neg := x < 0
	x = math.Abs(x)
	whole := math.Floor(x)
	cents := math.Round((x - whole) * 100)
	if cents == 100 {
		whole, cents = whole+1, 0
	}
	digits := strconv.FormatFloat(whole, 'f', 0, 64)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, d := range digits {
		if i > 0 && (len(digits)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(d)
	}
	if cents > 0 {
		fmt.Fprintf(&b, ".%02d", int(cents))
	}
	return b.String()
}

// CompactMoney writes a large amount the way people say it: $3.5M, $850K.
func CompactMoney(cur content.Currency, n int64) string {
	x := float64(n)
	unit := ""
	switch {
	case x >= 1e9:
		x, unit = x/1e9, "B"
	case x >= 1e6:
		x, unit = x/1e6, "M"
	case x >= 1e3:
		x, unit = x/1e3, "K"
	}
	s := strconv.FormatFloat(math.Round(x*10)/10, 'f', -1, 64)
	return cur.Symbol + s + unit
}
