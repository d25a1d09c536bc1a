package base

import (
	"slices"
	"strings"
	"testing"
)

func TestNeedlesOfAnExpression(t *testing.T) {
	for _, c := range []struct {
		expr string
		want []string // nil: every text is searched
	}{
		{`(?i)\bpreferred\b`, []string{"preferred"}},
		{`(?i)\b(nice[ -]to[ -]have|an asset|a plus)\b`, []string{"nice", "n asset", " plus"}}, // "a" is common to two
		{`(?i)\b(bank|banking|credit union)\b`, []string{"bank", "credit union"}},
		{`=?Excel`, []string{"Excel"}},
		{`(?i)=?Excel`, []string{"excel"}},
		{`(?i)(?:would be|is) a bonus`, []string{" a bonus"}},
		{`(?i)\b(?:go|be)\b`, []string{"go", "be"}},
		{`\d+ years`, []string{" years"}},                                  // the part that filters best
		{`(?i)\b(sales)?\s*target`, []string{"target"}},                    // an optional part is no word
		{`(?i)\b(sales)?\s*(target)?`, nil},                                // may match the empty text
		{`\w+@\w+`, []string{"@"}},                                         // a rare sign as written
		{`(?i)\w+\se\b`, nil},                                              // a single folded letter is in nearly every line
		{`[£$€]\s?X{2,}k?\b|\b\d+X{3,}|\d+N+`, []string{"XX", "XXX", "N"}}, // a repeat's first letters; a capital as written
		{`\w+\s\d`, nil},
		{`(?i)ſtraße`, []string{"straße"}},
		{`(?i)^\s+(?:job|role)\b`, nil},                    // anchored: it fails within a few characters, where a filter reads the whole text
		{`^(?:Job|Role): \w+`, nil},                        // so is one that opens the text as written
		{`(?i)\s+(?:job|role)\b`, []string{"job", "role"}}, // the same words, unanchored, keep their filter
	} {
		var got []string
		for _, n := range needlesOf(c.expr) {
			got = append(got, n.text)
		}
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("needlesOf(%q) = %q, want %q", c.expr, got, want)
		}
	}
}

// TestFilterNeverTurnsAwayAMatch runs expressions on texts that match them
// in every case and in letters that fold to ASCII, and on texts that do not.
func TestFilterNeverTurnsAwayAMatch(t *testing.T) {
	exprs := []string{
		`(?i)\bpreferred\b`, `(?i)\b(nice[ -]to[ -]have|an asset|a plus)\b`,
		`(?i)\bstrong\s+desk\b`, `(?i)\bkpis?\b`, `Excel`, `(?i)(?:would be|is) a bonus`,
		`(?i)\b(sales)?\s*target`, `(?i)o['’]clock`, `(?i)\bcafé\b`,
	}
	texts := []string{
		"Preferred: CPA", "PREFERRED", "a NICE-TO-HAVE", "Nice to Have", "an Asset", "A PLUS",
		"STRONG\tDESK", "ſtrong desk", "KPIs", "KPI", "\u212APIs", "Excel", "EXCEL", "excel",
		"Would Be A Bonus", "is a BONUS", "sales target", "TARGET", "five o’clock", "O'CLOCK",
		"CAFÉ", "café", "cafe", "nothing here", "", strings.Repeat("é", 600) + " preferred",
		"préférred", "a plu", "bonu s",
	}
	for _, e := range exprs {
		p := newPattern(e)
		for _, s := range texts {
			if want := p.Regexp.MatchString(s); p.MatchString(s) != want {
				t.Errorf("%q on %q: filtered %v, the expression %v", e, s, !want, want)
			}
		}
	}
}

func TestFilteredMethodsAnswerAsRegexpDoes(t *testing.T) {
	p := newPattern(`(?i)\b(pre)(ferred)\b`)
	for _, s := range []string{"CPA preferred, MBA preferred", "nothing"} {
		if got, want := p.ReplaceAllString(s, "$2"), p.Regexp.ReplaceAllString(s, "$2"); got != want {
			t.Errorf("ReplaceAllString(%q) = %q, want %q", s, got, want)
		}
		if got, want := p.FindAllStringSubmatchIndex(s, -1), p.Regexp.FindAllStringSubmatchIndex(s, -1); !slices.EqualFunc(got, want, slices.Equal) {
			t.Errorf("FindAllStringSubmatchIndex(%q) = %v, want %v", s, got, want)
		}
		if got, want := p.FindString(s), p.Regexp.FindString(s); got != want {
			t.Errorf("FindString(%q) = %q, want %q", s, got, want)
		}
	}
}

func BenchmarkFilteredMiss(b *testing.B) {
	p := newPattern(`(?i)\b(preferred|nice to have|a plus|bonus points|(?:would be|is|as) a bonus|ideally|desirable|an asset)\b`)
	line := "Three years managing a book of accounts worth $2M or more, with renewals you led."
	for b.Loop() {
		p.MatchString(line)
	}
}

func BenchmarkUnfilteredMiss(b *testing.B) {
	p := newPattern(`(?i)\b(preferred|nice to have|a plus|bonus points|(?:would be|is|as) a bonus|ideally|desirable|an asset)\b`)
	line := "Three years managing a book of accounts worth $2M or more, with renewals you led."
	for b.Loop() {
		p.Regexp.MatchString(line)
	}
}
