package base

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Reading only the stretches around the gate words finds what reading the
// whole text finds, wherever the match sits: at either end, cut by a
// stretch's edge in mid-word, beside a character of several bytes, in a
// text dense with gate words.
func TestMatchNearFindsWhatTheWholeTextHolds(t *testing.T) {
	re := &Regexp{Expr: `(?i)\b(?:on (?:your|their) own|entry[- ]level|goes to [\p{L} ,]+ for sign-off)\b`}
	gates := []string{" own", "entry", "sign-off"}
	words := []string{"on", "your", "own", "entry", "level", "entry-level", "goes", "to", "Ána", "for", "sign-off", "xown", "ownx",
		"bentry", "é", ",", "\n", "the", "book", "accounts", "of", "their"}
	rng := rand.New(rand.NewPCG(1, 2))
	matched := 0
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(60) {
			b.WriteString(words[rng.IntN(len(words))])
			if rng.IntN(4) > 0 {
				b.WriteByte(' ')
			}
		}
		text := b.String()
		reach := 8 + rng.IntN(40)
		want := re.Get().MatchString(text) && longestNear(re, text, gates, reach)
		if got := MatchNear(re, text, gates, reach); got != want {
			t.Fatalf("MatchNear(%q, reach %d) = %v, the whole text %v", text, reach, got, want)
		}
		if want {
			matched++
		}
	}
	if matched < 1000 {
		t.Errorf("only %d texts matched: the test reads too little", matched)
	}
	// A stretch that starts in mid-word ("x|goes") is no word boundary.
	text := "xgoes to Ána for sign-off"
	if reach := strings.Index(text, "sign-off") - 1; MatchNear(re, text, gates, reach) {
		t.Errorf("MatchNear(%q, reach %d) found a match the text does not hold", text, reach)
	}
}

// longestNear reports whether some match of re in text lies within reach
// of a gate word inside it, as MatchNear promises to find: the generated
// texts may hold a "goes to … for sign-off" longer than any reach.
func longestNear(re *Regexp, text string, gates []string, reach int) bool {
	for _, m := range re.Get().FindAllStringIndex(text, -1) {
		for _, g := range gates {
			for at := m[0]; at < m[1]; at++ {
				if strings.HasPrefix(text[at:m[1]], g) && m[0] >= at-reach && m[1] <= at+len(g)+reach {
					return true
				}
			}
		}
	}
	return false
}
