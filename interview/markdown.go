package interview

import (
	"strconv"
	"strings"
)

// md builds Markdown a block at a time, a blank line between blocks.
type md struct{ b strings.Builder }

func (m *md) block(lines ...string) {
	if m.b.Len() > 0 {
		m.b.WriteByte('\n')
	}
	for _, l := range lines {
		m.b.WriteString(l)
		m.b.WriteByte('\n')
	}
}

// bullets writes a list, with a bold label before it when there is one.
func (m *md) bullets(label string, items []string) {
	if len(items) == 0 {
		return
	}
	if label != "" {
		m.block("**" + label + "**")
	}
	lines := make([]string, len(items))
	for i, it := range items {
		lines[i] = "- " + it
	}
	m.block(lines...)
}

// labelled writes a paragraph that starts with a bold label.
func (m *md) labelled(label, text string) {
	if text != "" {
		m.block("**" + label + "** " + text)
	}
}

// Markdown writes the kit. The same kit always gives the same bytes.
func (k Kit) Markdown() string {
	m := &md{}
	m.b.Grow(12 << 10)
	m.block("# " + k.Title)
	if len(k.Facts) > 0 {
		m.block("*" + strings.Join(k.Facts, " · ") + "*")
	}
	for _, p := range k.Intro {
		m.block(p)
	}
	if len(k.NotAsked) > 0 {
		m.block("**Not asked:** the posting also asks for “" + strings.Join(k.NotAsked, "”, “") + "”. " +
			"That is about who a person is, not what they can do: no interview may test it, and the posting should not ask for it.")
	}
	k.writePlan(m)
	m.block("## " + k.headings.Competencies)
	for i, a := range k.Areas {
		k.writeArea(m, i+1, a)
	}
	k.writeScorecard(m)
	return m.b.String()
}

func (k Kit) writePlan(m *md) {
	h := k.headings
	m.block("## " + h.Plan)
	m.block(h.Stages)
	lines := make([]string, len(k.Stages))
	for i, s := range k.Stages {
		lines[i] = strconv.Itoa(i+1) + ". **" + s.Name + "** (" + s.Length + "), with " + s.Who + ". " + s.What
	}
	m.block(lines...)
	if k.Exercise.Name == "" {
		return
	}
	m.block("### " + h.Exercise)
	m.block(k.Exercise.Brief)
	m.bullets(h.Asks, k.Exercise.Asks)
	m.labelled(h.LookFor, k.Exercise.LookFor)
}

func (k Kit) writeArea(m *md, n int, a Area) {
	h := k.headings
	m.block("### " + strconv.Itoa(n) + ". " + a.Name)
	quotes := make([]string, len(a.Tests))
	for i, t := range a.Tests {
		quotes[i] = t.Quote
	}
	m.bullets(h.FromPosting, quotes)
	m.labelled(h.Behavioural, a.Behavioural)
	m.labelled(h.Situational, a.Situational)
	for _, p := range a.Probes {
		m.labelled(h.Probe, p)
	}
	m.labelled(h.Strong, a.Strong)
	m.bullets(h.Warnings, a.Warnings)
	if len(a.Anchors) > 0 {
		m.block("**" + h.Rating + "**")
		lines := make([]string, len(a.Anchors))
		for i, s := range a.Anchors {
			lines[i] = strconv.Itoa(i+1) + ". " + s
		}
		m.block(lines...)
	}
}

func (k Kit) writeScorecard(m *md) {
	s := k.Scorecard
	m.block("## " + k.headings.Scorecard)
	m.block(s.Intro)
	m.bullets("", s.Fields)
	row := func(cells []string) string { return "| " + strings.Join(cells, " | ") + " |" }
	rule := make([]string, len(s.Columns))
	blank := make([]string, len(s.Columns))
	for i := range rule {
		rule[i] = "---"
	}
	lines := []string{row(s.Columns), row(rule)}
	for _, r := range s.Rows {
		blank[0] = r
		lines = append(lines, row(blank))
	}
	m.block(lines...)
	m.block(s.Rule)
}
