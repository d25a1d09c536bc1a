package posting

import (
	"regexp"
	"strings"
	"testing"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// The rule the posting holds, over every combination of the answers that
// select lines, with the facts given and not: a line that states a fact
// about the employer from a default is marked as amjd's suggestion.
func TestNoLineStatesADefaultFactUnmarked(t *testing.T) {
	t.Parallel()
	c := modeltest.Cat()
	checked := 0
	modeltest.Combinations(c, func(a answers.Answers) {
		for _, given := range []bool{false, true} {
			if !given {
				a.Complexity = nil
			} else {
				a.Tools.Use, a.Location.Travel = []string{"hubspot"}, "rare"
			}
			for _, s := range Assemble(c, a).Sections {
				for _, l := range s.Lines() {
					checked++
					if len(l.Facts) > 0 && l.Source == Default && l.Origin != Suggested {
						t.Fatalf("%s/%s: %q states %v from a default, unmarked", a.Variant, a.Industry, l.Text, l.Facts)
					}
				}
			}
		}
	})
	t.Logf("%d lines checked", checked)
}

// What a candidate reads, whatever the catalog's tags say: with no tools,
// travel, career path or plan given, the posting names no tool (bar the
// neutral "such as"), no travel, no path and no plan.
func TestNothingGivenMeansNothingStated(t *testing.T) {
	t.Parallel()
	c := modeltest.Cat()
	// The products the tools pool names: its capitalised words, bar those
	// that are plain English at the start of a line.
	plain := map[string]bool{"A": true, "An": true, "Dashboards": true, "Booking": true, "Core": true, "CRM": true, "ERP": true}
	var names []string
	for _, it := range c.Tools {
		for _, w := range regexp.MustCompile(`\b[A-Z][A-Za-z0-9]*\b`).FindAllString(it.Text, -1) {
			if !plain[w] {
				names = append(names, regexp.QuoteMeta(w))
			}
		}
	}
	tool := regexp.MustCompile(`\b(?:` + strings.Join(names, "|") + `)\b`)
	modeltest.Combinations(c, func(a answers.Answers) {
		a.Complexity = nil
		md := Assemble(c, a).Markdown()
		for _, line := range strings.Split(md, "\n") {
			if m := tool.FindString(line); m != "" && !strings.Contains(line, "such as") {
				t.Fatalf("%s/%s: names the tool %q nobody gave: %q", a.Variant, a.Industry, m, line)
			}
		}
		for _, absent := range []string{"## Tools you will use", "You travel", "travel.", "## How you will grow", "## Your first 90 days"} {
			if strings.Contains(md, absent) {
				t.Fatalf("%s/%s/%s: states %q that nobody gave", a.Variant, a.Industry, a.Mix, absent)
			}
		}
	})
}

// Every catalog line that names a tool, a team or a cadence says so in its
// tags, so the rule above can hold it: a line added untagged fails here.
func TestCatalogLinesThatStateFactsAreTagged(t *testing.T) {
	c := content.Default()
	cadence := regexp.MustCompile(`(?i)\b(?:weekly|monthly|quarterly|yearly|annually|each (?:week|month|quarter|year)|every (?:week|month|quarter|year)|twice a)\b`)
	var toolNames []string
	for _, it := range c.Tools {
		if it.CRM != "" {
			toolNames = append(toolNames, regexp.QuoteMeta(it.CRM))
		}
	}
	tools := regexp.MustCompile(`\{crm\}|\b(?:` + strings.Join(toolNames, "|") + `)\b`)
	pools := map[string][]content.Item{"ownership": c.Ownership, "responsibilities": c.Responsibilities, "skills": c.Skills, "qualifications": c.Qualifications}
	for name, pool := range pools {
		for _, it := range pool {
			facts := c.ItemFacts(it)
			has := func(f string) bool {
				for _, x := range facts {
					if x == f {
						return true
					}
				}
				return false
			}
			if tools.MatchString(it.Text) && !has(content.FactTool) {
				t.Errorf("%s %s names a tool but asserts no tool: %q", name, it.ID, it.Text)
			}
			if strings.Contains(it.Text, "{team") && !has("teams") {
				t.Errorf("%s %s names the delivery teams but asserts no team set-up: %q", name, it.ID, it.Text)
			}
			if cadence.MatchString(it.Text) {
				t.Errorf("%s %s states a cadence, which no answer gives: %q", name, it.ID, it.Text)
			}
			if it.Neutral != "" && (tools.MatchString(it.Neutral) && !strings.Contains(it.Neutral, "such as") || cadence.MatchString(it.Neutral)) {
				t.Errorf("%s %s: its neutral form states a fact: %q", name, it.ID, it.Neutral)
			}
		}
	}
}

// A book the user gave is their line: it names no kind of client they did
// not give, where every variant's default would name one.
func TestAGivenBookNamesNoDefaultKindOfClient(t *testing.T) {
	t.Parallel()
	c := modeltest.Cat()
	for _, v := range c.Variants {
		if v.Refused || len(v.AccountTypes) == 0 {
			continue
		}
		a := answers.Answers{Variant: v.ID, Book: answers.Book{Accounts: 180, Revenue: 11000000}}
		md := Assemble(c, a).Markdown()
		for _, id := range v.AccountTypes {
			at, _ := c.AccountType(id)
			if at.Modifier != "" && strings.Contains(md, "180 "+at.Modifier) {
				t.Errorf("%s: the book says %q, a kind of client nobody gave", v.ID, "180 "+at.Modifier)
			}
		}
		a.AccountTypes = v.AccountTypes
		if at, _ := c.AccountType(v.AccountTypes[0]); len(v.AccountTypes) == 1 && at.Modifier != "" && !strings.Contains(Assemble(c, a).Markdown(), at.Modifier) {
			t.Errorf("%s: the kind of client given (%s) is not said", v.ID, at.Modifier)
		}
	}
}
