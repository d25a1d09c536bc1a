package importer

import (
	"strings"

	"amjd/model/base"
)

// How much a job travels, told as time away rather than with the word
// "travel": "about a day a week on the road", "two or three days a week
// visiting stockists", "a couple of days a month", "a third of your time at
// ports". The share of the working time sets the catalog's option.

var (
	// awayCue: the sentence is about being out with clients or on the road.
	awayCue = base.Regexp{Expr: `(?i)\b(travel\w*|on the road|visit\w*|out at|out on|out in|in the field|on board|at (?:client|customer|grower|dealer|stockist)s?['’]? (?:sites|premises|offices)|ports)\b`}
	// homeCue: the time is spent at home or in the office: a hybrid week.
	homeCue    = base.Regexp{Expr: `(?i)\b(from home|at home|remote\w*|in the office|office days?|at (?:our|the) (?:[\p{L}-]+ ){0,2}office|goes (?:in)?to|go (?:in)?to|is spent on|split)\b`}
	daysAWeek  = base.Regexp{Expr: `(?i)\b(a|an|one|two|three|four|half a|\d)(?:\s+(?:or|to|-)\s+(?:two|three|four|\d))?\s+days?\s+(?:a|per|each|every)\s+week\b`}
	daysAMonth = base.Regexp{Expr: `(?i)\b(a|one|two|three|four|five|a couple of|a few|\d{1,2})(?:\s+(?:or|to|-)\s+(?:two|three|four|five|\d))?\s+days?\s+(?:a|per|each|every)\s+month\b|\b(once|twice)\s+a\s+month\b`}
	weeksPer   = base.Regexp{Expr: `(?i)\b(a|one|two)\s+weeks?\s+(?:a|per|each|every)\s+(month|quarter|year)\b`}
	ofTime     = base.Regexp{Expr: `(?i)\b(a tenth|a fifth|a quarter|a third|half|two thirds|most)\s+of\s+(?:your|the|their)?\s*(?:time|week|working week)\b`}
)

// travelShare is the share of working time, in percent, a sentence says
// the job spends away, or -1.
func travelShare(s string) int {
	if !awayCue.Get().MatchString(s) || homeCue.Get().MatchString(s) {
		return -1
	}
	if m := travelPct().FindStringSubmatch(s); m != nil {
		return atoiSmall(m[1])
	}
	if m := daysAWeek.Get().FindStringSubmatch(s); m != nil {
		return 20 * countOf(m[1])
	}
	if m := daysAMonth.Get().FindStringSubmatch(s); m != nil {
		switch strings.ToLower(m[2]) {
		case "once":
			return 5
		case "twice":
			return 10
		}
		return 5 * countOf(m[1])
	}
	if m := weeksPer.Get().FindStringSubmatch(s); m != nil {
		n := countOf(m[1])
		return map[string]int{"month": 25 * n, "quarter": 8 * n, "year": 2 * n}[strings.ToLower(m[2])]
	}
	if m := ofTime.Get().FindStringSubmatch(s); m != nil {
		return map[string]int{"a tenth": 10, "a fifth": 20, "a quarter": 25, "a third": 33, "half": 50, "two thirds": 66, "most": 60}[strings.ToLower(m[1])]
	}
	return -1
}

// countOf reads a small count in words or digits: "a couple of" is two.
func countOf(w string) int {
	switch strings.ToLower(w) {
	case "a", "an", "one":
		return 1
	case "half a":
		return 0
	case "two", "a couple of":
		return 2
	case "three", "a few":
		return 3
	case "four":
		return 4
	case "five":
		return 5
	}
	return atoiSmall(w)
}

func atoiSmall(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return 0
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// travelOption maps a share of time to the catalog's travel options.
func travelOption(pct int) string {
	switch {
	case pct <= 10:
		return "occasional"
	case pct <= 25:
		return "regular"
	}
	return "frequent"
}
