package importer

import (
	"testing"

	"amjd/model/internal/modeltest"
)

// The site around a posting is not the posting: a board's search box and
// its "Employers" link, an intranet's name, a note app's links. The
// employer is the one the text describes, or, when the text never names
// it, the one the page's JobPosting data names.
func TestTheSiteAroundThePostingIsNotIt(t *testing.T) {
	body := "\n\nYou'll look after 45 garden centres worth about $3 million a year.\n\n" +
		"Requirements\n\n- Two years with retail buyers.\n- A driver's licence.\n\nApply with your CV by 30 June.\n"
	for _, c := range []struct {
		name, text, title, company string
	}{
		{"a board's search box and footer links", "jobsboard.example\nKeywords\nAccount Manager\nWhere\nNelson\nFind jobs\n\n" +
			"Account Manager – Garden Centres\nTasman Bulbs\nNelson\n\nJob description\n\n" +
			"For more than 30 years, Tasman Bulbs has grown spring bulbs for New Zealand's garden centres." + body +
			"\nJob seekers\nEmployers\nAbout jobsboard.example\nPrivacy\n", "Account Manager – Garden Centres", "Tasman Bulbs"},
		{"an intranet's name over its page", "Marram Seeds Intranet\nHome\nVacancies\nPeople\n\nAccount Manager – Retail\n\n" +
			"Marram Seeds packs and sells flower seed to garden centres." + body, "Account Manager – Retail", "Marram Seeds"},
		{"a note app's links and properties", "status:: approved\nowner:: [[Kiri Hohaia]]\n\n# Account Manager\n\n" +
			"[[Puriri Plant Supply]] grows and sells native plants to landscapers and garden centres." + body, "Account Manager", "Puriri Plant Supply"},
	} {
		r, err := Import(modeltest.Cat(), c.text, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if r.Answers.Title != c.title || r.Answers.Company != c.company {
			t.Errorf("%s: title %q, company %q; want %q, %q", c.name, r.Answers.Title, r.Answers.Company, c.title, c.company)
		}
	}
	page := `<html><head><script type="application/ld+json">{"@context":"https://schema.org","@type":"JobPosting","title":"Account Manager","hiringOrganization":{"@type":"Organization","name":"Kowhai Ceramics"}}</script></head>
<body><h1>Account Manager</h1><p>You'll look after 45 galleries worth about $3 million a year.</p>
<h2>Requirements</h2><ul><li>Two years with retail buyers.</li></ul><p>Apply with your CV by 30 June.</p></body></html>`
	r, err := Import(modeltest.Cat(), page, Options{Name: "job.html"})
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Company != "Kowhai Ceramics" {
		t.Errorf("a page that names its employer only in its JobPosting data: company %q", r.Answers.Company)
	}
}
