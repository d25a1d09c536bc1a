// Package preview is the wizard's live preview of the posting: a glamour
// render kept off the input path (renders run in commands, one at a time,
// with a small cache), shown in a pane that scrolls, and the place in the
// posting it brings into view: where the question being answered writes
// (a probe, before any change) or what it just changed (two postings
// compared). Comparing two postings is a few dozen strings, cheap enough for
// Update; a probe assembles postings and runs in a command.
package preview

import (
	"slices"
	"strings"
	"unicode"

	"amjd/model/posting"
)

// Spot is a place in a posting: its top (the title and the line of facts
// under it), or a section's heading and, under it, words of one of its lines.
type Spot struct {
	Top     bool
	Heading string
	Near    string // words of the line as the preview shows them (no Markdown escapes)
}

// Found reports whether s is a place at all.
func (s Spot) Found() bool { return s.Top || s.Heading != "" }

// difference is where one form of a posting first differs from another:
// the title, or section i (a section that came, went or changed its
// heading, or lost lines, when line is -1), or line j of section i.
type difference struct {
	found, title bool
	section      int
	line         int
}

// firstDifference compares two postings in the form shown (full or short).
func firstDifference(prev, cur posting.Posting, short bool) difference {
	if prev.Title != cur.Title {
		return difference{found: true, title: true}
	}
	ps, cs := formOf(prev, short), formOf(cur, short)
	for i := range max(len(ps), len(cs)) {
		if i >= len(ps) || i >= len(cs) || ps[i].ID != cs[i].ID || ps[i].Heading != cs[i].Heading {
			return difference{found: true, section: i, line: -1}
		}
		ol, nl := ps[i].Lines(), cs[i].Lines()
		for j := range max(len(ol), len(nl)) {
			switch {
			case j >= len(nl):
				return difference{found: true, section: i, line: -1}
			case j >= len(ol) || ol[j].Text != nl[j].Text:
				return difference{found: true, section: i, line: j}
			}
		}
	}
	return difference{}
}

func formOf(p posting.Posting, short bool) []posting.Section {
	if short {
		return p.Short
	}
	return p.Sections
}

// Changed is where cur first reads differently from prev, in the form
// shown: the words of the line from where it changed, so that what was
// typed is in view however long the line; none when they read the same.
func Changed(prev, cur posting.Posting, short bool) Spot {
	d := firstDifference(prev, cur, short)
	ss := formOf(cur, short)
	switch {
	case !d.found:
		return Spot{}
	case d.title || len(ss) == 0:
		return Spot{Top: true}
	case d.section >= len(ss): // the last section went: the end is where it was
		return in(ss[len(ss)-1], "")
	case d.line < 0:
		return in(ss[d.section], "")
	}
	old := ""
	if ol := formOf(prev, short)[d.section].Lines(); d.line < len(ol) {
		old = ol[d.line].Text
	}
	return in(ss[d.section], nearChange(plain(ss[d.section].Lines()[d.line].Text), plain(old)))
}

// placeOf is where in p a change to trial (first differing at d) takes
// place, for a change p does not have: the line it changes or the one it
// follows; for a section that would come, the end of the one before it.
func placeOf(p, trial posting.Posting, short bool, d difference) Spot {
	ss, ts := formOf(p, short), formOf(trial, short)
	switch {
	case d.title || len(ss) == 0:
		return Spot{Top: true}
	case d.section >= len(ss):
		return atLast(ss[len(ss)-1])
	case d.line < 0 && d.section < len(ts) && !slices.ContainsFunc(ss, func(s posting.Section) bool { return s.ID == ts[d.section].ID }):
		if d.section == 0 {
			return Spot{Top: true}
		}
		return atLast(ss[d.section-1])
	}
	s := ss[d.section]
	switch lines := s.Lines(); {
	case d.line < 0 || len(lines) == 0:
		return in(s, "")
	case d.line >= len(lines): // a line added at the end: after the last
		return atLast(s)
	default:
		return in(s, lineStart(plain(lines[d.line].Text)))
	}
}

// First is the first line step writes in p, for a field whose probe
// changed nothing (a web address only job boards read).
func First(p posting.Posting, short bool, step string) Spot {
	for _, s := range formOf(p, short) {
		for _, l := range s.Lines() {
			if l.Step == step {
				return in(s, lineStart(plain(l.Text)))
			}
		}
	}
	return Spot{}
}

func atLast(s posting.Section) Spot {
	lines := s.Lines()
	if len(lines) == 0 {
		return in(s, "")
	}
	return in(s, lineStart(plain(lines[len(lines)-1].Text)))
}

// in is a spot in s: the opening section, which has no heading, is the top.
func in(s posting.Section, near string) Spot {
	if s.Heading == "" {
		return Spot{Top: true}
	}
	return Spot{Heading: s.Heading, Near: near}
}

// plain is a posting line as the preview shows it: without the backslashes
// that escape Markdown.
func plain(md string) string {
	if !strings.Contains(md, `\`) {
		return md
	}
	var b strings.Builder
	rs := []rune(md)
	for i := 0; i < len(rs); i++ {
		if rs[i] == '\\' && i+1 < len(rs) && rs[i+1] < 0x80 && (unicode.IsPunct(rs[i+1]) || unicode.IsSymbol(rs[i+1])) {
			i++
		}
		b.WriteRune(rs[i])
	}
	return b.String()
}

// nearWords is how many words a spot keeps: enough to find them again in
// the rendered preview, few enough to sit near where they start.
const nearWords = 4

func lineStart(text string) string {
	words := strings.Fields(text)
	return strings.Join(words[:min(nearWords, len(words))], " ")
}

// nearChange is the words of text from where it first differs from old:
// the word the change is in, and the one before to read it in.
func nearChange(text, old string) string {
	i := 0
	for i < len(text) && i < len(old) && text[i] == old[i] {
		i++
	}
	start := strings.LastIndexFunc(text[:i], unicode.IsSpace) + 1
	if before := strings.TrimRightFunc(text[:start], unicode.IsSpace); before != "" {
		start = strings.LastIndexFunc(before, unicode.IsSpace) + 1
	}
	return lineStart(text[start:])
}
