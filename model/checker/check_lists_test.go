package checker

import (
	"amjd/content"
	"amjd/model/internal/modeltest"
	"slices"

	"strings"
	"testing"
	"time"
)

// Each entry of the word lists and each law is used: planting it in a clean
// posting (or placing the posting there) makes its rule fire.
func TestEveryListEntryIsUsedByARule(t *testing.T) {
	clean := cleanPosting(t)
	plant := func(s string) string {
		return strings.Replace(clean, "## Responsibilities\n", "## Responsibilities\n\n- "+s+" is part of it.\n", 1)
	}
	ck := modeltest.Cat().Checks
	expect := func(list, entry, rule string, text string) {
		t.Helper()
		fs := Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate, Location: "Chicago, Illinois"})
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
		w = strings.ReplaceAll(w, " ~ ", " big ") // the gap, with a word in it
		return strings.TrimSuffix(w, "*") + map[bool]string{true: "ing", false: ""}[strings.HasSuffix(w, "*")]
	}
	for _, w := range ck.Gender.Masculine {
		words := strings.Repeat(sample(w)+" ", 12)
		expect("masculine", w, "gender-coded", plant(words))
		if f, _ := findRule(Check(modeltest.Cat(), plant(words), CheckOptions{Now: modeltest.CheckDate}), "gender-coded"); !strings.Contains(f.Message, "Strongly masculine-coded") || f.Severity != Warning {
			t.Errorf("masculine %q: %s", w, f.Message)
		}
	}
	for _, w := range ck.Gender.Feminine {
		f, _ := findRule(Check(modeltest.Cat(), plant(strings.Repeat(sample(w)+" ", 14)), CheckOptions{Now: modeltest.CheckDate}), "gender-coded")
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
		// Told above the duties, each entry discloses the sales work.
		text := strings.Replace(plant("Prospecting"), "## About the role\n", "## About the role\n\nThis job has a "+sample(w)+" part.\n", 1)
		if _, ok := findRule(check(text), "hidden-sales"); ok {
			t.Errorf("sales_disclosure %q does not count as a disclosure", w)
		}
		// A quota told only among the duties is the hidden duty itself.
		inDuties := plant("Prospecting " + sample(w))
		if _, ok := findRule(check(inDuties), "hidden-sales"); ok != strings.Contains(w, "quota") {
			t.Errorf("sales_disclosure %q among the duties: hidden-sales fired %v", w, ok)
		}
	}
	for _, w := range ck.Accounting {
		duty := sample(w)
		if w == "reconcile*" {
			duty += " the bank statements" // the verb reconciles money, or no finance work
		}
		expect("accounting", w, "accounting-duties", plant(duty))
	}
	for _, w := range ck.AccountManagement {
		text := "# Accounting Manager\n\n" + strings.Repeat(sample(w)+" work. ", 3) + "\n"
		expect("account_management", w, "accounting-title", text)
	}
	req := func(s string) string {
		// Two soft lines of four: not more than half, so rigour decides.
		return "# Account Manager\n\n## Requirements\n\n- Friendly.\n- Passionate.\n- " + s + "\n- " + s + " each week.\n"
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
		if _, ok := findRule(check(bare+"- We look at "+sample(w)+" each quarter, with a target of 90%.\n"), "no-metrics"); ok {
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
		// Twice: once, among "you", is a slip (see TestOneThirdPersonSlip).
		expect("third_person", w, "voice", plant(w+" thrives. Then "+w+" stays"))
	}
	for _, law := range modeltest.Cat().PayLaws.Laws {
		if _, err := time.Parse("2006-01-02", law.Effective); err != nil {
			t.Errorf("law %s: effective date %q: %v", law.ID, law.Effective, err)
		}
		for _, place := range law.Places {
			where := lawPlaceText(place)
			fs := Check(modeltest.Cat(), "# Account Manager\n\nNo pay given.\n", CheckOptions{Now: modeltest.CheckDate, Location: where})
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
	if modeltest.Cat().PayLaws.AsOf == "" {
		t.Error("the pay law table has no as-of date")
	}
}

// lawPlaceText names a law's place the way a posting would.
func lawPlaceText(lp content.LawPlace) string {
	c := modeltest.Cat()
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

// Requirements about who a person is are errors; the same words about the
// job's clients are not.
func TestProtectedCharacteristicsAreErrors(t *testing.T) {
	text := "# AM\n\n## What you bring\n\n- No young children at home.\n- Christian values.\n- UK-born.\n- Clean bill of health.\n- Experience with church and charity clients.\n"
	var flagged []string
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
		if f.Rule == "protected-characteristic" {
			if f.Severity != Error {
				t.Errorf("%q is not an error", f.Phrase)
			}
			flagged = append(flagged, strings.ToLower(f.Phrase))
		}
	}
	if want := []string{"no young children", "christian values", "uk-born", "clean bill of health"}; strings.Join(flagged, "|") != strings.Join(want, "|") {
		t.Errorf("flagged %q, want %q", flagged, want)
	}
}

// An equal-opportunity statement names the characteristics it does not
// judge on: that is no requirement about who a person is.
func TestEqualOpportunityStatementIsNotAProtectedCharacteristic(t *testing.T) {
	statement := "## Equal opportunity\n\nWe welcome applications from everyone, whatever their race, sex, age, disability, marital status or religion.\n"
	for _, f := range Check(modeltest.Cat(), statement, CheckOptions{Now: modeltest.CheckDate}) {
		if f.Rule == "protected-characteristic" || f.Rule == "age-bias" {
			t.Errorf("the statement is flagged: %s", f.Message)
		}
	}
	asks := "## Requirements\n\n- Marital status: married preferred.\n"
	if !slices.ContainsFunc(Check(modeltest.Cat(), asks, CheckOptions{Now: modeltest.CheckDate}), func(f Finding) bool { return f.Rule == "protected-characteristic" }) {
		t.Error("a requirement on marital status is not flagged")
	}
}
