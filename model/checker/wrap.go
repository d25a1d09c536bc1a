package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/markup"
)

// wrapWidth is the least length, in characters, of a source line that a
// hard wrap may have cut: a shorter line ended where its writer ended it.
const wrapWidth = 40

// joinWrapped makes one line of a sentence that plain text or Markdown wraps
// over several source lines ("… each year. You" / "report to Tomas …"), so
// that every rule reads the sentence whole. A line joins the one before it
// when that one is text or a list item at least wrapWidth long that stops
// mid-sentence, and it is itself text on the very next source line that goes
// on in lower case. The joined line keeps where each source line starts.
func joinWrapped(raw []rawLine, read []line) ([]rawLine, []line) {
	out, title := 0, firstWords(read)
	for i := 0; i < len(read); {
		j := i + 1
		for j < len(read) && continues(read[j-1], raw[j-1], read[j], raw[j]) && i != title {
			j++
		}
		l := read[i]
		if j > i+1 {
			var text, flat strings.Builder
			for k := i; k < j; k++ {
				if k > i {
					l.wraps = append(l.wraps, text.Len())
				}
				t, f := strings.TrimSpace(read[k].text), strings.TrimSpace(read[k].flat)
				switch {
				case k+1 == j:
				case markup.Hyphenated(t, read[k+1].text):
					// "sprinkler sys-" / "tems": a word a PDF hyphenated at
					// the line's end is one word again.
					t, f = t[:len(t)-1], f[:len(f)-1]
				default:
					t, f = t+" ", f+" "
				}
				text.WriteString(t)
				flat.WriteString(f)
			}
			l.text, l.flat = text.String(), flat.String()
		}
		read[out], raw[out] = l, raw[i]
		out++
		i = j
	}
	return raw[:out], read[:out]
}

// firstWords is the first line with words: the title, which a line of
// facts follows, not a wrapped sentence.
func firstWords(read []line) int {
	for k, l := range read {
		if l.text != "" {
			return k
		}
	}
	return -1
}

// continues reports whether line b goes on with the sentence line a, the
// source line before it, stopped in.
func continues(a line, ra rawLine, b line, rb rawLine) bool {
	// A line that reads as a label ("Excel") after one that stops on "in"
	// ends that sentence: "… build the monthly reporting in" / "Excel".
	cut := b.heading && rb.kind == kindUnknown && !a.heading && markup.EndsInJoiner(strings.TrimRight(a.text, " \t")) && utf8.RuneCountInString(a.text) >= wrapWidth
	if a.heading || b.heading && !cut || b.bullet || rb.inline || ra.inline || rb.n != ra.n+1 || b.text == "" {
		return false
	}
	if rb.goesOn {
		return true // the Markdown says so, however short the line before
	}
	tail := strings.TrimRight(a.text, " \t")
	if utf8.RuneCountInString(tail) < wrapWidth {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(tail)
	if strings.ContainsRune(".:!?;", last) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(strings.TrimLeft(b.text, " \t"))
	// A mail sent format=flowed ends a line it wrapped with one space:
	// "You'll report to our Commercial " / "Director, …".
	flowed := strings.HasSuffix(ra.text, " ") && !strings.HasSuffix(ra.text, "  ")
	return unicode.IsLower(first) || unicode.IsDigit(first) && markup.NumberFirst(b.text) || last == ',' || markup.EndsInJoiner(tail) || flowed
}

// sourceLine is the source line that holds phrase of l: the line its
// first match starts on when the line joins several.
func (l line) sourceLine(phrase string) int {
	if len(l.wraps) == 0 || phrase == "" {
		return l.src
	}
	at := strings.Index(l.text, phrase)
	n := l.src
	for _, w := range l.wraps {
		if at >= w {
			n++
		}
	}
	return n
}
