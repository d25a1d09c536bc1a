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

// payPeriod is the period a pay figure is told per, right after it: "a
// month", "/hr", "weekly".
var payPeriod = Regexp{Expr: `(?i)^[\s,.)]{0,3}(?:(?:a|an|per|each|every|/)\s*(month|mo|week|wk|fortnight|day|hour|hr)\b|(monthly|weekly|fortnightly|daily|hourly)\b)`}

// PeriodsAYear is how many of the period told at the start of after make a
// year ("a month": 12, "per hour": 2,080), or 1 when none is told.
func PeriodsAYear(after string) float64 {
	m := payPeriod.Get().FindStringSubmatch(after)
	if m == nil {
		return 1
	}
	switch strings.ToLower(m[1] + m[2]) {
	case "month", "mo", "monthly":
		return 12
	case "week", "wk", "weekly":
		return 52
	case "fortnight", "fortnightly":
		return 26
	case "day", "daily":
		return 260
	default:
		return 2080
	}
}

// OverAYear says a figure was worked out over a year from one told per
// month, week, day or hour (perYear other than 1), or nothing.
func OverAYear(perYear float64) string {
	if perYear == 1 {
		return ""
	}
	return " over a year"
}

// bonusBefore ends the words before a range of variable pay: "a yearly
// bonus of $4,000 to $9,000" is no pay range.
var bonusBefore = Regexp{Expr: `(?i)\b(?:bonus(?:es)?|commission|incentive|profit[- ]share)\b([^$€£\d]{0,30})$`}

// VariablePayOnly reports a range told of a bonus or commission alone, not
// of the pay: "with a bonus, the pay is …" is the pay's.
func VariablePayOnly(before string) bool {
	m := bonusBefore.Get().FindStringSubmatch(before)
	return m != nil && !payNouns.Get().MatchString(m[1])
}

var payNouns = Regexp{Expr: `(?i)\b(?:pay|salary|base|wage|earn)`}
