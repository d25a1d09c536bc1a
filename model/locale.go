package model

import "amjd/content"

func knownLanguage(c *content.Catalog, lang string) bool {
	for _, l := range c.Languages.List {
		if l.ID == lang {
			return true
		}
	}
	return false
}

// languageFor picks the posting's English: the answer if given, else the
// country's, else the currency's, else the catalog's default.
func languageFor(c *content.Catalog, a Answers, p Place) string {
	if knownLanguage(c, a.Language) {
		return a.Language
	}
	if co, ok := country(c, p.Country); ok && co.Language != "" {
		return co.Language
	}
	if p.Union != "" {
		return "en-GB"
	}
	for _, co := range c.Places.Countries {
		if a.Pay.Currency != "" && co.Currency == a.Pay.Currency && a.Pay.Currency != "EUR" {
			return co.Language
		}
	}
	if a.Pay.Currency == "EUR" {
		return "en-GB"
	}
	return c.Languages.Default
}

// currencyFor is the currency of the place's country, when amjd knows it;
// otherwise US dollars.
func currencyFor(c *content.Catalog, p Place) string {
	if co, ok := country(c, p.Country); ok {
		if _, known := c.Currency(co.Currency); known {
			return co.Currency
		}
	}
	if p.Union == "EU" {
		return "EUR"
	}
	return "USD"
}
