package checker

import (
	"strings"
	"sync"

	"amjd/model/base"
	"amjd/model/markup"
)

// whLead opens a heading phrased as a question or about the reader: "What's
// in it for you".
var whLead = base.Regexp{Expr: `(?i)^(?:what|what's|how|who|where|why|when|your|our)\b`}

// quotes are the curly quotes word processors type, read as straight ones.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// classify tells the section a heading names from markup.SectionWords.
func classify(heading string) section {
	h := heading
	if strings.ContainsAny(h, "’‘“”") {
		h = quotes.Replace(h)
	}
	h = strings.ToLower(h) // (no copy when it has no capitals)
	idx := sectionIndex()
	best, sec := len(idx.stems), secOther
	for i := 0; i+2 <= len(h); i++ {
		if i > 0 && base.IsWordRune(rune(h[i-1])) {
			continue // entries match at the start of a word
		}
		for _, c := range idx.byLead[h[i:i+2]] {
			if c >= best {
				break // an entry found earlier in the list wins
			}
			st := idx.stems[c]
			if end := i + len(st.stem); strings.HasPrefix(h[i:], st.stem) && (!st.whole || end == len(h) || !base.IsWordRune(rune(h[end]))) {
				best, sec = c, st.sec
				break
			}
		}
	}
	return sec
}

// sectionStem is one entry of markup.SectionWords: whole unless it ends in *.
type sectionStem struct {
	sec   section
	stem  string
	whole bool
}

// sectionIndex lists markup.SectionWords in order, and each entry's place by its
// first two bytes, so that classify reads a heading once.
var sectionIndex = sync.OnceValue(func() (idx struct {
	stems  []sectionStem
	byLead map[string][]int
}) {
	idx.byLead = map[string][]int{}
	for _, sw := range markup.SectionWords {
		for _, w := range sw.Words {
			stem := strings.TrimSuffix(w, "*")
			idx.byLead[stem[:2]] = append(idx.byLead[stem[:2]], len(idx.stems))
			idx.stems = append(idx.stems, sectionStem{section(sw.Sec), stem, stem == w})
		}
	}
	return idx
})
