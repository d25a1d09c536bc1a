package importer

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// Measures told over two lines or with dot leaders come out as one KPI
// each, its name and its target: a nested "Target:" sub-item, a card's
// figure over its name, a Word table's dot leader.
func TestMeasuresOverTwoLines(t *testing.T) {
	head := "# Account Manager\n\nKiln Cottage Pottery makes tableware. You look after 30 hotels.\n\n## What you'll do\n\n- Renew each hotel's supply contract.\n- Visit every hotel twice a year.\n\n## What you need\n\n- Two years with hotels.\n\n## How to apply\n\nEmail jobs@kiln.example.\n\n## How we measure success\n\n"
	for name, body := range map[string]string{
		"nested":         "- Contract renewals\n  - Target: every contract renewed a month early\n- Breakages\n  - Target: under 1% of pieces\n",
		"cards":          "- 95%\n- Contract renewals\n- 1%\n- Breakages\n",
		"leaders":        "- Contract renewals.......... every contract renewed a month early\n- Breakages..................... under 1% of pieces\n",
		"outline":        "- Contract renewals\n  - 95% renewed a month early\n- Breakages\n  - under 1% of pieces\n",
		"labelled":       "- Measure: Contract renewals. Target: every contract renewed a month early\n- Measure: Breakages. Target: under 1% of pieces\n",
		"labelled lines": "Measure: Contract renewals\nTarget: every contract renewed a month early\n\nMeasure: Breakages\nTarget: under 1% of pieces\n",
	} {
		r, err := importText(t, head+body)
		if err != nil {
			t.Fatal(err)
		}
		if len(r.Answers.KPIs) != 2 {
			t.Errorf("%s: %d KPIs, want 2: %+v", name, len(r.Answers.KPIs), r.Answers.KPIs)
			continue
		}
		for _, k := range r.Answers.KPIs {
			if k.Target == "" || strings.Contains(k.Name, "Target") || strings.Contains(k.Name, "...") || strings.ContainsAny(k.Name, "%") {
				t.Errorf("%s: KPI %+v, want a name and its target", name, k)
			}
		}
	}
}

// A title's bracketed contract is the employment type's, an "Hours:"
// label inside a paragraph gives the hours, and a town on the facts line
// that the text places things "in" is no company.
func TestFactsWhereTheyBelong(t *testing.T) {
	text := "Accounts Manager (part-time)\nAshhurst · Hybrid · Part-time\n\nAbout us\nRuahine Oats is an oat mill. Our mill in Ashhurst ships oats across New Zealand.\n\n" +
		"The role\nYou look after 40 bakeries. This is an office role. Hours: 25 hours a week, Monday to Thursday.\n\nWhat you need\n- Two years with customers.\n\nHow to apply\nEmail jobs@ruahine.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Title != "Accounts Manager" || a.EmploymentType != "part_time" {
		t.Errorf("title %q, employment %q", a.Title, a.EmploymentType)
	}
	if a.Hours != "25 hours a week, Monday to Thursday" {
		t.Errorf("hours %q", a.Hours)
	}
	if a.Company == "Ashhurst" {
		t.Errorf("company %q: the town the mill is in", a.Company)
	}
}

// A company is the trade its definition names: the sentences after it may
// mention other trades ("four manufacturer brands" at a car dealer), and a
// trade the catalog lacks keeps the company's own words.
func TestTheTradeTheDefinitionNames(t *testing.T) {
	body := "\n\n## What you'll do\n\n- Renew each fleet's service plan.\n- Visit every fleet twice a year.\n\n## What you need\n\n- Two years with fleets.\n\n## How to apply\n\nEmail jobs@x.example.\n"
	for about, want := range map[string][2]string{
		"Barrow Motor Group is a family-owned car rental company. We run fleets for four manufacturer brands.": {"other", "car rental"},
		"Hollin Signs is a traffic signal company. Our factory in Leeds builds the poles.":                     {"other", "traffic signal"},
		"Hollin Foods is a manufacturer of frozen pies.":                                                       {"manufacturing", ""},
	} {
		r, err := importText(t, "# Account Manager\n\n## About us\n\n"+about+body)
		if err != nil {
			t.Fatal(err)
		}
		if got := [2]string{r.Answers.Industry, r.Answers.IndustryName}; got != want {
			t.Errorf("%q: industry %q, want %q", about, got, want)
		}
	}
}

// A letter under a letterhead: the title is the role its greeting names,
// and the company the name the letter uses, with the legal form the
// letterhead gives it.
func TestALetterUnderALetterhead(t *testing.T) {
	text := "Eden Valley Chimney Sweeps Ltd\nUnit 2, Mill Lane, Penrith\n\nDear future Account Manager,\n\n" +
		"I run Eden Valley Chimney Sweeps, a chimney sweeping firm. I'm looking for an Account Manager to look after our 90 contract clients. " +
		"You'd renew each contract every year and visit every client twice a year.\n\nYou'll need two years looking after business customers.\n\n" +
		"The salary is £30,000 a year. To apply, email your CV to jobs@edenvalley.example.\n\nYours faithfully,\nAnna Hale\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Title != "Account Manager" || r.Answers.Company != "Eden Valley Chimney Sweeps Ltd" {
		t.Errorf("title %q, company %q", r.Answers.Title, r.Answers.Company)
	}
}

// The book is the reader's clients, not what the company does in a year:
// "we manage around 9,000 deliveries a year" before "you'll look after 35
// florists".
func TestTheBookIsTheReadersClients(t *testing.T) {
	text := "# Account Manager\n\nPetal Post is a flower wholesaler. We supply florists across Kent, and we manage around 9,000 deliveries a year.\n\n" +
		"You'll look after 35 florists who spend about £600,000 a year with us.\n\n## What you'll do\n\n- Renew each florist's standing order.\n- Visit every shop twice a year.\n\n" +
		"## What you need\n\n- Two years with retailers.\n\n## How to apply\n\nEmail jobs@petal.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if b := r.Answers.Book; b.Accounts != 35 || b.Revenue != 600000 {
		t.Errorf("book %+v, want 35 accounts worth £600,000", b)
	}
}

// A posting of paragraphs that opens with questions has no title line: its
// company is the one its paragraphs describe, not an empty name.
func TestQuestionsFirstThenTheCompany(t *testing.T) {
	text := "Do you know your way around a bakery? Can you sit down with a café owner, talk through what sold last winter and leave with a bigger standing order and a handshake? Are you happiest with a full diary and a car full of samples? Then read on.\n\n" +
		"We're looking for an Account Manager to look after about 80 cafés that buy about £400,000 of bread from us a year.\n\n" +
		"You'll need two years looking after food-service customers.\n\nWe'll pay £29,000 a year.\n\n" +
		"Crumb & Co is a family bakery. We bake for cafés across Devon.\n\nTo apply, email jobs@crumb.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Company != "Crumb & Co" {
		t.Errorf("company %q, want the bakery the ad describes", r.Answers.Company)
	}
}

// Word's second-level bullet pasted as text ("o Item") makes list items,
// and a perk named before the variable pay ("plus car and bonus") is no
// part of it.
func TestWordSubBulletsAndPerksBeforeTheBonus(t *testing.T) {
	text := "Account Manager\n\nSalary\n£44,000 - £50,000 per annum plus car and bonus\n\nAbout us\nOakbeck Stairs makes timber staircases.\n\nThe role\nYou look after 60 housebuilders.\n\n" +
		"Essential\no At least 5 years' account management in building products\no Full UK driving licence\n\n" +
		"Package\n£44,000 to £50,000 a year, plus a company car and a bonus of up to 15% of salary on sales growth.\n\nHow to apply\nEmail jobs@oakbeck.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	want := []string{"At least 5 years' account management in building products", "Full UK driving licence"}
	if got := a.Qualifications.ExtraRequired; len(got) != 2 || got[0] != want[0] || got[1] != want[1] {
		t.Errorf("required %q, want %q", got, want)
	}
	if a.Pay.Variable != "a bonus of up to 15% of salary on sales growth" {
		t.Errorf("variable pay %q", a.Pay.Variable)
	}
}

// A form sent as text, its labels and values in two columns, gives its
// fields.
func TestAFormInTwoColumns(t *testing.T) {
	text := "Job Ad Brief\n\nBusiness name              Aspiring Helicopters Ltd\n\nJob title                  Accounts Manager\n\n" +
		"The role in a few lines    You look after about 240 farm clients, worth about $5.2 million a year.\n\n" +
		"Main duties                - Take bookings and plan each day's jobs\n                           - Send spray records to clients\n\n" +
		"Must-haves                 - 3+ years in accounts or client service\n                           - Full NZ driver's licence\n\n" +
		"Reports to                 Operations Manager\n\nEmployment type            Full-time\n\n" +
		"Salary from (per year)     $62,000\n\nSalary to (per year)       $70,000\n\nHow to apply               Email jobs@aspiring.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.ReportsTo != "Operations Manager" || a.EmploymentType != "full_time" || a.Qualifications.Years != 3 {
		t.Errorf("reports to %q, employment %q, years %d", a.ReportsTo, a.EmploymentType, a.Qualifications.Years)
	}
	if a.Pay.Min != 62000 || a.Pay.Max != 70000 {
		t.Errorf("pay %v to %v, want 62000 to 70000", a.Pay.Min, a.Pay.Max)
	}
	if len(a.Responsibilities.Add) != 2 || a.Responsibilities.Add[1] != "Send spray records to clients" {
		t.Errorf("duties %q", a.Responsibilities.Add)
	}
}

// How to apply keeps what says how: not an equal-opportunity line worded
// as a welcome, a note on personal data, a task's comments.
func TestHowToApplyLeavesOutWhatIsNotHow(t *testing.T) {
	text := "Account Manager\n\nThe role\nYou look after 60 builders.\n\nHow to apply\nEmail your CV to jobs@oakbeck.example by 1 May 2027.\n\n" +
		"Oakbeck selects on merit alone. Everyone is welcome to apply.\n\nBy sending your CV you agree to our privacy notice.\n\nComments (2) Ana Ruiz · 4 Oct: apply link works?\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if want := "Email your CV to jobs@oakbeck.example by 1 May 2027."; r.Answers.HowToApply != want {
		t.Errorf("how to apply %q, want %q", r.Answers.HowToApply, want)
	}
}

// The paragraph after an HTML list is a block of its own, not the last
// item's next line.
func TestAParagraphAfterAListStandsAlone(t *testing.T) {
	page := "<h1>Account Manager</h1>\n<h2>Responsibilities</h2>\n<ul>\n<li>Look after our 30 retail accounts.</li>\n<li>Plan each shop's season order.</li>\n</ul>\n" +
		"<h2>Salary</h2>\n<p>€40,000 to €46,000 a year.</p>\n<h2>What we offer</h2>\n<ul>\n<li>Pension with a 5% match</li>\n<li>A jacket made to measure in your first year</li>\n</ul>\n" +
		"<h2>Requirements</h2>\n<ul>\n<li>Three years with retail accounts</li>\n</ul>\n" +
		"<h2>Nice to have</h2>\n<ul>\n<li>Irish</li>\n<li>A love of tweed</li>\n</ul>\n" +
		"<p>You'll be based at the mill, with about five trips a year. Hours are 9am to 5pm, Monday to Friday.</p>\n<h2>How to apply</h2>\n<p>Email jobs@mill.example by 1 May 2027.</p>\n"
	r, err := importText(t, page)
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Answers.Qualifications.ExtraPreferred; len(got) != 2 || got[1] != "A love of tweed" {
		t.Errorf("preferred %q", got)
	}
	if r.Answers.Hours != "9am to 5pm, Monday to Friday" {
		t.Errorf("hours %q", r.Answers.Hours)
	}
}

// A form's response in Typeform's layout: each question over its answer,
// the employer asked for in a question; measures told "Name. target" and
// numbered "2/ "; a town and its province are no company "AB".
func TestAFormsQuestionsAndMeasuresWithStops(t *testing.T) {
	var b strings.Builder
	b.WriteString("Typeform\nMy workspaces › Client briefs › Role brief\n\n")
	for i, qa := range [][2]string{{"What's the business called? *", "Kestrel Tanning Pty Ltd"}, {"Your name *", "Ada Lim"}, {"Job title for the ad *", "Account Manager"},
		{"Where is the job based? (town and state)", "Lacombe, AB"}, {"Employment type", "Full-time"}, {"Pay type", "Hourly"}, {"Pay from ($)", "38"}, {"Pay to ($)", "42"},
		{"What will they do?", "Look after our 60 leather buyers."}, {"What must they have?", "Two years in accounts."}, {"How to apply", "Email jobs@kestrel.example."}} {
		fmt.Fprintf(&b, "%d → %s\n%s\n\n", i+1, qa[0], qa[1])
	}
	b.WriteString("12 → How will you measure success?\n1/ Reorders. 85% of your buyers ordering again within 12 weeks.\n2/ Replies. Every email answered the same day.\n")
	r, err := importText(t, b.String())
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Company != "Kestrel Tanning Pty Ltd" {
		t.Errorf("company %q", a.Company)
	}
	if len(a.Benefits) > 0 {
		t.Errorf("benefits %q: the pay's answers are none", a.Benefits)
	}
	if len(a.KPIs) != 2 || a.KPIs[0].Name != "Reorders" || a.KPIs[0].Target != "85% of your buyers ordering again within 12 weeks" || a.KPIs[1].Target != "Every email answered the same day" {
		t.Errorf("kpis %+v", a.KPIs)
	}
}

// A board's sections under headings of its own wording: what "you should
// have", "useful extras" and "we'd also like", a table whose header puts
// the target first, "prerequisites and skills" that are requirements, the
// selection process that says how to apply.
func TestABoardsOwnHeadings(t *testing.T) {
	page := "<h1>Account Manager</h1>\n<h2>What you will do</h2>\n<ul>\n<li>Renew our 30 supply agreements.</li>\n</ul>\n" +
		"<p><strong>How we will judge the first year:</strong></p>\n<table>\n<thead><tr><th>Target for 2028</th><th>What we measure</th></tr></thead>\n" +
		"<tbody><tr><td>28 of 30 agreements renewed</td><td>Contract renewals</td></tr>\n<tr><td>an A rating at every customer</td><td>Supplier rating</td></tr></tbody>\n</table>\n" +
		"<h2>Salary</h2>\n<p>€3,100 to €3,800 a month.</p>\n<h2>Information about the selection process</h2>\n<p>Send your CV through our site by 3 December 2027.</p>\n" +
		"<h2>Personality prerequisites and skills</h2>\n<ul>\n<li>Five years with car makers</li>\n</ul>\n<h2>We'd also like</h2>\n<ul>\n<li>Knowledge of IATF 16949</li>\n</ul>\n"
	r, err := importText(t, page)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if len(a.KPIs) != 2 || a.KPIs[0].Target != "28 of 30 agreements renewed" || a.KPIs[1].Target != "an A rating at every customer" {
		t.Errorf("kpis %+v", a.KPIs)
	}
	if len(a.Skills.Add) > 0 || len(a.Qualifications.ExtraRequired) != 1 || len(a.Qualifications.ExtraPreferred) != 1 {
		t.Errorf("skills %q, required %q, preferred %q", a.Skills.Add, a.Qualifications.ExtraRequired, a.Qualifications.ExtraPreferred)
	}
	if a.HowToApply != "Send your CV through our site by 3 December 2027." {
		t.Errorf("how to apply %q", a.HowToApply)
	}
}

// A survey's response with each question under its number ("Q4"), pages
// and skipped answers; a company told by what it has made since when;
// a writer's own "Applications close on Friday …" stays in how to apply.
func TestASurveyResponseAndAWritersClosingLine(t *testing.T) {
	var b strings.Builder
	b.WriteString("Role request\nRespondent #9\n\nPage 1: About the role\n\n")
	for i, qa := range [][2]string{{"Your name and department", "Ana Price, Sales"}, {"Job title for the advert", "Account Manager"},
		{"Where is the role based?", "Bala, Gwynedd"}, {"About the business", "Bala Looms Ltd has woven tweed in Bala since 1911. We are 30 people."},
		{"Main duties", "Look after our 50 mills and merchants."}, {"Must-haves", "Three years with trade accounts."}, {"Nice to have", "Respondent skipped this question"},
		{"Salary from", "Minimum 30000"}, {"Salary to", "Maximum 34000"}, {"Benefits", "A staff discount on cloth"},
		{"How to apply", "Email jobs@balalooms.example. Applications close on Friday 4 February 2028."}} {
		fmt.Fprintf(&b, "Q%d\n%s\n%s\n\n", i+1, qa[0], qa[1])
	}
	r, err := importText(t, b.String())
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Company != "Bala Looms Ltd" || a.Title != "Account Manager" {
		t.Errorf("company %q, title %q", a.Company, a.Title)
	}
	if len(a.Qualifications.ExtraPreferred) > 0 || slices.ContainsFunc(a.Benefits, func(b string) bool { return strings.Contains(b, "30000") }) {
		t.Errorf("preferred %q, benefits %q", a.Qualifications.ExtraPreferred, a.Benefits)
	}
	if a.HowToApply != "Email jobs@balalooms.example. Applications close on Friday 4 February 2028." {
		t.Errorf("how to apply %q", a.HowToApply)
	}
}

// A form's measures numbered with their targets ("Measure 1   Sales
// growth" over "Target 1   +6% …"), in two columns.
func TestNumberedMeasuresAndTargets(t *testing.T) {
	text := "Account Manager\n\nResponsibilities\n- Look after 60 merchants.\n\nHow will success be measured?\nMeasure 1   Sales growth\nTarget 1   +6% across your merchants\nMeasure 2   Merchant reviews\nTarget 2   a review with every merchant twice a year\nMeasure 3   Forecast accuracy\nTarget 3   within 10% of despatches\n\n" +
		"Requirements\n- Two years with merchants.\n\nSalary\n£30,000 to £34,000 a year.\n\nHow to apply\nEmail jobs@slate.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if k := r.Answers.KPIs; len(k) != 3 || k[0].Target != "+6% across your merchants" || k[1].Target != "a review with every merchant twice a year" {
		t.Errorf("kpis %+v", k)
	}
}

// A board's aligned fields ("Job type:          Part-time") are read as
// fields, its dates are no benefits, and a posting that speaks of te reo is
// paid in New Zealand dollars.
func TestABoardsAlignedFieldsAndANewZealandClue(t *testing.T) {
	text := "Account Manager (part-time)\nKaniere Press\n\nLocation:          Hokitika, West Coast\nJob type:          Part-time\nRemuneration:      $33 – $36 per hour\n" +
		"Listed:            13 January 2028\nClosing:           10 February 2028\n\nThe role\nYou look after 75 galleries. We hope to make it a full-time role later.\n\n" +
		"What you need\n- Two years with clients.\n- Te reo is welcome.\n\nHow to apply\nEmail jobs@kaniere.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.EmploymentType != "part_time" || a.Pay.Currency != "NZD" || len(a.Benefits) > 0 {
		t.Errorf("employment %q, currency %q, benefits %q", a.EmploymentType, a.Pay.Currency, a.Benefits)
	}
}

// A Kenyan posting's "KSh" is Kenyan shillings.
func TestKenyanShillings(t *testing.T) {
	text := "Key Account Manager\nNairobi, Kenya\n\nResponsibilities\n- Look after our 12 largest buyers.\n\nRequirements\n- Five years with buyers.\n\nSalary\nKSh 180,000 – 220,000 a month gross.\n\nHow to apply\nEmail jobs@sisal.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if p := r.Answers.Pay; p.Currency != "KES" || p.Min != 180000 || p.Period != "month" {
		t.Errorf("pay %+v", p)
	}
}

// A range signed at both ends in a sign of the catalog's ("₦300,000 –
// ₦400,000") is in that currency.
func TestBothEndsSigned(t *testing.T) {
	text := "Account Manager\nLagos, Nigeria\n\nResponsibilities\n- Look after 20 buyers.\n\nRequirements\n- Two years with buyers.\n\nSalary\n₦300,000 – ₦400,000 a month.\n\nHow to apply\nEmail jobs@x.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Pay.Currency != "NGN" {
		t.Errorf("currency %q", r.Answers.Pay.Currency)
	}
}
