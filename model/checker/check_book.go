package checker

import (
	"fmt"
	"slices"

	"amjd/model/base"
	"amjd/model/markup"
)

// The book of business: how many accounts and how much revenue, told apart
// from the company's own size and from the pay.

// payWords are the words of a pay line, where a large amount is not the
// book.
var payWords = base.Regexp{Expr: `(?i)\b(salary|salaries|wages?|compensation|ote|on-target|base pay|pay range|pay band|per hour|an hour|hourly|bonus|commission)\b`}

// book wants the book of business: how many accounts, and how much revenue.
func (k *checker) book() {
	if k.finance {
		return // a finance job has no book of business
	}
	accounts, revenue, underBook := false, false, false
	for _, l := range k.d.lines {
		if l.heading {
			underBook = markup.IsBookHeading(l.text)
		}
		if l.sec == secAbout || l.sec == secPay {
			continue // the company's own size, or the pay, is not the book
		}
		if underBook && !l.heading {
			// "Your clients" / "62 sheep stations and farms" / "Together
			// worth about NZ$1.3 million a year to us": the heading says
			// whose they are.
			accounts = accounts || len(markup.CountedThings(l.text, maxTries)) > 0
			revenue = revenue || k.amountNotPay(l)
		}
		// Cheap tests first: most lines name no clients and no money.
		if !accounts {
			accounts = k.roleSentence(l, markup.ClientCounts(l.text, l.flat, maxTries))
		}
		if markup.MayHaveMoney(l.text, l.flat) {
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
	for _, m := range markup.Amounts(l.text, maxTries) {
		start, end := k.sentenceAround(l.n, m[0])
		if s := l.text[start:end]; !payWords.Get().MatchString(s) && !companySize(s) && k.roleSentence(l, [][]int{m}) {
			return true
		}
	}
	return false
}

// amountNotPay reports an amount on the line in a sentence that says
// nothing of pay.
func (k *checker) amountNotPay(l line) bool {
	for _, m := range markup.Amounts(l.text, maxTries) {
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

// countsWorth keeps the counts a sentence gives revenue to: "31 school
// districts ... worth about $2.2M in annual recurring revenue" tells the
// book whatever its clients are called. The count comes before the amount,
// and is not of time, of people or a part of the book. The count is read
// back to the start of its sentence, at most a few hundred bytes away.
func (k *checker) countsWorth(l line) [][]int {
	var out [][]int
	for _, m := range markup.Amounts(l.text, maxTries) {
		if len(out) > 0 {
			break
		}
		start, end := k.sentenceAround(l.n, m[0])
		s := l.text[start:end]
		if payWords.Get().MatchString(s) || companySize(s) {
			continue
		}
		out = append(out, markup.CountedThingsIn(l.text, start, m[0])...)
	}
	return out
}

var (
	weWords   = base.Regexp{Expr: `(?i)\b(we|we're|we've|our|us)\b`}
	roleWords = base.Regexp{Expr: `(?i)\b(you|your|yours|you'll|you're|role|position|job|account manager|accounts manager|he|she|he'll|she'll|hire|candidate|look after|looks after|take over|takes over|inherit|inherits|portfolio|book)\b`}
)

// headcount in a sentence makes it the company's size: "a turnover of $180
// million and 450 staff".
var headcount = base.Regexp{Expr: `(?i)\b\d[\d,]*\+?\s+(?:staff|employees|people|team members|colleagues|workers|technicians|engineers)\b`}

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
		} else if whole == 0 && backReference.Get().MatchString(s) && k.previousAboutRole(l) {
			return true // the sentence before closed the paragraph before
		}
	}
	return false
}

// previousAboutRole reports whether the last sentence of the paragraph
// before, in the same section, speaks of the role: "You'll look after 140
// accounts." then "Together they spend about $2.8 million a year".
func (k *checker) previousAboutRole(l line) bool {
	if l.n < 2 {
		return false
	}
	p := k.d.lines[l.n-2]
	if p.heading || p.text == "" || p.sec != l.sec {
		return false
	}
	b, e := k.sentenceAround(p.n, len(p.text)-1)
	return roleWords.Get().MatchString(p.text[b:e])
}

// backReference opens a sentence that goes on about what the one before
// named: "Together they buy …", "Between them, these customers …".
var backReference = base.Regexp{Expr: `(?i)^\W*(?:together|between them|combined|these|those|they|their)\b`}
