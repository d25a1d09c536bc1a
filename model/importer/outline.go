package importer

import (
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// doc is the checker's outline of the text, with the lookups import needs.
type doc struct {
	checker.Outline
}

func read(o checker.Outline) doc {
	return doc{o}.withoutOtherJobs().withoutSuggestions().withoutPreamble()
}

// withoutOtherJobs leaves out a job board's list of other jobs ("Similar
// ads", "More jobs") after a part of the posting, up to the next heading:
// their titles and pay are not the posting's ("About us" after them is).
func (d doc) withoutOtherJobs() doc {
	parts := make([]checker.Part, 0, len(d.Parts))
	for i, p := range d.Parts {
		if i > 0 && p.Heading != "" && otherJobs().MatchString(p.Heading) {
			continue
		}
		for j, l := range p.Lines {
			if i > 0 && len(strings.Fields(l.Text)) <= 6 && otherJobs().MatchString(l.Text) {
				p.Lines = p.Lines[:j:j]
				break
			}
		}
		parts = append(parts, p)
	}
	d.Parts = parts
	return d
}

// unsuggested keeps what follows amjd's last marker on a line: a marker
// ends what it marks, the sentence or the paragraph before it ("You report
// to the Account Director. [amjd suggestion] Day to day you work …").
func unsuggested(text string) string {
	i := strings.LastIndex(text, base.SuggestionMarker)
	return strings.TrimSpace(text[i+len(base.SuggestionMarker):])
}

// withoutSuggestions drops what amjd marked as its own suggestion: a line
// with the marker, and a whole list when its lead-in has it ("We suggest
// measuring your first year by: [amjd suggestion]"). The user never gave
// those facts, so import leaves them empty.
func (d doc) withoutSuggestions() doc {
	parts := make([]checker.Part, 0, len(d.Parts))
	for _, p := range d.Parts {
		var keep []checker.TextLine
		for _, l := range p.Lines {
			if !strings.Contains(l.Text, base.SuggestionMarker) {
				keep = append(keep, l)
				continue
			}
			if t := strings.TrimSpace(strings.ReplaceAll(l.Text, base.SuggestionMarker, "")); !l.Bullet && strings.HasSuffix(t, ":") {
				keep = nil // the list it leads into is suggested too
				break
			}
			if rest := unsuggested(l.Text); rest != "" {
				l.Text = rest
				keep = append(keep, l)
			}
		}
		p.Lines = keep
		parts = append(parts, p)
	}
	d.Parts = parts
	return d
}

// parts gives the parts with one of the roles, in order.
func (d doc) parts(roles ...string) []checker.Part {
	var out []checker.Part
	for _, p := range d.Parts {
		for _, r := range roles {
			if p.Role == r {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// lines gives every line of the parts with one of the roles.
func (d doc) lines(roles ...string) []checker.TextLine {
	var out []checker.TextLine
	for _, p := range d.parts(roles...) {
		out = append(out, p.Lines...)
	}
	return out
}

// all gives every line of text, in order.
func (d doc) all() []checker.TextLine {
	var out []checker.TextLine
	for _, p := range d.Parts {
		out = append(out, p.Lines...)
	}
	return out
}

// text is the posting's text, its headings among it, a line each.
func (d doc) text() string {
	var b strings.Builder
	for _, l := range d.seq() {
		b.WriteString(l.Text)
		b.WriteByte('\n')
	}
	return b.String()
}

// seq gives every line in order, headings among them: Indeed's "Job type"
// over "Full-time", which the reader takes for a heading.
func (d doc) seq() []checker.TextLine {
	var out []checker.TextLine
	for _, p := range d.Parts {
		if p.Heading != "" {
			out = append(out, checker.TextLine{Text: p.Heading, Line: p.Line})
		}
		for _, l := range p.Lines {
			if l.Line != p.Line || p.Heading == "" {
				out = append(out, l)
			}
		}
	}
	return out
}

// paragraphs joins lines into paragraphs: a list item stands alone, and a
// line that starts a paragraph starts one.
func paragraphs(ls []checker.TextLine) []checker.TextLine {
	var out []checker.TextLine
	end := 0 // the source line the last paragraph ends on
	for _, l := range ls {
		// A line that ends a sentence ends its block, as HTML's and
		// Markdown's blocks do; one that does not was wrapped, onto the
		// next source line. A facts line ("Mudgee, NSW · Full-time ·
		// Hybrid") stands alone.
		next := l.Line <= end+1
		end = l.Line
		if n := len(out); n > 0 && next && !l.Para && !l.Bullet && !out[n-1].Bullet && !endsSentence(out[n-1].Text) && !factsLine(out[n-1].Text) {
			out[n-1].Text += " " + l.Text
			continue
		}
		out = append(out, l)
	}
	return out
}

// factsLine is a line of short facts between separators: "Tararua Wool
// Brokers | Masterton | Full-time, permanent", "Sumas Soy Foods Ltd. •
// Abbotsford, BC • Full-time".
func factsLine(s string) bool {
	return strings.Count(s, " · ")+strings.Count(s, " | ") >= 2 ||
		len(metaSep().Split(s, 4)) >= 3 && len(strings.Fields(s)) <= 20 && !strings.HasSuffix(strings.TrimSpace(s), ".")
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”)")
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".!?:")
}

// jobWords name a job in a title.
var jobWords = base.LazyRegexp(`(?i)\b(manager|executive|specialist|coordinator|representative|director|assistant|officer|associate|consultant|lead|partner|advisor|adviser)\b`)

// postingCues are what a job description says and other texts do not.
var postingCues = base.LazyRegexp(`(?i)\b(you will|we are looking|we['’]re looking|we are hiring|we['’]re hiring|responsibilit\w*|requirements?|qualifications?|what you['’]ll do|what you will do|you bring|you['’]ll bring|you will bring|apply|applications?|salary|benefits|the role|this role|join (?:our|us)|reports? to|reporting to|cv|résumé|resume|full-time|part-time|per annum|commission)\b`)

var youWord = base.LazyRegexp(`(?i)\b(you|your|you['’]ll|you['’]re)\b`)

// isPosting reports whether the text reads as a job description: a job
// named in its title or first lines, and what postings say (duties,
// requirements, a salary, how to apply) at least twice.
func (d doc) isPosting() bool {
	all := d.all()
	named := jobWords().MatchString(d.Title)
	// Headings count: a careers page's "Back to jobs" link may come first,
	// the job's own heading after it, and an e-mail's headers and note
	// may fill forty lines before the advert.
	for i, seq := 0, d.seq(); i < len(seq) && i < 60 && !named; i++ {
		named = roleName().MatchString(seq[i].Text)
	}
	text := d.Title + "\n" + strings.Join(texts(all), "\n")
	for _, p := range d.Parts {
		text += "\n" + p.Heading
	}
	return named && len(postingCues().FindAllStringIndex(text, 3)) >= 2
}

// notATitle opens a heading that names a job without being a posting's
// title: "Meet your Sales Director", "Life as an Account Manager", and a
// job board's buttons, "Save Account Manager at Acme".
var notATitle = base.LazyRegexp(`(?i)^(meet|life|why|working|our|about|join|a day|day in|what|how|who|where|your|save|share|report|apply for|view|see|follow|dismiss|hide)\b|\bjobs(?:\s+(?:in|near)\s.*)?$`)

// second finds a second posting: after some of a first posting, the
// title again, or a line naming an account role as a title does, with what
// a posting says after it.
func (d doc) second() (int, string, bool) {
	type entry struct {
		line       checker.TextLine
		heading    bool
		candidate  bool // a line a title may be: not inside a list of duties or the like
		cues, seen int  // posting cues on the line; and on the lines before it
		body       bool // a section of duties or requirements heads the part
	}
	var es []entry
	total := 0
	for _, p := range d.Parts {
		if p.Heading != "" && otherJobs().MatchString(p.Heading) {
			break // a job board's list of other jobs: no second posting
		}
		inList := p.Role == checker.RoleDuties || p.Role == checker.RoleRequired || p.Role == checker.RolePreferred || p.Role == checker.RoleSuccess
		add := func(l checker.TextLine, heading, candidate bool) {
			c := len(postingCues().FindAllStringIndex(l.Text, -1))
			if heading && (p.Role == checker.RoleDuties || p.Role == checker.RoleRequired) {
				c++ // a section of duties or requirements says as much
			}
			es = append(es, entry{line: l, heading: heading, candidate: candidate, cues: c, seen: total,
				body: heading && (p.Role == checker.RoleDuties || p.Role == checker.RoleRequired)})
			total += c
		}
		if p.Heading != "" {
			add(checker.TextLine{Text: p.Heading, Line: p.Line}, true, true)
		}
		for _, l := range p.Lines {
			add(l, false, !inList)
		}
	}
	// A second posting has a body of its own after its title: a section of
	// duties or requirements and what postings say; a job card repeating
	// the title, a PDF's running header or a list of similar jobs has not.
	// (near it: a list of comments much later is no body).
	body := func(i int) bool {
		for j := i + 1; j < len(es) && j <= i+6; j++ {
			if es[j].body {
				return true
			}
		}
		return false
	}
	repeats := map[string]int{}
	for _, e := range es {
		repeats[strings.ToLower(e.line.Text)]++
	}
	// A heading names the sections under it; a plain line needs more
	// after it. A first posting has had a body of its own.
	bodyBefore := false
	for i, e := range es {
		bodyBefore = bodyBefore || i > 0 && es[i-1].body
		if i >= 2 && bodyBefore && e.candidate && e.seen >= 1 && (total-e.seen-e.cues >= 2 || e.heading && total-e.seen-e.cues >= 1) && body(i) && repeats[strings.ToLower(e.line.Text)] < 3 &&
			d.titleAgain(e.line.Text) {
			return e.line.Line, e.line.Text, true
		}
	}
	return 0, "", false
}

// otherJobs heads a job board's list of other jobs after the posting.
var otherJobs = base.LazyRegexp(`(?i)^(?:similar (?:jobs|ads|listings|roles|vacancies)|other (?:openings|open roles|open positions|vacancies|jobs at)|more openings|more jobs|other jobs|related jobs|recommended jobs|jobs you (?:may|might) (?:also )?like|people also (?:viewed|applied)|you (?:may|might) also like|more from this employer)\b`)

// titleAgain reports a line that reads as a posting's title: the first
// one's again, or an account role named as titles name it.
func (d doc) titleAgain(t string) bool {
	if sameLine(t, d.Title) {
		return true
	}
	if !roleName().MatchString(t) || len(strings.Fields(t)) > 12 || strings.HasSuffix(t, ".") || youWord().MatchString(t) || mailHeader().MatchString(t) ||
		notATitle().MatchString(t) || strings.HasSuffix(t, "?") {
		return false
	}
	label, _, ok := strings.Cut(t, ":")
	return !ok || !fieldLabel().MatchString(label)
}

// fieldLabel is a form's field that names a role: "Reports To:".
var fieldLabel = base.LazyRegexp(`(?i)\b(report|reports|manager|supervisor|title|position|role)\b`)
