package base

import (
	"bytes"
	"regexp"
	"regexp/syntax"
	"strings"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Pattern is a compiled expression that knows words one of which every
// match holds: a text with none of them is not searched. Most of the
// checker's expressions are long lists of wordings run on every line, and
// most lines hold none of them; looking for the words costs nanoseconds
// where running the expression cost microseconds. The methods not declared
// here are regexp's own, unfiltered.
type Pattern struct {
	*regexp.Regexp
	needles []needle // nil: search every text
	folded  bool     // some needle is looked for in the folded text
}

// A needle is a word a match may hold: as written (a case-sensitive
// literal) or folded as fold folds.
type needle struct {
	text  string
	bytes []byte // text, for a folded needle
	exact bool
}

// VerifyPatterns is set by tests: every text a filter turns away is then
// run through the expression too, and a match panics.
var VerifyPatterns atomic.Bool

func newPattern(expr string) *Pattern {
	p := &Pattern{Regexp: regexp.MustCompile(expr), needles: needlesOf(expr)}
	for _, n := range p.needles {
		p.folded = p.folded || !n.exact
	}
	return p
}

// maxNeedles: more words than this cost more to look for than they save.
const maxNeedles = 48

// needlesOf is the words one of which every match of expr holds, or nil.
func needlesOf(expr string) []needle {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || anchoredAtStart(re) {
		return nil
	}
	set, ok := needs(re.Simplify())
	if !ok || len(set) > maxNeedles {
		return nil
	}
	for i, n := range set {
		if !n.filters() {
			return nil
		}
		if !n.exact {
			set[i].bytes = []byte(n.text)
		}
	}
	return set
}

// anchoredAtStart reports an expression that can only match at the start
// of the text: it fails within a few characters, where a filter would read
// the whole text, and reading what follows each of a line's matches would
// then cost the square of the line.
func anchoredAtStart(re *syntax.Regexp) bool {
	for re.Op == syntax.OpConcat || re.Op == syntax.OpCapture {
		if len(re.Sub) == 0 {
			return false
		}
		re = re.Sub[0]
	}
	return re.Op == syntax.OpBeginText
}

// filters reports whether a needle is rare enough to look for: not a
// single small letter, digit, space or folded letter, which nearly every
// line holds ("X" as written is worth it).
func (n needle) filters() bool {
	if len(n.text) != 1 {
		return len(n.text) > 1
	}
	c := n.text[0]
	small := 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == ' '
	return n.exact && !small
}

// needs is a set of needles one of which every match of re holds, and
// whether there is one (an expression that can match the empty string, or
// only a class of letters, has none).
func needs(re *syntax.Regexp) ([]needle, bool) {
	switch re.Op {
	case syntax.OpLiteral:
		return []needle{literal(re.Rune, re.Flags&syntax.FoldCase == 0)}, true
	case syntax.OpCapture, syntax.OpPlus:
		return needs(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needs(re.Sub[0])
		}
	case syntax.OpConcat:
		return bestOf(re.Sub)
	case syntax.OpAlternate:
		var all []needle
		for _, sub := range re.Sub {
			set, ok := needs(sub)
			if !ok {
				return nil, false
			}
			all = append(all, set...)
		}
		return all, true
	}
	return nil, false
}

func literal(rs []rune, exact bool) needle {
	if exact {
		return needle{text: string(rs), exact: true}
	}
	return needle{text: foldRunes(rs)}
}

// bestOf is the set of the part of a sequence that filters best: the one
// whose shortest word is longest, then the one with fewest words.
func bestOf(subs []*syntax.Regexp) ([]needle, bool) {
	var best []needle
	bestShort := -1
	for i, sub := range subs {
		set, ok := needs(sub)
		if run, isRun := literalRun(subs[i:]); isRun && (!ok || len(set) == 1 && len(run.text) > len(set[0].text)) {
			set, ok = []needle{run}, true
		}
		if !ok || len(set) > maxNeedles {
			continue
		}
		short := len(set[0].text)
		for _, n := range set[1:] {
			short = min(short, len(n.text))
		}
		if short > bestShort || short == bestShort && len(set) < len(best) {
			best, bestShort = set, short
		}
	}
	return best, bestShort >= 0
}

// literalRun is the text a sequence starts with, if more than one part
// makes it: its literals, and the first letter of a repeat that ends the
// run ("XX" from X{2,}).
func literalRun(subs []*syntax.Regexp) (needle, bool) {
	var rs []rune
	exact, parts := true, 0
	for _, sub := range subs {
		lit := sub
		if (sub.Op == syntax.OpPlus || sub.Op == syntax.OpRepeat && sub.Min >= 1) && sub.Sub[0].Op == syntax.OpLiteral {
			lit = sub.Sub[0]
		}
		if lit.Op != syntax.OpLiteral {
			break
		}
		rs, parts = append(rs, lit.Rune...), parts+1
		exact = exact && lit.Flags&syntax.FoldCase == 0
		if lit != sub {
			break // a repeat's first letters end the run
		}
	}
	return literal(rs, exact), parts > 1
}

func foldRunes(rs []rune) string {
	b := make([]byte, 0, len(rs))
	for _, r := range rs {
		b = utf8.AppendRune(b, fold(r))
	}
	return string(b)
}

// fold maps a rune to one member of its case-folding orbit, the same for
// every member: small ASCII letters for ASCII, the orbit's smallest rune
// (small if an ASCII letter) otherwise, so "ſ" and "K" (Kelvin) fold as
// (?i) folds them, to "s" and "k".
func fold(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return r
	}
	least := r
	for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
		least = min(least, f)
	}
	if 'A' <= least && least <= 'Z' {
		least += 'a' - 'A'
	}
	return least
}

// foldInto folds s rune by rune into buf.
func foldInto(buf []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			buf = append(buf, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		buf = utf8.AppendRune(buf, fold(r))
		i += size
	}
	return buf
}

// may reports whether s holds one of the words, so that a match is possible.
func (p *Pattern) may(s string) bool {
	if p.needles == nil {
		return true
	}
	var stack [512]byte
	var folded []byte
	if p.folded {
		folded = foldInto(stack[:0], s)
	}
	for _, n := range p.needles {
		if n.exact && strings.Contains(s, n.text) || !n.exact && bytes.Contains(folded, n.bytes) {
			return true
		}
	}
	if VerifyPatterns.Load() && p.Regexp.MatchString(s) {
		panic("base: the filter of " + p.String() + " turned away a text it matches: " + s)
	}
	return false
}

// MatchString is regexp's, on texts that may match.
func (p *Pattern) MatchString(s string) bool { return p.may(s) && p.Regexp.MatchString(s) }

// Match is regexp's, on texts that may match.
func (p *Pattern) Match(b []byte) bool { return p.may(string(b)) && p.Regexp.Match(b) }

// FindString is regexp's, on texts that may match.
func (p *Pattern) FindString(s string) string {
	if !p.may(s) {
		return ""
	}
	return p.Regexp.FindString(s)
}

// FindStringIndex is regexp's, on texts that may match.
func (p *Pattern) FindStringIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringIndex(s)
}

// FindStringSubmatch is regexp's, on texts that may match.
func (p *Pattern) FindStringSubmatch(s string) []string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatch(s)
}

// FindStringSubmatchIndex is regexp's, on texts that may match.
func (p *Pattern) FindStringSubmatchIndex(s string) []int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindStringSubmatchIndex(s)
}

// FindSubmatch is regexp's, on texts that may match.
func (p *Pattern) FindSubmatch(b []byte) [][]byte {
	if !p.may(string(b)) {
		return nil
	}
	return p.Regexp.FindSubmatch(b)
}

// FindAllString is regexp's, on texts that may match.
func (p *Pattern) FindAllString(s string, n int) []string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllString(s, n)
}

// FindAllStringIndex is regexp's, on texts that may match.
func (p *Pattern) FindAllStringIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllStringIndex(s, n)
}

// FindAllStringSubmatch is regexp's, on texts that may match.
func (p *Pattern) FindAllStringSubmatch(s string, n int) [][]string {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatch(s, n)
}

// FindAllStringSubmatchIndex is regexp's, on texts that may match.
func (p *Pattern) FindAllStringSubmatchIndex(s string, n int) [][]int {
	if !p.may(s) {
		return nil
	}
	return p.Regexp.FindAllStringSubmatchIndex(s, n)
}

// ReplaceAllString is regexp's; a text that cannot match comes back as it is.
func (p *Pattern) ReplaceAllString(src, repl string) string {
	if !p.may(src) {
		return src
	}
	return p.Regexp.ReplaceAllString(src, repl)
}

// ReplaceAllStringFunc is regexp's; a text that cannot match comes back as it is.
func (p *Pattern) ReplaceAllStringFunc(src string, repl func(string) string) string {
	if !p.may(src) {
		return src
	}
	return p.Regexp.ReplaceAllStringFunc(src, repl)
}
