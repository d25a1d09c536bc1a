package importer

import (
	"strings"
	"testing"
)

// A classifieds site's ad, copied from the browser: labels over values, the
// place with its postcode under the title, the pay as one figure after a
// run-in "Package:" label, and the site's list of other ads after it.
func TestAClassifiedAdReadsAsItsUserReadsIt(t *testing.T) {
	text := "Swapshop\nSearch\nPost an ad\n\nAccount Manager – Irrigation Supplies\n$71,500\nDubbo, NSW 2830\nListed 2 days ago\n\n" +
		"Job Type\nFull-time\nAdvertised By\nEmployer\nSalary Type\nAnnual salary\n\n" +
		"Description\nMacquarie Pumps is an irrigation supplier. You'll look after 60 farms and 4 councils.\n\n" +
		"What you'll do:\n- Visit growers before each season\n- Quote pump repairs\n\n" +
		"Package: $71,500 base plus super, plus a quarterly bonus of up to 8%. You also get a ute.\n\n" +
		"Macquarie Pumps Pty Ltd – ABN 98 765 432 109\n\n" +
		"Similar ads\nSales Representative – Pumps\nOrange, NSW\n$90,000 – $120,000\n\nAbout Swapshop\n© 2027 Swapshop\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Company != "Macquarie Pumps Pty Ltd" {
		t.Errorf("company %q, want the one the ad describes, with the legal form its footer gives (not the site's name or a label of its field block)", a.Company)
	}
	if a.Pay.Min != 71500 || a.Pay.Max != 71500 || a.Pay.Currency != "AUD" {
		t.Errorf("pay %v-%v %s, want the package's 71,500 AUD (not another ad's range)", a.Pay.Min, a.Pay.Max, a.Pay.Currency)
	}
	if a.Pay.Variable != "a quarterly bonus of up to 8%" {
		t.Errorf("variable pay %q, want the bonus clause alone", a.Pay.Variable)
	}
	if a.Location.Place != "Dubbo, NSW" {
		t.Errorf("place %q, want the line under the title without its postcode", a.Location.Place)
	}
}

// A posting Word saved as "ANSI" text (Windows-1252, not UTF-8) is read,
// its dashes and quotes as they were typed, and the comment says how.
func TestALegacyEncodedPostingIsRead(t *testing.T) {
	text := "Accounts Manager \x96 Kendal\r\n\r\nAbout us\r\nFell Fudge makes fudge.\r\n\r\nWhat you\x92ll do\r\n" +
		"\x95\tRenew each shop\x92s order before Easter.\r\n\x95\tVisit every shop twice a year.\r\n\r\n" +
		"What you need\r\n\x95\tTwo years with shops.\r\n\r\nPay\r\n\xa331,000 a year.\r\n\r\nHow to apply\r\nEmail jobs@fellfudge.example.\r\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Title != "Accounts Manager – Kendal" || r.Encoding != "Windows-1252" {
		t.Errorf("title %q read as %q, want the en dash read in Windows-1252", r.Answers.Title, r.Encoding)
	}
	data, err := File(r, "old.txt")
	if err != nil || !strings.Contains(string(data), "(read as text in Windows-1252)") {
		t.Errorf("the comment does not say how the file was read: %v\n%s", err, data)
	}
}

// A board's salary band ("$90,000 - $109,999") is its search filter: the
// employer's own figure is the pay. A web editor's zero-width space is no
// text, and a Word list item wrapped before its last word ("… in" /
// "Excel") is one item.
func TestABoardsBandAndAnEditorsLeftovers(t *testing.T) {
	text := "Account Manager\nTamworth NSW\n\nSalary\n$90,000 - $109,999 per year\n\n" +
		"About us\nPeel Frames is a roof truss company. You look after 30 builders.\n\n" +
		"What you'll do\n- Renew each builder's supply agreement\u200b\n- Keep every quote in Pipedrive and build the monthly reporting in\nExcel\n- Visit every builder each month\n\n" +
		"What you need\n- Three years with builders\n\nWhat's on offer\n- $98,000 base plus super\n- A ute\n\nHow to apply\nEmail jobs@peel.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Pay.Min != 98000 || a.Pay.Max != 98000 {
		t.Errorf("pay %v-%v, want the employer's $98,000, not the board's band", a.Pay.Min, a.Pay.Max)
	}
	want := []string{"Renew each builder's supply agreement", "Keep every quote in Pipedrive and build the monthly reporting in Excel", "Visit every builder each month"}
	if strings.Join(a.Responsibilities.Add, "|") != strings.Join(want, "|") {
		t.Errorf("duties %q, want %q", a.Responsibilities.Add, want)
	}
}

// A careers page's list of its other openings, with their pay, is not the
// posting's: the posting says no pay, and none is imported.
func TestOtherOpeningsAreNotThePosting(t *testing.T) {
	text := "# Account Manager\n\nKiln Foods is a food safety consultancy. You'll look after 50 food plants.\n\n## What you'll do\n\n- Renew each plant's audit plan.\n- Visit every plant twice a year.\n\n" +
		"## What you need\n\n- Two years with food manufacturers.\n\n## How to apply\n\nEmail jobs@kiln.example.\n\n## Other openings\n\n- Food Safety Auditor · Raleigh, NC · $58,000–$66,000 a year\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Pay.Min != 0 || r.Answers.Pay.Max != 0 {
		t.Errorf("pay %v-%v from another opening", r.Answers.Pay.Min, r.Answers.Pay.Max)
	}
}
