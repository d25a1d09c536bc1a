package importer

import (
	"slices"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// The kinds of client come from how the book describes them: the
// catalog's kinds when it names them, resellers only when most of the
// clients named resell, and "other" for a book of farms or councils.
func TestTheBookSaysWhatKindOfClients(t *testing.T) {
	for _, c := range []struct {
		book string
		want []string
	}{
		{"You'll look after around 240 independent shops in the North, who order about £2 million a year.", []string{"retail_partners"}},
		{"You'll look after about 90 independent jewellers, who buy about $7 million of our pieces a year.", []string{"retail_partners"}},
		{"You'll look after 150 accounts – gift shops, bookshops and garden centres – worth about $3 million a year.", []string{"retail_partners"}},
		{"You'll look after 4 accounts (two hospital trusts, a university and a national retailer) worth £12m a year.", []string{"other"}},
		{"You'll look after 300 small and mid-sized shipper accounts worth about $9 million a year.", []string{"small_business", "mid_market"}},
		{"You'll look after 310 pharmacy accounts – most of them independent pharmacies with one or two stores – worth $60 million a year.", []string{"small_business"}},
		{"You'll look after the 140 or so optician practices we supply. Between them they send us €4 million a year. Most are small independents with one or two branches.", []string{"small_business"}},
		{"You'll look after 28 council customers, worth about $5 million a year in support agreements and small projects.", []string{"other"}},
		{"You'll own 14 enterprise accounts worth about $20 million a year.", []string{"enterprise"}},
	} {
		text := "Account Manager\n\nWhitebait Tools makes hand tools.\n\n" + c.book +
			"\n\nRequirements\n\n- Two years in account management.\n\nApply with your CV by 30 June.\n"
		r := imported(t, text)
		if !slices.Equal(r.Answers.AccountTypes, c.want) {
			t.Errorf("%s\n account types %q; want %q", c.book, r.Answers.AccountTypes, c.want)
		}
	}
	finance := "Accounting Manager\n\nYou'll lead the month-end close and supervise three staff in accounts payable.\n\n" +
		"Requirements\n\n- A CPA.\n- Experience with general ledger and reconciliations.\n\nApply with your CV by 30 June.\n"
	r, err := Import(modeltest.Cat(), finance, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Book.Accounts != 0 || len(r.Answers.AccountTypes) != 0 {
		t.Errorf("a finance role has no book of clients: book %+v, types %q", r.Answers.Book, r.Answers.AccountTypes)
	}
}

// Hours told in a sentence of their own shape are the hours, with the
// clauses that go on about them, not the ones about something else; a
// reply to calls or emails is a response time, whatever is answered.
func TestHoursAndRepliesInTheirOwnWords(t *testing.T) {
	for _, c := range []struct{ line, hours string }{
		{"Hours are Monday to Friday, 8.30am to 5pm, at our unit on the trade park.", "Monday to Friday, 8.30am to 5pm"},
		{"You'll work Monday to Friday, 7:00 a.m. to 3:30 p.m. This is an office job.", "Monday to Friday, 7:00 a.m. to 3:30 p.m."},
		{"It's 7am to 3:30pm, Monday to Friday, with a rostered day off each month.", "7am to 3:30pm, Monday to Friday, with a rostered day off each month"},
		{"The role is 38 hours a week, Monday to Friday, with most days out on customer sites.", "38 hours a week, Monday to Friday"},
	} {
		text := whitebait(c.line, "\n\nHow we measure success\n\n- Customer emails – answered within 2 working hours\n\nApply with your CV by 30 June.\n")
		r := imported(t, text)
		if r.Answers.Hours != c.hours {
			t.Errorf("%s\n hours %q, want %q", c.line, r.Answers.Hours, c.hours)
		}
		if len(r.Answers.KPIs) != 1 || r.Answers.KPIs[0].ID != "response_time" || r.Answers.KPIs[0].Target != "answered within 2 working hours" {
			t.Errorf("a reply to emails: %+v", r.Answers.KPIs)
		}
	}
}

// The mix the posting states outright wins over counting its words, and
// new business someone else wins is not the role's.
func TestTheMixSaidOutright(t *testing.T) {
	for _, c := range []struct{ line, mix string }{
		{"This isn't a sales job: you keep our clients booked and billed. Renewals, renewals and renewals.", "retention"},
		{"Most of them renew without a fuss, so your job is to grow them: more sites and more modules.", "expansion"},
		{"About 70% of your time goes into those stockists. The other 30% goes into signing new ones.", "blended"},
		{"Winning new customers is the job of our Territory Sales team. Your job is to keep them and grow them.", "expansion"},
		{"Almost all are on annual contracts, so renewals come first: you start each one 120 days out.", "renewal_heavy"},
	} {
		text := "Account Manager\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores worth $2 million a year. " + c.line +
			"\n\nRequirements\n\n- Two years with trade customers.\n\nApply with your CV by 30 June.\n"
		r := imported(t, text)
		if r.Answers.Mix != c.mix {
			t.Errorf("%s\n mix %q, want %q", c.line, r.Answers.Mix, c.mix)
		}
	}
}

// Small readings a user would notice: "£4.1 million" is 4,100,000; a
// file's "(job ad)" is not the title's; a survey score is client
// satisfaction; "A = B" names a measure and its target, and new clients
// counted are new business.
func TestFiguresTitlesAndMeasures(t *testing.T) {
	text := "Account Manager – Retail (job ad)\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores that together spend about £4.1 million a year with us.\n\n" +
		"How we measure success\n\n- Shop survey: 4 out of 5 or better\n- New programs = 15 opened in the year\n\nRequirements\n\n- Two years with trade customers.\n\nApply with your CV by 30 June.\n"
	r := imported(t, text)
	a := r.Answers
	if a.Book.Revenue != 4100000 || a.Title != "Account Manager – Retail" {
		t.Errorf("revenue %d, title %q", a.Book.Revenue, a.Title)
	}
	if len(a.KPIs) != 2 || a.KPIs[0].ID != "csat_nps" || a.KPIs[1].ID != "new_business" || a.KPIs[1].Target != "15 opened in the year" {
		t.Errorf("kpis %+v", a.KPIs)
	}
}

// Travel told as time away maps to the catalog's levels; how often each
// client is seen is a duty's rhythm, not the job's travel; a figure of
// something else is no share of time.
func TestTravelToldAsTimeAway(t *testing.T) {
	for _, c := range []struct{ line, travel string }{
		{"You'll visit clients' offices a few times a year.", "rare"},
		{"You'll visit hotels a couple of days a month.", "occasional"},
		{"Travel to client sites roughly one week in four.", "regular"},
		{"You'll be on the road about 60% of the time.", "frequent"},
		{"Travel:  ☐ None  ☐ Under 10%  ☒ 10–25%  ☐ Over 25%", "regular"},
		{"Visit each store at least once a month and check the displays.", ""},
		{"95% of travel management agreements renewed.", ""},
	} {
		text := whitebait(c.line, "\n\nRequirements\n\n- Two years with trade customers.\n\nApply with your CV by 30 June.\n")
		r := imported(t, text)
		if r.Answers.Location.Travel != c.travel {
			t.Errorf("%s\n travel %q, want %q", c.line, r.Answers.Location.Travel, c.travel)
		}
	}
}

// A county after "Co." stays in the place.
func TestACountyStaysInThePlace(t *testing.T) {
	text := "Account Manager\nLocation: Arklow, Co. Wicklow, Ireland. Hybrid.\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores worth €2 million a year.\n\n" +
		"Requirements\n\n- Two years with trade customers.\n\nApply with your CV by 30 June.\n"
	r := imported(t, text)
	if r.Answers.Location.Place != "Arklow, Co. Wicklow, Ireland" {
		t.Errorf("place %q", r.Answers.Location.Place)
	}
}

// imported is the import of text, which must succeed.
func imported(t *testing.T, text string) Result {
	t.Helper()
	r, err := Import(modeltest.Cat(), text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// whitebait is a short posting with line after its book and tail after
// that.
func whitebait(line, tail string) string {
	return "Account Manager\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores worth $2 million a year.\n\n" + line + tail
}

// A document's name is no title ("Account Manager job ad" over the
// posting's own heading), a board's fields are no benefits, and years
// written out are counted.
func TestDocumentNamesFieldsAndWrittenYears(t *testing.T) {
	text := "Account Manager job ad\n\n# Account Manager – Care & Pharmacy :material-thermometer:\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores worth $2 million a year.\n\n" +
		"## Requirements\n\n- Two years or more in account management\n\n## Benefits\n\n- Posted: 9/1/2027\n- Job ID: 702914\n- Cause area: Environment\n- A pension with 6% matched\n\nApply with your CV by 30 June.\n"
	a := imported(t, text).Answers
	if a.Title != "Account Manager – Care & Pharmacy" {
		t.Errorf("title %q", a.Title)
	}
	if a.Qualifications.Years != 2 {
		t.Errorf("years %d, want 2", a.Qualifications.Years)
	}
	if len(a.Benefits) != 1 || a.Benefits[0] != "A pension with 6% matched" {
		t.Errorf("benefits %q", a.Benefits)
	}
}

// A board's section label under the title is no employer, "Salary:
// Competitive" names no benefit, and an aside after the hours is not
// theirs.
func TestBoardLabelsAndAsides(t *testing.T) {
	text := "Account Manager – Foodservice\n\nVacancy Details\nVacancy Reference: GVD-0412\nSalary: Competitive\n\nJob Description\n\n" +
		"Galtee Vale Dairy Ltd makes yoghurts from milk collected from 210 family farms. You look after 40 retailers worth €2 million a year.\n\n" +
		"Hours: Monday to Friday, 7am to 3.30pm – we start early\n\n## Requirements\n\n- Two years with trade customers.\n\nApply with your CV by 30 June.\n"
	a := imported(t, text).Answers
	if a.Company != "Galtee Vale Dairy Ltd" {
		t.Errorf("company %q", a.Company)
	}
	if a.Hours != "Monday to Friday, 7am to 3.30pm" {
		t.Errorf("hours %q", a.Hours)
	}
	for _, b := range a.Benefits {
		if strings.Contains(b, "Competitive") {
			t.Errorf("benefit %q", b)
		}
	}
}

// The book is what the reader is told they look after, not the count of
// the company's customers told before it.
func TestTheReadersBookBeforeTheCompanys(t *testing.T) {
	text := "# Account Manager\n\nAround 420 swim schools in Australia run their enrolments on Splashbook.\n\n" +
		"You'll look after about 140 swim schools, worth about A$1.3m a year in subscriptions.\n\n## Requirements\n\n- Two years with customers.\n\nApply with your CV by 30 June.\n"
	a := imported(t, text).Answers
	if a.Book.Accounts != 140 || a.Book.Revenue != 1300000 {
		t.Errorf("book %d accounts, %d revenue; want 140 and 1,300,000", a.Book.Accounts, a.Book.Revenue)
	}
}

// A document's word inside the title and a board's share links and tags
// are no part of the posting.
func TestDocumentWordsAndBoardLinks(t *testing.T) {
	text := "# Account Manager ad – Centre Success\n\nWhitebait Tools makes hand tools. You look after 40 hardware stores worth $2 million a year.\n\n" +
		"## Requirements\n\n- Two years with trade customers.\n\n## Benefits\n\n- Categories: Account Management\n- A pension with 6% matched\n\n" +
		"## How to apply\n\nApply online with your resume by 30 June.\n\nShare this job: Email · LinkedIn · Facebook\n"
	a := imported(t, text).Answers
	if a.Title != "Account Manager – Centre Success" {
		t.Errorf("title %q", a.Title)
	}
	if strings.Contains(a.HowToApply, "Share") || !strings.Contains(a.HowToApply, "Apply online") {
		t.Errorf("how to apply %q", a.HowToApply)
	}
	if slices.ContainsFunc(a.Benefits, func(b string) bool { return strings.HasPrefix(b, "Categories") }) {
		t.Errorf("benefits %q", a.Benefits)
	}
}

// The clients a company serves, however many are listed, are not its
// trade: a firework company for wedding venues is no hospitality firm.
func TestClientsListedAreNoTrade(t *testing.T) {
	text := "# Account Manager\n\n## About us\n\nStarling Pyrotechnics Ltd designs and fires firework displays for councils, bonfire societies, wedding venues and festivals.\n\n" +
		"You look after 70 display clients worth £1.3m a year.\n\n## Requirements\n\n- Two years with clients.\n\nApply with your CV by 30 June.\n"
	if a := imported(t, text).Answers; a.Industry == "hospitality" {
		t.Errorf("industry %q from the clients named", a.Industry)
	}
}
