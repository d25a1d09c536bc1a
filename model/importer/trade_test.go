package importer

import (
	"testing"

	"amjd/model/internal/modeltest"
)

// A company's definition names its trade, wherever the posting puts it:
// the catalog's industry when it is one, else the company's own words for
// the trade, an agent noun turned into the trade it works in.
func TestTheCompanysDefinitionNamesItsTrade(t *testing.T) {
	for _, c := range []struct{ about, industry, name string }{
		{"Harakeke Fuels is a family-owned fuel distributor. Our tankers deliver diesel.", "other", "fuel distribution"},
		{"Tamar Malt is a malting company. We turn barley into malt.", "other", "malting"},
		{"Orari Foods is a South Island-owned manufacturer of soups and sauces.", "manufacturing", ""},
		{"Kilnsey Sweets is a confectionery manufacturer. We make fudge.", "other", "confectionery manufacturing"},
		{"Ravensdale Board is a corrugated packaging manufacturer.", "other", "corrugated packaging"},
		{"Glenmorven Spirits is an independent Scotch whisky distiller.", "other", "Scotch whisky distilling"},
		{"Fall River Recovery is an IT asset disposition (ITAD) company.", "other", "IT asset disposition"},
		{"Moeraki Media is an independent creative agency.", "agency", ""},
		{"Tasman Temps is a staffing agency for warehouses.", "other", "staffing"},
		{"Brackenridge Hotels is a group of four city hotels.", "hospitality", ""},
		{"Kauri Signs designs and installs signage for hotels and restaurants.", "other", ""},
		{"Arden Works is an equal opportunity employer.", "", ""},
		{"Mangawhero Growers grows, washes and packs carrots near Ohakune.", "other", ""},
		{"Since 1962, Kempenfelt Creamery has made ice cream in Barrie.", "other", ""},
		{"Paddock Health makes practice-management software for vets.", "software", ""},
		{"We're 85 people, headquartered in Waterloo.", "", ""},
	} {
		text := "Account Manager\n\nOverview\n\n" + c.about + " You look after 40 customers worth about $2 million a year.\n\n" +
			"Requirements\n\n- Two years in account management.\n\nApply with your CV by 30 June.\n"
		r, err := Import(modeltest.Cat(), text, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.about, err)
		}
		if r.Answers.Industry != c.industry || r.Answers.IndustryName != c.name {
			t.Errorf("%s\n industry %q, name %q; want %q, %q", c.about, r.Answers.Industry, r.Answers.IndustryName, c.industry, c.name)
		}
	}
}
