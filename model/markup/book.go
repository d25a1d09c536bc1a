package markup

import (
	"slices"
	"strings"

	"amjd/model/base"
)

// The shape of a book of business on a line: counts of clients, counts
// after a verb of looking after, amounts of revenue. Whose they are (the
// role's, the company's, the pay) is the checker's to judge.

const numberWords = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds of|a dozen|dozens of`

var (
	// A count of clients: "45 restaurant accounts", "two national grocers",
	// "around forty brands", "thirty corporate travel programs".
	// accountsCount is a count and what follows it, found in two steps:
	// where a count starts, then the words after it up to a word for
	// clients (one pattern for both read every digit's next seven words).
	countStart = base.Regexp{Expr: `(?i)\b(?:\d[\d,]*\+?|` + numberWords + `)`}
	countTail  = base.Regexp{Expr: `(?i)^(?:,?[\s-]+[\p{L}-]+){0,6}?\s+(?:` + strings.Join(clientPlurals, "|") + `)\b`}
	// A count after a verb of looking after: "look after 40 mid-sized
	// fleets", "a portfolio of about 60 dental practices" — whatever the
	// clients are called.
	accountsLooked = base.Regexp{Expr: `(?i)\b(?:look(?:s|ing)? after|manag(?:e|es|ing)|own(?:s|ing)?|tak(?:e|es|ing) over|inherit(?:s|ing)?|handl(?:e|es|ing)|responsible for|book of|portfolio of|book is|portfolio is|book covers)\s+(?:about |around |roughly |some |approximately |up to |over |more than |nearly |close to )?(?:\d[\d,]*\+?|` + numberWords + `)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*[a-z]s\b`}
	// An amount of revenue: "$3.5M", "€7M a year", "£40 million", "worth
	// about £410,000".
	bigMoney = base.Regexp{Expr: `(?i)(?:[$€£¥]|\b(?:us|ca|a|nz|s)\$|\b(?:usd|cad|eur|gbp|aud|nzd|chf|sgd|aed)\s?)\s?\d[\d,.]*\s?(?:k|m|mm|bn|b|million|billion)\b|\b\d[\d,.]*\s?(?:million|billion)\b|\b(?:worth|bring(?:s|ing)? in|spend(?:s|ing)?|revenue of|billings of)\s+(?:about |around |roughly |approximately |some |over |more than |nearly )?(?:[$€£¥]|\b(?:us|ca|a|nz|s)\$)\s?\d{3}(?:,\d{3})+\b`}
)

// clientPlurals are the words for clients a count stands before;
// lookedStems and moneyWords are fixed text the patterns need: lines without
// them skip the patterns.
var (
	clientPlurals = []string{"accounts", "clients", "customers", "partners", "brands", "retailers", "stores", "companies", "grocers", "distributors", "dealers", "wholesalers", "agencies", "operators", "hotels", "restaurants", "practices", "pharmacies", "programs", "programmes", "shippers", "schools", "hospitals", "businesses", "firms", "organisations", "organizations", "manufacturers", "utilities", "venues", "sites", "households", "policyholders", "members", "merchants", "shops", "sellers", "suppliers", "vendors", "advertisers", "publishers", "carriers", "dealerships", "franchisees", "locations", "clinics"}
	lookedStems   = []string{"look", "manag", "own", "take", "taking", "inherit", "handl", "responsible", "book of", "portfolio of", "book is", "portfolio is", "book covers"}
	moneyWords    = []string{"usd", "cad", "eur", "gbp", "aud", "nzd", "chf", "sgd", "aed", "million", "billion"}
)

// ClientCounts finds the counts of clients on a line that can be a book's
// size ("45 restaurant accounts", "look after 40 mid-sized fleets"), at
// most limit of each form; flat is the line in lower case.
func ClientCounts(text, flat string, limit int) [][]int {
	var out [][]int
	if !mayCount(text, flat) {
		return nil
	}
	if base.ContainsAny(flat, clientPlurals) {
		out = bookCounts(text, accountsCount(text, limit))
	}
	if base.ContainsAny(flat, lookedStems) {
		out = append(out, bookCounts(text, accountsLooked.Get().FindAllStringIndex(text, limit))...)
	}
	return out
}

// countedThings is a count of things of any name: "31 school districts".
var countedThings = base.Regexp{Expr: `(?i)\b(?:\d[\d,]*\+?|` + numberWords + `)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*[a-z]s\b`}

// CountedThings finds counts of things of any name that can be a book's
// size ("31 school districts"), at most limit.
func CountedThings(text string, limit int) [][]int {
	if !mayCount(text, strings.ToLower(text)) {
		return nil
	}
	return bookCounts(text, countedThings.Get().FindAllStringIndex(text, limit))
}

// CountedThingsIn is CountedThings within text[from:to], as offsets in
// text: the counts before an amount in its sentence.
func CountedThingsIn(text string, from, to int) [][]int {
	counts := countedThings.Get().FindAllStringIndex(text[from:to], -1)
	for _, c := range counts {
		c[0], c[1] = from+c[0], from+c[1]
	}
	return bookCounts(text, counts)
}

// accountsCount finds counts of clients, at most limit: "45 restaurant
// accounts", "two national grocers", "around forty brands", "thirty
// corporate travel programs".
func accountsCount(text string, limit int) [][]int {
	var out [][]int
	end := 0
	for _, m := range countStart.Get().FindAllStringIndex(text, -1) {
		if limit >= 0 && len(out) >= limit {
			break
		}
		if m[0] < end {
			continue // inside the count found before
		}
		// Seven words are a few hundred bytes at most.
		if t := countTail.Get().FindStringIndex(text[m[1]:min(len(text), m[1]+maxCountTail)]); t != nil {
			end = m[1] + t[1]
			out = append(out, []int{m[0], end})
		}
	}
	return out
}

// maxCountTail bounds the text read after a count for its client noun.
const maxCountTail = 400

// isCountWord is a word a count in words holds, whole; "hundred" and
// "dozen" may run on ("hundreds of").
func isCountWord(w string) bool {
	switch w {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
		"thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty",
		"forty", "fifty", "sixty", "seventy", "eighty", "ninety":
		return true
	}
	return false
}

// mayCount is the cheap test before the count patterns: a count is a digit
// or a number word; flat is the text in lower case.
func mayCount(text, flat string) bool {
	if strings.ContainsAny(text, "0123456789") || strings.Contains(flat, "hundred") || strings.Contains(flat, "dozen") {
		return true
	}
	for w := range strings.FieldsFuncSeq(flat, func(r rune) bool { return !base.IsWordRune(r) }) {
		if isCountWord(w) {
			return true
		}
	}
	return false
}

// Amounts finds amounts of revenue ("$3.5M", "£40 million", "worth about
// £410,000"), at most limit.
func Amounts(text string, limit int) [][]int {
	return bigMoney.Get().FindAllStringIndex(text, limit)
}

// MayHaveMoney is the cheap test before Amounts: an amount has a digit,
// and a currency sign or a whole money word ("aud" in "auditors" is none);
// flat is the line in lower case.
func MayHaveMoney(text, flat string) bool {
	if !strings.ContainsAny(text, "0123456789") {
		return false
	}
	if strings.ContainsAny(text, "$€£¥") {
		return true
	}
	for _, w := range moneyWords {
		if base.WordIndex(flat, w) >= 0 {
			return true
		}
	}
	return false
}

var (
	// partOfBook comes before a count that is a part of the book or a
	// target, not its size: "your top 15 accounts", "win 5 new accounts".
	partOfBook = base.Regexp{Expr: `(?i)\b(?:top|new|first|largest|biggest|next)\s*$`}
	// timeCount is a count of time, not of clients: "7+ years managing
	// large, complex accounts".
	timeCount = base.Regexp{Expr: `(?i)^\S+\s+(?:years?|yrs|months?|weeks?|days?|hours?)\b`}
	// perPeriod follows a count that is a rate: "10 clients a week".
	perPeriod = base.Regexp{Expr: `(?i)^\s*(?:a|an|per|each|every)\s+(?:day|week|month|quarter|year)\b`}
)

// bookCounts keeps the counts of clients that can be the book's size: not
// "your top 15 accounts" or "10 new clients a quarter".
func bookCounts(text string, counts [][]int) [][]int {
	return slices.DeleteFunc(counts, func(m []int) bool {
		return partOfBook.Get().MatchString(text[max(0, m[0]-12):m[0]]) || perPeriod.Get().MatchString(text[m[1]:min(len(text), m[1]+24)]) ||
			timeCount.Get().MatchString(text[m[0]:m[1]])
	})
}
