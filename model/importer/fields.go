package importer

import (
	"regexp"
	"strings"
	"unicode"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
)

// fill reads every field the text states.
func (im *importer) fill() {
	im.company()
	im.title()
	im.aboutAndApply()
	im.reporting()
	im.team()
	im.place()
	im.terms()
	im.pay()
	im.book()
	im.lists()
	im.kpis()
	im.tools()
}

// titleSep ends a title that runs on into the company or the place:
// "Account Manager – Thamesfold Packaging Ltd, Park Royal".
var titleSep = regexp.MustCompile(`\s+[–—|·]\s+|\s+-\s+|\s+at\s+[A-Z]`)

func (im *importer) title() {
	t := strings.Trim(im.d.Title, "*_ ")
	if v, _, ok := im.d.label("Job title", "Position title", "Title", "Position", "Role"); ok && jobWords.MatchString(v) {
		t = v
	}
	if head, rest, ok := strings.Cut(t, ":"); ok && jobWords.MatchString(rest) && !jobWords.MatchString(head) {
		t = rest // "🚀 We're hiring: Senior Account Manager", "Position: Accounts Manager"
	}
	t = strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	for _, loc := range titleSep.FindAllStringIndex(t, -1) {
		rest := t[loc[1]:]
		if strings.HasPrefix(strings.TrimSpace(t[loc[0]:]), "at ") {
			rest = "at " + rest
		}
		if loc[0] > 0 && im.notTitle(rest) {
			t = t[:loc[0]]
			break
		}
	}
	im.a.Title = base.CleanTitle(t)
}

// notTitle reports whether what follows a dash in a title is the company,
// a place or how the job is worked, not part of the title.
func (im *importer) notTitle(rest string) bool {
	rest = strings.TrimSpace(rest)
	first, _, _ := strings.Cut(rest, ",")
	return im.a.Company != "" && strings.HasPrefix(strings.ToLower(rest), strings.ToLower(im.a.Company)) ||
		base.LookupPlace(im.c, parens.ReplaceAllString(rest, "")).Known() || workplaceRe.MatchString(rest) ||
		companyWord.MatchString(first) || strings.HasPrefix(rest, "at ") || titleSep.FindString(rest) != ""
}

// companyWord ends a company's name.
var companyWord = regexp.MustCompile(`(?i)\b(ltd|limited|inc|llc|plc|gmbh|pty|corp|co)\.?$`)

// companyLead is a company's name opening its description: "Cadence Health
// Cloud builds …", "Lakeshore Table Co. feeds …".
var companyLead = regexp.MustCompile(`^((?:[A-Z][\w&'.-]*|&|of|and)(?:\s+(?:[A-Z][\w&'.-]*|&|of|and)){0,5})\s+(?:is|are|was|builds|makes|runs|has|have|helps|sells|supplies|provides|designs|delivers|imports|distributes|feeds|serves|operates|offers|works|started|began|grew|creates|plans|leases)\b`)

func (im *importer) company() {
	if v, _, ok := im.d.label("Company", "Employer", "Company name", "Organisation", "Organization"); ok {
		im.a.Company = base.CleanLine(v)
		return
	}
	if segs, _ := im.d.metaLine(); len(segs) > 0 && !base.LookupPlace(im.c, segs[0]).Known() && !jobWords.MatchString(segs[0]) &&
		!workplaceWord(segs[0]) && len(strings.Fields(segs[0])) <= 6 {
		im.a.Company = base.CleanLine(segs[0])
		return
	}
	for _, l := range append(im.d.lines(checker.RoleAbout), im.d.lines(checker.RoleIntro)...) {
		if m := companyLead.FindStringSubmatch(l.Text); m != nil && !strings.EqualFold(m[1], "We") && !strings.EqualFold(m[1], "You") {
			im.a.Company = strings.TrimSuffix(m[1], ".")
			return
		}
	}
	for _, p := range im.d.parts(checker.RoleAbout) {
		if name, ok := strings.CutPrefix(p.Heading, "About "); ok && !strings.EqualFold(name, "us") && !strings.HasPrefix(strings.ToLower(name), "the ") && !strings.EqualFold(name, "you") {
			im.a.Company = name
			return
		}
	}
}

var (
	eeoWords = regexp.MustCompile(`(?i)equal opportunit|equal employment|without regard to|regardless of|we welcome applications from|diversity`)
	webURL   = regexp.MustCompile(`(?i)\b(?:https?://|www\.)[^\s)<>,;]+`)
)

// aboutAndApply takes the company's description and how to apply, each in
// the posting's own words.
func (im *importer) aboutAndApply() {
	var about []string
	for _, p := range im.d.parts(checker.RoleAbout) {
		if eeoWords.MatchString(p.Heading) {
			continue
		}
		for _, para := range paragraphs(p.Lines) {
			words := len(strings.Fields(para.Text))
			if !eeoWords.MatchString(para.Text) && words > 6 && !labelLine.MatchString(para.Text) {
				about = append(about, para.Text)
			}
		}
	}
	im.a.About = strings.Join(about, "\n\n")
	for _, s := range about {
		if u := webURL.FindString(s); u != "" {
			im.a.Website = website(u)
			break
		}
	}
	if v, _, ok := im.d.label("Website", "Web", "Site"); ok && webURL.MatchString(v) {
		im.a.Website = website(webURL.FindString(v))
	}
	var apply []string
	for _, para := range paragraphs(im.d.lines(checker.RoleApply)) {
		if !eeoWords.MatchString(para.Text) {
			apply = append(apply, withoutClosing(para.Text))
		}
	}
	im.a.HowToApply = strings.Join(apply, "\n\n")
}

// labelLine is a "Label: value" field with a short label.
var labelLine = regexp.MustCompile(`(?:^|\s)[A-Z][\w ]{0,20}:\s`)

// withoutClosing drops the sentence stating the closing date: import keeps
// the date in its own field.
func withoutClosing(s string) string {
	var keep []string
	for _, sen := range sentences(s) {
		if !closingSentence.MatchString(sen) {
			keep = append(keep, sen)
		}
	}
	return strings.Join(keep, " ")
}

func website(u string) string {
	u = strings.TrimRight(u, ".")
	if !strings.HasPrefix(strings.ToLower(u), "http") {
		u = "https://" + u
	}
	return u
}

// reportsTo reads a reporting line: "You report to the Head of Account
// Management", "reporting to Gino Ferraro, Director of Sales".
var reportsTo = regexp.MustCompile(`(?i)\b(?:report|reports|reporting)\s+(?:in)?to\s+(?:the\s+|our\s+)?([^.;()]+)`)

func (im *importer) reporting() {
	v, _, ok := im.d.label("Reports to", "Reporting to", "Reports into", "Manager", "Line manager")
	if !ok {
		for _, l := range im.d.all() {
			if m := reportsTo.FindStringSubmatch(l.Text); m != nil {
				v, ok = m[1], true
				break
			}
		}
	}
	if !ok {
		return
	}
	im.a.ReportsTo = managerRole(v)
}

var clientsOnly = regexp.MustCompile(`^(?:[Oo]ur |[Yy]our |[Tt]he )?(?:[Cc]lients?|[Cc]ustomers?|[Pp]artners?|[Ss]takeholders|[Bb]uyers?)(?:\s+[a-z].*)?$`)

var (
	oneOf  = regexp.MustCompile(`(?i)\bone of (\w+) (?:account|accounts|key account|client|customer)`)
	teamOf = regexp.MustCompile(`(?i)\b(?:join(?:ing)?|in) a team of (\w+)\b`)
)

// team reads the team's size, counting the new hire: "one of eight
// Account Managers" is 8; "join a team of 4" is 5.
func (im *importer) team() {
	for _, l := range im.d.all() {
		if m := oneOf.FindStringSubmatch(l.Text); m != nil {
			im.a.Team.Size = countWord(m[1])
		} else if m := teamOf.FindStringSubmatch(l.Text); m != nil && countWord(m[1]) > 0 {
			im.a.Team.Size = countWord(m[1]) + 1
		}
		if im.a.Team.Size > 0 {
			return
		}
	}
}

func countWord(w string) int {
	if n, ok := answers.ReadAmount(w); ok && n > 0 && n < 1000 {
		return int(n)
	}
	for i, name := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if strings.EqualFold(w, name) {
			return i + 1
		}
	}
	return 0
}

// personName is a first and last name: "Gino Ferraro, Director of Sales".
var personName = regexp.MustCompile(`^[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}$`)

// managerRole keeps the role of a reporting line: no person's name, no
// clause after it.
func managerRole(v string) string {
	v = strings.TrimSpace(v)
	for _, stop := range []string{" and ", " who ", " which ", " - ", " – ", " based ", " in our ", ", who", ", and", ", you", ", where", " on ", " from "} {
		if i := strings.Index(v, stop); i > 0 {
			v = v[:i]
		}
	}
	if name, role, ok := strings.Cut(v, ","); ok && personName.MatchString(strings.TrimSpace(name)) {
		v = role
	}
	v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "the "))
	if personName.MatchString(v) && !jobWords.MatchString(v) || clientsOnly.MatchString(v) {
		return "" // a name alone is no role; "reports to clients" is no manager
	}
	return base.CleanLine(v)
}

var workplaceOrTerms = regexp.MustCompile(`(?i)\b(hybrid|remote|on-?site|in office|full-?time|part-?time|permanent|contract)\b`)

func workplaceWord(s string) bool { return workplaceOrTerms.MatchString(s) }

// employment, hours and the closing date.
func (im *importer) terms() {
	text := strings.Join(texts(im.d.all()), "\n")
	where := text
	if v, _, ok := im.d.label("Job type", "Employment type", "Type", "Contract", "Position type", "Work type"); ok {
		where = v
	} else if segs, _ := im.d.meta(); len(segs) > 0 {
		where = strings.Join(segs, " | ")
	}
	for _, e := range im.c.EmploymentTypes {
		re := `(?i)\b` + strings.ReplaceAll(regexp.QuoteMeta(e.Name), "-", "[- ]?") + `\b`
		if e.ID == "contract" || e.ID == "temporary" || e.ID == "internship" {
			re = `(?i)^\s*` + regexp.QuoteMeta(e.Name) + `\s*$|\b(fixed[- ]term|temporary) contract\b|\b` + regexp.QuoteMeta(e.Name) + ` (role|position)\b`
		}
		if regexp.MustCompile(re).MatchString(where) {
			im.a.EmploymentType = e.ID
			break
		}
	}
	if v, _, ok := im.d.label("Hours", "Schedule", "Working hours"); ok {
		im.a.Hours = base.CleanLine(v)
	} else if m := hoursIn.FindStringSubmatch(text); m != nil {
		im.a.Hours = base.CleanLine(m[1]) // amjd's "Working hours: Monday to Friday, 9 to 5."
	}
	im.closing(text)
}

var hoursIn = regexp.MustCompile(`Working hours: ([^\n]+?)\.(?:\s|$)`)

// closingSentence is a sentence whose point is the closing date.
var closingSentence = regexp.MustCompile(`(?i)^(?:the )?(?:applications? (?:close|closes|are open until)|closing date|deadline|apply by)\b`)

var closingWords = regexp.MustCompile(`(?i)(?:clos(?:e|es|ing)(?: date)?|deadline|apply by|applications? by|by)\s*:?\s*(?:on\s+)?((?:\w+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|[A-Z][a-z]+\s+\d{1,2}(?:st|nd|rd|th)?),?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})`)

func (im *importer) closing(text string) {
	m := closingWords.FindStringSubmatch(text)
	if m == nil {
		return
	}
	lang := answers.StatedLanguage(im.c, im.a)
	if d, err := answers.ParseClosingDate(m[1], lang); err == nil {
		im.a.ClosingDate = d.Format("2006-01-02")
	}
}
