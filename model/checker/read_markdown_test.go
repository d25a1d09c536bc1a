package checker

import (
	"amjd/model/internal/modeltest"
	"slices"
	"strings"
	"testing"
)

// A list item wrapped over indented lines is one item, however short its
// first line is once its markup is read away; an autolink stays where the
// source has it.
func TestMarkdownItemsGoOnOverIndentedLines(t *testing.T) {
	src := "# Accounts Manager\n\n## Requirements\n\n" +
		"2.  At least 4 years' post-qualification experience, including leading a\n    small team\n" +
		"-   [£52,000--£60,000]{.deletion author=\"M\"}\n    [£58,000--£66,000]{.insertion author=\"M\"} per\n    annum\n" +
		"- Lead renewals\nBenefits\n\n" +
		"Send your CV and a covering letter to Morag Fraser, People Manager, at\n<careers@example.com>, quoting NGD-03.\n"
	var got []string
	for _, l := range parseAs(src, FormatMarkdown).lines {
		got = append(got, l.text)
	}
	for _, want := range []string{
		"At least 4 years' post-qualification experience, including leading a small team",
		"£58,000--£66,000 per annum",
		"Lead renewals", // a line that is not indented is no part of the item
		"Send your CV and a covering letter to Morag Fraser, People Manager, at careers@example.com, quoting NGD-03.",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no line %q in %q", want, got)
		}
	}
}

// "(1) About us" numbers a section as "1." does, and "(a)" marks an item.
func TestParenthesisedNumbersAndLetters(t *testing.T) {
	src := "ACME LTD\n\n(1) About us\n\nWe make boxes.\n\n(2) What you'll do\n\n(a) Renew every contract.\n(b) Meet each client monthly.\n\n(3) What you'll need\n\n(a) Three years with clients.\n"
	d := parseAs(src, FormatText)
	var headings, items []string
	for _, l := range d.lines {
		switch {
		case l.heading:
			headings = append(headings, l.text)
		case l.bullet:
			items = append(items, l.text)
		}
	}
	for _, want := range []string{"About us", "What you'll do", "What you'll need"} {
		if !slices.Contains(headings, want) {
			t.Errorf("no heading %q in %q", want, headings)
		}
	}
	if want := []string{"Renew every contract.", "Meet each client monthly.", "Three years with clients."}; !slices.Equal(items, want) {
		t.Errorf("items %q, want %q", items, want)
	}
}

// A breadcrumb of pages over a record is never its title; a title parted
// by "|" is.
func TestABreadcrumbIsNotTheTitle(t *testing.T) {
	for src, want := range map[string]string{
		"Hiring 2027 › Job postings › Grid view\nAccounting Manager – Airline Accounts\n\nJob title\nAccounting Manager – Airline Accounts\n": "Accounting Manager – Airline Accounts",
		"Account Manager | Acme | Leeds\n\nYou look after 40 clients.\n":                                                                      "Account Manager | Acme | Leeds",
	} {
		if got := parseAs(src, FormatText).title; got != want {
			t.Errorf("title %q, want %q", got, want)
		}
	}
	fs := Check(modeltest.Cat(), "Hiring 2027 › Job postings › Grid view\nAccounting Manager – Airline Accounts\n\nJob title\nAccounting Manager – Airline Accounts\n\nYou look after our airline clients, renew their contracts and keep each customer relationship strong.\n", CheckOptions{})
	if f, ok := findRule(fs, "accounting-title"); !ok || f.Line != 2 {
		t.Errorf("accounting-title at line %d (found %v), want the title's line 2", f.Line, ok)
	}
}

// A board's page around a posting, as Greenhouse's text copy gives it: the
// link back and the logo are not read, a place's pay range is a heading,
// and the range under it is not.
func TestABoardPageAroundThePosting(t *testing.T) {
	src := "Back to jobs\nAcme Benefit Services logo\nAccount Manager, Employer Benefits\nSt. Paul, MN (Hybrid)\n\nYou look after 55 clients.\n\nSt. Paul, MN Pay Range\n$74,000—$88,000 USD\n"
	d := parseAs(src, FormatText)
	if d.title != "Account Manager, Employer Benefits" {
		t.Errorf("title %q", d.title)
	}
	for _, l := range d.lines {
		switch l.text {
		case "Back to jobs", "Acme Benefit Services logo":
			t.Errorf("%q is read", l.text)
		case "St. Paul, MN Pay Range":
			if !l.heading || l.sec != secPay {
				t.Errorf("%q: heading %v, section %s", l.text, l.heading, l.sec)
			}
		case "$74,000—$88,000 USD":
			if l.heading || l.sec != secPay {
				t.Errorf("%q: heading %v, section %s", l.text, l.heading, l.sec)
			}
		}
	}
}

// A definition list is a term a line, its definition after it, told at the
// definition's line.
func TestDefinitionListsReadAsLabelledLines(t *testing.T) {
	src := "# Account Manager\n\n## How we'll measure success\n\nContract renewals\n: 85% of expiring contracts renewed\n\nCustomer satisfaction\n: 8.5/10 or better\n"
	d := parseAs(src, FormatMarkdown)
	want := map[string]int{"Contract renewals: 85% of expiring contracts renewed": 6, "Customer satisfaction: 8.5/10 or better": 9}
	for _, l := range d.lines {
		if n, ok := want[l.text]; ok {
			if l.src != n || l.sec != secSuccess {
				t.Errorf("%q at line %d in %s, want line %d in %s", l.text, l.src, l.sec, n, secSuccess)
			}
			delete(want, l.text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read: %v", want)
	}
}

// Word's Wingdings bullets pasted as text ("Ø", "§", "ü" and a tab or two
// spaces) mark items.
func TestWingdingsBulletsMarkItems(t *testing.T) {
	d := parseAs("ACME\n\nPerformance Measures\n\nØ  At least 95% of contracts renewed.\n§\tEvery dome filled by November 15.\nü  Complaints answered within a day.\n", FormatText)
	items := 0
	for _, l := range d.lines {
		if l.bullet {
			items++
			if strings.ContainsAny(l.text[:1], "Ø§ü") {
				t.Errorf("mark left in %q", l.text)
			}
		}
	}
	if items != 3 {
		t.Errorf("%d items, want 3", items)
	}
}
