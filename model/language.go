package model

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"amjd/content"
)

// speller rewrites amjd's own text into one English, from the catalog's
// spelling table. Each distinct text is rewritten once and remembered: the
// catalog is small and fixed, so the cache stays small too.
type speller struct {
	lang    string
	pattern *regexp.Regexp    // every form that differs from lang's, as whole words
	to      map[string]string // lower-case form → lang's form
	natural map[string]string // lower-case form → the form as the table writes it
	cache   sync.Map
}

var (
	spellerMu sync.Mutex
	spellers  = map[*content.Catalog]map[string]*speller{}
)

// spellerFor returns the speller of a language; an unknown language gets the
// catalog's default.
func spellerFor(c *content.Catalog, lang string) *speller {
	if !knownLanguage(c, lang) {
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
	var forms []string
	for _, row := range c.Languages.Spellings {
		want := row[lang]
		for _, form := range row {
			if form == want {
				continue
			}
			key := strings.ToLower(form)
			s.to[key], s.natural[key] = want, form
			forms = append(forms, regexp.QuoteMeta(key))
		}
	}
	slices.Sort(forms)
	forms = slices.Compact(forms)
	// Longest first, so "paid vacation" wins over "vacation".
	sort.SliceStable(forms, func(i, j int) bool { return len(forms[i]) > len(forms[j]) })
	if len(forms) > 0 {
		s.pattern = regexp.MustCompile(`(?i)(^|[^\p{L}])(` + strings.Join(forms, "|") + `)($|[^\p{L}])`)
	}
	spellers[c][lang] = s
	return s
}

func knownLanguage(c *content.Catalog, lang string) bool {
	for _, l := range c.Languages.List {
		if l.ID == lang {
			return true
		}
	}
	return false
}

// spell rewrites text into the speller's English.
func (s *speller) spell(text string) string {
	if s.pattern == nil || text == "" {
		return text
	}
	if v, ok := s.cache.Load(text); ok {
		return v.(string)
	}
	var b strings.Builder
	last := 0
	for _, m := range s.pattern.FindAllStringSubmatchIndex(text, -1) {
		start, end := m[4], m[5] // the word, without its boundary characters
		word := text[start:end]
		key := strings.ToLower(word)
		b.WriteString(text[last:start])
		b.WriteString(matchCase(word, s.natural[key], s.to[key], sentenceStart(text[:start])))
		last = end
	}
	b.WriteString(text[last:])
	out := b.String()
	s.cache.Store(text, out)
	return out
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

// languageFor picks the posting's English: the answer if given, else the
// country's, else the currency's, else the catalog's default.
func languageFor(c *content.Catalog, a Answers, p Place) string {
	if knownLanguage(c, a.Language) {
		return a.Language
	}
	if co, ok := country(c, p.Country); ok && co.Language != "" {
		return co.Language
	}
	if p.Union != "" {
		return "en-GB"
	}
	for _, co := range c.Places.Countries {
		if a.Pay.Currency != "" && co.Currency == a.Pay.Currency && a.Pay.Currency != "EUR" {
			return co.Language
		}
	}
	if a.Pay.Currency == "EUR" {
		return "en-GB"
	}
	return c.Languages.Default
}
