package checker

import (
	"fmt"
	"slices"
	"strings"

	"amjd/model/base"
)

// The book of business: how many accounts and how much revenue, told apart
// from the company's own size and from the pay.

const numberWords = `(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|hundreds of|a dozen|dozens of`

var (
	// A count of clients: "45 restaurant accounts", "two national grocers",
	// "around forty brands", "thirty corporate travel programs".
	accountsCount = base.Regexp{Expr: `(?i)\b(?:\d[\d,]*\+?|` + numberWords + `)(?:,?[\s-]+[\p{L}-]+){0,6}?\s+(?:accounts|clients|customers|partners|brands|retailers|stores|companies|grocers|distributors|dealers|wholesalers|agencies|operators|hotels|restaurants|practices|pharmacies|programs|programmes|shippers|schools|hospitals|businesses|firms|organi[sz]ations|manufacturers|utilities|venues|sites|households|policyholders|members|merchants|members|shops|sellers|suppliers|vendors|advertisers|publishers|carriers|dealerships|franchisees|locations|practices|clinics|hotels|accounts)\b`}
	// A count after a verb of looking after: "look after 40 mid-sized
	// fleets", "a portfolio of about 60 dental practices" — whatever the
	// clients are called.
	accountsLooked = base.Regexp{Expr: `(?i)\b(?:look(?:s|ing)? after|manag(?:e|es|ing)|own(?:s|ing)?|tak(?:e|es|ing) over|inherit(?:s|ing)?|handl(?:e|es|ing)|responsible for|book of|portfolio of|book is|portfolio is|book covers)\s+(?:about |around |roughly |some |approximately |up to |over |more than |nearly |close to )?(?:\d[\d,]*\+?|` + numberWords + `)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]*[a-z]s\b`}
	// An amount of revenue: "$3.5M", "€7M a year", "£40 million", "worth
	// about £410,000".
	bigMoney = base.Regexp{Expr: `(?i)(?:[$€£¥]|\b(?:us|ca|a|nz|s)\$|\b(?:usd|cad|eur|gbp|aud|nzd|chf|sgd|aed)\s?)\s?\d[\d,.]*\s?(?:k|m|mm|bn|b|million|billion)\b|\b\d[\d,.]*\s?(?:million|billion)\b|\b(?:worth|bring(?:s|ing)? in|spend(?:s|ing)?|revenue of|billings of)\s+(?:about |around |roughly |approximately |some |over |more than |nearly )?(?:[$€£¥]|\b(?:us|ca|a|nz|s)\$)\s?\d{3}(?:,\d{3})+\b`}
	// Words of a pay line, where a large amount is not the book.
	payWords = base.Regexp{Expr: `(?i)\b(salary|salaries|wages?|compensation|ote|on-target|base pay|pay range|pay band|per hour|an hour|hourly|bonus|commission)\b`}
)

// clientNouns and moneyWords are fixed text the patterns above need.
var (
	clientNouns = []string{"account", "client", "customer", "partner", "brand", "retailer", "store", "compan", "grocer",
		"distributor", "dealer", "wholesaler", "agenc", "operator", "hotel", "restaurant", "practice", "pharmac", "program",
		"shipper", "school", "hospital", "business", "firm", "organi", "manufacturer", "utilit", "venue", "site",
		"household", "policyholder", "member", "merchant", "shop", "seller", "supplier", "vendor", "advertiser",
		"publisher", "carrier", "dealership", "franchisee", "location", "clinic"}
	lookedStems = []string{"look", "manag", "own", "take", "taking", "inherit", "handl", "responsible", "book of", "portfolio of", "book is", "portfolio is", "book covers"}
	moneyWords  = []string{"usd", "cad", "eur", "gbp", "aud", "nzd", "chf", "sgd", "aed", "million", "billion"}
)

// book wants the book of business: how many accounts, and how much revenue.
func (k *checker) book() {
	if k.finance {
		return // a finance job has no book of business
	}
	accounts, revenue, underBook := false, false, false
	for _, l := range k.d.lines {
		if l.heading {
			underBook = bookHeading.Get().MatchString(l.text)
		}
		if l.sec == secAbout || l.sec == secPay {
			continue // the company's own size, or the pay, is not the book
		}
		if underBook && !l.heading {
			// "Your clients" / "62 sheep stations and farms" / "Together
			// worth about NZ$1.3 million a year to us": the heading says
			// whose they are.
			accounts = accounts || len(bookCounts(l.text, countedThings.Get().FindAllStringIndex(l.text, maxTries))) > 0
			revenue = revenue || k.amountNotPay(l)
		}
		// Cheap tests first: most lines name no clients and no money.
		if !accounts && base.ContainsAny(l.flat, clientNouns) {
			accounts = k.roleSentence(l, bookCounts(l.text, accountsCount.Get().FindAllStringIndex(l.text, maxTries)))
		}
		if !accounts && base.ContainsAny(l.flat, lookedStems) {
			accounts = k.roleSentence(l, bookCounts(l.text, accountsLooked.Get().FindAllStringIndex(l.text, maxTries)))
		}
		if money := strings.ContainsAny(l.text, "$€£¥") || base.ContainsAny(l.flat, moneyWords); money {
			if !revenue {
				revenue = k.bookMoney(l)
			}
			if !accounts {
				accounts = k.roleSentence(l, k.countsWorth(l))
			}
		}
	}
	switch {
	case !accounts && !revenue:
		k.add(Finding{Rule: "no-book", Severity: Error, Step: base.StepBook,
			Message: fmt.Sprintf("No book of business: in its %d lines outside the company's own story and the pay, the posting says neither how many accounts the role has nor how much revenue they bring.", k.linesRead(secAbout, secPay)),
			Fix:     "Add a line such as \"You manage 18 mid-market accounts worth about $3.5M a year\"."})
	case !accounts:
		k.add(Finding{Rule: "no-book", Severity: Warning, Step: base.StepBook,
			Message: "The book of business has no number of accounts.",
			Fix:     "Say how many accounts the role manages."})
	case !revenue:
		k.add(Finding{Rule: "no-book", Severity: Warning, Step: base.StepBook,
			Message: "The book of business has no revenue figure.",
			Fix:     "Say roughly how much annual revenue the accounts bring."})
	}
}

// linesRead counts the lines with text outside the sections given.
func (k *checker) linesRead(outside ...section) int {
	n := 0
	for _, l := range k.d.lines {
		if l.text != "" && !l.heading && !slices.Contains(outside, l.sec) {
			n++
		}
	}
	return n
}

// bookMoney reports an amount on the line that is not pay: the sentence it
// is in says nothing of salary or bonus ("workers' compensation insurance"
// elsewhere on the line does not make "$9M in premiums" a salary).
func (k *checker) bookMoney(l line) bool {
	// The first amounts tell: a line of a thousand amounts is no book line.
	for _, m := range bigMoney.Get().FindAllStringIndex(l.text, maxTries) {
		start, end := k.sentenceAround(l.n, m[0])
		if s := l.text[start:end]; !payWords.Get().MatchString(s) && !companySize(s) && k.roleSentence(l, [][]int{m}) {
			return true
		}
	}
	return false
}

// bookHeading names the part of a posting that gives the role's clients.
var bookHeading = base.Regexp{Expr: `(?i)^\W*(?:your|the|our)?\s*(?:clients|accounts|customers|book|book of business|portfolio|patch|territory)\W*$`}

// amountNotPay reports an amount on the line in a sentence that says
// nothing of pay.
func (k *checker) amountNotPay(l line) bool {
	for _, m := range bigMoney.Get().FindAllStringIndex(l.text, maxTries) {
		start, end := k.sentenceAround(l.n, m[0])
		if !payWords.Get().MatchString(l.text[start:end]) {
			return true
		}
	}
	return false
}

// companySize reports a sentence that gives the company's headcount: "a
// turnover of $180 million and 450 staff"; "churches of 500 to 3,000 people"
// are the clients' size, in a sentence that says nothing of "we".
func companySize(s string) bool {
	return headcount.Get().MatchString(s) && weWords.Get().MatchString(s)
}

// countedThings is a count of things of any name: "31 school districts".
var countedThings = base.Regexp{Expr: `(?i)\b(?:\d[\d,]*\+?|` + numberWords + `)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]*[a-z]s\b`}

// countsWorth keeps the counts a sentence gives revenue to: "31 school
// districts ... worth about $2.2M in annual recurring revenue" tells the
// book whatever its clients are called. The count comes before the amount,
// and is not of time, of people or a part of the book. The count is read
// back to the start of its sentence, at most a few hundred bytes away.
func (k *checker) countsWorth(l line) [][]int {
	var out [][]int
	for _, m := range bigMoney.Get().FindAllStringIndex(l.text, maxTries) {
		if len(out) > 0 {
			break
		}
		start, end := k.sentenceAround(l.n, m[0])
		s := l.text[start:end]
		if payWords.Get().MatchString(s) || companySize(s) {
			continue
		}
		counts := countedThings.Get().FindAllStringIndex(l.text[start:m[0]], -1)
		for _, c := range counts {
			c[0], c[1] = start+c[0], start+c[1]
		}
		out = append(out, bookCounts(l.text, counts)...)
	}
	return out
}

var (
	weWords   = base.Regexp{Expr: `(?i)\b(we|we're|we've|our|us)\b`}
	roleWords = base.Regexp{Expr: `(?i)\b(you|your|yours|you'll|you're|role|position|job|account manager|accounts manager|he|she|he'll|she'll|hire|candidate|look after|looks after|take over|takes over|inherit|inherits|portfolio|book)\b`}
)

var (
	// headcount in a sentence makes it the company's size: "a turnover of
	// $180 million and 450 staff".
	headcount = base.Regexp{Expr: `(?i)\b\d[\d,]*\+?\s+(?:staff|employees|people|team members|colleagues|workers|technicians|engineers)\b`}
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

// roleSentence reports whether one of the matches is in a sentence about the
// role: a sentence that speaks of "we" and never of "you" or the role ("We
// now work with 60+ brands, we're a team of 45") gives the company's size,
// not the book.
func (k *checker) roleSentence(l line, matches [][]int) bool {
	if len(matches) > 0 && (l.sec == secDuties || l.sec == secSuccess) {
		return true // a duty speaks of the role, "Maintain our 95 clients"
	}
	for _, m := range matches {
		start, end := k.sentenceAround(l.n, m[0])
		s := l.text[start:end]
		if !weWords.Get().MatchString(s) || roleWords.Get().MatchString(s) {
			return true
		}
		if whole, _ := k.sentenceBounds(l.n, m[0]); whole > 0 && backReference.Get().MatchString(s) {
			// "Together they put about $31 million a year on our cards":
			// they are the accounts the sentence before gave the role.
			b, e := k.sentenceAround(l.n, whole-1)
			if roleWords.Get().MatchString(l.text[b:e]) {
				return true
			}
		}
	}
	return false
}

// backReference opens a sentence that goes on about what the one before
// named: "Together they buy …", "Between them, these customers …".
var backReference = base.Regexp{Expr: `(?i)^\W*(?:together|between them|combined|these|those|they|their)\b`}
