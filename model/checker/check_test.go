package checker

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

func rules(fs []Finding, min Severity) []string {
	var out []string
	for _, f := range fs {
		if f.Severity >= min && !slices.Contains(out, f.Rule) {
			out = append(out, f.Rule)
		}
	}
	slices.Sort(out)
	return out
}

func findRule(fs []Finding, rule string) (Finding, bool) {
	for _, f := range fs {
		if f.Rule == rule {
			return f, true
		}
	}
	return Finding{}, false
}

// cleanPosting is a posting amjd builds that no rule should flag.
func cleanPosting(t *testing.T) string {
	t.Helper()
	return examplePosting(t)
}

func check(text string) []Finding {
	return Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate})
}

func TestBadPostingsTriggerTheirRules(t *testing.T) {
	cases := map[string][]string{
		"hidden-sales.md":     {"hidden-sales", "vague-phrase"},
		"vague-soft.txt":      {"vague-phrase", "soft-skills-only", "qualifications-mixed", "voice", "no-book", "no-metrics", "no-tools", "no-reporting-line", "no-call-to-action"},
		"accounting.md":       {"accounting-duties"},
		"accounting-title.md": {"accounting-title"},
		"several-jobs.md":     {"several-jobs", "too-many-kpis"},
		"placeholders.md":     {"placeholder"},
		"pay-colorado.md":     {"pay-transparency"},
		"pay-ontario.md":      {"pay-transparency"},
		"masculine.md":        {"gender-coded"},
		"third-person.md":     {"voice", "exclusionary"},
	}
	for name, want := range cases {
		data, err := os.ReadFile(filepath.Join("testdata", "postings", name))
		if err != nil {
			t.Fatal(err)
		}
		got := rules(check(string(data)), Warning)
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("%s: rule %s not triggered; got %v", name, w, got)
			}
		}
	}
}

// One positive and one negative case per rule. Positive cases change a clean
// posting in one way; the negative case is the clean posting itself.
func TestEachRule(t *testing.T) {
	clean := cleanPosting(t)
	base := check(clean)
	if got := rules(base, Warning); len(got) > 0 {
		t.Fatalf("the clean posting is flagged: %v", got)
	}
	replace := func(old, new string) string {
		if !strings.Contains(clean, old) {
			t.Fatalf("clean posting lacks %q", old)
		}
		return strings.Replace(clean, old, new, 1)
	}
	cases := []struct {
		rule     string
		severity Severity
		text     string
	}{
		{"placeholder", Error, replace("Lattice Ledger makes planning software", "[Company] makes planning software")},
		{"hidden-sales", Error, replace("- Run complex negotiations", "- Spend Fridays cold calling new logos.\n- Run complex negotiations")},
		{"accounting-duties", Error, replace("- Run complex negotiations", "- Run the month-end close under GAAP.\n- Run complex negotiations")},
		{"no-book", Error, regexpReplace(regexpReplace(regexpReplace(clean, `You own .*\n`, "You look after some important clients.\n"), `- Run our customer advisory board.*\n`, ""), `- Meet the finance leaders.*\n`, "")},
		{"no-metrics", Error, stripSection(stripSection(clean, "## What success looks like"), "## Your first 90 days")},
		{"too-many-kpis", Warning, replace("- Forecast accuracy within 5% each quarter.", "- Forecast accuracy within 5% each quarter.\n- NPS of 50.\n- Churn under 5%.")},
		{"soft-skills-only", Warning, onlySoftRequirements(clean)},
		{"no-tools", Warning, strings.NewReplacer("CRM", "system", "Salesforce", "system", "HubSpot", "system").Replace(stripSection(clean, "## Tools you will use"))},
		{"no-reporting-line", Warning, strings.Replace(replace("You report to the Director of Strategic Accounts.", ""), "## Your team", "## Team", 1)},
		{"no-reporting-line", Warning, strings.Replace(replace("You report to the Director of Strategic Accounts.", "Who this job reports to will be decided after the merger."), "## Your team", "## Team", 1)},
		{"several-jobs", Warning, replace("- Run complex negotiations", "- Answer support tickets on the help desk.\n- Keep the Gantt chart current.\n- Do the invoicing.\n- Run complex negotiations")},
		{"qualifications-missing", Warning, stripSection(stripSection(stripSection(clean, "## What you bring"), "**Required**"), "**Nice to have**")},
		{"qualifications-mixed", Warning, strings.Replace(stripSection(clean, "**Nice to have**"), "- Hands-on use of Salesforce.", "- Hands-on use of Salesforce; Gainsight is preferred.", 1)},
		{"vague-phrase", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- Thrive in a fast-paced environment.\n")},
		{"exclusionary", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- No gaps in employment.\n")},
		{"gender-coded", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- Be a driven, competitive, decisive, assertive, ambitious, fearless, dominant, confident and independent champion who leads.\n")},
		{"length", Warning, replace("## About Lattice Ledger", strings.Repeat("Our story is long and we like to tell it often. ", 30)+"\n\n## About Lattice Ledger")},
		{"reading-grade", Warning, replace("## About Lattice Ledger\n\n", "## About Lattice Ledger\n\n"+strings.Repeat("Comprehensive organisational transformation necessitates interdisciplinary stakeholder prioritisation, institutionalisation and operationalisation ", 60)+". ")},
		{"voice", Warning, replace("## Responsibilities\n", "## Responsibilities\n\nThe ideal candidate thrives here. The ideal candidate stays.\n")},
		{"no-call-to-action", Warning, stripSection(regexpReplace(clean, `(?i)[^.\n]*appl[^.\n]*\.`, ""), "## How to apply")},
		{"pay-transparency", Error, regexpReplace(clean, `\$135,000 to \$165,000 per year`, "competitive pay")},
	}
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			if f, ok := findRule(base, tc.rule); ok && f.Severity >= tc.severity {
				t.Fatalf("negative case: the clean posting already has %s: %s", tc.rule, f.Message)
			}
			fs := Check(modeltest.Cat(), tc.text, CheckOptions{Now: modeltest.CheckDate, Location: "Chicago, Illinois"})
			f, ok := findRule(fs, tc.rule)
			if !ok || f.Severity < tc.severity {
				t.Fatalf("positive case: no %s %s; got %v", tc.severity, tc.rule, rules(fs, Info))
			}
			if f.Message == "" || f.Fix == "" {
				t.Errorf("%s: finding lacks message or fix: %+v", tc.rule, f)
			}
		})
	}
}

func regexpReplace(s, expr, repl string) string {
	return regexpMust(expr).ReplaceAllString(s, repl)
}

// stripSection removes a heading and its lines up to the next heading.
func stripSection(md, heading string) string {
	lines := strings.Split(md, "\n")
	var out []string
	skipping := false
	for _, l := range lines {
		if strings.HasPrefix(l, "#") || strings.HasPrefix(l, "**") {
			skipping = l == heading
		}
		if !skipping {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

func onlySoftRequirements(md string) string {
	start := strings.Index(md, "**Required**")
	end := strings.Index(md, "## Tools you will use")
	return md[:start] + "**Required**\n\n- A friendly, positive attitude.\n- Great communication.\n- Passionate about clients.\n\n" + md[end:]
}

func TestLineNumbersPointAtThePhrase(t *testing.T) {
	text := "# Account Manager\n\nIntro line.\n\n- You will be a ninja.\n"
	f, ok := findRule(check(text), "vague-phrase")
	if !ok || f.Line != 5 || f.Phrase != "ninja" || !strings.Contains(f.Fix, "an expert") {
		t.Errorf("finding %+v, want line 5, phrase ninja, a neutral alternative", f)
	}
}

func TestLineNumbersFollowAnyLineEnding(t *testing.T) {
	for name, eol := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		text := strings.Join([]string{"# Account Manager", "", "Intro line.", "", "- You will be a ninja."}, eol)
		if f, ok := findRule(check(text), "vague-phrase"); !ok || f.Line != 5 {
			t.Errorf("%s: finding %+v, want line 5", name, f)
		}
	}
}

func regexpMust(expr string) *regexp.Regexp { return regexp.MustCompile(expr) }

// examplePosting is the full posting of the key account manager example, as
// pinned by its golden: a clean posting for the rules to be planted in.
func examplePosting(t testing.TB) string {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "posting", "testdata", "TestExamplesGolden", "key-account-manager-software", "full.golden"))
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// One third-person phrase in a posting written to "you" is a slip, not its
// voice; "they" going on about the hire makes it the voice.
func TestOneThirdPersonSlip(t *testing.T) {
	clean := cleanPosting(t)
	slip := strings.Replace(clean, "## Responsibilities\n", "## Responsibilities\n\nThe successful candidate will be contacted within a week.\n", 1)
	if f, ok := findRule(check(slip), "voice"); ok {
		t.Errorf("a slip is reported: %s", f.Message)
	}
	they := strings.Replace(clean, "## Responsibilities\n", "## Responsibilities\n\nThe successful candidate joins in May. They will report to the COO.\n", 1)
	if _, ok := findRule(check(they), "voice"); !ok {
		t.Error("a hire told of as \"they\" is not reported")
	}
}

// A breadcrumb above the title is the page's: a finding on the title
// points at the title.
func TestBreadcrumbIsNotTheTitle(t *testing.T) {
	text := "Murray River Recruitment\n\nHome / Jobs / Accounting Manager - Rural Merchandise\n\nAccounting Manager - Rural Merchandise\n\n" +
		"You look after our clients and their customer accounts, renewals and client relationships.\n"
	f, ok := findRule(check(text), "accounting-title")
	if !ok || f.Line != 5 {
		t.Errorf("accounting-title at line %d (found %v), want line 5", f.Line, ok)
	}
	// A search box's query above a board's result is the reader's words.
	search := strings.Replace(text, "Home / Jobs / Accounting Manager - Rural Merchandise", "account manager jobs ennis", 1)
	if f, ok := findRule(check(search), "accounting-title"); !ok || f.Line != 5 {
		t.Errorf("under a search query: accounting-title at line %d (found %v), want line 5", f.Line, ok)
	}
}
