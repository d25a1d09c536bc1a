package checker

import (
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// sectionOf is the section the checker read a line of text in.
func sectionOf(t *testing.T, text, want string) section {
	t.Helper()
	for _, l := range parseAs(text, FormatText).lines {
		if !l.heading && strings.Contains(l.text, want) {
			return l.sec
		}
	}
	t.Fatalf("no line holds %q", want)
	return ""
}

// "What You'll Do: Meet each client" opens a section on its own line; its
// section ends with the paragraph, so "Location: Bristol" says nothing of
// the paragraph after it.
func TestInlineLabelsOpenSections(t *testing.T) {
	text := "Account Manager\n\nLocation: Bristol\nSalary: £40,000\n\nYou look after 30 clients worth £2M.\n\n" +
		"What You'll Do: Meet each client every quarter.\nRenew agreements on time.\n\nRequired: Three years in account management.\nA driving licence.\n"
	for line, want := range map[string]section{
		"Meet each client": secDuties, "Renew agreements": secDuties, "Three years": secRequired,
		"A driving licence": secRequired, "£40,000": secPay, "30 clients": secIntro,
	} {
		if got := sectionOf(t, text, line); got != want {
			t.Errorf("%q read in section %s, want %s", line, got, want)
		}
	}
}

// "1. About us", "3. What you will do", "7. Requirements" number sections,
// not list items, once three of them name sections; "3.1" numbers an item.
func TestNumberedSectionsAndSubItems(t *testing.T) {
	text := "Account Manager\n\n1. About us\n\nWe print school photos.\n\n2. What you will do\n\n2.1 Meet each school.\n2.2 Renew agreements.\n\n" +
		"3. Requirements\n\n3.1 Two years in account management.\n"
	if got := sectionOf(t, text, "Meet each school"); got != secDuties {
		t.Errorf("a 2.1 item read in %s", got)
	}
	if got := sectionOf(t, text, "Two years"); got != secRequired {
		t.Errorf("a 3.1 item read in %s", got)
	}
	one := "Account Manager\n\n## Duties\n\n1. Client reporting\n2. Renew agreements.\n"
	if got := sectionOf(t, one, "Renew agreements"); got != secDuties {
		t.Errorf("one numbered item naming a section moved the list to %s", got)
	}
}

// A forwarded e-mail's "> " marks are not the text: headings under them are
// still headings.
func TestQuotedEmailIsRead(t *testing.T) {
	text := "Account Manager\n\n> Pay and benefits\n> £34,000 a year, a bonus of up to £3,000.\n>\n> Requirements\n> Two years with clients.\n"
	if got := sectionOf(t, text, "bonus of up to"); got != secPay {
		t.Errorf("the quoted pay line read in %s", got)
	}
}

// A real finance job is told as one, and is not asked for a book of
// business or told its finance duties are out of place.
func TestFinanceJobIsToldAsOne(t *testing.T) {
	text := "Glenmorven Distillers Ltd    Job Description\nAccounting Manager\n\nRun the month-end close, accruals and the general ledger.\n" +
		"Prepare the statutory accounts for the external auditors.\n"
	fs := Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate})
	f, ok := findRule(fs, "accounting-title")
	if !ok || f.Line != 2 || !strings.Contains(f.Message, "finance job") {
		t.Errorf("accounting-title = %+v, %v; want the finance job told on line 2", f, ok)
	}
	for _, rule := range []string{"no-book", "accounting-duties"} {
		if _, ok := findRule(fs, rule); ok {
			t.Errorf("%s fired on a finance job", rule)
		}
	}
}

// A megabyte of one phrase is told as 500 findings and one line saying how
// many more there are, not 100,000 findings.
func TestFindingsOfOneRuleAreCapped(t *testing.T) {
	text := "Account Manager\n\n" + strings.Repeat("He calls his clients.\n", 2000)
	n, more := 0, ""
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
		if f.Rule == "gendered-pronoun" {
			if f.Line > 0 {
				n++
			} else {
				more = f.Message
			}
		}
	}
	if n != perRule || !strings.HasPrefix(more, "3500 more findings") {
		t.Errorf("%d pronoun findings listed and %q; want %d and 3500 more", n, more, perRule)
	}
}

// Placeholders past the cap are counted, not collected: list words, merge
// fields and template fields alike, each line's first listed.
func TestPlaceholdersPastTheCapAreCounted(t *testing.T) {
	text := "Account Manager\n\n" + strings.Repeat("Contact [Name] at {{email}} by <<closing date>>.\n", 400)
	var lines []int
	more := ""
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
		if f.Rule == "placeholder" {
			if f.Line > 0 {
				lines = append(lines, f.Line)
			} else {
				more = f.Message
			}
		}
	}
	if len(lines) != perRule || lines[0] != 3 || !strings.HasPrefix(more, "700 more findings") {
		t.Errorf("%d placeholder findings listed from line %v and %q; want %d from line 3 and 700 more", len(lines), lines[:min(len(lines), 1)], more, perRule)
	}
}

// Several jobs in one names each family with its line, in line order.
func TestSeveralJobsNamesEachFamilysLine(t *testing.T) {
	text := "Account Manager\n\n## Responsibilities\n\n- Renew client contracts.\n- Chase invoices that are late.\n" +
		"- Answer the service line when it is busy.\n- Load trucks with the forklift.\n"
	f, ok := findRule(Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}), "several-jobs")
	want := `billing and collections ("Chase invoices", line 6), customer support ("Answer the service line", line 7) and dispatch and logistics`
	if !ok || !strings.Contains(f.Message, want) {
		t.Errorf("several-jobs = %q, want it to contain %q", f.Message, want)
	}
}

// Quotes or lists nested deeper than any posting are read line by line:
// a Markdown parser's time grows with depth times length.
func TestDeepNestingIsReadAsText(t *testing.T) {
	deepList := "# Account Manager\n\n"
	for i := range 40 {
		deepList += strings.Repeat("  ", i) + "- item\n"
	}
	for name, c := range map[string]struct {
		text string
		deep bool
	}{
		"quotes":      {"# Account Manager\n\n" + strings.Repeat(">", 100_000) + " text\n", true},
		"list dashes": {strings.Repeat("- ", 40) + "item\n", true},
		"indented":    {deepList, true},
		"a posting":   {"# Account Manager\n\n> A quote\n\n- one\n  - two\n    - three\n", false},
	} {
		if got := deeplyNested(c.text); got != c.deep {
			t.Errorf("%s: deeply nested %v, want %v", name, got, c.deep)
		}
	}
}

// Headings written as CamelCase hashtags and items opened by arrows are a
// posting's sections and lists; a hashtag in a sentence is neither.
func TestHashtagHeadingsAndArrowItems(t *testing.T) {
	d := parseAs("Account Manager\n\n#WhatYouNeed\n-> Two years with bakeries.\n=> A driver licence.\n→ Excel.\n\n#HowToApply\nEmail us. #hiring #NowHiring today\n", FormatText)
	seen := map[string]line{}
	for _, l := range d.lines {
		seen[l.text] = l
	}
	for _, h := range []string{"What You Need", "How To Apply"} {
		if !seen[h].heading {
			t.Errorf("%q is no heading: %v", h, keys(seen))
		}
	}
	for _, item := range []string{"Two years with bakeries.", "A driver licence.", "Excel."} {
		if l, ok := seen[item]; !ok || !l.bullet || l.sec != secRequired {
			t.Errorf("%q: %+v, want an item of the requirements", item, l)
		}
	}
	if l := seen["Email us. #hiring #NowHiring today"]; l.heading {
		t.Errorf("a sentence with hashtags read as a heading")
	}
}

// Headings in capitals in a left gutter, the text beside them and under
// them indented: each label heads its section, and a list that starts
// beside its label starts with an item.
func TestGutterLabels(t *testing.T) {
	text := "BROOK TILES LTD  ·  Ennis, Co. Clare\n\nAccount Manager\n\n" +
		"DAY TO DAY          - Visit the ten biggest accounts each quarter.\n                    - Renew supply terms each January.\n\n" +
		"HOW WE'LL JUDGE IT  - You keep at least 93% of last year's revenue.\n                    - You answer every buyer within one working day.\n\n" +
		"YOUR MANAGER        Fidelma Freyne, our Operations Manager.\n"
	d := parseDocument(text)
	want := map[string]section{"Visit the ten biggest accounts each quarter.": secDuties,
		"You keep at least 93% of last year's revenue.": secSuccess, "Fidelma Freyne, our Operations Manager.": secReport}
	for _, l := range d.lines {
		if sec, ok := want[l.text]; ok {
			if l.sec != sec || l.text[0] != 'F' && !l.bullet {
				t.Errorf("%q: section %s, bullet %v; want %s, an item", l.text, l.sec, l.bullet, sec)
			}
			delete(want, l.text)
		}
		if strings.HasPrefix(l.text, "·") {
			t.Errorf("%q: the company's facts line was split at its gutter", l.text)
		}
	}
	if len(want) > 0 {
		t.Errorf("not read as lines: %v", want)
	}
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
		if f.Rule == "no-reporting-line" || f.Rule == "no-metrics" {
			t.Errorf("%s: %s", f.Rule, f.Message)
		}
	}
}
