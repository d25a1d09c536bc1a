package posting

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"amjd/content"
	"amjd/model/answers"
)

// speller rewrites amjd's own text into one English, from the catalog's
// spelling table. Each distinct text is rewritten once and remembered: the
// catalog is small and fixed, so the cache stays small too.
type speller struct {
	lang    string
	to      map[string]string // lower-case form (words joined by one space) → lang's form
	natural map[string]string // lower-case form → the form as the table writes it
	longest int               // most words in a form
	cache   sync.Map
}

var (
	spellerMu sync.Mutex
	spellers  = map[*content.Catalog]map[string]*speller{}
)

// spellerFor returns the speller of a language; an unknown language gets the
// catalog's default.
func spellerFor(c *content.Catalog, lang string) *speller {
	if !answers.KnownLanguage(c, lang) {
		lang = c.Languages.Default
	}
	spellerMu.Lock()
	defer spellerMu.Unlock()
	if spellers[c] == nil {
		spellers[c] = map[string]*speller{}
	}
	if s, ok := spellers[c][lang]; ok {
		return s
	}
	s := &speller{lang: lang, to: map[string]string{}, natural: map[string]string{}}
	for _, row := range c.Languages.Spellings {
		want := row[lang]
		for _, form := range row {
			if form != want {
				key := strings.ToLower(form)
				s.to[key], s.natural[key] = want, form
				s.longest = max(s.longest, len(strings.Fields(form)))
			}
		}
	}
	spellers[c][lang] = s
	return s
}

// spell rewrites text into the speller's English, word by word: a form of
// several words matches only where they stand one space apart.
func (s *speller) spell(text string) string {
	if len(s.to) == 0 || text == "" {
		return text
	}
	if v, ok := s.cache.Load(text); ok {
		return v.(string)
	}
	words := wordSpans(text)
	lower := lowerer(text)
	var b strings.Builder
	last := 0
	for i := 0; i < len(words); i++ {
		for n := min(s.longest, len(words)-i); n > 0; n-- {
			start, end := words[i][0], words[i+n-1][1]
			key := lower(start, end)
			want, ok := s.to[key]
			if !ok || n > 1 && strings.Count(key, " ") != n-1 {
				continue
			}
			b.WriteString(text[last:start])
			b.WriteString(matchCase(text[start:end], s.natural[key], want, sentenceStart(text[:start])))
			last, i = end, i+n-1
			break
		}
	}
	b.WriteString(text[last:])
	out := b.String()
	s.cache.Store(text, out)
	return out
}

// lowerer returns the lower case of text[start:end]. An ASCII text is
// lowered once and sliced, as its byte offsets stay put; other text is
// lowered a piece at a time, as a rune's lower case can differ in length.
func lowerer(text string) func(start, end int) string {
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			return func(start, end int) string { return strings.ToLower(text[start:end]) }
		}
	}
	lower := strings.ToLower(text)
	return func(start, end int) string { return lower[start:end] }
}

// wordSpans returns the start and end of every run of letters in text.
func wordSpans(text string) [][2]int {
	var spans [][2]int
	start := -1
	for i, r := range text {
		switch {
		case unicode.IsLetter(r) && start < 0:
			start = i
		case !unicode.IsLetter(r) && start >= 0:
			spans = append(spans, [2]int{start, i})
			start = -1
		}
	}
	if start >= 0 {
		spans = append(spans, [2]int{start, len(text)})
	}
	return spans
}

// sentenceStart reports whether a word after before starts a sentence.
func sentenceStart(before string) bool {
	before = strings.TrimRight(before, " ")
	return before == "" || strings.ContainsAny(before[len(before)-1:], ".!?")
}

// matchCase gives want the capitalisation that word has compared with the
// table's own form of it: "Organisation" → "Organization", "CV" → "résumé",
// and "CV" at the start of a sentence becomes "Résumé".
func matchCase(word, natural, want string, starts bool) string {
	upper := func(s string) string {
		r, size := utf8.DecodeRuneInString(s)
		return string(unicode.ToUpper(r)) + s[size:]
	}
	first, _ := utf8.DecodeRuneInString(word)
	acronym := natural == strings.ToUpper(natural)
	switch {
	case word != natural && len(word) > 1 && word == strings.ToUpper(word) && !acronym:
		return strings.ToUpper(want)
	case word != natural && unicode.IsUpper(first), acronym && starts:
		// An acronym carries no case of its own: at the start of a
		// sentence its replacement takes a capital.
		return upper(want)
	}
	return want
}
