package checker

import (
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

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
	if strings.Contains(stem, " ~ ") { // "drive the ~ truck": its longest fixed part
		stem = slices.MaxFunc(strings.Split(stem, " ~ "), func(a, b string) int { return len(a) - len(b) })
	}
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
	hits, _ := d.findFirst(words, keep, -1)
	return hits
}

// findFirst is find's first max hits by line (every hit, for a negative
// max) and how many hits there are: a megabyte of one phrase is counted,
// not collected.
func (d document) findFirst(words []string, keep func(line) bool, max int) ([]hit, int) {
	var hits []hit
	total := 0
	for _, w := range words {
		if d.stopped() {
			return nil, 0 // the check is cancelled: nobody reads its findings
		}
		lit := literal(w)
		if !d.mayHave(w, lit) {
			continue
		}
		re := base.WordPattern(w)
		plain, before := lit == strings.TrimSuffix(w, "*"), len(hits) // small ASCII letters, matched without case
		for _, l := range d.lines {
			if !strings.Contains(l.flat, lit) || keep != nil && !keep(l) {
				continue
			}
			var spans [][]int
			if plain && l.lowerOnly() {
				spans = base.FindWordPlain(w, l.flat) // at the same places in text
			} else {
				spans = base.WordEnds(w, l.text, re.FindAllStringIndex(l.text, -1))
			}
			for _, m := range spans {
				if total++; max < 0 || len(hits)-before < max { // a word's hits come in line order
					hits = append(hits, hit{word: w, phrase: l.text[m[0]:m[1]], line: l.n, at: m[0], sec: l.sec})
				}
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].line < hits[j].line })
	if max >= 0 && len(hits) > max {
		hits = hits[:max]
	}
	return hits, total
}

// lowerOnly reports whether the line's flat text is its text in small
// letters byte for byte: ASCII, and no white space collapsed.
func (l line) lowerOnly() bool {
	if len(l.flat) != len(l.text) {
		return false
	}
	for i := 0; i < len(l.text); i++ {
		if l.text[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
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
// document: each of its words (runs of ASCII letters and digits) must be
// among the document's words (a stem's last word as the start of one), and a
// literal with more than words must be in the text. This is a binary search
// per word, where searching the whole text for each of hundreds of words
// read a megabyte hundreds of times.
func (d document) mayHave(w, lit string) bool {
	if strings.Contains(w, " ~ ") { // every fixed part of a gap word
		for _, p := range strings.Split(w, " ~ ") {
			if !d.mayHave(p, literal(p)) {
				return false
			}
		}
		return true
	}
	if d.tokens == nil {
		return strings.Contains(d.body, lit)
	}
	stem, plain := strings.HasSuffix(w, "*"), true
	for i := 0; i < len(lit); {
		if !isASCIIWord(rune(lit[i])) {
			plain = plain && lit[i] == ' '
			i++
			continue
		}
		j := i
		for j < len(lit) && isASCIIWord(rune(lit[j])) {
			j++
		}
		at, found := slices.BinarySearch(d.tokens, lit[i:j])
		// A stem's last word may begin a longer one: "reconcil" in "reconciling".
		begins := stem && j == len(lit) && at < len(d.tokens) && strings.HasPrefix(d.tokens[at], lit[i:j])
		if !found && !begins {
			return false
		}
		i = j
	}
	return plain || strings.Contains(d.body, lit) // "year-end": its words, and then the whole
}

func isASCIIWord(r rune) bool {
	return r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '_'
}

// tokensOf lists the words of text (lower case), sorted, each once: runs
// of ASCII letters, digits and underscores, as a pattern's \b bounds them.
func tokensOf(text string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(text); i++ {
		if i < len(text) && isASCIIWord(rune(text[i])) {
			if start < 0 {
				start = i
			}
			continue
		}
		if start >= 0 {
			out = append(out, text[start:i])
			start = -1
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
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
