package base

import (
	"slices"
	"strings"

	"amjd/content"
)

// CountryClue is the one country a posting's words point to when its place
// does not tell: the country's name anywhere in the text, or a word only
// that country's postings use ("KiwiSaver", "401(k)"). Words of two
// countries, or of none, give "". "America" is left out: it is a continent
// as often ("North America").
func CountryClue(c *content.Catalog, text string) string { return countryWords(c, text, true) }

// CountryByClues is CountryClue from the words only one country's postings
// use ("+ super", "KiwiSaver", "401(k)"), not its name: a posting names the
// countries it sells to.
func CountryByClues(c *content.Catalog, text string) string { return countryWords(c, text, false) }

func countryWords(c *content.Catalog, text string, names bool) string {
	lower := strings.ToLower(text)
	found := ""
	for _, co := range c.Places.Countries {
		words := co.Clues
		if names {
			words = slices.Concat(co.Names, co.Clues)
		}
		for _, w := range words {
			if w == "america" || WordIndex(lower, w) < 0 {
				continue
			}
			if found != "" && found != co.Code {
				if names {
					// "schools in Australia and New Zealand": the names
					// disagree; a word only one country uses may not.
					return countryWords(c, text, false)
				}
				return ""
			}
			found = co.Code
			break
		}
	}
	return found
}
