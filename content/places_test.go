package content

import (
	"strings"
	"testing"
)

// Places, pay hints and the spelling table refer only to what exists.
func TestPlacesHintsAndSpellingsResolve(t *testing.T) {
	c := mustLoad(t)
	langs := map[string]bool{}
	for _, l := range c.Languages.List {
		langs[l.ID] = true
	}
	if !langs[c.Languages.Default] {
		t.Errorf("default language %q is not in the list", c.Languages.Default)
	}
	for i, row := range c.Languages.Spellings {
		for id := range langs {
			if strings.TrimSpace(row[id]) == "" {
				t.Errorf("spelling row %d (%v) has no %s form", i+1, row, id)
			}
		}
		if len(row) != len(langs) {
			t.Errorf("spelling row %d has forms for unknown languages: %v", i+1, row)
		}
	}
	countries := map[string]bool{}
	for _, co := range c.Places.Countries {
		countries[co.Code] = true
		if _, ok := c.Currency(co.Currency); !ok {
			t.Errorf("country %s: currency %s is not in the catalog", co.Code, co.Currency)
		}
		if !langs[co.Language] {
			t.Errorf("country %s: unknown language %s", co.Code, co.Language)
		}
	}
	regions := map[string]bool{}
	for _, r := range c.Places.Regions {
		regions[r.Country+"/"+r.Code] = true
		if !countries[r.Country] {
			t.Errorf("region %s: unknown country %s", r.Name, r.Country)
		}
	}
	for _, ci := range c.Places.Cities {
		if !countries[ci.Country] || ci.Region != "" && !regions[ci.Country+"/"+ci.Region] {
			t.Errorf("city %s: unknown country or region %s/%s", ci.Name, ci.Country, ci.Region)
		}
	}
	for _, u := range c.Places.Unions {
		for _, m := range u.Members {
			if !countries[m] {
				t.Errorf("union %s: unknown member %s", u.Code, m)
			}
		}
	}
	for _, h := range c.PayHints {
		if !countries[h.Market] {
			t.Errorf("pay hint: unknown market %s", h.Market)
		}
		if _, ok := c.Currency(h.Currency); !ok {
			t.Errorf("pay hint %s: unknown currency %s", h.Market, h.Currency)
		}
		for _, v := range h.Variants {
			if vv, ok := c.Variant(v); !ok || vv.Refused {
				t.Errorf("pay hint %s: unknown variant %s", h.Market, v)
			}
		}
	}
}
