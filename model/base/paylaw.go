package base

import (
	"slices"

	"amjd/content"
)

// Which pay-transparency laws cover a place: the checker's rule and the
// short form's benefits line ask the same question.

// PayLawsFor returns the laws that cover any of the places; a role open
// across the US (nationwide) is covered by every US law.
func PayLawsFor(c *content.Catalog, places []Place, nationwide bool) []content.PayLaw {
	var out []content.PayLaw
	for _, law := range c.PayLaws.Laws {
		for _, lp := range law.Places {
			if nationwide && lp.Country == "US" || slices.ContainsFunc(places, func(p Place) bool { return lawCovers(c, lp, p) }) {
				out = append(out, law)
				break
			}
		}
	}
	return out
}

// BenefitsRequired reports whether a pay law at the place wants a
// description of benefits in the posting.
func BenefitsRequired(c *content.Catalog, p Place) bool {
	for _, law := range c.PayLaws.Laws {
		for _, lp := range law.Places {
			if law.Benefits && lawCovers(c, lp, p) {
				return true
			}
		}
	}
	return false
}

// lawCovers reports whether a law's place includes the posting's place.
func lawCovers(c *content.Catalog, lp content.LawPlace, p Place) bool {
	if lp.Union != "" {
		for _, u := range c.Places.Unions {
			if u.Code == lp.Union && (p.Union == u.Code || slices.Contains(u.Members, p.Country)) {
				return true
			}
		}
		return false
	}
	return lp.Country == p.Country && (lp.Region == "" || lp.Region == p.Region) && (lp.City == "" || lp.City == p.City)
}
