package posting

import (
	"strings"
	"testing"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/internal/modeltest"
)

// Job-ad research finds 400-700 words performs best for the full form, and
// 80-150 words for a job-board summary, at a reading grade a wide audience
// reads with ease. Every combination of the answers that change selection must
// land there with defaults for the rest.
func TestEveryCombinationStaysWithinRecommendedLengthAndGrade(t *testing.T) {
	t.Parallel() // every combination of the answers: the longest tests here
	if testing.Short() {
		t.Skip("the length and grade of every combination: skipped with -short")
	}
	c := content.Default()
	minFull, maxFull, minShort, maxShort, worstGrade := 1<<30, 0, 1<<30, 0, 0.0
	modeltest.Combinations(c, func(a answers.Answers) {
		p := Assemble(c, a)
		md := p.Markdown()
		full, short := base.WordCount(md), base.WordCount(p.ShortMarkdown())
		minFull, maxFull = min(minFull, full), max(maxFull, full)
		minShort, maxShort = min(minShort, short), max(maxShort, short)
		if full < 400 || full > 700 {
			t.Errorf("%+v: full posting has %d words, want 400-700", a, full)
		}
		if short < 80 || short > 150 {
			t.Errorf("%+v: short form has %d words, want 80-150", a, short)
		}
		if grade, _ := checker.ReadingGrade(md); grade > 10 {
			t.Errorf("%+v: reading grade %.1f, want at most 10", a, grade)
		} else {
			worstGrade = max(worstGrade, grade)
		}
	})
	t.Logf("full: %d-%d words; short: %d-%d words; highest reading grade %.1f", minFull, maxFull, minShort, maxShort, worstGrade)
}

// richAnswers is a manager who fills in most fields, briefly.
func richAnswers(variant, industry string) answers.Answers {
	return answers.Answers{Variant: variant, Industry: industry, Company: "Northwind", Title: "Account Manager",
		Complexity: answers.Complexity{"teams": "teams_several", "work": "work_custom", "contracts": "contracts_long"},
		Book:       answers.Book{Accounts: 30, Revenue: 4_000_000}, ReportsTo: "Head of Accounts",
		KPIs: []answers.KPIAnswer{{ID: "gross_retention", Target: "92%"}, {ID: "nrr", Target: "110%"},
			{ID: "csat_nps", Target: "NPS of 40"}, {Name: "Referrals", Target: "4 a year"}},
		Responsibilities: answers.ListEdit{Add: []string{"Run the spring client conference.", "Own the partner newsletter.",
			"Visit each client's head office once in the year, with a written agenda agreed beforehand.",
			"Write the monthly account health report for the leadership team, with the risks you see and the plan for each.",
			"Train new colleagues on our pricing rules, contract terms and the way we hand accounts over between teams."}},
		Skills:         answers.ListEdit{Add: []string{"Fluent Spanish.", "Patience with people who are new to software and need things explained more than once."}},
		Qualifications: answers.Qualifications{ExtraRequired: []string{"A driving licence."}, ExtraPreferred: []string{"Experience with public-sector buyers."}},
		Tools:          answers.Tools{Use: []string{"salesforce", "spreadsheets", "slack"}},
		Pay:            answers.Pay{Min: 60000, Max: 75000, Variable: "a bonus of up to 10%"},
		Benefits:       []string{"Health cover.", "25 days of paid vacation.", "A learning budget."},
		Location:       answers.Location{Place: "Denver, Colorado", Workplace: "hybrid", Travel: "occasional"},
		CareerPath:     "Most of our account managers lead a team within three years.",
		FirstDays:      "Meet every client.\nTake over the open renewals.\nAgree your targets with your manager.",
		About:          "Northwind makes tools for independent bike shops. We started in a garage in Boulder in 2009 and now serve more than 2,000 shops across North America, from single-store owners to regional chains, with software, parts and training.",
		HowToApply:     "Apply at northwind.example/jobs with your résumé.",
	}
}

// The richer the answers, the more amjd's generic lines give way: a manager
// who fills in most fields still gets a posting of at most 700 words, and the
// user's own lines are all kept.
func TestRichAnswersStayWithinTheLength(t *testing.T) {
	c := content.Default()
	longest := 0
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, ind := range c.Industries {
			a := richAnswers(v.ID, ind.ID)
			md := Assemble(c, a).Markdown()
			n := base.WordCount(md)
			longest = max(longest, n)
			if n > MaxWords {
				t.Errorf("%s/%s: %d words, want at most %d", v.ID, ind.ID, n, MaxWords)
			}
			for _, own := range []string{"Run the spring client conference.", "Fluent Spanish.", "A driving licence.", "Referrals: 4 a year.", "Take over the open renewals."} {
				if !strings.Contains(md, own) {
					t.Errorf("%s/%s: the user's %q was cut", v.ID, ind.ID, own)
				}
			}
		}
	}
	t.Logf("longest rich posting: %d words", longest)
}

// fit counts words without writing the Markdown; the count is the
// Markdown's.
func TestFitCountsTheMarkdownsWords(t *testing.T) {
	c := content.Default()
	for _, a := range []answers.Answers{{}, richAnswers("key_account_manager", "software"), {Variant: "accounts_manager", Mix: "blended"}} {
		p := Assemble(c, a)
		if got, want := p.as.wordsOf(p.Sections), base.WordCount(p.Markdown()); got != want {
			t.Errorf("%s: counted %d words, the Markdown has %d", a.Variant, got, want)
		}
	}
}
