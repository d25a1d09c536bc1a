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
	awayCue = base.Regexp{Expr: `(?i)\b(travel\w*|on the road|visit\w*|out at|out on|out in|in the field|on board|at (?:client|customer|grower|dealer|stockist)s?['’]? (?:sites|premises|offices)|ports|trade shows?|conferences?|trips?|nights away|away from home|overnight|abroad|interstate|on farms?|out (?:with|seeing|visiting)|at (?:facilities|plants|practices|clinics|farms|venues))\b`}
	// homeCue: the time is spent at home or in the office: a hybrid week.
	homeCue    = base.Regexp{Expr: `(?i)\b(from home|at home|remote\w*|in the office|office days?|at (?:our|the) (?:[\p{L}-]+ ){0,2}office|goes (?:in)?to|go (?:in)?to|is spent on|split)\b`}
	daysAWeek  = base.Regexp{Expr: `(?i)\b(a|an|one|two|three|four|half a|\d)(?:\s+(?:or|to|-)\s+(?:two|three|four|\d))?\s+days?\s+(?:a|per|each|every)\s+week\b`}
	daysAMonth = base.Regexp{Expr: `(?i)\b(a|one|two|three|four|five|a couple of|a few|\d{1,2})(?:\s+(?:or|to|-)\s+(?:two|three|four|five|\d))?\s+days?(?:\s+or\s+two)?\s+(?:a|per|each|every)\s+month\b|\b(once|twice)\s+a\s+month\b`}
	weeksPer   = base.Regexp{Expr: `(?i)\b(a|one|two)\s+weeks?\s+(?:out\s+of\s+)?(?:a|per|each|every)\s+(month|quarter|year)\b`}
	// tripsAYear is a few times a year: trade shows, a conference, a quarter's visit.
	tripsAYear = base.Regexp{Expr: `(?i)\b(?:a few|several|\d|one|two|three|four|five|six)\s+times\s+a\s+year\b|\b(?:once|twice)\s+a\s+(?:year|quarter)\b|\bonce\s+(?:a|each|every)\s+quarter\b|\b(?:a|one|two|three|\d)\s+(?:[\w-]+\s+){0,2}(?:trade[- ]shows?|shows?|trips?|conferences?|visits?|weekends?)\s+(?:a|each|every|per)\s+(?:year|winter|spring|summer|autumn|fall)\b|\b(?:each|every)\s+(?:year|winter|spring|summer|autumn|fall)\b|\bonce\s+a\s+year\b|\ba handful of \w+ a year\b`}
	// tripsAFortnight and tripsAMonth are days or trips in a fortnight or a month.
	tripsAFortnight = base.Regexp{Expr: `(?i)\b(?:a|one|about one)\s+day\s+(?:a|per|each|every)\s+fortnight\b|\bonce\s+a\s+fortnight\b|\bevery\s+other\s+week\b`}
	tripsAMonth     = base.Regexp{Expr: `(?i)\b(a few|two or three|\d|one|two|three|four|once|twice)\s+(?:times|day[- ]trips?|trips?)\s+a\s+month\b|\b(?:most|every)\s+months?\b`}
	// eachClient is a duty done with each client in turn.
	eachClient = base.Regexp{Expr: `(?i)\b(?:each|every)\s+(?:one of your\s+|of your\s+)?([\p{L}'’-]+)`}
	// mostDays is time away most of the working week.
	mostDays = base.Regexp{Expr: `(?i)\bmost\s+(?:days|weeks)\b`}
	weekIn   = base.Regexp{Expr: `(?i)\b(?:a|one)\s+week\s+(?:in|out of)\s+(?:every\s+)?(two|three|four|five|\d)\b`}
	oneDay   = base.Regexp{Expr: `(?i)\b(?:a|one) day\b`}
	// timePct is a share of time away: "about 60% of the time", "travel
	// 40%", "~25% travel".
	timePct = base.Regexp{Expr: `(?i)\b(\d{1,3})\s?%\s+(?:of (?:the|your) (?:time|week|working time)|travel|on the road|away)|\b(?:travel|away|on the road)\w*[^.%\d]{0,40}?\b(\d{1,3})\s?%`}
	// checkedPct is a form's ticked box for the share of travel.
	checkedPct = base.Regexp{Expr: `[☒☑✔✓■x]\]?\s*(?:under\s+|over\s+|up to\s+)?(?:\d{1,3}\s?[–-]\s?)?(\d{1,3})\s?%`}
	// travelGoods is travel in the name of a thing sold.
	travelGoods = base.Regexp{Expr: `(?i)\btravel (?:trailers?|mugs?|bags?|cots?|insurance|agents?|agency|management|industry|sector)\b`}
	ofTime      = base.Regexp{Expr: `(?i)\b(a tenth|a fifth|a quarter|a third|half|two thirds|most)\s+of\s+(?:your|the|their)?\s*(?:time|week|working week)\b`}
)

// travelShare is the share of working time, in percent, a sentence says
// the job spends away, or -1.
func travelShare(s string) int {
	s = travelGoods.Get().ReplaceAllString(s, "") // "travel trailers" are for sale
	if m := checkedPct.Get().FindStringSubmatch(s); m != nil && (awayCue.Get().MatchString(s) || strings.Contains(s, "☐") && strings.Contains(s, "None")) {
		return atoiSmall(m[1]) // a form's ticked box for travel: "☐ None ☐ Under 10% ☒ 10–25%"
	}
	if !awayCue.Get().MatchString(s) || homeCue.Get().MatchString(s) {
		return -1
	}
	if m := timePct.Get().FindStringSubmatch(s); m != nil {
		return atoiSmall(m[1] + m[2]) // "about 60% of the time", "travel 40%", not "95% of runs"
	}
	if ms := daysAWeek.Get().FindAllStringSubmatchIndex(s, -1); ms != nil {
		// "two days a week at the Athlone site, with travel to customers
		// about one day a week": the days nearest the going out.
		m, cue := ms[0], awayCue.Get().FindStringIndex(s)
		for _, x := range ms[1:] {
			if cue != nil && x[0] > cue[0] && m[0] < cue[0] {
				m = x
			}
		}
		return 20 * countOf(s[m[2]:m[3]])
	}
	if dutyRhythm(s) {
		return -1 // "visit each store once a month": a duty's rhythm, not the job's travel
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
	return shareByRhythm(s)
}

// shareByRhythm is the share of time away a sentence gives as a rhythm:
// weeks in a month, most days, days or trips a month, trips a year.
func shareByRhythm(s string) int {
	if m := weekIn.Get().FindStringSubmatch(s); m != nil {
		return 100 / max(countOf(m[1]), 1) // "one week in four"
	}
	if mostDays.Get().MatchString(s) {
		if oneDay.Get().MatchString(s) {
			return 20 // "most weeks you'll spend a day visiting"
		}
		return 40
	}
	if m := tripsAMonth.Get().FindStringSubmatch(s); m != nil {
		return 5 * max(countOf(m[1]), 1)
	}
	if tripsAFortnight.Get().MatchString(s) {
		return 5
	}
	if tripsAYear.Get().MatchString(s) {
		return 1
	}
	if m := ofTime.Get().FindStringSubmatch(s); m != nil {
		return map[string]int{"a tenth": 10, "a fifth": 20, "a quarter": 25, "a third": 33, "half": 50, "two thirds": 66, "most": 60}[strings.ToLower(m[1])]
	}
	return -1
}

// countOf reads a small count in words or digits: "a couple of" is two.
func countOf(w string) int {
	switch strings.ToLower(w) {
	case "a", "an", "one", "once":
		return 1
	case "half a":
		return 0
	case "two", "a couple of", "twice", "two or three":
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
	case pct <= 2:
		return "rare" // a few times a year
	case pct <= 10:
		return "occasional"
	case pct <= 25:
		return "regular"
	}
	return "frequent"
}

// dutyRhythm reports a sentence that says how often each client is seen:
// "Visit every practice at least once a quarter", not "every month".
func dutyRhythm(s string) bool {
	for _, m := range eachClient.Get().FindAllStringSubmatch(s, 8) {
		switch strings.ToLower(m[1]) {
		case "day", "week", "month", "year", "quarter", "fortnight", "season", "spring", "summer", "autumn", "fall", "winter",
			"time", "other", "morning", "afternoon", "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday":
			continue
		}
		return true
	}
	return false
}
