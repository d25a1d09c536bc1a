package answers_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"

	"github.com/charmbracelet/x/exp/golden"
)

func TestParseAnswersReportsBadInputPrecisely(t *testing.T) {
	manyKPIs := "kpis:\n" + strings.Repeat("  - id: nrr\n", 21)
	cases := []struct {
		name, input, want string
	}{
		{"unknown top-level key", "variant: account_manager\ncolour: blue\n",
			`a.yaml:2:1: colour: unknown field (allowed: variant, title, company, website, industry, industry_name, account_types, book, mix, some_new_business, complexity, kpis, responsibilities, skills, qualifications, tools, reports_to, pay, benefits, location, about, equal_opportunity, how_to_apply, closing_date, direct_apply, employment_type, language, team, hours, career_path, first_90_days, leave_out)`},
		{"unknown nested key", "pay:\n  min: 1\n  max: 2\n  bonus: 5\n",
			`a.yaml:4:3: pay.bonus: unknown field (allowed: min, max, currency, period, variable)`},
		{"wrong type number", "book:\n  accounts: many\n",
			`a.yaml:2:13: book.accounts: expected a whole number, like 45, 3500000 or 3.5M; got "many"`},
		{"wrong type list", "account_types: enterprise\n",
			`a.yaml:1:16: account_types: expected a list, got "enterprise"`},
		{"wrong type mapping", "pay: 50000\n",
			`a.yaml:1:6: pay: expected a mapping of fields, got a number (allowed: min, max, currency, period, variable)`},
		{"unknown variant", "variant: sales_manager\n",
			`a.yaml:1:10: variant: unknown option "sales_manager" (allowed: account_manager, key_account_manager, accounts_manager, junior_account_manager, senior_account_manager, accounting_manager)`},
		{"unknown id in a list", "account_types: [enterprise, government]\n",
			`a.yaml:1:29: account_types[1]: unknown option "government" (allowed: small_business, mid_market, enterprise, agency_clients, retail_partners, other)`},
		{"unknown kpi", "kpis:\n  - id: nrr\n  - id: happiness\n",
			`a.yaml:3:9: kpis[1].id: unknown option "happiness" (allowed: gross_retention, renewal_rate, expansion_revenue, nrr, csat_nps, response_time, forecast_accuracy, new_business, account_reviews)`},
		{"unknown complexity", "complexity:\n  teams: two\n",
			`a.yaml:2:10: complexity.teams: unknown option "two" (allowed: teams_one, teams_several)`},
		{"unknown complexity axis", "complexity:\n  teams: teams_one\n  budget: big\n",
			`a.yaml:3:11: complexity.budget: unknown axis (allowed: teams, work, contracts)`},
		{"complexity not a mapping", "complexity: several\n",
			`a.yaml:1:13: complexity: expected a mapping, got "several"`},
		{"negative pay", "pay:\n  min: -5\n  max: 10\n",
			`a.yaml:2:8: pay.min: must not be negative`},
		{"inverted pay", "pay:\n  min: 90000\n  max: 60000\n",
			`a.yaml:3:8: pay.max: the top of the pay range (60,000) is below its bottom (90,000)`},
		{"open-ended pay", "pay:\n  max: 60000\n",
			`a.yaml:1:1: pay: give both ends of the pay range, or neither: one figure is not a range`},
		{"too many KPIs", manyKPIs,
			`a.yaml:1:1: kpis: 21 KPIs is more than the 20 amjd accepts; 4-5 are advised`},
		{"accounting manager", "variant: accounting_manager\n",
			`a.yaml:1:10: variant: An Accounting Manager is a finance job`},
		{"duplicate key", "title: A\ntitle: B\n",
			`a.yaml:2:1: title: field appears twice; keep one`},
		{"both required and preferred", "qualifications:\n  required: [crm_experience]\n  preferred: [crm_experience]\n",
			`a.yaml:3:15: qualifications.preferred[0]: "crm_experience" is also listed as required; keep required and preferred apart`},
		{"unknown language", "language: en-NZ\n",
			`a.yaml:1:11: language: unknown option "en-NZ" (allowed: en-US, en-GB, en-CA, en-AU)`},
		{"unknown section", "leave_out: [growth, perks]\n",
			`a.yaml:1:21: leave_out[1]: unknown option "perks" (allowed: team, first_90_days, growth, hours)`},
		{"not UTF-8", "title: caf\xe9\n",
			`a.yaml:1:11: file is not valid UTF-8 text; save it as UTF-8`},
		{"empty", "", `a.yaml:1:1: answers file is empty`},
		{"only comments", "# nothing yet\n\n", `a.yaml:1:1: answers file is empty`},
		{"syntax error", "title: [unclosed\n", `a.yaml:1:8: YAML:`},
		{"alias", "title: &t Manager\ncompany: *t\n", `a.yaml:1:8: title: YAML anchors, aliases and merge keys are not supported`},
		{"two documents", "title: A\n---\ntitle: B\n", `a.yaml:2:1: an answers file holds one YAML document`},
		{"top level list", "- variant\n", `a.yaml:1:1: expected a mapping of fields, got a list`},
		{"a type error hides nothing", "book:\n  accounts: six\nmix: hunting\n",
			"a.yaml:2:13: book.accounts: expected a whole number, like 45, 3500000 or 3.5M; got \"six\"\na.yaml:3:6: mix: unknown option \"hunting\""},
		{"byte order mark", "\xEF\xBB\xBFcompany: Acme\nmix: x\n", `a.yaml:2:6: mix: unknown option "x"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(tc.input))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.HasPrefix(err.Error(), tc.want) {
				t.Errorf("error:\n  %s\nwant prefix:\n  %s", err, tc.want)
			}
		})
	}
}

func TestParseAnswersReportsEveryProblemAtOnce(t *testing.T) {
	_, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte("variant: nope\nmix: nope\nindustry: nope\n"))
	errs, ok := err.(answers.InputErrors)
	if !ok || len(errs) != 3 {
		t.Fatalf("want 3 errors, got %v", err)
	}
	for i, e := range errs {
		if e.Line != i+1 {
			t.Errorf("error %d on line %d, want %d (file order)", i, e.Line, i+1)
		}
	}
}

func TestParseAnswersAcceptsTheExamplesAndScalars(t *testing.T) {
	a, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte("title: 2026\ncompany: 3M\npay:\n  min: 20\n  max: 25.5\n  period: hour\nequal_opportunity:\n  include: false\n"))
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "2026" || a.Company != "3M" || a.Pay.Max != 25.5 || *a.EqualOpportunity.Include {
		t.Errorf("parsed %+v", a)
	}
}

func TestParseAnswersRejectsHostileFiles(t *testing.T) {
	cases := []struct {
		name, input, want string
	}{
		{"deep flow nesting", "title: " + strings.Repeat("[", 10000) + strings.Repeat("]", 10000) + "\n", "a.yaml:1:1: nesting is 10000 levels deep"},
		{"deep indentation", deepIndent(200), "nesting is"},
		{"alias bomb", "benefits: &a [x, x]\nskills:\n  add: *a\n", "YAML anchors, aliases and merge keys are not supported"},
		{"over-long title", "title: " + strings.Repeat("x", 121) + "\n", "a.yaml:1:8: title: has 121 characters; at most 120 fit"},
		{"over-long about", "about: " + strings.Repeat("word ", 900) + "\n", "about: has 4,499 characters; at most 4,000 fit"},
		{"too many lines", "benefits: [" + strings.TrimSuffix(strings.Repeat("x, ", 51), ", ") + "]\n", "benefits: has 51 lines; at most 50 fit"},
		{"NUL byte", "title: a\x00b\n", "a.yaml:1:9: file contains a NUL byte"},
		{"too big", "title: x\n" + strings.Repeat("#", answers.MaxAnswersSize), "answers files are limited to 1048576 bytes"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			_, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(tc.input))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("got %v, want %q", err, tc.want)
			}
		})
	}
}

func deepIndent(levels int) string {
	var b strings.Builder
	for i := 0; i < levels; i++ {
		b.WriteString(strings.Repeat("  ", i) + "k" + fmt.Sprint(i) + ":\n")
	}
	return b.String()
}

// Each malformed file in testdata/malformed has its exact message pinned in
// testdata/TestMalformedAnswersFiles/NAME.golden (go test -update rewrites).
func TestMalformedAnswersFiles(t *testing.T) {
	paths, _ := filepath.Glob("testdata/malformed/*.yaml")
	if len(paths) < 10 {
		t.Fatalf("malformed corpus has %d files", len(paths))
	}
	for _, p := range paths {
		name := filepath.Base(p)
		t.Run(strings.TrimSuffix(name, ".yaml"), func(t *testing.T) {
			data, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			_, perr := answers.ParseAnswers(modeltest.Cat(), name, data)
			if perr == nil {
				t.Fatal("accepted")
			}
			golden.RequireEqual(t, perr.Error()+"\n")
		})
	}
}

// Pay in an answers file is read as the wizard reads it: 95k, $125,000.
func TestAnswersFilesReadAmountsAsTheWizardDoes(t *testing.T) {
	a, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte("pay:\n  min: 95k\n  max: \"$125,000\"\n"))
	if err != nil || a.Pay.Min != 95_000 || a.Pay.Max != 125_000 {
		t.Errorf("pay %+v, %v", a.Pay, err)
	}
	if _, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte("pay:\n  min: lots\n  max: 2\n")); err == nil || !strings.Contains(err.Error(), "a.yaml:2:8: pay.min: expected an amount such as 95000, 95k or 90-110k") {
		t.Errorf("lots: %v", err)
	}
}

// A figure with a decimal and a scale is the whole number a person means:
// "4.1M" is 4,100,000 in an answers file and in the wizard alike, though
// 4.1 × 1,000,000 falls just short of it in floating point.
func TestScaledFiguresAreWholeNumbers(t *testing.T) {
	for _, v := range []string{"4.1M", "4.1m", "8.2M", "1.15M", "2.3k", "0.7M"} {
		text := "book:\n  accounts: 40\n  revenue: " + v + "\n"
		a, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(text))
		if err != nil || a.Book.Revenue%100 != 0 {
			t.Errorf("%s: revenue %d, %v", v, a.Book.Revenue, err)
		}
	}
	if n, err := answers.ParseInt("4.1M", answers.RevenueRange); err != nil || n != 4_100_000 {
		t.Errorf("the wizard's 4.1M: %d, %v", n, err)
	}
}
