package model

import (
	"amjd/content"

	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// checkDate is fixed so which laws are in force does not depend on the day.
var checkDate = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

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
	return Assemble(cat(), loadExample(t, "../examples/key-account-manager-software.yaml")).Markdown()
}

func check(text string) []Finding {
	return Check(cat(), text, CheckOptions{Now: checkDate})
}

func TestExamplesHaveNoErrorsAndNoInclusiveLanguageWarnings(t *testing.T) {
	for _, path := range examples(t) {
		a := loadExample(t, path)
		for _, short := range []bool{false, true} {
			fs := CheckAnswers(cat(), a, short, checkDate)
			for _, f := range fs {
				if f.Severity == Error || f.Severity == Warning && (f.Rule == "gender-coded" || f.Rule == "exclusionary") {
					t.Errorf("%s (short=%v): %s %s: %s", path, short, f.Severity, f.Rule, f.Message)
				}
			}
		}
	}
}

// Every combination of answers amjd can be given yields no errors and no
// warnings but the marked suggestions and what the pay law asks for the pay
// and benefits left out; with the facts given, none at all.
func TestGeneratedPostingsHaveNoErrors(t *testing.T) {
	c := cat()
	facts := func(a Answers) Answers {
		a.Book, a.ReportsTo, a.About = Book{Accounts: 14, Revenue: 2_000_000}, "Head of Sales", "We sell tea."
		a.KPIs = []KPIAnswer{{ID: "gross_retention", Target: "90%"}, {ID: "nrr", Target: "105%"}}
		a.Pay, a.HowToApply = Pay{Min: 60000, Max: 70000}, "Apply at jobs.example.com."
		a.Benefits = []string{"Health cover."}
		return a
	}
	combinations(c, func(a Answers) {
		for _, short := range []bool{false, true} {
			for _, f := range CheckAnswers(c, a, short, checkDate) {
				if f.Severity >= Warning && f.Rule != ruleSuggestion && f.Rule != "pay-transparency" {
					t.Errorf("%s/%s/%s short=%v: %s %s: %s", a.Variant, a.Mix, a.Industry, short, f.Severity, f.Rule, f.Message)
				}
			}
			for _, f := range CheckAnswers(c, facts(a), short, checkDate) {
				if f.Severity >= Warning {
					t.Errorf("%s/%s/%s short=%v with facts: %s %s: %s", a.Variant, a.Mix, a.Industry, short, f.Severity, f.Rule, f.Message)
				}
			}
		}
	})
}

func TestBadPostingsTriggerTheirRules(t *testing.T) {
	cases := map[string][]string{
		"hidden-sales.md":     {"hidden-sales", "vague-phrase"},
		"vague-soft.txt":      {"vague-phrase", "exclusionary", "soft-skills-only", "qualifications-mixed", "voice", "no-book", "no-metrics", "no-tools", "no-reporting-line", "no-call-to-action"},
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
		{"no-book", Error, regexpReplace(regexpReplace(clean, `You own .*\n`, "You look after some important clients.\n"), `- Run our customer advisory board.*\n`, "")},
		{"no-metrics", Error, stripSection(stripSection(clean, "## What success looks like"), "## Your first 90 days")},
		{"too-many-kpis", Warning, replace("- Forecast accuracy within 5% each quarter.", "- Forecast accuracy within 5% each quarter.\n- NPS of 50.\n- Churn under 5%.")},
		{"soft-skills-only", Warning, onlySoftRequirements(clean)},
		{"no-tools", Warning, strings.NewReplacer("CRM", "system", "Salesforce", "system", "HubSpot", "system").Replace(stripSection(clean, "## Tools you will use"))},
		{"no-reporting-line", Warning, strings.Replace(replace("You report to the Director of Strategic Accounts.", ""), "## Your team", "## Team", 1)},
		{"several-jobs", Warning, replace("- Run complex negotiations", "- Answer support tickets on the help desk.\n- Keep the Gantt chart current.\n- Do the invoicing.\n- Run complex negotiations")},
		{"qualifications-missing", Warning, stripSection(stripSection(stripSection(clean, "## What you bring"), "**Required**"), "**Nice to have**")},
		{"qualifications-mixed", Warning, strings.Replace(stripSection(clean, "**Nice to have**"), "- Hands-on use of Salesforce.", "- Hands-on use of Salesforce; Gainsight is preferred.", 1)},
		{"vague-phrase", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- Thrive in a fast-paced environment.\n")},
		{"exclusionary", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- Be our client rockstar.\n")},
		{"gender-coded", Warning, replace("## Responsibilities\n", "## Responsibilities\n\n- Be a driven, competitive, decisive, assertive, ambitious, fearless, dominant, confident and independent champion who leads.\n")},
		{"length", Warning, replace("## About Lattice Ledger", strings.Repeat("Our story is long and we like to tell it often. ", 30)+"\n\n## About Lattice Ledger")},
		{"reading-grade", Warning, replace("## About Lattice Ledger\n\n", "## About Lattice Ledger\n\n"+strings.Repeat("Comprehensive organisational transformation necessitates interdisciplinary stakeholder prioritisation, institutionalisation and operationalisation ", 60)+". ")},
		{"voice", Warning, replace("## Responsibilities\n", "## Responsibilities\n\nThe ideal candidate thrives here.\n")},
		{"no-call-to-action", Warning, stripSection(regexpReplace(clean, `(?i)[^.\n]*appl[^.\n]*\.`, ""), "## How to apply")},
		{"pay-transparency", Error, regexpReplace(clean, `\$135,000 to \$165,000 per year`, "competitive pay")},
	}
	for _, tc := range cases {
		t.Run(tc.rule, func(t *testing.T) {
			if f, ok := findRule(base, tc.rule); ok && f.Severity >= tc.severity {
				t.Fatalf("negative case: the clean posting already has %s: %s", tc.rule, f.Message)
			}
			fs := Check(cat(), tc.text, CheckOptions{Now: checkDate, Location: "Chicago, Illinois"})
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
	f, ok := findRule(check(text), "exclusionary")
	if !ok || f.Line != 5 || f.Phrase != "ninja" || !strings.Contains(f.Fix, "an expert") {
		t.Errorf("finding %+v, want line 5, phrase ninja, a neutral alternative", f)
	}
}

func TestLineNumbersFollowAnyLineEnding(t *testing.T) {
	for name, eol := range map[string]string{"LF": "\n", "CRLF": "\r\n", "CR": "\r"} {
		text := strings.Join([]string{"# Account Manager", "", "Intro line.", "", "- You will be a ninja."}, eol)
		if f, ok := findRule(check(text), "exclusionary"); !ok || f.Line != 5 {
			t.Errorf("%s: finding %+v, want line 5", name, f)
		}
	}
}

func TestPayTransparencyDetails(t *testing.T) {
	base := "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by retention.\n\n## Requirements\n- Salesforce.\n\n## Nice to have\n- SaaS.\n\nYou report to the Head of AM. Apply at jobs.example.\n"
	cases := []struct {
		name, where, pay string
		want             Severity
		contains         string
	}{
		{"no range in Colorado", "Denver, CO", "", Error, "Colorado (Equal Pay for Equal Work Act, in force from 1 January 2021"},
		{"open-ended in NYC", "New York City", "Pay: up to $90,000.", Error, "open-ended"},
		{"from only in California", "San Francisco, California", "Pay: from $70,000.", Error, "open-ended"},
		{"range ok in Washington, benefits missing", "Seattle, WA", "Pay: $70,000 to $90,000 per year.", Warning, "description of benefits"},
		{"Ontario range too wide", "Toronto, Ontario", "Pay: CA$60,000 to CA$120,000 per year.", Error, "allows at most 50,000"},
		{"EU may be before interview", "Berlin, Germany", "", Warning, "before the first interview"},
		{"remote anywhere in the US", "Remote, United States", "", Error, "Colorado"},
		{"Washington DC is not Washington State", "Washington, DC", "", Error, "District of Columbia"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			fs := Check(cat(), base+tc.pay+"\n", CheckOptions{Now: checkDate, Location: tc.where})
			var got []string
			found := false
			for _, f := range fs {
				if f.Rule == "pay-transparency" {
					got = append(got, f.Severity.String()+": "+f.Message)
					if f.Severity == tc.want && strings.Contains(f.Message, tc.contains) {
						found = true
						if !strings.Contains(f.Message, "not legal advice") {
							t.Error("pay finding does not say it is not legal advice")
						}
					}
				}
			}
			if !found {
				t.Errorf("want %s containing %q; got %q", tc.want, tc.contains, got)
			}
		})
	}
	// Washington State must not fire for DC, nor any law for a place without one.
	for where, absent := range map[string]string{"Washington, DC": "Washington State", "Manchester, United Kingdom": "pay-transparency", "Austin, Texas": "pay-transparency"} {
		for _, f := range Check(cat(), base, CheckOptions{Now: checkDate, Location: where}) {
			if f.Rule == "pay-transparency" && (absent == "pay-transparency" || strings.Contains(f.Message, absent)) {
				t.Errorf("%s: unexpected finding %q", where, f.Message)
			}
		}
	}
	// A law not yet in force is an info, not an error.
	early := Check(cat(), base, CheckOptions{Now: time.Date(2025, 12, 1, 0, 0, 0, 0, time.UTC), Location: "Toronto, Ontario"})
	if f, ok := findRule(early, "pay-transparency"); !ok || f.Severity != Info || !strings.Contains(f.Message, "1 January 2026") {
		t.Errorf("before Ontario's date: %+v", f)
	}
}

// Each entry of the word lists and each law is used: planting it in a clean
// posting (or placing the posting there) makes its rule fire.
func TestEveryListEntryIsUsedByARule(t *testing.T) {
	clean := cleanPosting(t)
	plant := func(s string) string {
		return strings.Replace(clean, "## Responsibilities\n", "## Responsibilities\n\n- "+s+" is part of it.\n", 1)
	}
	ck := cat().Checks
	expect := func(list, entry, rule string, text string) {
		t.Helper()
		fs := Check(cat(), text, CheckOptions{Now: checkDate, Location: "Chicago, Illinois"})
		if _, ok := findRule(fs, rule); !ok {
			t.Errorf("%s entry %q does not trigger %s", list, entry, rule)
		}
	}
	for _, v := range ck.Vague {
		expect("vague", v.Phrase, "vague-phrase", plant(v.Phrase))
	}
	for _, v := range ck.Exclusionary {
		expect("exclusionary", v.Phrase, "exclusionary", plant(v.Phrase))
	}
	sample := func(w string) string {
		return strings.TrimSuffix(w, "*") + map[bool]string{true: "ing", false: ""}[strings.HasSuffix(w, "*")]
	}
	for _, w := range ck.Gender.Masculine {
		words := strings.Repeat(sample(w)+" ", 12)
		expect("masculine", w, "gender-coded", plant(words))
		if f, _ := findRule(Check(cat(), plant(words), CheckOptions{Now: checkDate}), "gender-coded"); !strings.Contains(f.Message, "Strongly masculine-coded") || f.Severity != Warning {
			t.Errorf("masculine %q: %s", w, f.Message)
		}
	}
	for _, w := range ck.Gender.Feminine {
		f, _ := findRule(Check(cat(), plant(strings.Repeat(sample(w)+" ", 14)), CheckOptions{Now: checkDate}), "gender-coded")
		if f.Severity != Info || !strings.Contains(f.Message, "Strongly feminine-coded") {
			t.Errorf("feminine %q does not tip the balance: %s", w, f.Message)
		}
	}
	for _, v := range ck.Age {
		expect("age", v.Phrase, "age-bias", plant(sample(v.Phrase)))
	}
	for _, w := range ck.GenderedPronouns {
		expect("gendered_pronouns", w, "gendered-pronoun", plant("The new account manager knows "+w+" way around"))
	}
	for _, w := range ck.SalesDuties {
		expect("sales_duties", w, "hidden-sales", plant(sample(w)))
	}
	for _, w := range ck.SalesDisclosure {
		text := plant("Prospecting " + sample(w))
		if _, ok := findRule(check(text), "hidden-sales"); ok {
			t.Errorf("sales_disclosure %q does not count as a disclosure", w)
		}
	}
	for _, w := range ck.Accounting {
		expect("accounting", w, "accounting-duties", plant(sample(w)))
	}
	for _, w := range ck.AccountManagement {
		text := "# Accounting Manager\n\n" + strings.Repeat(sample(w)+" work. ", 3) + "\n"
		expect("account_management", w, "accounting-title", text)
	}
	req := func(s string) string {
		return "# Account Manager\n\n## Requirements\n\n- Friendly.\n- Passionate.\n- " + s + "\n"
	}
	for _, w := range ck.Rigour {
		if _, ok := findRule(check(req(sample(w))), "soft-skills-only"); ok {
			t.Errorf("rigour %q is not counted as operating rigour", w)
		}
	}
	for _, w := range ck.Soft {
		expect("soft", w, "soft-skills-only", "# Account Manager\n\n## Requirements\n\n- "+sample(w)+"\n- Friendly.\n")
	}
	noTools := stripSection(clean, "## Tools you will use")
	noTools = strings.NewReplacer("CRM", "system", "Salesforce", "system", "HubSpot", "system").Replace(noTools)
	if _, ok := findRule(check(noTools), "no-tools"); !ok {
		t.Fatal("no-tools does not fire on the posting without tools")
	}
	for _, w := range ck.Tools {
		if _, ok := findRule(check(noTools+"\n"+sample(w)+"\n"), "no-tools"); ok {
			t.Errorf("tool %q is not recognised", w)
		}
	}
	noReport := strings.Replace(clean, "You report to the Director of Strategic Accounts.", "", 1)
	noReport = strings.Replace(noReport, "## Your team", "## Team", 1)
	for _, w := range ck.Reporting {
		if _, ok := findRule(check(noReport+"\n"+w+" x.\n"), "no-reporting-line"); ok {
			t.Errorf("reporting wording %q is not recognised", w)
		}
	}
	bare := "# Account Manager\n\nYou look after clients.\n"
	for _, w := range ck.Metrics {
		if _, ok := findRule(check(bare+sample(w)+"\n"), "no-metrics"); ok {
			t.Errorf("metric %q is not recognised", w)
		}
	}
	for _, fam := range ck.Families {
		for _, w := range fam.Words {
			others := ""
			for _, o := range ck.Families {
				if o.ID != fam.ID {
					others += "- " + sample(o.Words[0]) + "\n"
				}
			}
			f, ok := findRule(check(bare+others), "several-jobs")
			if ok && strings.Contains(f.Message, fam.Name) {
				t.Fatalf("%s fires without its own words", fam.Name)
			}
			if f, _ := findRule(check(bare+others+"- "+sample(w)+"\n"), "several-jobs"); !strings.Contains(f.Message, fam.Name) {
				t.Errorf("family %s word %q is not recognised", fam.ID, w)
			}
		}
	}
	for _, w := range ck.Placeholders {
		expect("placeholders", w, "placeholder", plant(sample(w)))
	}
	for _, w := range ck.ThirdPerson {
		expect("third_person", w, "voice", plant(w+" thrives"))
	}
	for _, law := range cat().PayLaws.Laws {
		if _, err := time.Parse("2006-01-02", law.Effective); err != nil {
			t.Errorf("law %s: effective date %q: %v", law.ID, law.Effective, err)
		}
		for _, place := range law.Places {
			where := lawPlaceText(place)
			fs := Check(cat(), "# Account Manager\n\nNo pay given.\n", CheckOptions{Now: checkDate, Location: where})
			found := false
			for _, f := range fs {
				if f.Rule == "pay-transparency" && strings.Contains(f.Message, law.Jurisdiction) {
					found = true
				}
			}
			if !found {
				t.Errorf("law %s: place %q does not bring it into play", law.ID, where)
			}
		}
	}
	if cat().PayLaws.AsOf == "" {
		t.Error("the pay law table has no as-of date")
	}
}

// lawPlaceText names a law's place the way a posting would.
func lawPlaceText(lp content.LawPlace) string {
	c := cat()
	switch {
	case lp.City != "":
		return lp.City
	case lp.Union != "":
		return "anywhere in the " + lp.Union
	}
	for _, r := range c.Places.Regions {
		if r.Country == lp.Country && r.Code == lp.Region {
			return r.Name
		}
	}
	return lp.Country
}

func TestCheckIsFastEnoughToRunOnEveryReview(t *testing.T) {
	// Guard against pathological regular expressions: a long hostile text still
	// finishes (the speed budget itself is a benchmark, not a timed test).
	long := strings.Repeat("a ", 50000) + strings.Repeat("$1,", 5000)
	_ = check(long)
}

func regexpMust(expr string) *regexp.Regexp { return regexp.MustCompile(expr) }

func TestPayLawsFromFreeTextAreNotGuessedFromPronouns(t *testing.T) {
	text := "# Account Manager\n\nAbout Us\n\nJoin us in Austin, TX. You manage 18 accounts worth $3M.\n"
	for _, f := range check(text) {
		if f.Rule == "pay-transparency" {
			t.Errorf("\"Us\" was read as the United States: %s", f.Message)
		}
	}
	remote := "# Account Manager\n\nRemote (US). You manage 18 accounts worth $3M.\n"
	var pay []Finding
	for _, f := range check(remote) {
		if f.Rule == "pay-transparency" && f.Severity == Error {
			pay = append(pay, f)
		}
	}
	if len(pay) != 1 || !strings.Contains(pay[0].Message, "14 pay-transparency laws") {
		t.Errorf("a remote US role should give one grouped error, got %d: %v", len(pay), pay)
	}
}

// Every suggestion in a posting is reported once, with the note that says
// what it stands in for, in the full and in the short form; and amjd check
// on the Markdown alone finds the same lines.
func TestEverySuggestionIsReported(t *testing.T) {
	a := Answers{Pay: Pay{Period: "hour", Min: 0}, Variant: "account_manager"}
	p := Assemble(cat(), a)
	for _, short := range []bool{false, true} {
		out := p.Render(short)
		var want []string
		for _, l := range out.Lines {
			for _, src := range l.Sources {
				if src.Origin == Suggested {
					want = append(want, src.Note)
				}
			}
		}
		var got []string
		for _, f := range CheckAnswers(cat(), a, short, checkDate) {
			if f.Rule == ruleSuggestion {
				got = append(got, f.Message)
			}
		}
		slices.Sort(want)
		slices.Sort(got)
		if len(want) == 0 || !slices.Equal(got, want) {
			t.Errorf("short=%v: reported %q, want %q", short, got, want)
		}
		plain := Check(cat(), out.Markdown, CheckOptions{Short: short, Now: checkDate})
		if n := len(rules(plain, Warning)); n == 0 || countRule(plain, ruleSuggestion) != len(want) {
			t.Errorf("short=%v: amjd check finds %d suggestions in the Markdown, want %d", short, countRule(plain, ruleSuggestion), len(want))
		}
	}
}

func countRule(fs []Finding, rule string) int {
	n := 0
	for _, f := range fs {
		if f.Rule == rule {
			n++
		}
	}
	return n
}
