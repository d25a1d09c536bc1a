package posting

import (
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"

	"github.com/charmbracelet/x/exp/golden"
)

// The examples' full and short Markdown are pinned; run "go test ./model -update"
// after an intended wording change and review the diff.
func TestExamplesGolden(t *testing.T) {
	for _, path := range modeltest.Examples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		p := Assemble(modeltest.Cat(), modeltest.LoadExample(t, path))
		t.Run(name+"/full", func(t *testing.T) { golden.RequireEqual(t, p.Markdown()) })
		t.Run(name+"/short", func(t *testing.T) { golden.RequireEqual(t, p.ShortMarkdown()) })
	}
}

func TestExamplesAreWithinRecommendedLength(t *testing.T) {
	for _, path := range modeltest.Examples(t) {
		p := Assemble(modeltest.Cat(), modeltest.LoadExample(t, path))
		if n := base.WordCount(p.Markdown()); n < 400 || n > 700 {
			t.Errorf("%s: full posting has %d words, want 400-700", path, n)
		}
		if n := base.WordCount(p.ShortMarkdown()); n < 80 || n > 150 {
			t.Errorf("%s: short form has %d words, want 80-150", path, n)
		}
	}
}

func TestSameAnswersGiveIdenticalBytes(t *testing.T) {
	for _, path := range modeltest.Examples(t) {
		a := modeltest.LoadExample(t, path)
		first := Assemble(modeltest.Cat(), a).Markdown()
		for i := 0; i < 20; i++ {
			if got := Assemble(modeltest.Cat(), modeltest.LoadExample(t, path)).Markdown(); got != first {
				t.Fatalf("%s: run %d differs from the first", path, i)
			}
		}
	}
}

func TestNoAnswersGiveACompletePosting(t *testing.T) {
	md := Assemble(modeltest.Cat(), answers.Answers{}).Markdown()
	for _, section := range []string{
		"# Account Manager", "## About the role", "## What you will own", "## Responsibilities",
		"## What success looks like", "## What you bring", "**Required**", "**Nice to have**",
		"## Your team", "## Pay and benefits", "## About us", "## Equal opportunity", "## How to apply",
	} {
		if !strings.Contains(md, section+"\n") {
			t.Errorf("default posting lacks %q", section)
		}
	}
	for _, leftover := range []string{"{", "}", "  ", "\n\n\n"} {
		if strings.Contains(md, leftover) {
			t.Errorf("default posting contains %q", leftover)
		}
	}
}

func TestVariantOnlyAnswersUseThatVariantsDefaults(t *testing.T) {
	for _, v := range modeltest.Cat().Variants {
		if v.Refused {
			continue
		}
		md := Assemble(modeltest.Cat(), answers.Answers{Variant: v.ID}).Markdown()
		if !strings.HasPrefix(md, "# "+v.Title+"\n") {
			t.Errorf("%s: posting does not start with its title %q", v.ID, v.Title)
		}
		if !strings.Contains(md, "You report to the "+v.ReportsTo+". [amjd suggestion]") {
			t.Errorf("%s: default reporting line %q is missing or not marked as a suggestion", v.ID, v.ReportsTo)
		}
		if !strings.Contains(md, base.FormatAmount(float64(v.Accounts))+" ") {
			t.Errorf("%s: book of %d accounts missing", v.ID, v.Accounts)
		}
	}
}

// Each tailoring answer must change the posting in a way a reader notices.
func TestEachAnswerChangesThePosting(t *testing.T) {
	no := false
	cases := []struct {
		name    string
		answers answers.Answers
		want    []string
		absent  []string
	}{
		{"variant key account", answers.Answers{Variant: "key_account_manager"},
			[]string{"# Key Account Manager", "Build trust with the executives"}, []string{"MBA"}},
		{"variant operational", answers.Answers{Variant: "accounts_manager"},
			[]string{"a large book of clients", "Care with detail"}, []string{"board level"}},
		{"variant junior", answers.Answers{Variant: "junior_account_manager"},
			[]string{"with a senior colleague to back you up", "internships count"}, []string{"+ years"}},
		{"variant senior", answers.Answers{Variant: "senior_account_manager"},
			[]string{"Coach newer account managers", "5+ years"}, nil},
		{"title and company", answers.Answers{Title: "Client Partner", Company: "Acme Ltd"},
			[]string{"# Client Partner\n", "*Acme Ltd*", "## About Acme Ltd", "Acme Ltd is an equal opportunity employer"}, []string{"## About us"}},
		{"industry software", answers.Answers{Industry: "software"},
			[]string{"adoption is everything", "Guide new customers through onboarding", "Experience in B2B software or SaaS.", "customers"}, []string{"Gainsight", "Hands-on use of Salesforce"}},
		{"industry agency", answers.Answers{Industry: "agency"},
			[]string{"clear briefs for the people who deliver them", "**Nice to have**\n\n- Experience with a CRM such as Salesforce or HubSpot."}, []string{"HubSpot (CRM)", "Hands-on use", "## Tools"}},
		{"industry wholesale", answers.Answers{Industry: "wholesale"},
			[]string{"price lists, promotions and ordering patterns", "trade customers"}, []string{"usage", "SAP or NetSuite", "Microsoft Dynamics 365"}},
		{"industry banking", answers.Answers{Industry: "banking"}, []string{"within our compliance rules", "banking clients"}, nil},
		{"industry hospitality", answers.Answers{Industry: "hospitality"}, []string{"tour operators", "trade partners"}, nil},
		{"industry manufacturing", answers.Answers{Industry: "manufacturing"}, []string{"distribution partners", "forecasts, orders and delivery schedules"}, nil},
		{"industry IT", answers.Answers{Industry: "it_services"}, []string{"work with our engineers", "IT clients"}, nil},
		{"account types", answers.Answers{AccountTypes: []string{"enterprise", "retail_partners"}},
			[]string{"18 accounts, a mix of enterprise and retail clients"}, []string{"mid-market"}},
		{"account type other", answers.Answers{AccountTypes: []string{"small_business", "other"}},
			[]string{"18 small-business clients"}, []string{"and clients"}},
		{"book in numbers", answers.Answers{Book: answers.Book{Accounts: 42, Revenue: 12_500_000}},
			[]string{"Your portfolio is 42 clients, worth about $12.5M in annual revenue.\n"}, []string{"42 mid-market"}},
		{"mix retention", answers.Answers{Mix: "retention"},
			[]string{"This is a retention role", "Flag clients at risk early"}, []string{"new-business targets", "prospective"}},
		{"mix renewal-heavy", answers.Answers{Mix: "renewal_heavy"},
			[]string{"run the talks on price and terms"}, []string{"new-business targets", "bonus"}},
		{"mix blended discloses sales", answers.Answers{Mix: "blended"},
			[]string{"**This role includes new-business targets, so it is partly a sales role", "Find prospective clients, run first meetings and close new business.", "Experience winning new business", "A target for new clients won"}, []string{"commission"}},
		{"several teams", answers.Answers{Variant: "junior_account_manager", Complexity: answers.Complexity{"teams": "teams_several"}},
			[]string{"Day to day you work with several teams that deliver for your clients."}, []string{"hand in hand"}},
		{"one team", answers.Answers{Complexity: answers.Complexity{"teams": "teams_one"}},
			[]string{"You work hand in hand with one delivery team."}, []string{"Day to day you work with"}},
		{"custom work", answers.Answers{Complexity: answers.Complexity{"work": "work_custom"}},
			[]string{"Much of the work is custom to each"}, []string{"standard service"}},
		{"short contracts, agency", answers.Answers{Industry: "agency", Complexity: answers.Complexity{"contracts": "contracts_short"}},
			[]string{"project by project"}, []string{"orders", "Contracts are short"}},
		{"KPIs with and without targets", answers.Answers{KPIs: []answers.KPIAnswer{{ID: "nrr", Target: "120%"}, {ID: "forecast_accuracy"}, {Name: "Referrals", Target: "3 a quarter"}}},
			[]string{"We will measure your first year by:\n", "- Net revenue retention of at least 120% with growth and losses counted.", "- Forecast accuracy: how close your quarterly forecast lands", "- Referrals: 3 a quarter."}, []string{"Gross revenue retention", "We suggest"}},
		{"responsibilities edited", answers.Answers{Responsibilities: answers.ListEdit{Remove: []string{"crm_records"}, Include: []string{"market_research"}, Add: []string{"Run the annual client summit."}}},
			[]string{"- Follow the market and what rivals offer", "- Run the annual client summit."}, []string{"current with contacts"}},
		{"skills edited", answers.Answers{Skills: answers.ListEdit{Remove: []string{"communication"}, Add: []string{"Fluent Spanish."}}},
			[]string{"- Fluent Spanish."}, []string{"Clear writing and speaking"}},
		{"qualifications moved", answers.Answers{Qualifications: answers.Qualifications{Years: 8, Required: []string{"experience_years", "degree_business"}, Preferred: []string{"crm_experience"}, ExtraPreferred: []string{"Fluent French."}}},
			[]string{"**Required**\n\n- 8+ years", "- A bachelor's degree", "**Nice to have**\n\n- Experience with a CRM such as Salesforce or HubSpot.", "- Fluent French."}, []string{"record of renewing", "Hands-on use"}},
		{"tools chosen", answers.Answers{Tools: answers.Tools{Use: []string{"zoho"}, Add: []string{"Pipedrive"}}},
			[]string{"- Zoho CRM\n- Pipedrive\n", "Hands-on use of Zoho CRM."}, []string{"Salesforce"}},
		{"own CRM", answers.Answers{Tools: answers.Tools{Use: []string{}, Add: []string{"Pipedrive CRM"}}},
			[]string{"Hands-on use of Pipedrive CRM."}, nil},
		{"no CRM", answers.Answers{Tools: answers.Tools{Use: []string{"spreadsheets"}}},
			[]string{"- Excel or Google Sheets"}, []string{"Hands-on use", "CRM"}}, // their tools, no CRM among them: none asked for
		{"reporting line", answers.Answers{ReportsTo: "VP of Customer Success"}, []string{"You report to the VP of Customer Success.\n"}, []string{"Success. [amjd"}},
		{"team size", answers.Answers{Team: answers.Team{Size: 6}}, []string{"You join a team of 6 people."}, nil},
		{"pay", answers.Answers{Pay: answers.Pay{Min: 70000, Max: 82500.5, Currency: "EUR", Period: "year", Variable: "10% on-target bonus."}},
			[]string{"- Base pay: €70,000 to €82,500.50 per year.\n", "- Variable pay: 10% on-target bonus.\n"}, []string{"$", "suggestion]\n\n## Location"}},
		{"hourly pay", answers.Answers{Pay: answers.Pay{Min: 24, Max: 29.5, Period: "hour"}, Hours: "Monday to Friday, 8 to 4"},
			[]string{"$24 to $29.50 per hour", "## Location, hours and travel", "Working hours: Monday to Friday, 8 to 4."}, nil},
		{"hourly pay without hours", answers.Answers{Pay: answers.Pay{Min: 24, Max: 29.5, Period: "hour"}},
			[]string{"Working hours: to be added. [amjd suggestion]"}, nil},
		{"benefits", answers.Answers{Benefits: []string{"Four-day week."}}, []string{"- Four-day week.\n"}, []string{"Health cover"}},
		{"location", answers.Answers{Location: answers.Location{Place: "Leeds, UK", Workplace: "remote", Region: "the UK and Ireland", Travel: "frequent"}},
			[]string{"Location: Leeds, UK. This is a remote role. You can be based anywhere in the UK and Ireland. You travel up to half of the time"}, []string{"hybrid"}},
		{"region known", answers.Answers{Location: answers.Location{Region: "United States"}}, []string{"You can be based anywhere in the United States."}, []string{"in United States"}},
		{"region as typed", answers.Answers{Location: answers.Location{Region: "anywhere in Canada"}}, []string{"You can be based anywhere in Canada."}, nil},
		// A blank line typed between paragraphs keeps them apart; a single
		// line break joins the lines.
		{"about", answers.Answers{About: "We make bicycles.\n\nSince\n1990."}, []string{"## About us\n\nWe make bicycles.\n\nSince 1990.\n"}, nil},
		{"equal opportunity off", answers.Answers{EqualOpportunity: answers.EqualOpportunity{Include: &no}}, nil, []string{"## Equal opportunity"}},
		{"equal opportunity text", answers.Answers{EqualOpportunity: answers.EqualOpportunity{Text: "Everyone is welcome here."}}, []string{"## Equal opportunity\n\nEveryone is welcome here.\n"}, []string{"hire on merit"}},
		{"how to apply", answers.Answers{HowToApply: "Email jobs@acme.example."}, []string{"## How to apply\n\nEmail jobs@acme.example.\n"}, nil},
		{"how to apply in paragraphs", answers.Answers{HowToApply: "Email jobs@acme.example.\n\nSend your CV.", ClosingDate: "2027-01-15"},
			[]string{"## How to apply\n\nEmail jobs@acme.example.\n\nSend your CV. Applications close on January 15, 2027.\n"}, nil},
		{"sections left out", answers.Answers{Title: "Client Partner", LeaveOut: []string{"first_90_days", "growth", "team"}, Team: answers.Team{Size: 4}, CareerPath: "Lead a team.", FirstDays: "Meet everyone."},
			[]string{"## Your team\n\nYou report to the"}, []string{"## Your first 90 days", "## How you will grow", "team of 4"}},
		{"own first 90 days", answers.Answers{FirstDays: "Meet every client.\nTake over the renewals due this quarter."},
			[]string{"## Your first 90 days\n\n- Meet every client.\n- Take over the renewals due this quarter.\n"}, nil},
		{"some new business", answers.Answers{Mix: "expansion", SomeNewBusiness: true},
			[]string{"**Part of the role is winning new clients, so it is partly a sales role; your main focus stays on growing revenue with the clients we already serve.**", "Find prospective", "New-business revenue"}, nil},
		{"industry in the user's words", answers.Answers{Industry: "other", IndustryName: "renewable energy"},
			[]string{"You work in renewable energy", "Experience in renewable energy."}, nil},
		{"a trade narrower than the catalog's", answers.Answers{Industry: "banking", IndustryName: "card payments"},
			[]string{"You work in card payments", "Experience in card payments."}, []string{"banking client", "account balances", "In banking", "lending"}},
		{"own career path", answers.Answers{CareerPath: "Most of our account managers lead a team within three years."},
			[]string{"## How you will grow\n\nMost of our account managers lead a team within three years.\n"}, nil},
		{"British English", answers.Answers{Language: "en-GB"}, []string{"Organisation that keeps", "your CV and"}, []string{"résumé"}},
	}
	base := Assemble(modeltest.Cat(), answers.Answers{}).Markdown()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			md := Assemble(modeltest.Cat(), tc.answers).Markdown()
			if md == base {
				t.Fatal("posting is identical to the default one")
			}
			for _, w := range tc.want {
				if !strings.Contains(md, w) {
					t.Errorf("missing %q", w)
				}
			}
			for _, a := range tc.absent {
				if strings.Contains(md, a) {
					t.Errorf("should not contain %q", a)
				}
			}
		})
	}
}

func TestShortFormStatesTheEssentials(t *testing.T) {
	a := answers.Answers{Variant: "key_account_manager", Company: "Acme", Mix: "blended", Location: answers.Location{Place: "Oslo", Workplace: "onsite"},
		Pay: answers.Pay{Min: 900000, Max: 1100000, Currency: "NOK"}}
	md := Assemble(modeltest.Cat(), a).ShortMarkdown()
	for _, w := range []string{"# Key Account Manager\n", "Acme is hiring a Key Account Manager in Oslo (on-site).", "You own 6 enterprise clients", "partly a sales role", "NOK 900,000 to NOK 1,100,000 per year", "Success is measured by gross revenue retention"} {
		if !strings.Contains(md, w) {
			t.Errorf("short form lacks %q:\n%s", w, md)
		}
	}
	if paras := strings.Count(strings.TrimSpace(md), "\n\n"); paras != 3 {
		t.Errorf("short form has %d blocks after the title, want 3", paras)
	}
}

// The short form must not state anything the full form contradicts: the
// experience asked for comes from the same requirement, and a junior posting
// asks for no years at all.
func TestShortFormAgreesWithTheFullForm(t *testing.T) {
	for _, v := range modeltest.Cat().Variants {
		if v.Refused {
			continue
		}
		p := Assemble(modeltest.Cat(), answers.Answers{Variant: v.ID, Qualifications: answers.Qualifications{Years: 4}})
		full, short := p.Markdown(), p.ShortMarkdown()
		if strings.Contains(short, "4+ years") != strings.Contains(full, "4+ years") {
			t.Errorf("%s: the short and full forms disagree on years of experience:\n%s", v.ID, short)
		}
	}
	p := Assemble(modeltest.Cat(), answers.Answers{Qualifications: answers.Qualifications{Required: []string{"crm_experience"}}})
	if strings.Contains(p.ShortMarkdown(), "years") {
		t.Error("short form asks for years the full form no longer asks for")
	}
}

// The posting states no fact the user did not give: pay, variable pay, the
// book, KPI targets, benefits and the company text are either left out or
// marked as amjd's suggestion.
func TestNoInventedFacts(t *testing.T) {
	munich := Assemble(modeltest.Cat(), answers.Answers{Location: answers.Location{Place: "Munich"}}).Markdown()
	for _, absent := range []string{"$", "Base pay", "Variable pay", "Health cover"} {
		if strings.Contains(munich, absent) {
			t.Errorf("a Munich posting with no pay given states %q", absent)
		}
	}
	if Resolve(modeltest.Cat(), answers.Answers{Location: answers.Location{Place: "Munich"}}).Pay.Currency != "EUR" {
		t.Error("a Munich posting is not in euros")
	}
	us := Assemble(modeltest.Cat(), answers.Answers{})
	marked := map[string]bool{}
	for _, l := range us.Suggestions() {
		marked[l.Step] = true
		if l.Note == "" {
			t.Errorf("suggestion %q does not say what it stands in for", l.Text)
		}
	}
	for _, step := range []string{base.StepBook, base.StepKPIs, base.StepReporting, base.StepPay, base.StepAbout} {
		if !marked[step] {
			t.Errorf("the default posting states a fact from step %s without marking it", step)
		}
	}
	md := us.Markdown()
	if strings.Count(md, base.SuggestionMarker) != len(us.Suggestions()) {
		t.Errorf("%d markers for %d suggestions", strings.Count(md, base.SuggestionMarker), len(us.Suggestions()))
	}
	for _, v := range modeltest.Cat().Variants {
		given := answers.Answers{Variant: v.ID, Book: answers.Book{Accounts: 9, Revenue: 2e6}, ReportsTo: "COO", KPIs: []answers.KPIAnswer{{ID: "nrr", Target: "110%"}},
			Pay: answers.Pay{Min: 1, Max: 2}, About: "We sell tea.", HowToApply: "Write to us."}
		if s := Assemble(modeltest.Cat(), given).Suggestions(); len(s) > 0 {
			t.Errorf("%s: facts given but still marked as suggestions: %v", v.ID, s)
		}
	}
	if strings.Contains(Assemble(modeltest.Cat(), answers.Answers{Variant: "junior_account_manager"}).Markdown(), "Base pay") {
		t.Error("a junior posting shows pay although no source gives a junior figure")
	}
	if !strings.Contains(Assemble(modeltest.Cat(), answers.Answers{Location: answers.Location{Place: "Toronto"}}).Markdown(), "Base pay: about CA$51,000 per year. [amjd suggestion]") {
		t.Error("a Toronto posting does not offer the sourced Canadian figure as a suggestion")
	}
}

func TestHeaderReadsNaturallyWhateverIsEmpty(t *testing.T) {
	cases := map[string]answers.Answers{
		"\n\n## About the role": {Location: answers.Location{Workplace: "hybrid"}, Pay: answers.Pay{Min: 90000, Max: 120000}},
		"\n\n*Acme*\n":          {Company: "Acme"},
		"\n\n*Austin, Texas · Hybrid · $90,000 to $120,000 per year*\n": {Location: answers.Location{Place: "Austin, Texas", Workplace: "hybrid"}, Pay: answers.Pay{Min: 90000, Max: 120000}},
	}
	for want, a := range cases {
		md := Assemble(modeltest.Cat(), a).Markdown()
		if !strings.Contains(md, "# Account Manager"+want) {
			t.Errorf("%+v: header is not %q:\n%s", a, want, md[:200])
		}
	}
}

func TestLimitsKeepUserChoices(t *testing.T) {
	t.Parallel() // every combination of the answers: the longest tests here
	// Including every responsibility by id keeps them all: limits only trim defaults.
	var all []string
	for _, it := range modeltest.Cat().Responsibilities {
		all = append(all, it.ID)
	}
	p := Assemble(modeltest.Cat(), answers.Answers{Responsibilities: answers.ListEdit{Include: all}})
	if n := len(p.Texts(SecDuties)); n != len(all) {
		t.Errorf("got %d responsibilities, want all %d included ones", n, len(all))
	}
	// A default posting never exceeds the limit, never asks for more than 8
	// requirements, and never drops rank-1 lines.
	modeltest.Combinations(modeltest.Cat(), func(a answers.Answers) {
		p := Assemble(modeltest.Cat(), a)
		if n := len(p.Texts(SecDuties)); n > MaxResponsibilities {
			t.Errorf("%s/%s: %d responsibilities, limit %d", a.Variant, a.Mix, n, MaxResponsibilities)
		}
		md := p.Markdown()
		required := md[strings.Index(md, "**Required**"):]
		required = required[:strings.Index(required, "\n\n**")]
		if n := strings.Count(required, "\n- "); n > 8 {
			t.Errorf("%s/%s/%s: %d required items", a.Variant, a.Industry, a.Mix, n)
		}
		if a.Mix == "blended" && !strings.Contains(md, "Find prospective") {
			t.Errorf("%s: blended posting lost its prospecting duty", a.Variant)
		}
	})
}

func TestEscapingOnlyWhereMarkdownNeedsIt(t *testing.T) {
	md := Assemble(modeltest.Cat(), answers.Answers{KPIs: []answers.KPIAnswer{{ID: "gross_retention", Target: "99.5%"}}, Company: "R&D Partners", Title: "Account Manager (C++ tools)"}).Markdown()
	for _, want := range []string{"99.5%", "R&D Partners", "(C++ tools)"} {
		if !strings.Contains(md, want) {
			t.Errorf("%q was escaped although Markdown does not need it", want)
		}
	}
}

// Each step that writes under a heading names it, so the live preview can
// show the part of the posting the step changes.
func TestEachStepAnchorsThePreviewToItsSection(t *testing.T) {
	p := Assemble(modeltest.Cat(), answers.Answers{Company: "Acme", Pay: answers.Pay{Min: 1, Max: 2}, Team: answers.Team{Size: 4}, Tools: answers.Tools{Use: []string{"hubspot"}}})
	md := p.Markdown()
	for _, step := range []string{base.StepKPIs, base.StepResponsibilities, base.StepSkills, base.StepTools, base.StepReporting, base.StepPay, base.StepAbout} {
		anchor := p.Anchor(step, false)
		if anchor == "" || !strings.Contains(md, "## "+anchor) {
			t.Errorf("step %s: anchor %q is not a heading of the posting", step, anchor)
		}
	}
	if a, b := p.Anchor(base.StepKPIs, false), p.Anchor(base.StepAbout, false); a == b {
		t.Errorf("KPIs and about anchor the same section %q", a)
	}
}

// Lines the user types read like amjd's: a full stop where amjd's lines
// have one, a money target in the posting's currency, their own
// requirements after amjd's experience and skills.
func TestTypedLinesReadLikeAmjds(t *testing.T) {
	a := answers.Answers{
		KPIs:             []answers.KPIAnswer{{ID: "new_business", Target: "85k"}},
		Responsibilities: answers.ListEdit{Add: []string{"Lead quarterly business reviews"}},
		Qualifications:   answers.Qualifications{ExtraRequired: []string{"Based within driving distance of Denver"}},
		Benefits:         []string{"Health cover", "A pension!"},
		Tools:            answers.Tools{Add: []string{"HubSpot"}},
	}
	md := Assemble(modeltest.Cat(), a).Markdown()
	for _, want := range []string{"- Lead quarterly business reviews.\n", "- Based within driving distance of Denver.\n",
		"- Health cover.\n", "- A pension!\n", "- HubSpot\n", "New-business revenue of at least $85,000"} {
		if !strings.Contains(md, want) {
			t.Errorf("posting lacks %q:\n%s", want, md)
		}
	}
	required := md[strings.Index(md, "**Required**"):strings.Index(md, "**Nice to have**")]
	bullets := strings.Split(strings.TrimSpace(required), "\n- ")
	if last := bullets[len(bullets)-1]; !strings.HasPrefix(last, "Based within") {
		t.Errorf("the user's own requirement is not after amjd's lines:\n%s", required)
	}
}

// A place that is the workplace ("Remote") is not said twice in the header.
func TestHeaderDoesNotRepeatTheWorkplace(t *testing.T) {
	md := Assemble(modeltest.Cat(), answers.Answers{Location: answers.Location{Place: "Remote", Workplace: "remote"}}).Markdown()
	if strings.Contains(md, "Remote · Remote") || !strings.Contains(md, "*Remote*") {
		t.Errorf("header:\n%.200s", md)
	}
}
