package markup

import (
	"strings"
	"sync"
	"unicode"

	"amjd/model/base"
)

// SmallNumbers are the numbers a posting writes as words, one to twenty and
// the tens to fifty, as a pattern's alternatives.
const SmallNumbers = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty`

// WordNumber is the value of one of SmallNumbers ("Five" is 5), or 0.
func WordNumber(w string) int {
	return numberOfWord()[strings.ToLower(w)]
}

var numberOfWord = sync.OnceValue(func() map[string]int {
	m := map[string]int{}
	for i, name := range strings.Split(SmallNumbers, "|") {
		m[name] = i + 1
		if i >= 20 { // thirty, forty, fifty
			m[name] = (i - 17) * 10
		}
	}
	return m
})

// ClauseReach is how far before an age its clause is read.
const ClauseReach = 80

// thingThat is a noun a relative clause tells the age of: "a car that's",
// "vans which are".
var thingThat = base.Regexp{Expr: `(?i)\b([\p{L}-]+)\s+(?:that|which)(?:['’]s|\s+(?:is|are|were|was))?\s`}

// clauseBreak ends the clause before a phrase.
var clauseBreak = base.Regexp{Expr: `[,;:.!?(]`}

// ThingsAge reports whether an age in years ("… years old") that follows
// before is a thing's: the clause before it names no person and more than a
// number ("a market more than five years old", "your units are more than 30
// years old"). An age alone, "25-35 years old", is a person's.
func ThingsAge(before string) bool {
	clause := before
	if b := clauseBreak.Get().FindAllStringIndex(clause, -1); len(b) > 0 {
		clause = clause[b[len(b)-1][1]:]
	}
	if r := thingThat.Get().FindAllStringSubmatchIndex(clause, -1); len(r) > 0 {
		clause = clause[r[len(r)-1][2]:] // "applicants who own a car that's less than five": the car's
	}
	fields := strings.Fields(clause)
	for i := len(fields) - 1; i >= 0; i-- {
		// The word the age is told of: "a vehicle no more than three
		// years old" is the vehicle's, though a person owns it.
		w := strings.ToLower(strings.Trim(fields[i], "\"'’"))
		if strings.IndexFunc(w, unicode.IsLetter) < 0 || ageQualifier(w) || WordNumber(w) > 0 || w == "a" || w == "an" {
			continue
		}
		if !aPerson(w) && thingNoun(w) {
			return true
		}
		break
	}
	for _, w := range fields {
		if aPerson(strings.ToLower(strings.Trim(w, "\"'’"))) {
			return false
		}
	}
	words := 0
	for _, w := range fields {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 && !ageQualifier(strings.ToLower(w)) && WordNumber(w) == 0 {
			words++
		}
	}
	return words > 0
}

// aPerson reports a word that, in the clause before an age, makes it a
// person's: "applicants must be 21 years old", "you must be 18 years of age".
func aPerson(w string) bool {
	switch w {
	case "you", "you're", "applicant", "applicants", "candidate", "candidates", "people", "person", "persons", "someone", "anyone",
		"individual", "individuals", "age", "aged", "ideally", "preferably", "must", "should", "be", "between", "hire", "hires",
		"staff", "employee", "employees", "worker", "workers", "men", "women", "he", "she", "they":
		return true
	}
	return false
}

// thingNoun reports a word that names a thing with an age, told right
// before it: "a car no more than five years old".
func thingNoun(w string) bool {
	switch strings.TrimSuffix(w, "s") {
	case "car", "vehicle", "van", "truck", "ute", "lorry", "machine", "building", "system", "unit", "boat", "trailer", "tractor",
		"computer", "laptop", "phone", "licence", "license", "business", "company", "firm", "brand", "product", "tree", "vine", "barrel",
		"equipment", "fleet", "site", "store", "shop", "plant", "account", "contract", "policy", "record", "document", "check":
		return true
	}
	return false
}

// ageQualifier reports a word an age alone is told with: "at least 18",
// "no more than 40".
func ageQualifier(w string) bool {
	switch w {
	case "at", "least", "over", "under", "more", "less", "than", "no", "not", "about", "up", "to", "and", "or", "older", "younger":
		return true
	}
	return false
}
