package importer

import (
	"strings"

	"amjd/model/checker"
)

// A page that holds a posting often holds notes above it: a note app's
// page title, an owner and a status, internal remarks on the budget, a
// forwarded e-mail's chatter. The posting starts at its own title, a line
// naming the role with the line of facts under it ("Accounting Manager",
// then "High Crag Climbing Ltd · Keswick, Cumbria (hybrid) · Full time").

// withoutPreamble starts the document at the posting's own title when a
// role's name over a line of facts comes after the page's title: the notes
// above it, a list or sentences, are left out; its fields ("Closing date
// 3 Oct"), a board's name for the employer and a page's chrome stay for
// what reads them.
func (d doc) withoutPreamble() doc {
	seq := d.seq()
	at := -1
	for i := 0; i+1 < len(seq); i++ {
		l := seq[i]
		if !roleName().MatchString(l.Text) || len(strings.Fields(l.Text)) > 12 || endsSentence(l.Text) || !factsUnder(seq[i+1].Text) {
			continue
		}
		if i > 0 && factsUnder(seq[i-1].Text) || i+3 < len(seq) && factsUnder(seq[i+3].Text) {
			continue // one of a list of jobs, each over its facts: "Similar jobs", "More jobs at …"
		}
		if at >= 0 || i >= 80 {
			return d // a board's list of jobs, each over its facts: no one posting starts here
		}
		at = i
	}
	if at < 0 || seq[at].Line <= d.TitleLine {
		return d // the page's title is the posting's
	}
	start := seq[at]
	d.Title, d.TitleLine = strings.Trim(start.Text, "*_# "), start.Line
	parts := make([]checker.Part, 0, len(d.Parts))
	for _, p := range d.Parts {
		var keep []checker.TextLine
		for _, x := range p.Lines {
			if x.Line >= start.Line || !x.Bullet && !endsSentence(x.Text) || labelLine().MatchString(x.Text) || strings.Contains(x.Text, "\t") {
				keep = append(keep, x)
			}
		}
		if p.Line < start.Line && p.Heading != "" && len(keep) == 0 {
			continue
		}
		p.Lines = keep
		parts = append(parts, p)
	}
	d.Parts = parts
	return d
}

// factsUnder is a line of three facts or more under a title: "Acme Ltd ·
// Leeds · Full-time", "Acme, LLC -- Paducah, KY -- Full time".
func factsUnder(t string) bool {
	t = strings.Trim(t, "*_ ")
	return len(metaSep().Split(t, -1)) >= 3 && len(strings.Fields(t)) <= 20 && !strings.HasSuffix(t, ".")
}
