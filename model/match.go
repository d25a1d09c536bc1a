package model

import (
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode"
)

// Word lists from content/checks.yaml are matched case-insensitively on whole
// words; a trailing * matches any ending.

var (
	patternMu    sync.Mutex
	patternCache = map[string]*regexp.Regexp{}
)

// wordPattern compiles a list word into a case-insensitive whole-word pattern;
// a trailing * matches any ending.
func wordPattern(w string) *regexp.Regexp {
	patternMu.Lock()
	defer patternMu.Unlock()
	if re, ok := patternCache[w]; ok {
		return re
	}
	// "=Excel" matches with its case: "You excel at …" is not the tool.
	caseSensitive := strings.HasPrefix(w, "=")
	stem := strings.TrimSuffix(strings.TrimPrefix(w, "="), "*")
	expr := regexp.QuoteMeta(stem)
	expr = strings.ReplaceAll(expr, `\ `, `\s+`)
	expr = strings.ReplaceAll(expr, " ", `\s+`)
	if isWordRune(firstRune(stem)) {
		expr = `\b` + expr
	}
	switch {
	case strings.HasSuffix(w, "*"):
		expr += `[\p{L}\-]*`
	case isWordRune(lastRune(stem)):
		expr += `\b`
	}
	if !caseSensitive {
		expr = `(?i)` + expr
	}
	re := regexp.MustCompile(expr)
	patternCache[w] = re
	return re
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
func firstRune(s string) rune {
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

type hit struct {
	word   string // the list entry
	phrase string // the text found
	line   int
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
		lit := literal(w)
		if !strings.Contains(d.body, lit) {
			continue
		}
		re := wordPattern(w)
		for _, l := range d.lines {
			if keep != nil && !keep(l) || !strings.Contains(l.flat, lit) {
				continue
			}
			for _, m := range re.FindAllString(l.text, -1) {
				hits = append(hits, hit{word: w, phrase: m, line: l.n, sec: l.sec})
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
			if wordPattern(w).MatchString(d.body) {
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

// lazyRegexp compiles an expression the first time it is used, not when
// amjd starts: the wizard draws its first screen before it assembles or
// checks anything, and compiling them all took most of the package's
// start-up.
func lazyRegexp(expr string) func() *regexp.Regexp {
	return sync.OnceValue(func() *regexp.Regexp { return regexp.MustCompile(expr) })
}
