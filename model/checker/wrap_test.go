package checker

import (
	"strings"
	"testing"
)

// A plain-text posting wrapped at 72 columns reads as sentences: a reporting
// line cut after "You" is still a reporting line, and a finding in a wrapped
// paragraph names the source line its phrase is on.
func TestWrappedSentencesReadWhole(t *testing.T) {
	text := "Account Manager, Retail\n\nThe Job\n" +
		"  You take charge of 85 independent gift shops that buy about $2.6\n" +
		"  million of cards from us each year, and you will stay with them. You\n" +
		"  report to Tomas Lindqvist, Director of Retail Accounts, and we want a\n" +
		"  rockstar ninja who is a real self-starter on a young and dynamic team.\n"
	fs := check(text)
	if _, ok := findRule(fs, "no-reporting-line"); ok {
		t.Errorf("a reporting line wrapped after \"You\" was not read: %v", rules(fs, Warning))
	}
	if f, _ := findRule(fs, "vague-phrase"); f.Line != 7 {
		t.Errorf("vague-phrase named line %d, want 7, the source line \"self-starter\" is on", f.Line)
	}
	d := parseAs(text, FormatText)
	for _, l := range d.lines {
		if strings.HasPrefix(l.text, "Account Manager") && strings.Contains(l.text, "The Job") {
			t.Errorf("the title joined the line after it: %q", l.text)
		}
	}
}

// Lines that end a sentence, short lines and list items are not joined.
func TestLinesThatEndStayApart(t *testing.T) {
	text := "Account Manager\n\nWhat you will do\n" +
		"- Meet each of your 40 clients every quarter to review their orders\n" +
		"- Renew every contract on time\n" +
		"Each of our clients is a school district with several campuses.\n" +
		"Our teams sit together in one office near the river.\n" +
		"Short line\nthen lower case\n"
	d := parseAs(text, FormatText)
	want := []string{"Meet each", "Renew every", "Each of our", "Our teams", "Short line", "then lower"}
	for _, w := range want {
		found := 0
		for _, l := range d.lines {
			if strings.HasPrefix(l.text, w) {
				found++
			}
		}
		if found != 1 {
			t.Errorf("%q does not start a line of its own", w)
		}
	}
}

// An HTML FAQ as a definition list: each <dt> question heads its answer.
func TestDefinitionListTermsAreHeadings(t *testing.T) {
	text := "<h1>Account Manager</h1>\n<dl>\n<dt>4. What does the work involve day to day?</dt>\n<dd>You review each brewery's contract.</dd>\n" +
		"<dt>7. What must applicants have?</dt>\n<dd>Three years of account management.</dd>\n" +
		"<dt>8. Anything else that helps?</dt>\n<dd>Spanish.</dd>\n</dl>\n"
	for line, want := range map[string]section{"You review": secDuties, "Three years": secRequired, "Spanish": secPrefer} {
		got := section("")
		for _, l := range parseAs(text, FormatHTML).lines {
			if strings.HasPrefix(l.text, line) {
				got = l.sec
			}
		}
		if got != want {
			t.Errorf("%q read in section %q, want %s", line, got, want)
		}
	}
}

// Metrics told as a paragraph of short sentences: one that only names its
// measure is flagged, the ones with targets are not.
func TestMetricsInProseWantTargets(t *testing.T) {
	text := "# Account Manager\n\n## How success is measured\n\nContract volume renewed at 95% or more. Brewer satisfaction. " +
		"Every complaint answered within one business day. Growth of 300,000 pounds a year.\n"
	f, ok := findRule(check(text), "kpi-not-sentence")
	if !ok || f.Phrase != "Brewer satisfaction" {
		t.Errorf("kpi-not-sentence = %+v, %v; want the finding on \"Brewer satisfaction\"", f, ok)
	}
	if _, ok := findRule(check(strings.Replace(text, "Brewer satisfaction.", "Brewer satisfaction of 4.5 out of 5.", 1)), "kpi-not-sentence"); ok {
		t.Error("a metric with its target was flagged")
	}
}

// A posting about "the selected applicant" is in the third person; one
// "Applicants must be eligible to work" among many "you" is not.
func TestThirdPersonInOtherWords(t *testing.T) {
	about := "# Account Manager\n\nThe selected applicant will manage 40 breweries. The Account Manager will hold reviews.\n"
	if _, ok := findRule(check(about), "voice"); !ok {
		t.Error("a posting written about the selected applicant got no voice finding")
	}
	to := "# Account Manager\n\nYou manage 40 breweries; you hold reviews, you renew your contracts and you grow your book.\n\n" +
		"Applicants must be eligible to work in the UK.\n"
	if f, ok := findRule(check(to), "voice"); ok {
		t.Errorf("a posting written to the reader got %q", f.Message)
	}
}

// A job board's headings once their markup is gone: a short line set apart
// by blank lines above a paragraph; an Org mode property is a field.
func TestSpacedHeadingsAndPropertyFields(t *testing.T) {
	text := "Account Manager\n\nAbout us\n\nWe keep bees in Marlborough and have done so for three generations of our family.\n\n" +
		"Your accounts\n\nYou look after 95 growers who spend about NZ$3.9 million a year with us on pollination contracts.\n" +
		"\n* Details\n  :REPORTS_TO: Danielle Fortier, Manager, Client Accounts\n"
	if got := sectionOf(t, text, "95 growers"); got == secAbout {
		t.Errorf("the book under \"Your accounts\" was read as the company's story")
	}
	if _, ok := findRule(check(text), "no-reporting-line"); ok {
		t.Error(":REPORTS_TO: was not read as a reporting line")
	}
	if _, ok := findRule(check(text), "no-book"); ok {
		t.Error("the book under a spaced heading was not read")
	}
}

// A word a PDF hyphenated at the end of a line is one word again.
func TestHyphenatedWordsJoin(t *testing.T) {
	text := "Account Manager\n\nWe design, install and maintain fire alarms, sprinkler sys-\ntems and emergency lighting for public buildings.\n"
	d := parseAs(text, FormatText)
	if !strings.Contains(d.body, "sprinkler systems and emergency") {
		t.Errorf("the hyphenated word was not joined:\n%s", d.body)
	}
}

// A mail sent format=flowed ends each line it wrapped with one space: the
// next line goes on with the sentence, capital or not.
func TestFlowedMailLinesJoin(t *testing.T) {
	text := "Account Manager\n\nYou'll look after our 40 clubs, and you'll report to our Commercial \nDirector, Aoife Ryan, every week.\n"
	d := parseDocument(text)
	found := false
	for _, l := range d.lines {
		found = found || strings.Contains(l.text, "our Commercial Director, Aoife Ryan")
	}
	if !found {
		t.Errorf("the flowed line was not joined: %v", d.lines)
	}
}
