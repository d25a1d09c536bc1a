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
func literal(w string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.TrimSuffix(strings.TrimPrefix(w, "="), "*"))), " ")
}

// find returns every match of the list's words, line by line.
func (d document) find(words []string, keep func(line) bool) []hit {
	var hits []hit
	for _, w := range words {
		if d.stopped() {
			return nil // the check is cancelled: nobody reads its findings
		}
		lit := literal(w)
		if !strings.Contains(d.body, lit) {
			continue
		}
		re := base.WordPattern(w)
		for _, l := range d.lines {
			if keep != nil && !keep(l) || !strings.Contains(l.flat, lit) {
				continue
			}
			for _, m := range re.FindAllStringIndex(l.text, -1) {
				hits = append(hits, hit{word: w, phrase: l.text[m[0]:m[1]], line: l.n, at: m[0], sec: l.sec})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].line < hits[j].line })
	return hits
}

func (d document) has(words []string) bool {
	for _, w := range words {
		if !strings.Contains(d.body, literal(w)) {
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

// stopped reports whether the check reading the document was cancelled.
func (d document) stopped() bool {
	select {
	case <-d.done:
		return true
	default:
		return false
	}
}
