package checker

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A Canadian posting often gives the same job twice, in English and then in
// French. The French block is a translation: amjd's rules read English, and
// counting it would double the posting's length, its KPIs and its
// requirements. withoutTranslation leaves such a block out.

// frenchWords and englishWords are each language's commonest short words.
var (
	frenchWords  = sync.OnceValue(func() map[string]bool { return wordSet(frenchCommon) })
	englishWords = sync.OnceValue(func() map[string]bool { return wordSet(englishCommon) })
)

const (
	frenchCommon  = "le la les des du de et vous nous pour avec est une un dans sur au aux votre vos notre nos qui que en à ou par chaque d l ce cette ses son sa"
	englishCommon = "the and you your to of with for is are we our in a an on as at be by this that will"
)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// lineLanguage is +1 for a line in French, -1 for one in English and 0 for
// a line too short to tell ("Vos tâches", "Moncton").
func lineLanguage(text string) int {
	fr, en := 0, 0
	french, english := frenchWords(), englishWords()
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !unicode.IsLetter(r) {
			i += n
			continue
		}
		j := i + n
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if w := text[i:j]; len(w) <= 7 { // the common words are short: no need to look longer ones up
			w = strings.ToLower(w)
			switch {
			case french[w]:
				fr++
			case english[w]:
				en++
			}
		}
		i = j
	}
	switch {
	case fr >= 2 && fr > 2*en:
		return 1
	case en >= 2 && en > 2*fr:
		return -1
	}
	return 0
}

// minBlock is the fewest French lines a translation has; a posting needs as
// many English ones for the French to be a translation of it.
const minBlock = 5

// withoutTranslation drops a block of French lines from a posting that is
// mostly in English: the lines between two English ones, when at least
// minBlock of them are French, up to the last French one (and to the end,
// when no English follows).
func withoutTranslation(raw []rawLine) []rawLine {
	langs := make([]int, len(raw))
	english := 0
	for i, r := range raw {
		langs[i] = lineLanguage(r.text)
		if langs[i] < 0 {
			english++
		}
	}
	if english < minBlock {
		return raw
	}
	out := make([]rawLine, 0, len(raw))
	for i := 0; i < len(raw); {
		if langs[i] < 0 {
			out = append(out, raw[i])
			i++
			continue
		}
		j, french, last := i, 0, i
		for ; j < len(raw) && langs[j] >= 0; j++ {
			if langs[j] > 0 {
				french, last = french+1, j
			}
		}
		switch {
		case french < minBlock:
			out = append(out, raw[i:j]...)
		case j < len(raw):
			out = append(out, raw[last+1:j]...) // a short English heading before the next English line
		}
		i = j
	}
	return out
}
