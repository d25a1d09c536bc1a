package importer

import (
	"amjd/model/base"
	"strings"

	"amjd/model/checker"
)

// label finds a value given as "Label: value" — a field of an ATS paste or
// a job board's block — or as a heading with the value on its first line.
func (d doc) label(names ...string) (string, int, bool) {
	for _, p := range d.Parts {
		for _, n := range names {
			// "Location" over one short line is its value too.
			if strings.EqualFold(strings.TrimSpace(p.Heading), n) && len(p.Lines) > 0 && (p.Lines[0].Line == p.Line ||
				p.Lines[0].Line == p.Line+1 && !p.Lines[0].Bullet && len(strings.Fields(p.Lines[0].Text)) <= 8) {
				return p.Lines[0].Text, p.Line, true
			}
		}
	}
	all := d.seq()
	for i, l := range all {
		for _, n := range names {
			// Workday's "locations" on one line, the value on the next; a
			// site's "Employers" link is no label.
			plural := strings.HasSuffix(strings.ToLower(n), "location") && strings.EqualFold(l.Text, n+"s")
			if i+1 < len(all) && (strings.EqualFold(l.Text, n) || plural) &&
				!all[i+1].Bullet && len(strings.Fields(all[i+1].Text)) <= 8 && !labelWord().MatchString(all[i+1].Text) {
				return all[i+1].Text, all[i+1].Line, true
			}
		}
	}
	lines := d.all()
	for i, p := range d.Parts {
		if strings.Contains(p.Heading, ": ") && (i < 3 || d.isForm() || strings.Contains(p.Heading, ":   ")) { // "Job type:          Part-time", a board's aligned field
			// "Location: Derby" alone under the title reads as a heading;
			// a board's fields further down are the board's.
			lines = append([]checker.TextLine{{Text: p.Heading, Line: p.Line}}, lines...)
		}
	}
	for _, l := range lines {
		head, value, ok := cutLabel(l.Text)
		if !ok || strings.TrimSpace(value) == "" {
			continue
		}
		head = strings.TrimSpace(strings.Trim(head, "*_ "))
		plain := strings.TrimSpace(labelAside.Get().ReplaceAllString(head, "")) // "Salary from (per year)"
		for _, n := range names {
			if strings.EqualFold(head, n) || strings.EqualFold(plain, n) {
				return strings.TrimSpace(strings.Trim(value, "*_ ")), l.Line, true
			}
		}
	}
	return "", 0, false
}

// cutLabel splits "Label: value", or a row of a table pasted from Word as
// "Label<tab>value".
func cutLabel(s string) (string, string, bool) {
	if head, value, ok := strings.Cut(s, ":"); ok && !strings.Contains(head, "\t") {
		return head, value, true
	}
	if cells := tabCells(s); len(cells) == 2 {
		return cells[0], cells[1], true
	}
	return "", "", false
}

// tabCells are the cells of a line of tab-separated text, or nil.
func tabCells(s string) []string {
	if !strings.Contains(s, "\t") {
		return nil
	}
	return base.Cells(strings.Split(s, "\t"))
}

// metaSep splits a line of facts under the title: "Acme · Austin, TX ·
// Full-time", "Acme | Leeds | Hybrid", "Acme – Mississauga, Ontario – hybrid",
// "Acme, LLC -- Paducah, KY".
var metaSep = base.LazyRegexp(`\s+[·|–—•]\s+|\s+--?\s+`)

// meta gives the segments of the line of facts just under the title, if
// there is one: a short line, split by "·", "|" or a dash.
func (d doc) meta() ([]string, int) {
	segs, line := d.metaLine()
	if t := metaSep().Split(d.Title, -1); len(t) > 1 {
		segs = append(segs, t[1:]...) // "ACCOUNTING MANAGER | Mississauga, ON | $95K-$110K"
		line = max(line, d.TitleLine)
	}
	for i := range segs {
		segs[i] = strings.TrimSpace(strings.Trim(segs[i], "*_ "))
	}
	return segs, line
}

// underTitle is the first part after the title: a web page's menus and
// facts panel may come before it.
func (d doc) underTitle() (checker.Part, bool) {
	for _, p := range d.Parts {
		if p.Line > d.TitleLine || p.Heading == "" && len(p.Lines) > 0 && p.Lines[0].Line >= d.TitleLine {
			return p, true
		}
	}
	return checker.Part{}, false
}

// metaLine gives the segments of the line just under the title.
func (d doc) metaLine() ([]string, int) {
	var segs []string
	line := 0
	var l checker.TextLine
	if !roleName().MatchString(d.Title) {
		// Chrome before the job ("Messaging", a sender's name, "View this
		// e-mail in your browser"): the facts are on the line naming the
		// job ("KAM – Pharma | Fenland | Cambridge") or the line after it.
		seq := d.seq()
		for i := 0; i < len(seq) && i < 40; i++ {
			if !roleName().MatchString(seq[i].Text) || len(strings.Fields(seq[i].Text)) > 20 {
				continue
			}
			if s := strings.Split(seq[i].Text, " | "); len(s) >= 3 {
				return s[1:], seq[i].Line
			}
			if i+1 < len(seq) {
				l = seq[i+1]
			}
			break
		}
	} else if next, ok := d.lineAfterTitle(); ok && factSegments(next.Text) {
		l = next // the title a line of a part, as a note or a chat holds it
	} else if p, ok := d.underTitle(); ok {
		switch {
		case p.Heading != "" && metaSep().MatchString(p.Heading):
			l = checker.TextLine{Text: p.Heading, Line: p.Line} // "**Acme Ltd – Leeds**" read as a heading
		case p.Heading == "" && len(p.Lines) > 0:
			l = p.Lines[0]
			for _, x := range p.Lines[1:min(len(p.Lines), 3)] {
				employer := factSegments(l.Text) && companyWord().MatchString(strings.Trim(metaSep().Split(l.Text, 2)[0], "*_ "))
				if !factsLine(l.Text) && !employer && factsLine(strings.Trim(x.Text, "*_ ")) {
					l = x // a note's draft remark above the facts, not the employer's line above the contract's
				}
			}
		}
	}
	// A field ("Location: Cardiff – hybrid") is no line of facts.
	if factSegments(l.Text) {
		segs, line = append(segs, metaSep().Split(strings.Trim(l.Text, "*_ "), -1)...), l.Line
	}
	for i := range segs {
		segs[i] = strings.TrimSpace(strings.Trim(segs[i], "*_ "))
	}
	return segs, line
}

// lineAfterTitle is the line after the title's own line, when the title
// is a line of the text rather than the document's first heading.
func (d doc) lineAfterTitle() (checker.TextLine, bool) {
	seq := d.seq()
	for i, l := range seq[:max(len(seq)-1, 0)] {
		if l.Line == d.TitleLine && strings.Contains(l.Text, d.Title) {
			return seq[i+1], true
		}
	}
	return checker.TextLine{}, false
}

// factSegments reports a short line split into facts by "·", "|" or a
// dash: "Kincraig Saleyards Pty Ltd · Naracoorte, South Australia".
func factSegments(t string) bool {
	return len(metaSep().Split(strings.Trim(t, "*_ "), -1)) >= 2 && len(strings.Fields(t)) <= 20 &&
		!strings.HasSuffix(strings.TrimSpace(t), ".") && !labelLine().MatchString(t)
}

// sentences splits text into sentences at ". ", "! " and "? ".
func sentences(s string) []string {
	var out []string
	start := 0
	for i := 0; i+1 < len(s); i++ {
		if strings.ContainsRune(".!?", rune(s[i])) && s[i+1] == ' ' && i > 0 && !isAbbrev(s[:i]) {
			out = append(out, strings.TrimSpace(s[start:i+1]))
			start = i + 2
		}
	}
	if rest := strings.TrimSpace(s[start:]); rest != "" {
		out = append(out, rest)
	}
	return out
}

// isAbbrev reports whether text ends in an abbreviation, not a sentence.
func isAbbrev(s string) bool {
	for _, a := range []string{"e.g", "i.e", "etc", "Inc", "Ltd", "Co", "St", "Mr", "Ms", "Dr", "approx", "vs", "a.m", "p.m", "Ste", "Mt", "Ft"} {
		if strings.HasSuffix(s, " "+a) || s == a || strings.HasSuffix(s, "("+a) {
			return true
		}
	}
	return false
}

// texts gives the text of lines.
func texts(ls []checker.TextLine) []string {
	out := make([]string, 0, len(ls))
	for _, l := range ls {
		out = append(out, l.Text)
	}
	return out
}

// labelWord ends a field's label, not a value: Gumtree's "Advertised By"
// over "Employer" makes "Employer" a value, and "Salary Type" under it the
// next label.
var labelWord = base.LazyRegexp(`(?i)^[\w ]{0,20}\b(?:type|amount|date|listed|edited|by|id|category|level|details|description|summary|information|overview)$`)

// labelAside is a label's note in brackets at its end: "(per year)",
// "(GBP)", "(required)".
var labelAside = base.Regexp{Expr: `\s*\([^()]{1,30}\)\s*$`}

// isForm reports a document made of labelled fields: four or more "Label:
// value" lines set apart as headings. A form's fields are the posting's,
// wherever they stand.
func (d doc) isForm() bool {
	n := 0
	for _, p := range d.Parts {
		if strings.Contains(p.Heading, ": ") {
			n++
		}
	}
	return n >= 4
}
