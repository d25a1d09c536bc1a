package checker

import (
	"fmt"

	"amjd/model/base"
	"amjd/model/gendercode"
)

// Gendered wording, computed as Gender Decoder computes it (Kat Matfield's
// tool built on Gaucher, Friesen & Kay 2011), and pronouns that assume the
// candidate's gender.

// genderCount is one side of the tally: how many coded words, and which.
type genderCount struct {
	n     int
	words []string
	first int // line of the first one
}

func (k *checker) genderCounts() (masc, fem genderCount) {
	g := k.c.Checks.Gender
	masculine, feminine := gendercode.Index(g.Masculine), gendercode.Index(g.Feminine)
	for _, l := range k.d.lines {
		tokens := gendercode.Tokens(l.text, g.Hyphenated)
		m, mw := gendercode.Count(tokens, masculine, g.Exceptions)
		f, fw := gendercode.Count(tokens, feminine, g.Exceptions)
		if m > 0 && masc.first == 0 {
			masc.first = l.n
		}
		if f > 0 && fem.first == 0 {
			fem.first = l.n
		}
		masc.n, fem.n = masc.n+m, fem.n+f
		masc.words, fem.words = append(masc.words, mw...), append(fem.words, fw...)
	}
	return masc, fem
}

func (k *checker) gender() {
	masc, fem := k.genderCounts()
	verdict := gendercode.Verdict(masc.n, fem.n)
	counts := fmt.Sprintf("%d masculine-coded (%s) and %d feminine-coded (%s) words", masc.n, listWords(masc.words, 5), fem.n, listWords(fem.words, 5))
	switch verdict {
	case "empty":
		return
	case "strongly masculine-coded":
		k.add(Finding{Rule: "gender-coded", Severity: Warning, Line: masc.first, Step: base.StepResponsibilities,
			Message: "Strongly masculine-coded wording (Gender Decoder): " + counts + ". Research finds this makes a job less appealing to women.",
			Fix:     "Swap some for neutral words (lead → run, competitive → strong, driven → motivated), or describe how the person works with others."})
	case "masculine-coded":
		k.add(Finding{Rule: "gender-coded", Severity: Info, Line: masc.first,
			Message: "Masculine-coded wording (Gender Decoder): " + counts + ".",
			Fix:     "A few more neutral words would bring it to neutral; nothing else is needed."})
	default:
		k.add(Finding{Rule: "gender-coded", Severity: Info,
			Message: base.UpperFirst(verdict) + " wording (Gender Decoder): " + counts + ".", Fix: "Nothing to do."})
	}
}

// listWords quotes the first few distinct words of a list.
func listWords(words []string, most int) string {
	hits := make([]hit, len(words))
	for i, w := range words {
		hits[i] = hit{phrase: w}
	}
	return quoteList(hits, most)
}

var pronounFix = map[string]string{"he": "you", "she": "you", "him": "you", "her": "you or your", "his": "your",
	"hers": "yours", "himself": "yourself", "herself": "yourself"}
