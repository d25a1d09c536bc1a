package base

import (
	"cmp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
)

// Chunked is one long list of wordings, `\b(?:A|B|…)\b`, run as several
// expressions of a few wordings each: a single expression of hundreds of
// wordings has no word filter (it would need too many words) and is slow
// in Go's regexp, where each of the smaller ones skips a text that holds
// none of its words. Matches keep the list's order: where two start
// together, the earlier wording's.
type Chunked struct {
	Expr  string
	once  sync.Once
	parts []*Regexp
}

// chunkSize is how many wordings each expression of a Chunked holds: few
// enough for each to keep a word filter.
const chunkSize = 12

// Parts are the expressions, compiled when first asked for; an expression
// not of that shape is one part.
func (c *Chunked) Parts() []*Regexp {
	c.once.Do(func() { c.parts = chunk(c.Expr, chunkSize) })
	return c.parts
}

// chunk splits expr at its top alternation, as the parser reads it.
func chunk(expr string, size int) []*Regexp {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil || re.Op != syntax.OpConcat || len(re.Sub) != 3 ||
		re.Sub[0].Op != syntax.OpWordBoundary || re.Sub[2].Op != syntax.OpWordBoundary {
		return []*Regexp{{Expr: expr}}
	}
	alt := re.Sub[1]
	if alt.Op == syntax.OpCapture {
		alt = alt.Sub[0]
	}
	if alt.Op != syntax.OpAlternate {
		return []*Regexp{{Expr: expr}}
	}
	var out []*Regexp
	for at := 0; at < len(alt.Sub); at += size {
		var b strings.Builder
		b.WriteString(`\b(?:`)
		for i, sub := range alt.Sub[at:min(at+size, len(alt.Sub))] {
			if i > 0 {
				b.WriteByte('|')
			}
			b.WriteString(sub.String())
		}
		b.WriteString(`)\b`)
		out = append(out, &Regexp{Expr: b.String()})
	}
	return out
}

// FindAllIndex is every match in s of each part, in s's order (of starts,
// then of parts), at most n of each part (n < 0: all); each match's third
// element is its part.
func (c *Chunked) FindAllIndex(s string, n int) [][]int {
	var out [][]int
	for i, p := range c.Parts() {
		for _, m := range p.Get().FindAllStringIndex(s, n) {
			out = append(out, []int{m[0], m[1], i})
		}
	}
	slices.SortFunc(out, func(a, b []int) int { return cmp.Or(a[0]-b[0], a[2]-b[2]) })
	return out
}
