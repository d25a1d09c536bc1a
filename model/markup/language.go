package markup

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// A line's language, told by its commonest short words: a Canadian posting
// often gives the job twice, in English and then in French.

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

// LineLanguage is +1 for a line in French, -1 for one in English and 0 for
// a line too short to tell ("Vos tâches", "Moncton").
func LineLanguage(text string) int {
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
