// Package interview writes the interview kit for a posting: the areas to
// test, chosen so that every KPI and every required line of the posting is
// tested by one, with questions built on the role's own facts, rating
// anchors, a plan of stages with a work sample, and a scorecard. It is pure:
// the same answers give the same bytes, with no I/O.
package interview

import (
	"strings"

	"amjd/content"
	"amjd/model/checker"
	"amjd/model/posting"
)

// Kit is the interview kit for one posting. Its text is Markdown-ready: the
// user's words in it are escaped.
type Kit struct {
	Title    string // the heading, "Interview kit: …"
	Language string
	Facts    []string // the line under the title
	Intro    []string
	Stages   []Stage
	Exercise Exercise
	Areas    []Area
	// Scorecard sentences and columns.
	Scorecard Scorecard
	// NotAsked are the user's own lines that ask about who a person is
	// (age, family, health, religion, origin): no interview may test them.
	NotAsked []string
	// headings are the kit's headings and labels, filled.
	headings content.InterviewHeadings
}

// Area is one competency the interviews test, with the posting lines it tests.
type Area struct {
	ID          string
	Name        string
	Tests       []Tested
	Behavioural string
	Situational string
	// Probes ask about posting lines the two questions do not reach: the
	// user's own lines, and lines beyond what the kit's areas cover.
	Probes   []string
	Strong   string
	Warnings []string
	Anchors  []string
}

// Tested is a line of the posting an area tests.
type Tested struct {
	KPI bool // a line of "What success looks like"
	// Duty marks a line of "Responsibilities", cited by an area that tests
	// no KPI or required line; else it is a required line.
	Duty  bool
	Line  posting.FactLine
	Quote string // how the kit cites it
}

// Stage is one step of the interview plan.
type Stage struct {
	Name, Length, Who, What string
}

// Exercise is the work sample.
type Exercise struct {
	Name, Brief, Time, LookFor string
	Asks                       []string
}

// Scorecard is the form to fill in per candidate.
type Scorecard struct {
	Intro   string
	Fields  []string
	Columns []string
	Rows    []string
	Rule    string
}

// The kit's size: enough areas to test the posting, few
// enough for one structured interview.
const (
	MinAreas = 5
	MaxAreas = 7
)

// New writes the kit for a posting.
func New(p posting.Posting) Kit {
	c := p.Catalog()
	f := p.InterviewFacts()
	var notAsked []string
	f.KPIs, notAsked = withoutPersonal(c, f.KPIs, notAsked)
	f.Required, notAsked = withoutPersonal(c, f.Required, notAsked)
	w := newWriter(c, f)
	k := Kit{Language: f.Language, Facts: w.factsLine(), NotAsked: notAsked}
	k.Intro = []string{w.fill(c.Interview.Phrases.Intro), w.fill(c.Interview.Phrases.Fairness)}
	if v, ok := c.Variant(f.Selection.Variant); ok && v.Years <= 1 { // an early-career role
		k.Intro = append(k.Intro, w.fill(c.Interview.Phrases.EarlyCareer))
	}
	k.Areas = w.areas(choose(c.Interview.Competencies, f, c.Phrases.Headings))
	k.Exercise = w.exercise()
	k.headings = w.headings(k.Exercise)
	k.Title = k.headings.Title
	k.Stages = w.stages(k.Exercise)
	k.Scorecard = w.scorecard(k)
	return k
}

// withoutPersonal takes out the user's own lines that ask about who a
// person is, adding their text to out. amjd's own lines never do.
func withoutPersonal(c *content.Catalog, lines []posting.FactLine, out []string) ([]posting.FactLine, []string) {
	kept := lines[:0:0]
	for _, l := range lines {
		if l.ID == "" && checker.AsksAboutThePerson(c, l.Text) {
			out = append(out, strings.TrimRight(l.Text, ". "))
			continue
		}
		kept = append(kept, l)
	}
	return kept, out
}

// plainCell keeps a table cell one cell: a pipe would start another.
func plainCell(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
