package base

import "testing"

// BenchmarkEscapeExpressions: the first posting in a process also compiles
// the expressions escaping uses; a compile cannot be undone between rounds of
// the posting's first-assembly benchmark, so it is timed here apart.
func BenchmarkEscapeExpressions(b *testing.B) {
	var exprs []string
	for _, re := range []func() *Pattern{entityLike, blankLine, schemeLink, wwwLink, emailLink} {
		exprs = append(exprs, re().String())
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			newPattern(e)
		}
	}
}
