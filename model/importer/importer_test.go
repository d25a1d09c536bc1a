package importer

import (
	"errors"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

func importText(t *testing.T, text string) (Result, error) {
	t.Helper()
	return Import(modeltest.Cat(), text, Options{})
}

// Text that is no single job description is refused with the reason, and
// for two postings in one file, where the second starts.
func TestWhatIsNotOnePostingIsRefused(t *testing.T) {
	one := "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n## Requirements\n\n- Two years with clients.\n"
	for name, c := range map[string]struct {
		text string
		want string
	}{
		"empty":      {"", ErrEmpty.Error()},
		"blank":      {" \n\t\n", ErrEmpty.Error()},
		"binary":     {"\x89PNG\r\n\x1a\n\x00\x00", ErrBinary.Error()},
		"not utf-8":  {"Account Manager \x81\x8d\x1b", ErrBinary.Error()},
		"a recipe":   {"Lemon cake\n\nMix the flour and the sugar. Bake for forty minutes.\n", ErrNotPosting.Error()},
		"two jobs":   {one + "\n# Senior Account Manager\n\n## Responsibilities\n\n- Coach the team.\n", "starts at line 11"},
		"two titles": {one + "\n## Key Account Manager – Retail\n\n## What you'll do\n\n- Run the retail book.\n", "\"Key Account Manager – Retail\""},
	} {
		_, err := importText(t, c.text)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %v, want one saying %q", name, err, c.want)
		}
	}
	if _, err := importText(t, one); err != nil {
		t.Errorf("one posting refused: %v", err)
	}
	var several SeveralError
	if _, err := importText(t, one+"\n# Senior Account Manager\n\n## Duties\n\n- Coach.\n"); !errors.As(err, &several) {
		t.Errorf("two postings: %v, want a SeveralError", err)
	}
}

// Nothing is invented: what the posting does not state stays empty and is
// listed as a gap with the step that fills it.
func TestWhatIsNotStatedStaysEmpty(t *testing.T) {
	r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n- Keep notes in the CRM.\n\n## Requirements\n\n- Two years with clients.\n")
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Company != "" || a.Pay.Min != 0 || a.Book.Accounts != 0 || a.ReportsTo != "" || a.KPIs != nil || a.Location.Place != "" || a.About != "" {
		t.Errorf("values were invented: %+v", a)
	}
	gaps := map[string]string{}
	for _, g := range r.Gaps {
		gaps[g.Field] = g.Step
	}
	for field, step := range map[string]string{"company": "company", "pay": "pay", "kpis": "kpis", "reports_to": "reporting", "book.accounts": "book"} {
		if gaps[field] != step {
			t.Errorf("gap %s: step %q, want %q", field, gaps[field], step)
		}
	}
}

// More than the answers allow is kept up to the limit, and the rest is
// listed; the answers file still loads.
func TestOverTheLimitsIsCutAndListed(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Account Manager\n\n## Requirements\n\n- Two years with clients.\n\n## How we measure success\n\n")
	for i := range answers.MaxKPIs + 5 {
		b.WriteString("- Client retention of " + string(rune('a'+i%26)) + "\n")
	}
	b.WriteString("\n## Responsibilities\n\n")
	for range answers.MaxLines + 3 {
		b.WriteString("- Renew every client contract on time.\n")
	}
	b.WriteString("\n## About us\n\n" + strings.Repeat("We make boxes for shops. ", 300) + "\n")
	r, err := importText(t, b.String())
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Answers.KPIs) != answers.MaxKPIs || len(r.Answers.About) > answers.MaxTextLen || len(r.Answers.Title) > answers.MaxTitleLen {
		t.Errorf("not cut: %d KPIs, about %d bytes, title %d bytes", len(r.Answers.KPIs), len(r.Answers.About), len(r.Answers.Title))
	}
	cut := strings.Join(r.Cut, "\n")
	for _, want := range []string{"kpis: 5 more", "about: cut to", "responsibilities: 3 more than the 50 allowed"} {
		if !strings.Contains(cut, want) {
			t.Errorf("the comment does not list %q: %q", want, cut)
		}
	}
	data, err := File(r, "big.md")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := answers.ParseAnswers(modeltest.Cat(), "big.yaml", data); err != nil {
		t.Errorf("the answers file does not load: %v", err)
	}
}

// A finance role imports as the finance variant, so the wizard steers away.
func TestAFinanceRoleImportsAsAccountingManager(t *testing.T) {
	r, err := importText(t, "# Accounting Manager\n\n## Responsibilities\n\n- Run the month-end close and the general ledger.\n- Prepare the accruals and reconciliations.\n\nYou will report to the CFO.\n")
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Variant != "accounting_manager" {
		t.Errorf("variant %q", r.Answers.Variant)
	}
}

// A byte-order mark, as Windows editors save one, is no part of the title
// the file's comment quotes.
func TestAByteOrderMarkIsNoText(t *testing.T) {
	r, err := importText(t, "\ufeffAccount Manager\n\n## Responsibilities\n\n- Renew every contract on time.\n\n## Requirements\n\n- Two years with clients.\n")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range r.Inferred {
		if strings.ContainsRune(n.From, '\ufeff') || strings.ContainsRune(n.Value, '\ufeff') {
			t.Errorf("inferred %s quotes the byte-order mark: %q", n.Field, n.From)
		}
	}
	if r.Answers.Title != "Account Manager" {
		t.Errorf("title %q", r.Answers.Title)
	}
}

// A company whose name ends in a full stop ends the summary's sentence once.
func TestSummaryEndsOnce(t *testing.T) {
	r := Result{Answers: answers.Answers{Title: "Account Manager", Company: "Okanagan Grounds Co."}}
	if s := r.Summary(); strings.Contains(s, "..") || !strings.HasPrefix(s, "Imported Account Manager at Okanagan Grounds Co. ") && s != "Imported Account Manager at Okanagan Grounds Co." {
		t.Errorf("summary %q", s)
	}
}

// A board's page is read as its user reads it: the title is the job's, not
// its search box or its Save button; a measure and its target split at a
// dash; a trailing comma is no part of a value; "Onsite or remote" is a
// filter, not the workplace; a sentence after a benefits list is no
// benefit; "desirable, not essential" is preferred.
func TestABoardPageReadsAsItsUserReadsIt(t *testing.T) {
	text := "Find jobs\nSign in\n\naccount manager   Leeds   Search\n\nKey Account Manager – Grocery\nNorth Mill Foods\nLeeds, West Yorkshire, UK,\n\nSave Key Account Manager – Grocery at North Mill Foods\n\nRemote work policy\nOnsite or remote\n\n" +
		"About the role\n\nYou look after 40 grocery accounts. You will report to the Director, Client Services, and work with our planners. Hybrid: in the office Tuesday to Thursday.\n\n" +
		"What success looks like\n\n- Case fill rate – 98.5%\n- Promotion reviews – every promotion reviewed within four weeks\n\n" +
		"Requirements\n\n- Three years with supermarket buyers\n- Welsh speaker – desirable, not essential\n\n" +
		"What's on offer\n\nCompany car\nHealth insurance\n\nBased at our Leeds site, with trips to London to meet buyers roughly one week in five.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Title != "Key Account Manager – Grocery" {
		t.Errorf("title %q", a.Title)
	}
	if a.ReportsTo != "Director, Client Services" || strings.HasSuffix(a.Location.Place, ",") {
		t.Errorf("reports_to %q, place %q: want no trailing comma", a.ReportsTo, a.Location.Place)
	}
	if a.Location.Workplace != "hybrid" {
		t.Errorf("workplace %q, want hybrid", a.Location.Workplace)
	}
	if len(a.KPIs) != 2 || a.KPIs[0].Name != "Case fill rate" || a.KPIs[0].Target != "98.5%" {
		t.Errorf("kpis %+v, want each split at its dash", a.KPIs)
	}
	if !contains(a.Qualifications.ExtraPreferred, "Welsh speaker – desirable, not essential") {
		t.Errorf("preferred %q", a.Qualifications.ExtraPreferred)
	}
	for _, b := range a.Benefits {
		if strings.Contains(b, "Based at") {
			t.Errorf("a sentence read as a benefit: %q", b)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// A place stated under a Location label is kept even when amjd's table
// does not hold the town; a label that names no place gives none.
func TestALabelledPlaceIsKept(t *testing.T) {
	for value, want := range map[string]string{"Ballymote": "Ballymote", "Multiple locations": "", "Remote": "", "See below": ""} {
		r, err := importText(t, "# Account Manager\n\nLocation: "+value+"\n\n## Responsibilities\n\n- Renew every client contract on time.\n- Keep notes in the CRM.\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Answers.Location.Place; got != want {
			t.Errorf("Location: %s imports as place %q, want %q", value, got, want)
		}
	}
}

// A "$" in a town amjd does not know is the dollar of the one country the
// posting's other words point to; with none, or two, it stays American.
func TestADollarIsTheCountrysTheWordsPointTo(t *testing.T) {
	for extra, want := range map[string]string{
		"- KiwiSaver with a 4% match.":                 "NZD",
		"- Superannuation on top.":                     "AUD",
		"- A full NZ driver's licence.":                "NZD",
		"- A 401(k) with a match.":                     "USD",
		"- Customers in Canada and the United States.": "USD",
		"- Healthcare from day one.":                   "USD",
	} {
		r, err := importText(t, "# Account Manager\n\nBased in Glenavy.\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n## Requirements\n\n- Two years with clients.\n\n## Pay\n\n- $70,000 – $80,000 a year\n"+extra+"\n\n## How to apply\n\nE-mail jobs@example.com.\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Answers.Pay.Currency; got != want {
			t.Errorf("with %q the currency is %q, want %q", extra, got, want)
		}
	}
}

// A board's "Hours: Full Time" is the contract: the employer's own hours
// line with its times is the answer.
func TestHoursAreTheTimesNotTheContract(t *testing.T) {
	r, err := importText(t, "# Account Manager\n\nHours: Full Time\nLocation: Exeter\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n## Requirements\n\n- Two years with clients.\n\nHours: Monday to Friday, 8:30am to 5pm\n\n## How to apply\n\nE-mail jobs@example.com.\n")
	if err != nil {
		t.Fatal(err)
	}
	if got := r.Answers.Hours; got != "Monday to Friday, 8:30am to 5pm" {
		t.Errorf("hours %q", got)
	}
}

// A run-in "Hours:" label's value runs to the end of its sentence: "a.m."
// and "4.30pm" end none, and a time zone stays with the hours.
func TestHoursRunToTheirSentenceEnd(t *testing.T) {
	for text, want := range map[string]string{
		"Our office is in Leeds. Hours: Monday to Friday, 8:00 a.m. to 4:30 p.m. You'll drive a company car.": "Monday to Friday, 8:00 a.m. to 4:30 p.m.",
		"Our office is in Leeds. Hours: Monday to Friday, 8am to 4.30pm.":                                     "Monday to Friday, 8am to 4.30pm",
		"It's remote. Hours: 30 a week, 9 a.m. to 3 p.m. Pacific. You set your own breaks.":                   "30 a week, 9 a.m. to 3 p.m. Pacific",
	} {
		r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n"+text+"\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Answers.Hours; got != want {
			t.Errorf("%q: hours %q, want %q", text, got, want)
		}
	}
}

func TestBookCountIsOfClients(t *testing.T) {
	for s, want := range map[string]int{
		"You'll look after the orders and accounts of around 400 independent hair salons and barbershops.": 400,
		"You'll look after 45 of our largest grain farms, most of them 5,000 acres or more.":               45,
		"You'll look after seven tier 1 and tier 2 builders and civil contractors.":                        7,
		"You'll be one of three accounts managers in the team.":                                            0,
		"You'll manage a team of 4 people across 3 offices.":                                               0,
		"A book of 60 dental practices.":                                                                   60,
		"You'll look after 30 florists and 12 garden centres, which between them spend $2 million a year.": 42,
		"You'll look after 30 florists and 12 of our delivery vans.":                                       30,
	} {
		if got := bookCountIn(s); got != want {
			t.Errorf("bookCountIn(%q) = %d, want %d", s, got, want)
		}
	}
}

// A measure takes the catalog's id only where it says what the catalog's
// does: "Account retention" counts clients kept, not revenue.
func TestKPIsTakeAnIDOnlyForTheSameMeasure(t *testing.T) {
	im := &importer{c: modeltest.Cat()}
	for text, want := range map[string]answers.KPIAnswer{
		"Account retention: 90% of salons still ordering each quarter":                {Name: "Account retention", Target: "90% of salons still ordering each quarter"},
		"Client retention above 95%":                                                  {Name: "Client retention", Target: "above 95%"},
		"On-time handover (95% of vehicles handed over on the agreed date)":           {Name: "On-time handover", Target: "95% of vehicles handed over on the agreed date"},
		"Gross revenue retention: 95%":                                                {ID: "gross_retention", Target: "95%"},
		"Retention: 92%":                                                              {ID: "gross_retention", Target: "92%"},
		"New-business contracts: $1.2 million in your first year":                     {ID: "new_business", Target: "$1.2 million in your first year"},
		"Stockist satisfaction: 4.5 out of 5 in our yearly survey":                    {ID: "csat_nps", Target: "4.5 out of 5 in our yearly survey"},
		"Dealer reviews – one before each season with every dealer":                   {ID: "account_reviews", Target: "one before each season with every dealer"},
		"Bagged sales growth: 15% across your accounts":                               {ID: "expansion_revenue", Target: "15% across your accounts"},
		"New dealers signed – 8 a month":                                              {ID: "new_business", Target: "8 a month"},
		"Clinic visits -- 15 a week":                                                  {Name: "Clinic visits", Target: "15 a week"},
		"Volume kept | at least 95% of last season's tonnes":                          {Name: "Volume kept", Target: "at least 95% of last season's tonnes"},
		"Brewer survey. a score of 8 out of 10 or better":                             {ID: "csat_nps", Target: "a score of 8 out of 10 or better"},
		"Specification wins ≥ 10 new part numbers a year":                             {Name: "Specification wins", Target: "≥ 10 new part numbers a year"},
		"KPI 4: Store rating – 8/10 or better in our annual store survey":             {ID: "csat_nps", Target: "8/10 or better in our annual store survey"},
		"New builder accounts: 6 building firms ordering from us":                     {ID: "new_business", Target: "6 building firms ordering from us"},
		"New stockists: Target: 40 signed in the year":                                {ID: "new_business", Target: "40 signed in the year"},
		"New product approvals: 12 across your systems":                               {Name: "New product approvals", Target: "12 across your systems"},
		"Repeat orders: €3.6m ordered by your operators in 2028":                      {ID: "expansion_revenue", Target: "€3.6m ordered by your operators in 2028"},
		"Purchases through the group: up 6% across your members":                      {ID: "expansion_revenue", Target: "up 6% across your members"},
		"Early orders: $7.5 million booked by June 30":                                {Name: "Early orders", Target: "$7.5 million booked by June 30"},
		"Sales retention: 96% of last year's sales across your accounts":              {ID: "gross_retention", Target: "96% of last year's sales across your accounts"},
		"Freight volume retained: 95% of last year's units":                           {Name: "Freight volume retained", Target: "95% of last year's units"},
		"Cash forecast: a rolling 13-week forecast updated every Monday":              {Name: "Cash forecast", Target: "a rolling 13-week forecast updated every Monday"},
		"Site reviews: a visit and growth plan with every operator":                   {ID: "account_reviews", Target: "a visit and growth plan with every operator"},
		"Promotion reviews: every promotion reviewed within 6 weeks":                  {Name: "Promotion reviews", Target: "every promotion reviewed within 6 weeks"},
		"95% of your employers still with us at the end of 2028 (employer retention)": {Name: "employer retention", Target: "95% of your employers still with us at the end of 2028"},
		"Foyer screens ➜ 30 advertisers on the new foyer screens":                     {Name: "Foyer screens", Target: "30 advertisers on the new foyer screens"},
		"#2 Utilization: 85% of your accounts' units on rent":                         {Name: "Utilization", Target: "85% of your accounts' units on rent"},
		"New centres: 30 new centres signed in FY28":                                  {ID: "new_business", Target: "30 new centres signed in FY28"},
		"Complaint response: every complaint answered the same business day":          {ID: "response_time", Target: "every complaint answered the same business day"},
		"Volume growth | Target: 8% more cans shipped to your accounts":               {Name: "Volume growth", Target: "8% more cans shipped to your accounts"},
		"Client feedback: 9 out of 10 on average in our post-show survey":             {ID: "csat_nps", Target: "9 out of 10 on average in our post-show survey"},
		"Hatch-day call-back: an engineer on the phone within 30 minutes":             {ID: "response_time", Target: "an engineer on the phone within 30 minutes"},
		"Measure: Gross revenue retention Target: 94%":                                {ID: "gross_retention", Target: "94%"},
		"Measure: Month-end close — Target: reports out by working day 6":             {Name: "Month-end close", Target: "reports out by working day 6"},
		"Sensors online · 98% of your customers' sensors reporting":                   {Name: "Sensors online", Target: "98% of your customers' sensors reporting"},
		"Service agreement renewals: all five renewed before they expire":             {ID: "renewal_rate", Target: "all five renewed before they expire"},
	} {
		if got, _ := im.kpi(text); got != want {
			t.Errorf("kpi(%q) = %+v, want %+v", text, got, want)
		}
	}
}

// LinkedIn's pay block: the range with "/yr" on each figure, then the
// page's own links, which are no benefits.
func TestLinkedInPayBlock(t *testing.T) {
	r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n\nBase pay range\nNZ$85,000.00/yr - NZ$95,000.00/yr\n\nSet alert for similar jobs\nAccount Manager, New Plymouth, Taranaki, New Zealand\nSet alert\n")
	if err != nil {
		t.Fatal(err)
	}
	if p := r.Answers.Pay; p.Min != 85000 || p.Max != 95000 || p.Currency != "NZD" {
		t.Errorf("pay %+v", p)
	}
	if len(r.Answers.Benefits) > 0 {
		t.Errorf("benefits %q", r.Answers.Benefits)
	}
}

// An employer's statement of welcome after how to apply is not part of it.
func TestHowToApplyLeavesTheWelcomeOut(t *testing.T) {
	r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nApply online with your résumé and a short note about an account you grew.\n\nAcme welcomes applications from everyone. We provide accommodations throughout the hiring process.\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := "Apply online with your résumé and a short note about an account you grew."; r.Answers.HowToApply != want {
		t.Errorf("how to apply %q", r.Answers.HowToApply)
	}
}

// New business that colleagues win is not the role's: the mix is not
// blended.
func TestColleaguesWinningIsNoBlendedMix(t *testing.T) {
	r, err := importText(t, "# Accounts Manager\n\nYou look after the orders of about 180 customers. There are no sales targets in this role: our two territory managers visit customers and win new business.\n\n## Responsibilities\n\n- Take orders and set up new accounts.\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n")
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Mix == "blended" {
		t.Errorf("mix %q", r.Answers.Mix)
	}
}

// "Report to me, the president" names the president; "report to me" names
// no role; "Sales and Marketing Manager" is one role.
func TestReportingLineAfterAPronoun(t *testing.T) {
	for line, want := range map[string]string{
		"You'll report to me, the General Manager.":                     "General Manager",
		"You'll report to me, Hermione Threlfall, as Finance Director.": "Finance Director",
		"You'll report to me.":                                          "",
		"You'll report to our Sales and Marketing Manager.":             "Sales and Marketing Manager",
	} {
		r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n\n"+line+"\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Answers.ReportsTo; got != want {
			t.Errorf("%q: reports to %q, want %q", line, got, want)
		}
	}
}

// "Hybrid" is how a job is worked only when it says so: "a hybrid role",
// "Hybrid ·", not "our hybrid heat-pump systems".
func TestHybridIsAWayOfWorkingOnlyWhenItSaysSo(t *testing.T) {
	for line, want := range map[string]string{
		"This is a hybrid role: three days in our Leeds office.":   "hybrid",
		"You'll train installers on our hybrid heat-pump systems.": "",
	} {
		r, err := importText(t, "# Account Manager\n\n## Responsibilities\n\n- Renew every client contract on time.\n- "+line+"\n\n## Requirements\n\n- Two years with clients.\n\n## How to apply\n\nE-mail jobs@example.com.\n")
		if err != nil {
			t.Fatal(err)
		}
		if got := r.Answers.Location.Workplace; got != want {
			t.Errorf("%q: workplace %q, want %q", line, got, want)
		}
	}
}
