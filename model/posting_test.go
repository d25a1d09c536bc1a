package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/exp/golden"

	"amjd/content"
)

func cat() *content.Catalog { return content.Default() }

func loadExample(t *testing.T, path string) Answers {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := ParseAnswers(cat(), path, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

func examples(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob("../examples/*.yaml")
	if err != nil || len(paths) < 3 {
		t.Fatalf("want at least three examples, got %v (%v)", paths, err)
	}
	return paths
}

// The examples' full and short Markdown are pinned; run "go test ./model -update"
// after an intended wording change and review the diff.
func TestExamplesGolden(t *testing.T) {
	for _, path := range examples(t) {
		name := strings.TrimSuffix(filepath.Base(path), ".yaml")
		p := Assemble(cat(), loadExample(t, path))
		t.Run(name+"/full", func(t *testing.T) { golden.RequireEqual(t, p.Markdown()) })
		t.Run(name+"/short", func(t *testing.T) { golden.RequireEqual(t, p.ShortMarkdown()) })
	}
}

func TestExamplesAreWithinRecommendedLength(t *testing.T) {
	for _, path := range examples(t) {
		p := Assemble(cat(), loadExample(t, path))
		if n := WordCount(p.Markdown()); n < 400 || n > 700 {
			t.Errorf("%s: full posting has %d words, want 400-700", path, n)
		}
		if n := WordCount(p.ShortMarkdown()); n < 80 || n > 150 {
			t.Errorf("%s: short form has %d words, want 80-150", path, n)
		}
	}
}

func TestSameAnswersGiveIdenticalBytes(t *testing.T) {
	for _, path := range examples(t) {
		a := loadExample(t, path)
		first := Assemble(cat(), a).Markdown()
		for i := 0; i < 20; i++ {
			if got := Assemble(cat(), loadExample(t, path)).Markdown(); got != first {
				t.Fatalf("%s: run %d differs from the first", path, i)
			}
		}
	}
}

func TestNoAnswersGiveACompletePosting(t *testing.T) {
	md := Assemble(cat(), Answers{}).Markdown()
	for _, section := range []string{
		"# Account Manager", "## About the role", "## What you will own", "## Responsibilities",
		"## What success looks like", "## What you bring", "**Required**", "**Nice to have**",
		"## Tools you will use", "## Reporting line and team", "## Pay and benefits",
		"## Location and travel", "## About us", "## Equal opportunity", "## How to apply",
	} {
		if !strings.Contains(md, section+"\n") {
			t.Errorf("default posting lacks %q", section)
		}
	}
	for _, leftover := range []string{"{company}", "{years}", "{industry}", "{target}", "  ", "\n\n\n"} {
		if strings.Contains(md, leftover) {
			t.Errorf("default posting contains %q", leftover)
		}
	}
}

func TestVariantOnlyAnswersUseThatVariantsDefaults(t *testing.T) {
	for _, v := range cat().Variants {
		if v.Refused {
			continue
		}
		md := Assemble(cat(), Answers{Variant: v.ID}).Markdown()
		if !strings.HasPrefix(md, "# "+v.Title+"\n") {
			t.Errorf("%s: posting does not start with its title %q", v.ID, v.Title)
		}
		if !strings.Contains(md, "You report to the "+v.ReportsTo+".") {
			t.Errorf("%s: default reporting line %q missing", v.ID, v.ReportsTo)
		}
		if !strings.Contains(md, plural(v.Accounts, "account", "accounts")) {
			t.Errorf("%s: book of %d accounts missing", v.ID, v.Accounts)
		}
	}
}

// Each tailoring answer must change the posting in a way a reader notices.
func TestEachAnswerChangesThePosting(t *testing.T) {
	no := false
	cases := []struct {
		name    string
		answers Answers
		want    []string
		absent  []string
	}{
		{"variant key account", Answers{Variant: "key_account_manager"},
			[]string{"# Key Account Manager", "Build trust with senior leaders", "An MBA."}, nil},
		{"variant operational", Answers{Variant: "accounts_manager"},
			[]string{"high volume of accounts", "Attention to detail"}, []string{"C-level"}},
		{"variant junior", Answers{Variant: "junior_account_manager"},
			[]string{"Support senior colleagues", "internships count"}, []string{"3+ years"}},
		{"variant senior", Answers{Variant: "senior_account_manager"},
			[]string{"Coach newer account managers", "5+ years"}, nil},
		{"title and company", Answers{Title: "Client Partner", Company: "Acme Ltd"},
			[]string{"# Client Partner\n", "*Acme Ltd · ", "## About Acme Ltd", "Acme Ltd is an equal opportunity employer"}, []string{"## About us"}},
		{"industry software", Answers{Industry: "software"},
			[]string{"onboarding, product adoption, usage data", "Guide new customers through onboarding", "Gainsight", "Experience in B2B software or SaaS."}, nil},
		{"industry agency", Answers{Industry: "agency"},
			[]string{"Coordinate campaigns and projects", "HubSpot (CRM)"}, []string{"Salesforce (CRM)"}},
		{"industry wholesale", Answers{Industry: "wholesale"},
			[]string{"pricing, promotions and ordering patterns", "SAP or NetSuite"}, nil},
		{"industry banking", Answers{Industry: "banking"}, []string{"within our compliance rules"}, nil},
		{"industry hospitality", Answers{Industry: "hospitality"}, []string{"tour operators"}, nil},
		{"industry manufacturing", Answers{Industry: "manufacturing"}, []string{"wholesalers, retailers and distributors"}, nil},
		{"industry IT", Answers{Industry: "it_services"}, []string{"work with engineers"}, nil},
		{"account types", Answers{AccountTypes: []string{"enterprise", "retail_partners"}},
			[]string{"a mix of enterprise clients and retail partners"}, []string{"mid-market"}},
		{"book in numbers", Answers{Book: Book{Accounts: 42, Revenue: 12_500_000}},
			[]string{"Your book is 42 accounts", "worth about $12.5M in annual revenue"}, nil},
		{"mix retention", Answers{Mix: "retention"},
			[]string{"This is a retention role", "Flag accounts at risk early"}, []string{"new-business targets", "Find new prospects", "Growth inside your accounts"}},
		{"mix renewal-heavy", Answers{Mix: "renewal_heavy"},
			[]string{"Lead renewal talks on price and terms", "a bonus tied to renewals"}, []string{"new-business targets"}},
		{"mix blended discloses sales", Answers{Mix: "blended"},
			[]string{"**This role includes new-business targets. It is partly a sales role", "Find new prospects, run first meetings and close new deals.", "Experience winning new business", "commission on new business", "A new-business target of your own."}, nil},
		{"several teams", Answers{Variant: "accounts_manager", Complexity: Complexity{Teams: "teams_several"}},
			[]string{"Coordinate delivery, operations, product, support and finance", "You work daily with delivery, operations"}, []string{"one delivery team"}},
		{"one team", Answers{Complexity: Complexity{Teams: "teams_one"}},
			[]string{"You work hand in hand with one delivery team."}, []string{"Coordinate delivery, operations"}},
		{"custom work", Answers{Complexity: Complexity{Work: "work_custom"}},
			[]string{"Scope custom requests", "custom to each client"}, nil},
		{"long contracts", Answers{Variant: "accounts_manager", Complexity: Complexity{Contracts: "contracts_long"}},
			[]string{"Plan renewals months before long contracts end", "Contracts run for a year or more."}, nil},
		{"short contracts", Answers{Complexity: Complexity{Contracts: "contracts_short"}},
			[]string{"so no renewal is a surprise", "Cycles are short"}, []string{"Plan renewals months"}},
		{"KPIs with and without targets", Answers{KPIs: []KPIAnswer{{ID: "nrr", Target: "120%"}, {ID: "forecast_accuracy"}, {Name: "Referrals", Target: "3 a quarter"}}},
			[]string{"- Net revenue retention of 120% or more.", "- Forecasts your manager can rely on.", "- Referrals: 3 a quarter."}, []string{"Gross revenue retention"}},
		{"responsibilities edited", Answers{Responsibilities: ListEdit{Remove: []string{"crm_records"}, Include: []string{"market_research"}, Add: []string{"Run the annual client summit."}}},
			[]string{"- Follow the market and competitors", "- Run the annual client summit."}, []string{"in the CRM current"}},
		{"skills edited", Answers{Skills: ListEdit{Remove: []string{"communication"}, Add: []string{"Fluent Spanish."}}},
			[]string{"- Fluent Spanish."}, []string{"Clear writing and speaking"}},
		{"qualifications moved", Answers{Qualifications: Qualifications{Years: 8, Required: []string{"experience_years", "degree_business"}, Preferred: []string{"crm_experience"}, ExtraPreferred: []string{"Fluent French."}}},
			[]string{"**Required**\n\n- 8+ years", "- A bachelor's degree", "**Nice to have**\n\n- Hands-on use of a CRM", "- Fluent French."}, []string{"track record"}},
		{"tools chosen", Answers{Tools: Tools{Use: []string{"zoho"}, Add: []string{"Pipedrive"}}},
			[]string{"- Zoho CRM\n- Pipedrive\n"}, []string{"Salesforce (CRM)"}},
		{"reporting line", Answers{ReportsTo: "VP of Customer Success"}, []string{"You report to the VP of Customer Success."}, nil},
		{"pay", Answers{Pay: Pay{Min: 70000, Max: 82500.5, Currency: "EUR", Period: "year", Variable: "10% on-target bonus."}},
			[]string{"€70,000 to €82,500.50 per year", "Variable pay: 10% on-target bonus."}, []string{"$"}},
		{"hourly pay", Answers{Pay: Pay{Min: 24, Max: 29.5, Period: "hour"}}, []string{"$24 to $29.50 per hour"}, nil},
		{"benefits", Answers{Benefits: []string{"Four-day week."}}, []string{"- Four-day week.\n"}, []string{"Health cover"}},
		{"location", Answers{Location: Location{Place: "Leeds, UK", Workplace: "remote", Region: "the UK and Ireland", Travel: "frequent"}},
			[]string{"Location: Leeds, UK. This is a remote role. We can hire people based in the UK and Ireland. You travel up to half of the time"}, []string{"hybrid"}},
		{"about", Answers{About: "We make bicycles.\n\nSince 1990."}, []string{"## About us\n\nWe make bicycles.\n\nSince 1990.\n"}, nil},
		{"equal opportunity off", Answers{EqualOpportunity: EqualOpportunity{Include: &no}}, nil, []string{"## Equal opportunity"}},
		{"equal opportunity text", Answers{EqualOpportunity: EqualOpportunity{Text: "Everyone is welcome here."}}, []string{"## Equal opportunity\n\nEveryone is welcome here.\n"}, []string{"hire on merit"}},
		{"how to apply", Answers{HowToApply: "Email jobs@acme.example."}, []string{"## How to apply\n\nEmail jobs@acme.example.\n"}, nil},
	}
	base := Assemble(cat(), Answers{}).Markdown()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			md := Assemble(cat(), tc.answers).Markdown()
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
	a := Answers{Variant: "key_account_manager", Company: "Acme", Mix: "blended", Location: Location{Place: "Oslo", Workplace: "onsite"},
		Pay: Pay{Min: 900000, Max: 1100000, Currency: "EUR"}}
	md := Assemble(cat(), a).ShortMarkdown()
	for _, w := range []string{"# Key Account Manager\n", "Acme is hiring a Key Account Manager in Oslo (on-site).", "Your book is 6 accounts", "partly a sales role", "€900,000 to €1,100,000 per year", "Success is measured by gross retention"} {
		if !strings.Contains(md, w) {
			t.Errorf("short form lacks %q:\n%s", w, md)
		}
	}
	if paras := strings.Count(strings.TrimSpace(md), "\n\n"); paras != 3 {
		t.Errorf("short form has %d blocks after the title, want 3", paras)
	}
}

func TestLimitsKeepUserChoices(t *testing.T) {
	// Including every responsibility by id keeps them all: limits only trim defaults.
	var all []string
	for _, it := range cat().Responsibilities {
		all = append(all, it.ID)
	}
	p := Assemble(cat(), Answers{Responsibilities: ListEdit{Include: all}})
	if len(p.Responsibilities) != len(all) {
		t.Errorf("got %d responsibilities, want all %d included ones", len(p.Responsibilities), len(all))
	}
	// A default posting never exceeds the limit, and never drops rank-1 lines.
	for _, v := range cat().Variants {
		if v.Refused {
			continue
		}
		for _, m := range cat().Mixes {
			p := Assemble(cat(), Answers{Variant: v.ID, Mix: m.ID, Industry: "agency", Complexity: Complexity{Teams: "teams_several", Work: "work_custom"}})
			if len(p.Responsibilities) > maxResponsibilities {
				t.Errorf("%s/%s: %d responsibilities, limit %d", v.ID, m.ID, len(p.Responsibilities), maxResponsibilities)
			}
			md := p.Markdown()
			for _, must := range []string{"Be the main contact", "Own client problems", "in the CRM current"} {
				if !strings.Contains(md, must) {
					t.Errorf("%s/%s: essential line %q was dropped", v.ID, m.ID, must)
				}
			}
			if m.ID == "blended" && !strings.Contains(md, "Find new prospects") {
				t.Errorf("%s: blended posting lost its prospecting duty", v.ID)
			}
		}
	}
}

func TestFormatAmount(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 7: "7", 999: "999", 1000: "1,000", 65000: "65,000", 1234567: "1,234,567", 29.5: "29.50", 19.999: "20"} {
		if got := formatAmount(in); got != want {
			t.Errorf("formatAmount(%v) = %q, want %q", in, got, want)
		}
	}
}
