package checker

import (
	"amjd/model/markup"
	"sort"

	"amjd/model/base"
)

// reach is how far either side of a phrase a rule reads its sentence: a line
// can be one sentence of a megabyte, and reading all of it again for each
// phrase found in it would make a rule quadratic in its input. A negation,
// a person a pronoun refers to or a manager's title sits well within it.
const reach = 240

// sentencesOf is the bounds of the sentences of line n (its full stops and
// what follows them), found once per line.
func (k *checker) sentencesOf(n int) [][]int {
	if b, ok := k.sentences[n]; ok {
		return b
	}
	if k.sentences == nil {
		k.sentences = map[int][][]int{}
	}
	b := markup.SentenceStops(k.d.lines[n-1].text)
	k.sentences[n] = b
	return b
}

// sentenceAround is the sentence holding byte at of line n: from just after
// the full stop before it to its own full stop, each end at most reach
// bytes from at.
func (k *checker) sentenceAround(n, at int) (start, end int) {
	start, end = k.sentenceBounds(n, at)
	text := k.d.lines[n-1].text
	if start < at-reach {
		start = base.RuneStart(text, at-reach)
	}
	if end > at+reach {
		end = base.RuneStart(text, at+reach)
	}
	return start, end
}

// sentenceBounds is sentenceAround without the reach: where the sentence
// holding byte at of line n starts and where its full stop is.
func (k *checker) sentenceBounds(n, at int) (start, end int) {
	b := k.sentencesOf(n)
	i := sort.Search(len(b), func(i int) bool { return b[i][1] > at })
	if i > 0 {
		start = b[i-1][1]
	}
	end = len(k.d.lines[n-1].text)
	if i < len(b) {
		end = b[i][0]
	}
	return start, end
}
