package importer

import (
	"strings"
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
		{"a board's employer line under the title", "Jobs Board NZ\nSign in\nSearch jobs\n\nAccount Manager – Garden Centres\nKowhai Bulb Growers\nLocation\nNelson\n\n" +
			"We grow spring bulbs for garden centres; Kowhai Bulb Growers has 40 staff." + body + "\nFree bulbs every spring\nFree parking\n", "Account Manager – Garden Centres", "Kowhai Bulb Growers"},
		{"a board's menu that reads like a name and a verb", "Adzuna\nSearch jobs | Salary checker | Sign in\n\nAccount Manager – Garden Centres\nTasman Bulbs Ltd\nNelson\n\nFull description\n\n" +
			"Tasman Bulbs Ltd grows spring bulbs for New Zealand's garden centres." + body, "Account Manager – Garden Centres", "Tasman Bulbs Ltd"},
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

// An editor's table whose first row is all bold heads its columns, as <th>
// does: it is no measure. A job site's links and salary widget under the
// benefits are no benefits.
func TestAHeaderRowAndASitesLinksAreNoValues(t *testing.T) {
	page := `<html><body><h1>Account Manager</h1><p>Kiln Cottage Pottery makes tableware. You look after 30 hotels.</p>
<h2>Requirements</h2><ul><li>Two years with hotels.</li></ul>
<h2>How we keep score</h2>
<table><tr><td><strong>What we track</strong></td><td><strong>Where we want it</strong></td></tr>
<tr><td>Contract renewals</td><td>95% renewed a month early</td></tr><tr><td>Breakages</td><td>under 1% of pieces</td></tr></table>
<h2>Benefits</h2><p>Pension</p><p>Company car</p><p>Sign in</p><p>Salary insights</p><p>Based on 34 salaries</p>
<p>Apply with your CV by 30 June.</p></body></html>`
	r, err := Import(modeltest.Cat(), page, Options{Name: "job.html"})
	if err != nil {
		t.Fatal(err)
	}
	if k := r.Answers.KPIs; len(k) != 2 || k[0].Target == "" || strings.Contains(k[0].Name, "track") {
		t.Errorf("kpis %+v, want the two measures and no header row", k)
	}
	for _, b := range r.Answers.Benefits {
		if b == "Sign in" || b == "Salary insights" || strings.HasPrefix(b, "Based on") {
			t.Errorf("benefits %q: a site's link read as a benefit", r.Answers.Benefits)
		}
	}
}

// "Report to her" reports to the role named before it; a facts line over
// the company's description is not part of it.
func TestPronounsAndFactsLines(t *testing.T) {
	text := "# Account Manager\n\n## About us\n\nPuriri Plants · Whangārei · Full-time · Hybrid\nPuriri Plants grows native trees for councils and landscapers across Northland.\n\n" +
		"## The role\n\nYou'll look after 45 councils. New councils are our Sales Director's work, and you'll report to her.\n\n" +
		"## Requirements\n\n- Two years with councils.\n\nApply with your CV by 30 June.\n"
	r, err := Import(modeltest.Cat(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.ReportsTo != "Sales Director" {
		t.Errorf("reports_to %q, want Sales Director", r.Answers.ReportsTo)
	}
	if strings.Contains(r.Answers.About, "·") || !strings.HasPrefix(r.Answers.About, "Puriri Plants grows") {
		t.Errorf("about %q, want the description alone", r.Answers.About)
	}
}

// A lead-in line that says what follows is a bonus opens the
// nice-to-haves, in HTML as in text.
func TestABonusLeadInOpensThePreferred(t *testing.T) {
	for name, text := range map[string]string{
		"text": "Account Manager\n\nYou look after 40 hotels.\n\nResponsibilities\n- Renew each hotel's contract.\n\nRequirements\n- Two years with hotels.\n\nNice if you have:\n- A forklift licence.\n\nSend your CV to jobs@kiln.example by 30 June.\n",
		"html": "<html><body><h1>Account Manager</h1><p>You look after 40 hotels.</p><h2>Responsibilities</h2><ul><li>Renew each hotel's contract.</li></ul><h2>Requirements</h2><ul><li>Two years with hotels.</li></ul>\n<p><em>Would be a bonus:</em></p>\n<ul><li>A forklift licence.</li></ul>\n<h2>How to apply</h2><p>Send your CV to jobs@kiln.example by 30 June.</p></body></html>",
	} {
		r, err := Import(modeltest.Cat(), text, Options{Name: "job." + map[string]string{"text": "txt", "html": "html"}[name]})
		if err != nil {
			t.Fatal(err)
		}
		if q := r.Answers.Qualifications; !contains(q.ExtraPreferred, "A forklift licence.") || contains(q.ExtraRequired, "A forklift licence.") {
			t.Errorf("%s: required %q, preferred %q; want the licence preferred", name, q.ExtraRequired, q.ExtraPreferred)
		}
	}
}

// A benefit whose words modify the next ("Health, dental and vision
// benefits, 100% employer-paid") stays one item, and a board's field label
// and its value under the pay are no benefits.
func TestBenefitsKeepTheirShape(t *testing.T) {
	text := "Account Manager\n\nYou look after 40 hotels.\n\nResponsibilities\n- Renew each hotel's contract.\n\nRequirements\n- Two years with hotels.\n\n" +
		"Salary\n£32,000 - £36,000 per annum\nClosing date\n24 Sep 2027\nJob level\nExperienced (non-manager)\n\n" +
		"Benefits\n- Health, dental and vision benefits, 100% employer-paid\n- Pension, car, phone\n\nHow to apply\nSend your CV to jobs@kiln.example by 30 June.\n"
	r, err := Import(modeltest.Cat(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"Health, dental and vision benefits, 100% employer-paid", "Pension", "car", "phone"}
	if strings.Join(r.Answers.Benefits, "|") != strings.Join(want, "|") {
		t.Errorf("benefits %q, want %q", r.Answers.Benefits, want)
	}
}

// A target in brackets after its label, and one after an arrow, are read
// as the measure's target.
func TestTargetsInBracketsAndAfterArrows(t *testing.T) {
	text := "# Account Manager\n\nYou look after 40 hotels.\n\n## Requirements\n\n- Two years with hotels.\n\n## How we measure success\n\n" +
		"- Credit notes closed (target: 90% within 48 hours)\n- Units per hotel -> up 8% year over year\n\n## How to apply\n\nEmail jobs@kiln.example.\n"
	r, err := Import(modeltest.Cat(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	k := r.Answers.KPIs
	if len(k) != 2 || k[0].Name != "Credit notes closed" || k[0].Target != "90% within 48 hours" || k[1].Name != "Units per hotel" || k[1].Target != "up 8% year over year" {
		t.Errorf("kpis %+v", k)
	}
}
