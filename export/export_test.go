package export

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"

	"amjd/content"
	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/posting"
)

var posted = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// hostile answers put what a person might type, or paste, in every field
// that reaches the posting: markup, scripts, links where none belong.
func hostile() answers.Answers {
	s := `<script>alert("x")</script> **bold** [link](javascript:alert(1)) <b>b</b> &amp; _u_ \ # http://evil.example x@evil.example`
	return answers.Answers{
		Title: s, Company: s, ReportsTo: s, About: s + "\n\n" + s, Hours: s,
		HowToApply:       "Apply at https://jobs.example/apply or write to jobs@acme.example. [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
		KPIs:             []answers.KPIAnswer{{Name: s, Target: s}},
		Responsibilities: answers.ListEdit{Add: []string{s}},
		Skills:           answers.ListEdit{Add: []string{s}},
		Qualifications:   answers.Qualifications{ExtraRequired: []string{s}, ExtraPreferred: []string{s}},
		Tools:            answers.Tools{Add: []string{s}},
		Benefits:         []string{s},
		Pay:              answers.Pay{Min: 1, Max: 2, Variable: s},
		Location:         answers.Location{Place: s, Region: s},
		EqualOpportunity: answers.EqualOpportunity{Text: s},
	}
}

// Every format of every example is pinned by a golden file.
func TestEveryFormatOfEveryExample(t *testing.T) {
	for name, a := range exampletest.Answers(t) {
		for _, o := range []Options{
			{Format: Markdown}, {Format: Text}, {Format: HTML}, {Format: HTML, Standalone: true},
			{Format: JSONLD}, {Format: Text, Short: true}, {Format: HTML, Short: true},
		} {
			o.Posted = posted
			label := string(o.Format)
			if o.Standalone {
				label += "-page"
			}
			if o.Short {
				label += "-short"
			}
			t.Run(name+"/"+label, func(t *testing.T) {
				out, _, err := Posting(posting.Assemble(content.Default(), a), o)
				if err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, out)
			})
		}
	}
}

// The JSON-LD findings say what would mislead a job board: a closing date
// before the posting date, and amjd's suggestions left in the description.
func TestJobPostingFindingsCatchWhatMisleads(t *testing.T) {
	a := answers.Answers{Company: "Acme", ClosingDate: "2026-11-01"}
	_, fs, err := JobPostingData(posting.Assemble(content.Default(), a), posted)
	if err != nil {
		t.Fatal(err)
	}
	var closed, suggested bool
	for _, f := range fs {
		closed = closed || f.Severity == checker.Error && strings.Contains(f.Message, "before the posting date 2026-11-23")
		suggested = suggested || strings.Contains(f.Message, "still holds") && f.Step != ""
	}
	if !closed || !suggested {
		t.Errorf("closing date before posting: %v; suggestions left in: %v\n%+v", closed, suggested, fs)
	}
	a.ClosingDate = "2026-11-23" // closing on the day it is posted is allowed
	_, fs, _ = JobPostingData(posting.Assemble(content.Default(), a), posted)
	for _, f := range fs {
		if f.Severity == checker.Error {
			t.Errorf("a closing date on the posting day is an error: %s", f.Message)
		}
	}
}

// The page's <title> is plain text, and only web addresses become links.
func TestPageTitleIsPlainAndOnlyWebLinksAreLive(t *testing.T) {
	a := answers.Answers{Title: "*New* [remote] Q&A_x", HowToApply: "Write to ftp://files.example or visit https://jobs.example."}
	data, _, err := Posting(posting.Assemble(content.Default(), a), Options{Format: HTML, Standalone: true, Posted: posted})
	if err != nil {
		t.Fatal(err)
	}
	page := string(data)
	if !strings.Contains(page, "<title>*New* [remote] Q&amp;A_x</title>") {
		t.Errorf("title not plain:\n%.400s", page)
	}
	if strings.Contains(page, `href="ftp:`) || !strings.Contains(page, `href="https://jobs.example"`) {
		t.Errorf("links wrong:\n%s", page[strings.Index(page, "How to apply"):])
	}
}
