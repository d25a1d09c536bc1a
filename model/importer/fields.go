package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

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

// companyLead is a company's name opening its description: "Cadence Health
// Cloud builds …", "Lakeshore Table Co. feeds …".
var companyLead = base.LazyRegexp(`^((?:\p{Lu}[\p{L}\d&'.-]*|&|of|and)(?:\s+(?:\p{Lu}[\p{L}\d&'.-]*|&|of|and)){0,5})\s+(?:is|are|was|builds|makes|runs|has|have|helps|sells|supplies|provides|designs|delivers|imports|distributes|feeds|serves|operates|offers|works|started|began|grew|creates|plans|leases)\b`)

func (im *importer) company() {
	if v, _, ok := im.d.label("Company", "Employer", "Company name", "Organisation", "Organization"); ok {
		im.a.Company = base.CleanLine(v)
		return
	}
	if segs, _ := im.d.metaLine(); len(segs) > 0 && !base.LookupPlace(im.c, segs[0]).Known() && !jobWords().MatchString(segs[0]) &&
		!workplaceWord(segs[0]) && len(strings.Fields(segs[0])) <= 6 && !strings.ContainsAny(segs[0], ":$£€0123456789") &&
		(companyWord().MatchString(segs[0]) || !teamName().MatchString(segs[0])) {
		// A team's name ("Service Sales · Edmonton") is no company's: the
		// company is named again, or by its legal form.
		im.a.Company = base.CleanLine(segs[0])
		return
	}
	for i, l := range im.d.all() {
		t := strings.TrimSpace(strings.Trim(l.Text, "*_ "))
		if i < 12 && len(strings.Fields(t)) <= 6 && companyWord().MatchString(t) && !mailHeader().MatchString(t) && !base.LookupPlace(im.c, t).Known() {
			im.a.Company = t // "Prairie Lithographics Ltd." alone on a line at the top
			return
		}
	}
	about := im.d.lines(checker.RoleAbout, checker.RoleIntro)
	text := im.d.Title + "\n" + strings.Join(texts(im.d.all()), "\n")
	for _, p := range im.d.Parts {
		text += "\n" + p.Heading
	}
	agency := map[string]bool{} // a recruitment agency's name, wherever it speaks
	for _, l := range im.d.all() {
		if m := companyLead().FindStringSubmatch(l.Text); m != nil && agencyCue().MatchString(l.Text) {
			agency[m[1]] = true
		}
	}
	for i, l := range append(about, im.d.all()...) {
		m := companyLead().FindStringSubmatch(l.Text)
		if m == nil || l.Bullet || jobWords().MatchString(m[1]) || agency[m[1]] || strings.HasSuffix(m[1], "ing") && !strings.Contains(m[1], " ") ||
			slices.Contains([]string{"We", "You", "Our", "The", "This", "It", "In", "As", "At"}, strings.Fields(m[1])[0]) {
			continue
		}
		// Outside the company's description, a name counts once the
		// posting names it twice.
		if i < len(about) || strings.Count(text, m[1]) >= 2 || hiring().MatchString(l.Text[len(m[1]):]) {
			im.a.Company = im.fullName(strings.TrimSuffix(m[1], "."))
			return
		}
	}
	for _, p := range im.d.parts(checker.RoleAbout) {
		if name, ok := strings.CutPrefix(p.Heading, "About "); ok && !strings.EqualFold(name, "us") && !strings.HasPrefix(strings.ToLower(name), "the ") &&
			!strings.HasPrefix(strings.ToLower(name), "our ") && !strings.EqualFold(name, "you") {
			im.a.Company = im.fullName(name)
			return
		}
	}
}

// teamName is a department's name: "Service Sales", "Client Success".
var teamName = base.LazyRegexp(`(?i)\b(sales|service|services|team|department|operations|success|support|marketing|finance|division|customer|client|account management)\b`)

// named counts the lines and headings that name s.
func (im *importer) named(s string) int {
	n := 0
	for _, l := range im.d.seq() {
		if strings.Contains(l.Text, s) {
			n++
		}
	}
	return n
}

// capitalRun is the run of capitalised words opening a line: "Lakeshore
// Managed IT" of "Lakeshore Managed IT looks after …".
var capitalRun = base.LazyRegexp(`^\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'.-]*|&|of|and))*`)

var pageOrForm = base.LazyRegexp(`(?i)^(?:of|and|&|careers?|jobs?|hiring|team|ltd\.?|limited|inc\.?|llc|pty|plc|gmbh)$`)

// fullName gives a company's name as the posting writes it in full where a
// heading shortens it: "About Lakeshore" over "Lakeshore Managed IT looks
// after …".
func (im *importer) fullName(name string) string {
	for _, l := range append([]checker.TextLine{{Text: im.d.Title}}, im.d.seq()...) {
		at := strings.Index(l.Text, name+" ")
		if r, _ := utf8.DecodeLastRuneInString(l.Text[:max(at, 0)]); at < 0 || at > 0 && base.IsWordRune(r) {
			continue
		}
		run := strings.TrimSpace(capitalRun().FindString(l.Text[at:]))
		// Not "of" or "&" left hanging, a careers page's name or a legal
		// form the shorter name went without.
		for w := strings.Fields(run); len(w) > 1 && pageOrForm().MatchString(w[len(w)-1]); w = w[:len(w)-1] {
			run = strings.Join(w[:len(w)-1], " ")
		}
		if len(run) > len(name) && len(strings.Fields(run)) <= 6 && !jobWords().MatchString(run) {
			return strings.TrimSuffix(run, ".")
		}
	}
	return name
}

// hiring follows an employer's name that says it hires: "Sierra Shield
// Pest Services is hiring an Accounts Manager".
var hiring = base.LazyRegexp(`^\s+(?:is|are)\s+(?:now\s+)?(?:hiring|looking for|recruiting|seeking)\b`)

// agencyCue is a recruitment agency speaking of its client: its own name
// is not the employer's.
var agencyCue = base.LazyRegexp(`(?i)\b(partnering with|partnered with|on behalf of|our client|recruiting for|is recruiting on)\b`)

var (
	eeoWords = base.LazyRegexp(`(?i)equal opportunit|equal employment|without regard to|regardless of|we welcome applications from|diversity`)
	webURL   = base.LazyRegexp(`(?i)\b(?:https?://|www\.)[^\s)<>,;]+`)
)

// aboutAndApply takes the company's description and how to apply, each in
// the posting's own words.
func (im *importer) aboutAndApply() {
	var about, lead []string
	for _, p := range im.d.parts(checker.RoleAbout) {
		if eeoWords().MatchString(p.Heading) {
			continue
		}
		for _, para := range paragraphs(p.Lines) {
			words := len(strings.Fields(para.Text))
			if !eeoWords().MatchString(para.Text) && words > 6 && !labelLine().MatchString(para.Text) && !agencyCue().MatchString(para.Text) {
				about = append(about, para.Text)
			}
		}
	}
	// With no About heading, or one that holds only legal text, the
	// company's own description before the duties is its About.
	for _, p := range im.d.Parts {
		if p.Role == checker.RoleDuties || p.Role == checker.RoleRequired {
			break
		}
		for _, para := range paragraphs(p.Lines) {
			if im.aboutCompany(para.Text) && len(strings.Fields(para.Text)) > 8 && endsSentence(para.Text) && !agencyCue().MatchString(para.Text) {
				lead = append(lead, para.Text)
			}
		}
	}
	if len(lead) > 0 && !slices.ContainsFunc(about, func(s string) bool { return companyLead().MatchString(s) }) {
		about = lead
	}
	im.a.About = strings.Join(about, "\n\n")
	for _, s := range about {
		if u := webURL().FindString(s); u != "" {
			im.a.Website = website(u)
			break
		}
	}
	if v, _, ok := im.d.label("Website", "Web", "Site"); ok && webURL().MatchString(v) {
		im.a.Website = website(webURL().FindString(v))
	}
	var apply []string
	for _, para := range paragraphs(im.d.lines(checker.RoleApply)) {
		// Only what says how: not a form's field labels, a job board's
		// eligibility questions or a date alone.
		if !eeoWords().MatchString(para.Text) && !eligibility().MatchString(para.Text) && applyHow().MatchString(para.Text) &&
			len(strings.Fields(para.Text)) >= 4 && !strings.HasSuffix(para.Text, "?") {
			if t := withoutClosing(para.Text); t != "" {
				apply = append(apply, t)
			}
		}
	}
	if len(apply) == 0 {
		apply = im.applyAnywhere()
	}
	im.a.HowToApply = strings.Join(apply, "\n\n")
}

// applyLead opens a paragraph that says how to apply.
var applyLead = base.LazyRegexp(`(?i)^(?:to apply|apply|please apply|send|please send|e-?mail|click|interested\?)`)

// applyAnywhere finds how to apply with no heading for it: the last
// paragraph that opens by saying how, and names where.
func (im *importer) applyAnywhere() []string {
	all := paragraphs(im.d.all())
	for i := len(all) - 1; i >= 0; i-- {
		t := all[i].Text
		if applyLead().MatchString(t) && applyHow().MatchString(t) && !eligibility().MatchString(t) && (strings.Contains(t, "@") || webURL().MatchString(t) || strings.Contains(strings.ToLower(t), "apply")) {
			return []string{withoutClosing(t)}
		}
	}
	return nil
}

// applyHow says how to apply: a verb of applying or a place to send to.
var applyHow = base.LazyRegexp(`(?i)\b(apply|applications?|send|e-?mail|submit|upload|cv|resume|résumé|call|contact|write to)\b|@|https?://|www\.`)

// labelLine is a "Label: value" field with a short label.
var labelLine = base.LazyRegexp(`(?:^|\s)[A-Z][\w ]{0,20}:\s`)

// withoutClosing drops the sentence stating the closing date: import keeps
// the date in its own field.
func withoutClosing(s string) string {
	var keep []string
	for _, sen := range sentences(s) {
		if !closingSentence().MatchString(sen) {
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
var reportsTo = base.LazyRegexp(`(?i)\b(?:report|reports|reporting)\s+(?:in)?to\s+(?:the\s+|our\s+)?([^.;()]+)`)

func (im *importer) reporting() {
	v, _, ok := im.d.label("Reports to", "Reporting to", "Reports into", "Manager", "Line manager")
	if !ok {
		for _, l := range im.d.all() {
			if m := reportsTo().FindStringSubmatch(l.Text); m != nil {
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

var clientsOnly = base.LazyRegexp(`^(?:[Oo]ur |[Yy]our |[Tt]he )?(?:[Cc]lients?|[Cc]ustomers?|[Pp]artners?|[Ss]takeholders|[Bb]uyers?)(?:\s+[a-z].*)?$`)

var (
	oneOf  = base.LazyRegexp(`(?i)\bone of (\w+) (?:account|accounts|key account|client|customer)`)
	teamOf = base.LazyRegexp(`(?i)\b(?:join(?:ing)?|in) a team of ([\d,]+|\w+)\b`)
)

// team reads the team's size, counting the new hire: "one of eight
// Account Managers" is 8; "join a team of 4" is 5.
func (im *importer) team() {
	for _, l := range im.d.all() {
		if m := oneOf().FindStringSubmatch(l.Text); m != nil {
			im.a.Team.Size = countWord(m[1])
		} else if m := teamOf().FindStringSubmatch(l.Text); m != nil && countWord(m[1]) > 0 {
			im.a.Team.Size = countWord(m[1]) + 1
		}
		if im.a.Team.Size > 200 {
			im.a.Team.Size = 0 // "a team of 1,200 people" is the company
		}
		if im.a.Team.Size > 0 {
			return
		}
	}
}

func countWord(w string) int {
	if n, ok := answers.ReadAmount(w); ok && n > 0 && n < 100000 {
		return int(n)
	}
	for i, name := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if strings.EqualFold(w, name) {
			return i + 1
		}
	}
	for n, name := range map[int]string{15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"} {
		if strings.EqualFold(w, name) {
			return n
		}
	}
	return 0
}

// personName is a first and last name: "Gino Ferraro, Director of Sales".
// topTitle is a title that a name's pattern would take for a person's:
// "Vice President, Sales", "Managing Director".
var topTitle = base.LazyRegexp(`(?i)\b(president|vice|chief|head|supervisor|owner|founder|principal|chair|general|managing)\b`)

var personName = base.LazyRegexp(`^[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}$`)

// managerRole keeps the role of a reporting line: no person's name, no
// clause after it.
func managerRole(v string) string {
	v = strings.TrimSpace(v)
	for _, stop := range []string{" and ", " who ", " which ", " - ", " – ", " based ", " in our ", ", who", ", and", ", you", ", where", " on ", " from "} {
		if i := strings.Index(v, stop); i > 0 {
			v = v[:i]
		}
	}
	if name, role, ok := strings.Cut(v, ","); ok && personName().MatchString(strings.TrimSpace(name)) && !jobWords().MatchString(name) && !topTitle().MatchString(name) {
		v = role
	}
	if head, tail, ok := strings.Cut(v, ","); ok {
		// "the CFO, the Accounting Manager runs …" ends at the comma;
		// "Director of Sales, Automotive" does not.
		if t := strings.TrimSpace(tail); t == "" || !unicode.IsUpper(base.FirstRune(t)) || len(strings.Fields(t)) > 3 {
			v = head
		}
	}
	if len(strings.Fields(v)) > 7 {
		return ""
	}
	v = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(v), "the "))
	if personName().MatchString(v) && !jobWords().MatchString(v) && !topTitle().MatchString(v) || clientsOnly().MatchString(v) {
		return "" // a name alone is no role; "reports to clients" is no manager
	}
	return base.CleanLine(v)
}

var workplaceOrTerms = base.LazyRegexp(`(?i)\b(hybrid|remote|on-?site|in office|full-?time|part-?time|permanent|contract)\b`)

func workplaceWord(s string) bool { return workplaceOrTerms().MatchString(s) }

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
	} else if m := hoursIn().FindStringSubmatch(text); m != nil {
		im.a.Hours = base.CleanLine(m[1]) // amjd's "Working hours: Monday to Friday, 9 to 5."
	}
	im.closing(text)
}

var hoursIn = base.LazyRegexp(`Working hours: ([^\n]+?)\.(?:\s|$)`)

// closingSentence is a sentence whose point is the closing date.
var closingSentence = base.LazyRegexp(`(?i)^(?:the )?(?:applications? (?:close|closes|are open until|will be accepted until|are accepted until)|closing date|end date|advertised until|deadline|apply by)\b`)

// eligibility is a job board's question of who may apply, not how.
var eligibility = base.LazyRegexp(`(?i)\b(authori[sz]ed to work|work permit|citizen|permanent resident|eligib)`)

func (im *importer) closing(text string) {
	if v, _, ok := im.d.label("Closing date", "Application deadline", "Deadline", "Apply by", "Applications close", "Closing", "Close date", "Expiry date"); ok {
		text = "Closing: " + v + "\n" + text
	}
	for _, line := range strings.Split(text, "\n") {
		for _, sen := range sentences(line) {
			if !closingCue().MatchString(sen) {
				continue
			}
			lang := answers.StatedLanguage(im.c, im.a)
			for _, d := range dateIn().FindAllString(sen, -1) {
				if t, ok := im.dateOf(weekday().ReplaceAllString(d, ""), lang); ok {
					im.a.ClosingDate = t.Format("2006-01-02")
					return
				}
			}
		}
	}
}

// numericDate is a date written in figures with the year last.
var numericDate = base.LazyRegexp(`^(\d{1,2})/(\d{1,2})/(\d{4})$`)

// dateOf reads a date as the posting writes it. A date in figures that the
// answers' rules find ambiguous ("04/05/2027") is read in the order of the
// posting's place, once the place is known: April 5 in Chicago, 4 May in
// Leeds.
func (im *importer) dateOf(d, lang string) (time.Time, bool) {
	if t, err := answers.ParseClosingDate(d, lang); err == nil {
		return t, true
	}
	m := numericDate().FindStringSubmatch(d)
	if m == nil || im.a.Location.Place == "" && im.a.Language == "" {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(m[1])
	b, _ := strconv.Atoi(m[2])
	y, _ := strconv.Atoi(m[3])
	if !answers.MonthFirst(lang) {
		a, b = b, a
	}
	t := time.Date(y, time.Month(a), b, 0, 0, 0, 0, time.UTC)
	return t, a >= 1 && a <= 12 && t.Day() == b && y >= 2000 && y <= 2100
}

var (
	closingCue = base.LazyRegexp(`(?i)\b(clos(?:e|es|ing)|deadline|end date|until|apply by|applications? by|advertised until|no later than)\b`)
	dateIn     = base.LazyRegexp(`(?i)(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})`)
	weekday    = base.LazyRegexp(`(?i)^(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+`)
)
