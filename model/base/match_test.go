package base

import (
	"reflect"
	"strings"
	"testing"
)

func TestFindWordReadsTheEndingOfAStarredWord(t *testing.T) {
	for _, c := range []struct {
		word, text string
		want       []string
	}{
		{"renewal*", "Renewals and renewal-based bonus", []string{"Renewals", "renewal-based"}},
		{"renewal*", "renewal-renewal", []string{"renewal-renewal"}}, // one word, one match
		{"renewal*", "non-renewal", []string{"renewal"}},
		{"forecast*", "prévisions: forecastées", []string{"forecastées"}},
		{"renewal", "renewals and renewal", []string{"renewal"}},
		{"you'll", "You’ll lead", []string{"You’ll"}},
		{"=Excel", "excel in Excel", []string{"Excel"}},
		{"run the machine*", "run  the machinery today", []string{"run  the machinery"}},
		{"drive the ~ truck*", "Drive the truck, drive the box truck, drive the old box trucks", []string{"Drive the truck", "drive the box truck", "drive the old box trucks"}},
		{"drive the ~ truck", "drive the sales of our truck", nil}, // three words between
	} {
		var got []string
		for _, m := range FindWord(c.word, c.text) {
			got = append(got, c.text[m[0]:m[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("FindWord(%q, %q) = %q, want %q", c.word, c.text, got, c.want)
		}
	}
}

// The search for a plain word in a plain line finds what the word's
// expression finds, on every text made of the pieces a match turns on: word
// edges, an ending, a phrase's spaces, a mark before or after.
func TestFindWordPlainFindsWhatThePatternFinds(t *testing.T) {
	words := []string{"he", "his or her", "renewal*", "{{", "e.g.", "you'll", "kpi", "stock take", "x", "click here"}
	pieces := []string{"he", "his", " ", "or", "her", "renewal", "s", "-", "{{", "{", "e.g.", "you'll", "kpi", "_", "9", "stock", "take", "x", ".", "click", "here", "the"}
	rng := uint32(7)
	next := func(n int) int { rng = rng*1664525 + 1013904223; return int(rng>>8) % n }
	for range 20000 {
		text := ""
		for range 1 + next(8) {
			text += pieces[next(len(pieces))]
		}
		if flat := strings.Join(strings.Fields(text), " "); flat != text {
			continue // the plain search is only for single-spaced lines
		}
		for _, w := range words {
			got, want := FindWordPlain(w, text), FindWord(w, text)
			if len(got) != len(want) || len(got) > 0 && !reflect.DeepEqual(got, want) {
				t.Fatalf("FindWordPlain(%q, %q) = %v, FindWord = %v", w, text, got, want)
			}
		}
	}
}
