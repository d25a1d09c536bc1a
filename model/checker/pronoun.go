package checker

import (
	"fmt"
	"sort"
	"strings"

	"amjd/model/base"
	"amjd/model/markup"
)

// Gendered pronouns are flagged where they stand for the candidate, not where
// they refer to someone else named nearby ("the Sales Director, who leads
// her team"). Who is named where is found once per line, and each pronoun
// looks up the nearest person named before it in that index, so the rule is
// linear in the text however many pronouns it holds.

func (k *checker) pronouns() {
	for _, h := range k.d.find(k.c.Checks.GenderedPronouns, all) {
		if k.full("gendered-pronoun") || k.refersToSomeoneElse(h) {
			continue
		}
		p := strings.ToLower(h.phrase)
		k.add(Finding{Rule: "gendered-pronoun", Severity: Warning, Line: h.line, Phrase: h.phrase,
			Message: fmt.Sprintf("%q assumes the candidate's gender.", h.phrase),
			Fix:     fmt.Sprintf("Write to the reader: %q instead of %q.", pronounFix[p], p)})
	}
}

// named is where a line names people: spans of the words that mean the
// person hired ("account manager", "candidate"), and of others ("manager",
// "client") that are not part of one of those.
type named struct{ candidate, other [][]int }

// namedIn indexes line n's people, once per line.
func (k *checker) namedIn(n int) named {
	if p, ok := k.people[n]; ok {
		return p
	}
	if k.people == nil {
		k.people = map[int]named{}
	}
	l := k.d.lines[n-1]
	p := named{candidate: spans(l, append([]string{"candidate*"}, k.c.Checks.CandidateWords...))}
	others := spans(l, k.c.Checks.OtherPeople)
	for _, o := range markup.PeopleNamed(l.text) { // "our estimator, Brent; he prices them"
		if !k.placeInAList(l.text, o) { // "covers Maryland, Delaware and …"
			others = append(others, o)
		}
	}
	if k.names == nil { // "report to Tom Reid": "Tom" later is him
		texts := make([]string, len(k.d.lines))
		for i, l := range k.d.lines {
			texts[i] = l.text
		}
		k.names = append(make([]string, 0, 1), markup.FirstNames(texts)...)
	}
	others = append(others, markup.NameSpans(l.text, k.names)...)
	sort.Slice(others, func(i, j int) bool { return others[i][0] < others[j][0] })
	p.candidate, others = markup.TitlesOfOthers(l.text, p.candidate, others)
	for _, o := range others {
		if !markup.Overlaps(p.candidate, o) { // "manager" in "account manager" is the candidate
			p.other = append(p.other, o)
		}
	}
	k.people[n] = p
	return p
}

// placeInAList reports a name that is a place after another place and a
// comma: "Maryland, Delaware" are states; "our controller, Victoria" is
// a person.
func (k *checker) placeInAList(text string, at []int) bool {
	before := strings.TrimRight(text[:at[0]], ", ")
	prev := before[strings.LastIndexByte(before, ' ')+1:]
	return prev != "" && base.IsPlaceName(k.c, prev) && base.IsPlaceName(k.c, text[at[0]:at[1]])
}

// spans lists where the words match in a line, by start.
func spans(l line, words []string) [][]int {
	var out [][]int
	for _, w := range words {
		if strings.Contains(l.flat, literal(w)) {
			out = append(out, base.FindWord(w, l.text)...)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// refersToSomeoneElse reports whether the person nearest the pronoun is not
// the candidate: the last person named before it, in its sentence or the one
// before (the end of the paragraph before, for a paragraph's first
// sentence), else, unless the pronoun opens its sentence, the first named
// after it in its sentence ("In his first month, our new Account Manager"). Each is looked for within reach of
// the pronoun.
func (k *checker) refersToSomeoneElse(h hit) bool {
	line := k.namedIn(h.line)
	whole, _ := k.sentenceBounds(h.line, h.at)
	start, end := k.sentenceAround(h.line, h.at)
	from := start
	if whole > 0 {
		from, _ = k.sentenceAround(h.line, whole-1)
	}
	if markup.Reflexive(h.word) {
		// "Dr. Sandoval talks to the tested employee himself": a reflexive
		// goes back to its sentence's subject, the first person named.
		o, c := markup.FirstWithin(line.other, whole, h.at), markup.FirstWithin(line.candidate, whole, h.at)
		if o >= 0 || c >= 0 {
			return o >= 0 && (c < 0 || o < c)
		}
	}
	if markup.NotTheSubject(k.d.lines[h.line-1].text, h.word, h.at, whole, from, line.other) {
		return false // "Elspeth will sit down with him every Monday": not Elspeth
	}
	other, candidate := markup.LastWithin(line.other, from, h.at), markup.LastWithin(line.candidate, from, h.at)
	if whole == 0 && h.line > 1 && !k.d.lines[h.line-1].bullet && other < 0 && candidate < 0 &&
		k.d.lines[h.line-2].src == k.d.lines[h.line-1].src-1 { // the line just above in the source
		// Nobody named yet in this paragraph: the end of the one before
		// counts. A list item stands alone: the item above is another duty.
		prev, text := k.namedIn(h.line-1), k.d.lines[h.line-2].text
		lo := len(text) - reach
		other, candidate = markup.LastWithin(prev.other, lo, len(text)), markup.LastWithin(prev.candidate, lo, len(text))
	}
	if other > candidate && candidate >= 0 && markup.Possessive(k.d.lines[h.line-1].text, line.other, other) {
		// "The right person knows that a clinic manager's day is full, so
		// he …": a possessive names whose thing it is, not who acts.
		other = markup.LastWithin(line.other, from, other)
	}
	if other < 0 && candidate < 0 { // no one in reach: the last named earlier in the paragraph ("Gavin's draft … as he wrote it")
		other, candidate = markup.LastWithin(line.other, h.at-3*reach, from), markup.LastWithin(line.candidate, h.at-3*reach, from)
	}
	if other >= 0 || candidate >= 0 {
		return other > candidate
	}
	if strings.TrimSpace(k.d.lines[h.line-1].text[whole:h.at]) == "" {
		// A sentence that opens with the pronoun names its subject there:
		// "He visits each client" is about the candidate, not the client.
		return false
	}
	// A name after the pronoun is whom it stands for when a clause ends
	// between them ("When he started, Joe …"), or whose kin it is ("his
	// wife"), not when it is the object of the pronoun's verb ("he'll meet
	// Aidan Galligan").
	other, candidate = markup.FirstWithin(line.other, h.at, end), markup.FirstWithin(line.candidate, h.at, end)
	if other < 0 || candidate >= 0 && candidate < other {
		return false
	}
	between := k.d.lines[h.line-1].text[min(h.at+len(h.word), other):other]
	return strings.ContainsAny(between, ",;:") || strings.TrimSpace(between) == ""
}
