package base

import (
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// Word lists from content/checks.yaml are matched case-insensitively on whole
// words; a trailing * matches any ending, and " ~ " up to two words.

// gap is what " ~ " in a list word compiles to.
const gap = `(?:\s+[\p{L}\d'’-]+){0,2}\s+`

var (
	patternMu    sync.Mutex
	patternCache = map[string]*regexp.Regexp{}
)

// WordPattern compiles a list word into a case-insensitive whole-word
// pattern; a trailing * matches any ending, so the pattern matches its stem
// where it starts a word (FindWord gives the whole word matched).
func WordPattern(w string) *regexp.Regexp {
	patternMu.Lock()
	defer patternMu.Unlock()
	if re, ok := patternCache[w]; ok {
		return re
	}
	// "=Excel" matches with its case: "You excel at …" is not the tool.
	caseSensitive := strings.HasPrefix(w, "=")
	stem := strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
	expr := regexp.QuoteMeta(stem)
	expr = strings.ReplaceAll(expr, "'", "['’]") // "you'll" as a word processor types it too: "you’ll"
	expr = strings.ReplaceAll(expr, `\ `, `\s+`)
	expr = strings.ReplaceAll(expr, " ", `\s+`)
	// " ~ " stands for up to two words: "drive the ~ truck" is "drive the
	// box truck" and "drive the truck".
	expr = strings.ReplaceAll(expr, `\s+~\s+`, gap)
	if IsWordRune(FirstRune(stem)) {
		expr = `\b` + expr
	}
	// A trailing * is not compiled in: [\p{L}\-]* made each such pattern
	// 27 KB where the stem alone takes 2 KB. FindWord reads the ending.
	if !strings.HasSuffix(w, "*") && IsWordRune(lastRune(stem)) {
		expr += `\b`
	}
	if !caseSensitive {
		expr = `(?i)` + expr
	}
	re := regexp.MustCompile(expr)
	patternCache[w] = re
	return re
}

// FindWord returns where list word w matches in s, as FindAllStringIndex
// does; a word with a trailing * runs on over the letters and hyphens that
// follow its stem ("renewal*" matches "renewals" and "renewal-based").
func FindWord(w, s string) [][]int {
	return WordEnds(w, s, WordPattern(w).FindAllStringIndex(s, -1))
}

// WordEnds reads the endings of list word w's matches in s, spans being
// what WordPattern(w) found there: a caller that holds the pattern uses it
// and skips FindWord's lookup.
func WordEnds(w, s string, spans [][]int) [][]int {
	if !strings.HasSuffix(w, "*") {
		return spans
	}
	out, end := spans[:0], 0
	for _, m := range spans {
		if m[0] < end {
			continue // inside the ending of the match before
		}
		for m[1] < len(s) {
			r, size := utf8.DecodeRuneInString(s[m[1]:])
			if !unicode.IsLetter(r) && r != '-' {
				break
			}
			m[1] += size
		}
		end = m[1]
		out = append(out, m)
	}
	return out
}

// FindWordPlain is FindWord for a text and a list word both in small ASCII
// letters with single spaces (a line that needs no flattening, and a word
// matched without its case): the same matches, found by searching the text
// instead of running the word's expression.
func FindWordPlain(w, s string) [][]int {
	stem := strings.TrimSuffix(w, "*")
	if stem == "" {
		return nil
	}
	openWord, closeWord := isASCIIWordByte(stem[0]), isASCIIWordByte(stem[len(stem)-1]) && stem == w
	var out [][]int
	for from := 0; from < len(s); {
		i := strings.Index(s[from:], stem)
		if i < 0 {
			break
		}
		i += from
		end := i + len(stem)
		if (!openWord || i == 0 || !isASCIIWordByte(s[i-1])) && (!closeWord || end == len(s) || !isASCIIWordByte(s[end])) {
			out = append(out, []int{i, end})
			from = end
			continue
		}
		from = i + 1
	}
	return WordEnds(w, s, out)
}

// isASCIIWordByte is a byte \b counts as part of a word.
func isASCIIWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// WordIndex is where w first stands in text as a whole word (or phrase),
// or -1: "retention" in "client retention", not in "retentions".
func WordIndex(text, w string) int {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], w)
		if i < 0 {
			return -1
		}
		i += from
		before, _ := utf8.DecodeLastRuneInString(text[:i])
		after, _ := utf8.DecodeRuneInString(text[i+len(w):])
		if !IsWordRune(before) && !IsWordRune(after) {
			return i
		}
		from = i + 1
	}
	return -1
}

// IsWordRune reports whether r is part of a word (a letter, a digit or an
// underscore), as \b in a pattern counts it: a match must not run on into
// such a rune.
func IsWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

// FirstRune returns the first rune of s, or 0 when s is empty.
func FirstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

// LazyRegexp compiles an expression the first time it is used, not when
// amjd starts: the wizard draws its first screen before it assembles or
// checks anything, and compiling them all took most of the package's
// start-up.
func LazyRegexp(expr string) func() *Pattern {
	return sync.OnceValue(func() *Pattern { return newPattern(expr) })
}

// Regexp is an expression compiled the first time Get is called. Declared
// as a package variable it allocates nothing when amjd starts, where each
// LazyRegexp allocates its closure.
type Regexp struct {
	Expr string
	once sync.Once
	re   *Pattern
}

// Get is the compiled expression.
func (r *Regexp) Get() *Pattern {
	r.once.Do(func() { r.re = newPattern(r.Expr) })
	return r.re
}
