package importer

import (
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/markup"
)

// items gives a part's list: its bullets, or, with no bullets, each line
// that is not a lead-in ("We will measure your first year by:") or a long
// paragraph.
func items(p checker.Part) []checker.TextLine { return itemsJoined(p, false) }

// itemsJoined is items; with named set, an item's short name over its
// text on the same source line ("<strong>Service agreements</strong><br>
// maintenance agreements covering 240 rooms") is joined as "name: text".
func itemsJoined(p checker.Part, named bool) []checker.TextLine {
	var bullets, plain []checker.TextLine
	end := 0 // the source line the last item ends on
	for i, l := range p.Lines {
		next := l.Line <= end+1 // the paragraph after an HTML list is a block of its own
		end = l.Line
		switch {
		case l.Bullet:
			bullets = append(bullets, l)
		case next && (len(bullets) > 0 && !l.Para && p.Lines[i-1].Bullet || len(bullets) > 0 && !l.Para && i > 0 && !endsSentence(p.Lines[i-1].Text) && !p.Lines[i-1].Para):
			// An item's next line, wrapped or after a <br>: "Run quarterly
			// reviews / with every client".
			last := &bullets[len(bullets)-1]
			if named && last.Line == l.Line && len(strings.Fields(last.Text)) <= 6 && !hasFigure(last.Text) && !strings.Contains(last.Text, ":") {
				last.Text += ": " + l.Text
				continue
			}
			bullets[len(bullets)-1].Text += " " + l.Text
		case !strings.HasSuffix(strings.TrimSpace(l.Text), ":") && len(l.Text) <= 300:
			plain = append(plain, l)
		}
	}
	if len(bullets) > 0 {
		return bullets
	}
	return plain
}

func cleanItems(ls []checker.TextLine) []string {
	var out []string
	for _, l := range ls {
		// A group's label ("Month-end and year-end:") or a lone word
		// ("Summary") is no item.
		if t := base.CleanLine(strings.Trim(l.Text, "*_ ")); t != "" && !strings.HasSuffix(t, ":") && (len(strings.Fields(t)) > 1 || loneItem().MatchString(t)) {
			out = append(out, t)
		}
	}
	return out
}

// loneItem is a one-word item that is a qualification of its own: a
// language or a credential's letters ("French", "MBA").
var loneItem = base.LazyRegexp(`^(?:[A-Z]{2,5}|French|Spanish|German|Italian|Portuguese|Dutch|Polish|Mandarin|Cantonese|Japanese|Korean|Vietnamese|Tagalog|Hindi|Punjabi|Arabic|Irish|Welsh|Gaelic|Māori|Maori|Samoan|Tongan|Afrikaans|Greek|Turkish|Russian|Ukrainian|Bilingual)$`)

// preferredEnd marks a requirement that is only nice to have: "Spanish
// preferred", "SAP experience is a plus".
var preferredEnd = base.LazyRegexp(`(?i)\b(preferred|not essential|but not required|an? (?:big |real |huge |definite |nice )?(?:plus|bonus)|an asset|nice to have|desirable|is a bonus|would be a bonus|advantageous|(?:would|will) be (?:an? )?(?:advantage|great|helpful|useful|welcome|bonus)|is an advantage|ideally)\W*$`)

var (
	firstDays = base.LazyRegexp(`(?i)\bfirst (?:90|ninety) days\b|\bfirst three months\b|\b30[-/]60[-/]90\b`)
	growing   = base.LazyRegexp(`(?i)\bhow you will grow\b|\bcareer (?:path|growth|progression)\b|\bwhere (?:this|the) role (?:can )?leads?\b|\bgrow(?:th)? with us\b`)
)

// plans reads the plan for the first 90 days, a line per step, and the
// career path, in the posting's words.
func (im *importer) plans() {
	for _, p := range im.d.Parts {
		switch {
		case firstDays().MatchString(p.Heading):
			im.a.FirstDays = strings.Join(cleanItems(items(p)), "\n")
		case p.Role == checker.RoleGrowth || growing().MatchString(p.Heading):
			var paras []string
			for _, l := range paragraphs(p.Lines) {
				paras = append(paras, l.Text)
			}
			im.a.CareerPath = strings.Join(paras, "\n\n")
		}
	}
}

var skillHeading = base.LazyRegexp(`(?i)\bskills?\b`)

// qualHeading names requirements as well as skills: "Qualifications and
// skills", "Personality prerequisites and skills"; a board's "Language
// skills" field is its own.
var qualHeading = base.LazyRegexp(`(?i)qualif|prerequisite|requirement|\blanguage skills\b`)

// lists reads the duties, skills and qualifications, each in the
// posting's words.
func (im *importer) lists() {
	im.plans()
	for _, p := range im.d.parts(checker.RoleDuties) {
		if firstDays().MatchString(p.Heading) {
			continue
		}
		if hasBullets(p) || isList(p) {
			im.a.Responsibilities.Add = append(im.a.Responsibilities.Add, cleanItems(items(p))...)
		}
	}
	for _, p := range im.d.parts(checker.RoleRequired) {
		switch {
		case skillHeading().MatchString(p.Heading) && !qualHeading().MatchString(p.Heading):
			for _, sk := range cleanItems(items(p)) {
				im.a.Skills.Add = append(im.a.Skills.Add, commaList(sk)...)
			}
		default:
			for _, q := range cleanItems(items(p)) {
				if preferredEnd().MatchString(q) && !strings.Contains(q, ";") {
					im.a.Qualifications.ExtraPreferred = append(im.a.Qualifications.ExtraPreferred, q)
				} else {
					im.a.Qualifications.ExtraRequired = append(im.a.Qualifications.ExtraRequired, q)
				}
			}
		}
	}
	for _, p := range im.d.parts(checker.RolePreferred) {
		im.a.Qualifications.ExtraPreferred = append(im.a.Qualifications.ExtraPreferred, cleanItems(items(p))...)
	}
	im.a.Qualifications.Years = yearsRequired(im.a.Qualifications.ExtraRequired)
	if v, _, ok := im.d.label("Experience", "Years of experience"); ok && im.a.Qualifications.Years == 0 {
		im.a.Qualifications.Years = yearsRequired([]string{v}) // a job board's "Experience: 2 years to less than 3 years"
	}
}

// isList reports whether a part with no bullets is a list whose marks were
// lost in a paste: two or more short lines, none a wrapped paragraph's.
func isList(p checker.Part) bool {
	if len(p.Lines) < 2 {
		return false
	}
	for i, l := range p.Lines {
		// A wrapped paragraph's line goes on in lower case; an item opens
		// with a capital or a figure, the pay atop a list of benefits with
		// its currency sign ("£52,000 – …").
		if r := base.FirstRune(l.Text); len(strings.Fields(l.Text)) > 25 || !unicode.IsUpper(r) && !unicode.IsDigit(r) && (i > 0 || !unicode.Is(unicode.Sc, r)) {
			return false
		}
		if i+1 < len(p.Lines) && !endsSentence(l.Text) && unicode.IsLower(base.FirstRune(p.Lines[i+1].Text)) {
			return false
		}
	}
	return true
}

func hasBullets(p checker.Part) bool {
	for _, l := range p.Lines {
		if l.Bullet {
			return true
		}
	}
	return false
}

var yearsRe = base.LazyRegexp(`(?i)\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen)\s*(?:\+|-\s*\d{1,2}|–\s*\d{1,2}|or more|to \d{1,2})?\s*\+?\s*years?\b`)

// yearsRequired is the years the first requirement counting them asks
// for: "3+ years", "2–4 years" (2), "Two years or more"; "up to 2 years"
// is a ceiling.
func yearsRequired(reqs []string) int {
	best := 0
	for _, r := range reqs {
		for _, m := range yearsRe().FindAllStringSubmatchIndex(r, -1) {
			if strings.HasSuffix(strings.ToLower(strings.TrimSpace(r[:m[0]])), "up to") {
				continue
			}
			n := markup.WordNumber(r[m[2]:m[3]]) // "Two years or more"
			for _, c := range r[m[2]:m[3]] {
				if unicode.IsDigit(c) {
					n = n*10 + int(c-'0')
				}
			}
			if n > 0 && n <= 30 && best == 0 {
				best = n // the first requirement that counts years
			}
		}
	}
	return best
}

// toolSplit splits a list of tools: "Salesforce, Gainsight, Slack and
// Looker".
var toolSplit = base.LazyRegexp(`\s*(?:,|;|\band\b|/)\s*`)

// tools reads the tools section: a catalog tool by its id, any other in
// the posting's words; a catalog tool named in a duty counts too.
func (im *importer) tools() {
	var names []string
	for _, l := range im.d.lines(checker.RoleDuties, checker.RoleIntro, checker.RoleOther) {
		for _, t := range im.c.Tools {
			lead, _, _ := strings.Cut(t.Text, " (")
			if t.CRM != "" || lead == "Gainsight" || lead == "Slack" || strings.HasPrefix(lead, "Microsoft Dynamics") {
				if base.WordIndex(strings.ToLower(l.Text), strings.ToLower(strings.TrimPrefix(lead, "Microsoft "))) >= 0 {
					im.a.Tools.Use = appendNew(im.a.Tools.Use, t.ID)
				}
			}
		}
	}
	for _, p := range im.d.parts(checker.RoleTools) {
		for _, l := range items(p) {
			t := strings.Trim(l.Text, "*_ .")
			if name, rest, ok := strings.Cut(t, ":"); ok && len(strings.Fields(name)) <= 3 && rest != "" {
				t = rest // "CRM: Salesforce"
			}
			if im.toolID(t) != "" || !strings.ContainsAny(t, ",;") {
				names = append(names, t)
				continue
			}
			names = append(names, toolSplit().Split(t, -1)...)
		}
	}
	for _, n := range names {
		n = strings.TrimSpace(parens().ReplaceAllString(n, ""))
		if n == "" {
			continue
		}
		if id := im.toolID(n); id != "" {
			im.a.Tools.Use = appendNew(im.a.Tools.Use, id)
		} else {
			im.a.Tools.Add = appendNew(im.a.Tools.Add, base.CleanLine(n))
		}
	}
}

// toolID is the catalog tool a name is: the whole line as amjd writes it,
// or the tool's own name ("Salesforce", "Zoho CRM", "Gainsight").
func (im *importer) toolID(name string) string {
	low := strings.ToLower(strings.TrimSpace(name))
	for _, t := range im.c.Tools {
		text := strings.ToLower(t.Text)
		lead, _, _ := strings.Cut(text, " (")
		if low == text || low == lead || low == strings.TrimSuffix(lead, " crm") {
			return t.ID
		}
	}
	return ""
}

func appendNew(list []string, s string) []string {
	for _, x := range list {
		if strings.EqualFold(x, s) {
			return list
		}
	}
	return append(list, s)
}
