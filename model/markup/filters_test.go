package markup

import (
	"regexp"
	"testing"
)

// sentenceEnds counts what the expression `[.!?]+(\s|$)` finds, a run of
// stops before white space or the end, without compiling it for every line.
func TestSentenceEndsCountsWhatThePatternFinds(t *testing.T) {
	pattern := regexp.MustCompile(`[.!?]+(\s|$)`)
	for _, l := range []string{
		"", ".", "Hi.", "Hi. Bye!", "Really?! Yes...", "3.5 million", "e.g., this", "Done.\u00a0Next",
		"Wait\t. .", "a.b.c.", "?!?", "end.\r\n", "Ends here.\fnext", "no stop at all",
	} {
		if got, want := sentenceEnds(l), len(pattern.FindAllStringIndex(l, -1)); got != want {
			t.Errorf("sentenceEnds(%q) = %d, the pattern finds %d", l, got, want)
		}
	}
}

func FuzzSentenceEnds(f *testing.F) {
	pattern := regexp.MustCompile(`[.!?]+(\s|$)`)
	f.Add("Hi. Bye!? 3.5 e.g.")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := sentenceEnds(l), len(pattern.FindAllStringIndex(l, -1)); got != want {
			t.Errorf("sentenceEnds(%q) = %d, the pattern finds %d", l, got, want)
		}
	})
}

// The byte filter before a template field's marks turns away no text that
// holds one.
func FuzzTemplateFieldFilter(f *testing.F) {
	for _, s := range []string{"Dear [NAME]", "«Salary»", "$ 55,000", "a__b", "sal (name)", "Jane Doe", "£ 30k", "%SALARY%", "[●]", "pay is 00,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fieldMarks(s) && !hasFieldByte(s) {
			t.Errorf("%q holds a template field's mark the byte filter misses", s)
		}
	})
}
