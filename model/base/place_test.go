package base

import (
	"strings"
	"testing"
	"unicode"

	"amjd/content"
)

// placeKey builds in one pass what lowering a name, splitting it at every
// character outside a word and joining the words gives, over every catalog
// name and hostile text: the index and a typed location must read a name
// the same way, or a place in the table is never found.
func TestPlaceKeyIsThePlaceWordsJoined(t *testing.T) {
	names := []string{"İSTANBUL", "St. John's", "São Paulo", "  New   York ", "Zürich 🏔️ city",
		"\u202eCairo\u202c", "Köln/Bonn", "bad\xffbyte", "", "—", "Washington, D.C."}
	p := content.Default().Places
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
		words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\''
		})
		key, n := placeKey(name)
		if want := strings.Join(words, " "); key != want || n != len(words) {
			t.Errorf("placeKey(%q) = %q, %d words; split and joined, %q, %d", name, key, n, want, len(words))
		}
	}
}

// A place named at the end of a sentence is found, and a place whose name
// holds "St." is still one name; an ʻokina is part of a name's word.
func TestPlaceAtASentencesEnd(t *testing.T) {
	c := content.Default()
	for text, region := range map[string]string{
		"We're hiring an Account Manager! Summerside, PEI. Full-time, permanent.": "PE",
		"Based in Denver, Colorado. Hybrid, three days a week.":                   "CO",
		"St. John's, Newfoundland and Labrador":                                   "NL",
		"200 West Kāwili Street, Hilo, Hawaiʻi":                                   "HI",
		"Location: Ottawa, Ontario (hybrid, Little Italy office)":                 "ON", // a neighbourhood, not Italy
		"Elkton, MD 21921":   "MD", // a town the table lacks, its state before a ZIP code
		"Kanata, ON K2K 1X3": "ON",
	} {
		if p := LookupPlace(c, text); p.Region != region {
			t.Errorf("LookupPlace(%q) = %+v, want region %s", text, p, region)
		}
	}
}

func TestCountryClueIsOneCountryOrNone(t *testing.T) {
	c := content.Default()
	for text, want := range map[string]string{
		"KiwiSaver from day one":               "NZ",
		"super and a car":                      "", // "super" alone is any word
		"salary plus super":                    "AU",
		"a 401(k) plan":                        "US",
		"clients in New Zealand and Australia": "",
		"schools in Australia and New Zealand; $85k base plus super": "AU", // the names disagree, the pay's words do not
		"customers across North America":                             "",
		"the Zanzibar office (nzb code)":                             "",
		"Irrigation NZ accreditation":                                "NZ",
		"you'll work with the UK team, from Edinburgh":               "GB",
	} {
		if got := CountryClue(c, text); got != want {
			t.Errorf("CountryClue(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestOnlyPlaceIsAPlaceAndItsFillerWords(t *testing.T) {
	c := content.Default()
	for text, want := range map[string]bool{
		"Leeds":                    true,
		"Leeds, UK":                true,
		"North West England":       true,
		"London or remote":         true,
		"UK & Irish Retail":        false,
		"Irish Retail":             false,
		"Enterprise, EMEA":         false,
		"Food & Beverage":          false,
		"Manchester Foodservice":   false,
		"Rocklea, Brisbane QLD":    true,
		"Harrow & Pike Ltd, Leeds": false,
		"Little Island, Cork":      true,
	} {
		if got := OnlyPlace(c, text); got != want {
			t.Errorf("OnlyPlace(%q) = %v, want %v", text, got, want)
		}
	}
}
