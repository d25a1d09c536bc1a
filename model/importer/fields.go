package importer

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
)

// fill reads every field the text states.
func (im *importer) fill() {
	im.company()
	if im.a.Company == "" {
		im.a.Company = im.companyByForm()
	}
	im.a.Company = im.withLegalForm(im.a.Company)
	im.title()
	im.aboutAndApply()
	im.reporting()
	im.team()
	im.place()
	im.pay() // before the terms: the pay's currency tells how the closing date is written
	im.terms()
	im.book()
	im.lists()
	im.kpis()
	im.tools()
}

var (
	eeoWords = base.LazyRegexp(`(?i)equal opportunit|equal employment|without regard to|regardless of|welcomes? applications from|diversity|accommodations? (?:throughout|during|in) the (?:hiring|recruitment|application)|welcome to apply|selects? (?:\w+ )?on (?:competences?|merit|ability)|personal data|privacy (?:notice|policy|statement)|you (?:agree|consent) to|consent to (?:the|our|us)`)
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
			if !eeoWords().MatchString(para.Text) && words > 6 && !labelLine().MatchString(para.Text) && !agencyCue().MatchString(para.Text) && !factsLine(para.Text) {
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
	im.a.HowToApply = strings.Join(im.apply(), "\n\n")
}

func website(u string) string {
	u = strings.TrimRight(u, ".")
	if !strings.HasPrefix(strings.ToLower(u), "http") {
		u = "https://" + u
	}
	return u
}

var workplaceOrTerms = base.LazyRegexp(`(?i)\b(hybrid|remote|on-?site|in office|full-?time|part-?time|permanent|contract)\b`)

func workplaceWord(s string) bool { return workplaceOrTerms().MatchString(s) }

// employment is the kind of contract where says, or "".
func (im *importer) employment(where string) string {
	for _, e := range im.c.EmploymentTypes {
		re := `(?i)\b` + strings.ReplaceAll(regexp.QuoteMeta(e.Name), "-", "[- ]?") + `\b`
		if e.ID == "contract" || e.ID == "temporary" || e.ID == "internship" {
			re = `(?i)^\s*` + regexp.QuoteMeta(e.Name) + `\s*$|\b(fixed[- ]term|temporary) contract\b|\b` + regexp.QuoteMeta(e.Name) + ` (role|position)\b`
		}
		if regexp.MustCompile(re).MatchString(where) {
			return e.ID
		}
	}
	return ""
}

// employment, hours and the closing date.
func (im *importer) terms() {
	text := strings.Join(texts(im.d.all()), "\n")
	if v, _, ok := im.d.label("Job type", "Employment type", "Type", "Contract", "Position type", "Work type"); ok {
		im.a.EmploymentType = im.employment(v)
	} else if segs, _ := im.d.meta(); len(segs) > 0 {
		if im.a.EmploymentType = im.employment(strings.Join(segs, " | ")); im.a.EmploymentType == "" {
			im.a.EmploymentType = im.employment(text) // the facts line says none: the text may
		}
	} else {
		im.a.EmploymentType = im.employment(text)
	}
	if v, _, ok := im.d.label("Hours", "Schedule", "Working hours"); ok {
		im.a.Hours = base.CleanLine(v)
		if employmentOnly().MatchString(v) {
			// A UK board's "Hours: Full Time" is the contract; the
			// employer's own "Hours: Monday to Friday, 8:30am to 5pm"
			// says the hours, or nothing does.
			im.a.Hours = base.CleanLine(im.hoursWithFigures())
		}
	} else if m := hoursIn().FindStringSubmatch(text); m != nil {
		im.a.Hours = base.CleanLine(m[1]) // amjd's "Working hours: Monday to Friday, 9 to 5."
	} else if h := im.hoursWithFigures(); h != "" {
		im.a.Hours = base.CleanLine(h) // "… an office role. Hours: 25 hours a week, Monday to Thursday."
	} else if h := im.schedule(); h != "" {
		im.a.Hours = base.CleanLine(h) // "Hours are Monday to Friday, 8.30am to 5pm."
	}
	// "Hours: … 4:30 p.m. The position is based at our head office"
	im.a.Hours = untilNextSentence(im.a.Hours)
	if m := asideCut.Get().FindStringIndex(im.a.Hours); m != nil && !hoursClause().MatchString(im.a.Hours[m[1]:]) {
		im.a.Hours = strings.TrimSpace(im.a.Hours[:m[0]]) // "…, 7am to 3.30pm – we start early": an aside, not the hours
	}
	im.closing(text)
}

// asideCut is where an aside after the hours starts: "; in breeding
// season …", " – we start early".
var asideCut = base.Regexp{Expr: `\s*;\s+|\s+[–—]\s+`}

var hoursIn = base.LazyRegexp(`Working hours: ([^\n]+?)\.(?:\s|$)`)

// hoursInSentence is a run-in "Hours:" label after a sentence, its value
// the rest of its sentence: "a.m." and "4.30pm" end none.
var hoursInSentence = base.LazyRegexp(`(?:^|[.!?]\s+)(?:[Ww]orking )?[Hh]ours:\s*(\S.*)`)

// employmentOnly is an hours field that names only a kind of contract.
var employmentOnly = base.LazyRegexp(`(?i)^\W*(?:full|part)[- ]?time\W*$`)

// hoursWithFigures is the first "Hours: …" label whose value has a figure.
func (im *importer) hoursWithFigures() string {
	for _, p := range im.d.Parts {
		h := strings.ToLower(strings.TrimSpace(p.Heading))
		if (h == "hours" || h == "working hours") && len(p.Lines) > 0 && p.Lines[0].Line == p.Line &&
			strings.IndexFunc(p.Lines[0].Text, unicode.IsDigit) >= 0 {
			return p.Lines[0].Text
		}
	}
	for _, l := range im.d.all() {
		// "Hours: Monday to Friday, 9 to 5" inside a Markdown paragraph.
		if head, value, ok := cutLabel(l.Text); ok && (strings.EqualFold(head, "hours") || strings.EqualFold(head, "working hours")) &&
			strings.IndexFunc(value, unicode.IsDigit) >= 0 {
			return strings.TrimSpace(value)
		}
	}
	for _, l := range im.d.all() {
		// "… at our head office. Hours: 39 hours a week, Monday to Friday."
		if m := hoursInSentence().FindStringSubmatch(l.Text); m != nil {
			if v := untilNextSentence(m[1]); strings.IndexFunc(v, unicode.IsDigit) >= 0 {
				return v
			}
		}
	}
	return ""
}

var (
	// workDays is a span of working days: "Monday to Friday", "Mon–Fri".
	workDays = base.LazyRegexp(`\b(?:Monday|Mon|Tuesday|Tues?)\.?\s*(?:to|through|thru|until|[–-])\s*(?:Wednesday|Wed|Thursday|Thurs?|Friday|Fri|Saturday|Sat)\b\.?`)
	// clockTime and weeklyHours are what makes a span of days the hours.
	clockTime   = base.LazyRegexp(`(?i)\b\d{1,2}(?:[.:]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)`)
	weeklyHours = base.LazyRegexp(`(?i)\b\d{1,2}(?:\.\d)?\s+hours\s+(?:a|per)\s+week\b`)
)

// schedule is the hours told in a sentence of their own shape: a span of
// working days with the times, or the hours a week, from where the first
// of those starts, up to a clause about something else ("Hours are Monday
// to Friday, 8.30am to 5pm, at our unit on the trade park").
func (im *importer) schedule() string {
	best, rank := "", 0
	for _, l := range im.d.all() {
		for _, sen := range sentences(l.Text) {
			days, week, clock := workDays().FindStringIndex(sen), weeklyHours().FindStringIndex(sen), clockTime().FindStringIndex(sen)
			r := 0
			switch {
			case days != nil && clock != nil:
				r = 3
			case days != nil && week != nil:
				r = 2
			case week != nil:
				r = 1
			}
			if r <= rank {
				continue
			}
			from := len(sen)
			for _, m := range [][]int{days, week, clock} {
				if m != nil && m[0] < from {
					from = m[0]
				}
			}
			best, rank = hoursClauses(sen[from:]), r
		}
	}
	return best
}

// hoursClause is a clause that goes on about the hours: "plus one
// Saturday morning a month", "with extended hours at year end".
var hoursClause = base.LazyRegexp(`(?i)^\s*(?:plus|with (?:a |an )?(?:rostered|flexible|some|extended|longer|early|occasional|one|the odd)|and (?:some|one|occasional|up to)|finishing|during|except|flexible|\(|\d|mon|tue|wed|thu|fri|sat|sun|\w+ to \w+day)`)

// nextSentence is a full stop that ends the hours' sentence after a time
// ("… 3:30 p.m. This is an office job").
var nextSentence = base.LazyRegexp(`\.\s+\p{Lu}`)

// timeZone is a time zone's name after the hours: "10 a.m. to 3 p.m.
// Eastern" is one sentence.
var timeZone = base.Regexp{Expr: `^(?:Eastern|Central|Mountain|Pacific|Atlantic|[A-Z]{1,2}[SD]?T|GMT|BST|CET|CEST|UTC|IST|AE[SD]T|AC[SD]T|AWST|NZ[SD]T)\b`}

// untilNextSentence is s up to the end of its first sentence, without the
// full stop unless it closes "a.m." or "p.m.".
func untilNextSentence(s string) string {
	for from := 0; ; {
		m := nextSentence().FindStringIndex(s[from:])
		if m == nil {
			break
		}
		if at := from + m[1] - 1; !timeZone.Get().MatchString(s[at:]) {
			s = s[:from+m[0]+1]
			break
		}
		from += m[1] - 1
	}
	s = strings.TrimSpace(s)
	if !strings.HasSuffix(s, "a.m.") && !strings.HasSuffix(s, "p.m.") {
		s = strings.TrimSuffix(s, ".")
	}
	return s
}

// hoursClauses keeps the hours and the clauses after them that are about
// the hours, split at commas outside brackets.
func hoursClauses(s string) string {
	s = untilNextSentence(s)
	if i := strings.Index(s, " · "); i > 0 {
		s = strings.TrimSpace(s[:i])
	}
	var parts []string
	depth, last := 0, 0
	for i, r := range s {
		switch {
		case r == '(':
			depth++
		case r == ')':
			depth--
		case r == ',' && depth == 0:
			parts, last = append(parts, s[last:i]), i+1
		}
	}
	parts = append(parts, s[last:])
	out := parts[0]
	for _, p := range parts[1:] {
		if !hoursClause().MatchString(p) && !clockTime().MatchString(p) {
			break
		}
		out += "," + p
	}
	return out
}

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
