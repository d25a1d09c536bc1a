package markup

import (
	"math"
	"strings"
	"unicode"
)

// FleschKincaid is the Flesch-Kincaid grade of lines of prose and bullets,
// rounded to a tenth; ok is false when they hold under 30 words, too few to
// grade. A line without a full stop (a bullet) counts as one sentence.
func FleschKincaid(lines []string) (grade float64, ok bool) {
	words, sentences, syllables := 0, 0, 0
	for _, l := range lines {
		s := sentenceEnds(l)
		if s == 0 {
			s = 1
		}
		sentences += s
		for _, w := range strings.Fields(l) {
			if strings.IndexFunc(w, unicode.IsLetter) < 0 {
				continue
			}
			words++
			syllables += Syllables(w)
		}
	}
	if words < 30 {
		return 0, false
	}
	g := 0.39*float64(words)/float64(sentences) + 11.8*float64(syllables)/float64(words) - 15.59
	return math.Round(g*10) / 10, true
}

// sentenceEnds counts the runs of ".", "!" or "?" that end a sentence: those
// followed by ASCII white space or the end of the line ("3.5" and "e.g.," end none).
func sentenceEnds(l string) int {
	n := 0
	for i := 0; i < len(l); i++ {
		if !isStop(l[i]) {
			continue
		}
		for i+1 < len(l) && isStop(l[i+1]) {
			i++
		}
		if i+1 == len(l) || strings.IndexByte(" \t\n\f\r", l[i+1]) >= 0 {
			n++
		}
	}
	return n
}

func isStop(b byte) bool { return b == '.' || b == '!' || b == '?' }

// Syllables estimates a word's syllables from its vowel groups, as
// readability tools do.
func Syllables(w string) int {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
	if w == "" {
		return 0
	}
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}
