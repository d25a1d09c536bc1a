package base

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// UpperFirst capitalises the first letter of a sentence.
func UpperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// LowerFirst lower-cases the first letter of a name for running text, unless
// the name starts with an acronym such as "NPS".
func LowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// JoinAnd joins a list as English prose: "a", "a and b", "a, b and c".
func JoinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// Article picks "a" or "an" for the word that follows.
func Article(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// SuggestionMarker ends every line that states amjd's suggestion instead of
// the user's fact; the checker reports it until the user replaces it.
const SuggestionMarker = "[amjd suggestion]"
