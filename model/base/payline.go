package base

import (
	"strconv"
	"strings"
)

// A posting's pay as its words state it: a range, an open-ended or single
// figure, and what each amount is worth.

// amountExpr is an amount of money: "$58,000", "£42k", "NZD 80,000".
const amountExpr = `(?:[$€£]|ca\$|a\$|nz\$|(?:usd|cad|eur|gbp|aud|nzd)\s?)\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?`

var (
	// PayRange is a range of pay: "$58,000 to $66,000".
	PayRange = Regexp{Expr: `(?i)` + amountExpr + `\s*(?:to|--?|–|—|and)\s*` + amountExpr} // "--": an en dash typed
	// OpenEnded is a figure with its top or bottom open: "up to $90,000".
	OpenEnded = Regexp{Expr: `(?i)\b(up to|from|starting (?:at|from)|at least|minimum of|as much as)\s+` + amountExpr + `|` +
		// "Pay: about $78,000 in a typical year": one figure said of the pay.
		`\b(?:pay|salary|wage|compensation|earnings)(?:\s*:|\s+(?:is|of|will be|would be))\s+(?:about|around|approximately|roughly)\s+` + amountExpr + `|` + amountExpr + `(?:\s?\+|,?\s+(?:and|or) (?:up|above|upwards|more|higher)\b)`}
)

// ParseAmount is the amount of a figure and its "k".
func ParseAmount(num, k string) float64 {
	x, _ := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if k != "" {
		x *= 1000
	}
	return x
}

// OpenKind says what a figure without its range is: open-ended ("up to
// $90,000"), or one figure ("about $78,000").
func OpenKind(phrase string) string {
	if VagueRange.Get().MatchString(phrase) {
		return "a range in words, with no figure at either end"
	}
	if approximate.Get().MatchString(phrase) || !openWords.Get().MatchString(phrase) {
		return "one figure, not a range" // "Pay: $5,200 a month"
	}
	return "open-ended"
}

// OtherScale puts the pay above another job's range: "above our
// coordinator scale ($46,000 to $52,000)" gives no range of its own.
var OtherScale = Regexp{Expr: `(?i)\b(?:above|over|beyond|higher than|on top of)\s+(?:our|the|a)\s+(?:[\w'’-]+\s+){0,5}?(?:scale|band|range|grade|rate)\b|\b(?:the same|a similar)\s+(?:job|role|position)\s+(?:in|at|for)\s+(?:our|the|another)\b`}

// NoCeiling opens a range's top after it is given.
var NoCeiling = Regexp{Expr: `(?i)\bno (?:ceiling|cap|upper limit|maximum|top end)\b|\buncapped\b|\bthe sky['’]s the limit\b`}

// openWords leave a figure's top or bottom open: "up to", "from", "+".
var openWords = Regexp{Expr: `(?i)\b(?:up to|from|starting|at least|minimum|as much as|and up|or more|upwards|above|higher|no (?:ceiling|cap|upper limit|maximum|top end)|uncapped)\b|\+|sky['’]s the limit`}

// ApproxPay opens a line of pay with one figure: "about $78,000".
// A figure alone with its period is one too: "$64,000/year" under
// "Salary".
var ApproxPay = Regexp{Expr: `(?i)^\s*(?:about|around|approximately|roughly)\s+` + amountExpr + `|^\s*` + amountExpr +
	`\s*(?:(?:/|per\s+|an?\s+)(?:year|yr|annum|hour|hr|month|week)\b|$)`}

// OnePay is one figure said as the pay: "earned a base salary of $57,500".
// A start told to the reader is one too: "You'll start at $54,000 a year".
var OnePay = Regexp{Expr: `(?i)\b(?:salary|pay|wage|earnings|compensation)(?:\s*:|\s+(?:of|is|was|will be|starts at))\s+` + amountExpr +
	`|\byou(?:['’]ll| will)?\s+(?:start|begin)\s+(?:at|on)\s+` + amountExpr}

var approximate = Regexp{Expr: `(?i)\b(?:about|around|approximately|roughly)\s+\S*\d|\b(?:salary|pay|wage)\s+(?:of|is|was)\s`}

// VagueRange is pay told in decades, with no figure: "somewhere in the
// mid-60s to low 70s", "the high 40s".
var VagueRange = Regexp{Expr: `(?i)\b(?:the\s+)?(?:low|mid|middle|high|upper|lower)[- ]?[$£€]?[1-9]0s\b(?:\s*(?:to|-|–|or)\s*(?:the\s+)?(?:(?:low|mid|middle|high|upper|lower)[- ]?)?[$£€]?[1-9]0s\b)?`}

// VaguePay is the pay a line tells in decades, if it is about pay (under
// a pay heading, or saying "pay" or "salary"); lower is the line in small
// letters.
func VaguePay(text, lower string, payLine bool) string {
	if !strings.Contains(lower, "0s") || !payLine && !strings.Contains(lower, "pay") && !strings.Contains(lower, "salary") {
		return ""
	}
	return VagueRange.Get().FindString(text)
}

// PayLabel opens a line about pay ("Salary:", "Pay and benefits:"), and
// PayTold is a word that says what is paid.
var (
	PayLabel = Regexp{Expr: `(?i)^\W*(?:pay|salary|wages?|compensation|remuneration|base pay|package|rate of pay)\b[^:]{0,20}:`}
	PayTold  = Regexp{Expr: `(?i)\b(?:salary|pay|paid|wages?|compensation|remuneration|commission|bonus|per annum|an hour|hourly|a year|per year|OTE)\b`}
)
