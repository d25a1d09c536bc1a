package checker

import (
	"fmt"
	"strings"

	"amjd/model/base"
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

// genderTokens splits a line as Gender Decoder does: anything but ASCII
// becomes a space, and so do white space and . , < > * ? ! " [ ] @ ' : ; ( ) / &;
// words are lower-cased; a hyphenated word is split unless it starts with a
// coded hyphenated stem ("co-operative", "self-confident").
func genderTokens(text string, hyphenated []string) []string {
	cleaned := strings.Map(func(r rune) rune {
		if r >= 128 || strings.ContainsRune(" \t\n\r\v\f.,<>*?!\"[]@':;()/&", r) {
			return ' '
		}
		return r
	}, text)
	var out []string
	for _, w := range strings.Fields(strings.ToLower(cleaned)) {
		if strings.Contains(w, "-") && !hasPrefixIn(w, hyphenated) {
			for _, part := range strings.Split(w, "-") {
				if part != "" {
					out = append(out, part)
				}
			}
			continue
		}
		out = append(out, w)
	}
	return out
}

func hasPrefixIn(w string, stems []string) bool {
	for _, s := range stems {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// stemsByFirst indexes stems by their first byte: a word is tried only on
// the stems it could start with.
func stemsByFirst(stems []string) map[byte][]string {
	idx := map[byte][]string{}
	for _, s := range stems {
		if s != "" {
			idx[s[0]] = append(idx[s[0]], s)
		}
	}
	return idx
}

// countCoded counts a word once for each stem it starts with, as Gender
// Decoder does; the exceptions never count.
func countCoded(tokens []string, stems map[byte][]string, exceptions []string) (int, []string) {
	n := 0
	var found []string
	for _, w := range tokens {
		hits := 0
		for _, s := range stems[w[0]] {
			if strings.HasPrefix(w, s) && !contains(exceptions, w) {
				hits++
			}
		}
		if hits > 0 {
			n += hits
			found = append(found, w)
		}
	}
	return n, found
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// genderVerdict is Gender Decoder's verdict for the two counts: the
// difference, in five bands.
func genderVerdict(masculine, feminine int) string {
	switch score := feminine - masculine; {
	case score == 0 && feminine == 0:
		return "empty"
	case score == 0:
		return "neutral"
	case score > 3:
		return "strongly feminine-coded"
	case score > 0:
		return "feminine-coded"
	case score < -3:
		return "strongly masculine-coded"
	}
	return "masculine-coded"
}

func (k *checker) genderCounts() (masc, fem genderCount) {
	g := k.c.Checks.Gender
	masculine, feminine := stemsByFirst(g.Masculine), stemsByFirst(g.Feminine)
	for _, l := range k.d.lines {
		tokens := genderTokens(l.text, g.Hyphenated)
		m, mw := countCoded(tokens, masculine, g.Exceptions)
		f, fw := countCoded(tokens, feminine, g.Exceptions)
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
	verdict := genderVerdict(masc.n, fem.n)
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
