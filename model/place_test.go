package model

import (
	"strings"
	"testing"
)

// The index keys every catalog name with placeKey and reads a location with
// placeWords: the two must agree, or a place in the table is never found.
func TestPlaceKeyIsThePlaceWordsJoined(t *testing.T) {
	names := []string{"İSTANBUL", "St. John's", "São Paulo", "  New   York ", "Zürich 🏔️ city",
		"\u202eCairo\u202c", "Köln/Bonn", "bad\xffbyte", "", "—", "Washington, D.C."}
	p := cat().Places
	for _, co := range p.Countries {
		names = append(append(names, co.Name), co.Names...)
	}
	for _, r := range p.Regions {
		names = append(append(names, r.Name), r.Names...)
	}
	for _, ci := range p.Cities {
		names = append(append(names, ci.Name), ci.Names...)
	}
	for _, u := range p.Unions {
		names = append(append(names, u.Name), u.Names...)
	}
	for _, name := range names {
		words := placeWords(name)
		key, n := placeKey(name)
		if want := strings.Join(words, " "); key != want || n != len(words) {
			t.Errorf("placeKey(%q) = %q, %d words; placeWords reads %q, %d", name, key, n, want, len(words))
		}
	}
}
