package answers

import (
	"amjd/content"
	"amjd/model/base"
)

// KnownLanguage reports whether lang is the id of one of the catalog's
// Englishes.
func KnownLanguage(c *content.Catalog, lang string) bool {
	for _, l := range c.Languages.List {
		if l.ID == lang {
			return true
		}
	}
	return false
}

// LanguageFor picks the posting's English: the answer if given, else the
// Country's, else the currency's, else the catalog's default.
func LanguageFor(c *content.Catalog, a Answers, p base.Place) string {
	if KnownLanguage(c, a.Language) {
		return a.Language
	}
	if co, ok := base.Country(c, p.Country); ok && co.Language != "" {
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

// CurrencyFor is the currency of the place's country, when amjd knows it;
// otherwise US dollars.
func CurrencyFor(c *content.Catalog, p base.Place) string {
	if co, ok := base.Country(c, p.Country); ok {
		if _, known := c.Currency(co.Currency); known {
			return co.Currency
		}
	}
	if p.Union == "EU" {
		return "EUR"
	}
	return "USD"
}
