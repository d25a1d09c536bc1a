package base

import (
	"reflect"
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
