package checker

import (
	"sort"
	"strings"

	"amjd/model/base"
)

type hit struct {
	word   string // the list entry
	phrase string // the text found
	line   int
	at     int // where the phrase starts in its line's text
	sec    section
}

// literal is the fixed text every match of a list word contains, used to skip
// the regular expression when the text cannot match: most words of most lists
// are absent from any one posting, and this keeps a check to about a millisecond.
// Most list words are their own literal, and cost nothing to read: a cache of
// them all held 146 KB for as long as amjd ran.
func literal(w string) string {
	stem := strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
	if plainLower(stem) {
		return stem
	}
	return strings.Join(strings.Fields(strings.ToLower(stem)), " ")
}

// plainLower reports whether s is ASCII in lower case with single spaces
// between its words, as most list words are.
func plainLower(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= 'A' && c <= 'Z', c >= 0x80, c < ' ':
			return false
		case c == ' ' && (i == 0 || i == len(s)-1 || s[i-1] == ' '):
			return false
		}
	}
	return true
}

// find returns every match of the list's words, line by line.
func (d document) find(words []string, keep func(line) bool) []hit {
	var hits []hit
	for _, w := range words {
		if d.stopped() {
			return nil // the check is cancelled: nobody reads its findings
		}
		lit := literal(w)
		if !d.mayHave(w, lit) {
			continue
		}
		re := base.WordPattern(w)
		plain := lit == strings.TrimSuffix(w, "*") // small ASCII letters, matched without case
		for _, l := range d.lines {
			if keep != nil && !keep(l) || !strings.Contains(l.flat, lit) {
				continue
			}
			var spans [][]int
			if plain && l.flat == l.text {
				spans = base.FindWordPlain(w, l.text)
			} else {
				spans = base.WordEnds(w, l.text, re.FindAllStringIndex(l.text, -1))
			}
			for _, m := range spans {
				hits = append(hits, hit{word: w, phrase: l.text[m[0]:m[1]], line: l.n, at: m[0], sec: l.sec})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].line < hits[j].line })
	return hits
}

func (d document) has(words []string) bool {
	for _, w := range words {
		if !d.mayHave(w, literal(w)) {
			continue
		}
		if !strings.HasPrefix(w, "=") {
			if base.WordPattern(w).MatchString(d.body) {
				return true
			}
			continue
		}
		// A word matched with its case is looked for in the text as written.
		if len(d.find([]string{w}, all)) > 0 {
			return true
		}
	}
	return false
}

func all(line) bool { return true }

// mayHave reports whether list word w, whose literal is lit, may be in the
// document: a word of plain letters and digits needs each of its whole words
// among the document's words (a stem, its last only as a prefix, left to the
// search). This is one map lookup per word, where searching the whole text
// for each of hundreds of words read a megabyte hundreds of times.
func (d document) mayHave(w, lit string) bool {
	if d.tokens == nil || strings.IndexFunc(lit, func(r rune) bool { return r != ' ' && !isASCIIWord(r) }) >= 0 {
		return strings.Contains(d.body, lit)
	}
	words := strings.Split(lit, " ")
	if strings.HasSuffix(w, "*") {
		words = words[:len(words)-1]
	}
	for _, t := range words {
		if _, ok := d.tokens[t]; !ok {
			return false
		}
	}
	return len(words) > 0 || strings.Contains(d.body, lit)
}

func isASCIIWord(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_'
}

// tokensOf lists the words of text (lower case): runs of ASCII letters,
// digits and underscores, as a pattern's \b bounds them.
func tokensOf(text string) map[string]struct{} {
	set := map[string]struct{}{}
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isASCIIWord(rune(text[i])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			set[text[start:i]] = struct{}{}
			start = -1
		}
	}
	return set
}

// stopped reports whether the check reading the document was cancelled.
func (d document) stopped() bool {
	select {
	case <-d.done:
		return true
	default:
		return false
	}
}
