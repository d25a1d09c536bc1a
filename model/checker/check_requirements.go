package checker

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"amjd/model/base"
	"amjd/model/markup"
)

// Rules no public linter has, about what a posting asks of the candidate:
// too many musts, a degree with no way around it, years of experience out
// of line with the title, and nice-to-haves mixed into the requirements.

// maxRequired is the most required items a posting should list: long lists
// put off qualified people who do not tick every box, women most of all.
const maxRequired = 8

var (
	degreeWords = base.Regexp{Expr: `(?i)\b(bachelor(?:'?s)?|master'?s|degree|mba|b\.?a\.?|b\.?sc?\.?|diploma|university|college education|tertiary (?:qualification|education|degree))\b`}
	equivalent  = base.Regexp{Expr: `(?i)\b(or equivalent|equivalent (experience|work|practical)|or (similar|relevant|comparable|related) (experience|work)|experience (counts|is equally|in place of|instead)|or the equivalent|or an equivalent|equivalent combination|equivalent qualification|or (a )?ged|(?:degree|diploma)s? (?:is |are )?(?:\w+ (?:but|and) )?(?:not|never) (?:required|needed|necessary|essential|expected)|(?:degree|diploma)s? (?:is |are )?optional|no degree(?:\s+(?:is\s+|was\s+)?(?:needed|required|necessary|asked|expected)|[?!,.]?\s+no (?:problem|worries))|without a degree|(?:don['’]t|do not|doesn['’]t|does not|won['’]t) (?:need|require|ask for) a degree)\b`}
	yearsAsked  = base.Regexp{Expr: `(?i)\b(\d{1,2}|` + markup.SmallNumbers + `)\+?\s*(?:\(\d{1,2}\)\s*)?(?:or more\s+|-?plus\s+)?(?:full\s+|whole\s+|solid\s+)?years?\b`}
)

// yearsIn returns the most years of experience a line asks for.
func yearsIn(l line) int {
	if !strings.Contains(l.flat, "year") {
		return 0
	}
	text, most := l.text, 0
	for _, ix := range yearsAsked.Get().FindAllStringSubmatchIndex(text, -1) {
		if withinLast.Get().MatchString(text[base.RuneStart(text, ix[0]-32):ix[0]]) {
			continue // "three employers in the last ten years" is a span of time, not experience
		}
		if notExperience.Get().MatchString(text[ix[1]:]) {
			continue // "ten years' residence on the island" is no experience
		}
		m := text[ix[2]:ix[3]]
		n, err := strconv.Atoi(m)
		if err != nil {
			n = markup.WordNumber(m)
		}
		most = max(most, n)
	}
	return most
}

// notExperience follows years that count something else: a residence, an
// age, a company's history.
var notExperience = base.Regexp{Expr: `(?i)^['’]?\s*(?:of\s+)?(?:residence|residency|living|old|of age|in business|in operation|of trading|of history)\b`}

// withinLast ends the text before a span of time: "in the last".
var withinLast = base.Regexp{Expr: `(?i)\b(?:in|within|over|during|for)\s+the\s+(?:last|past|previous)\s+$`}

// asks reports a line that states what the candidate must have: a line of
// the requirements, or, in text under no such heading, a sentence that
// says so ("To do this job you need …", "A degree is mandatory").
func (k *checker) asks(l line) bool {
	switch l.sec {
	case secRequired:
		return true
	case secIntro, secOther, secPrefer: // "A degree … is required." under the nice-to-haves is required
		return k.opts.Short && l.sec == secIntro || base.ContainsAny(l.flat, needGate) && needCue.Get().MatchString(l.text)
	}
	return false
}

// noEquivalent denies the other way in: "we can't weigh experience instead".
var noEquivalent = base.Regexp{Expr: `(?i)\b(?:can['’]t|cannot|won['’]t|will not|do not|don['’]t)\s+(?:\w+\s+){0,2}experience\s+(?:instead|in place)`}

// numberedDegree is a degree of heat or of a circle ("40-degree heat"), or
// a student's place on a course, which is no degree asked for: "Enrolment
// in a co-op program at a Canadian college or university".
var numberedDegree = base.Regexp{Expr: `(?i)\b\d+-degrees?\b|\b\d+\s?degrees?\s+(?:celsius|fahrenheit|c|f|heat|weather|temperatures?|view|feedback)\b|\b(?:enrol(?:l)?(?:ment|ed)|currently (?:studying|enrolled)|studying)\s+(?:in|at)\b[^.;]*\b(?:college|university|program(?:me)?|course)\b`}

// needGate holds a word every needCue match has.
var needGate = []string{"need", "must", "mandatory", "require", "essential", "gotta", "have to have", "got to have"}

// needCue says that something is needed of the candidate.
var needCue = base.Regexp{Expr: `(?i)\byou(?:['’]ll| will)? need\b|\byou must\b|\bmust have\b|\b(?:is|are) (?:mandatory|required|essential|a must)\b|\bwe require\b|\byou(?:['’]ve)?\s+(?:gotta|got to|have to)\s+have\b`}

func (k *checker) requirements() {
	var required []line
	yearsLine, years := 0, 0
	for _, l := range k.d.lines {
		if l.heading || l.text == "" || !k.asks(l) {
			continue
		}
		if l.bullet && !preferredWording.Get().MatchString(l.text) && !niceToHave.Get().MatchString(l.text) {
			required = append(required, l) // "Salesforce experience is a plus" is asked for, not required
		}
		// Of two lines asking the same years, a listed requirement is the
		// one to name, not a board's "Experience: 12 years" field above it.
		if y := yearsIn(l); y > years || y == years && y > 0 && l.bullet && !k.d.lines[yearsLine-1].bullet {
			years, yearsLine = y, l.n
		}
		asked := numberedDegree.Get().ReplaceAllString(l.text, "")
		if m := degreeWords.Get().FindStringIndex(asked); m != nil && !markup.Negated(asked, m[0]) && (!equivalent.Get().MatchString(l.text) || noEquivalent.Get().MatchString(l.text)) && !preferredWording.Get().MatchString(l.text) {
			k.add(Finding{Rule: "degree-without-equivalent", Severity: Warning, Line: l.n, Phrase: degreeWords.Get().FindString(l.text), Step: base.StepSkills,
				Message: "A degree is required with no other way in: many good account managers learned the job without one.",
				Fix:     "Add \"or equivalent experience\", or move the degree to the nice-to-haves."})
		}
	}
	if len(required) > maxRequired {
		k.add(Finding{Rule: "too-many-requirements", Severity: Warning, Line: required[0].n, Step: base.StepSkills,
			Message: fmt.Sprintf("%d required items. Long lists put off qualified people who do not tick every box, women most of all.", len(required)),
			Fix:     fmt.Sprintf("Keep the %d that truly decide the job; move the rest to the nice-to-haves.", maxRequired)})
	}
	k.seniority(years, yearsLine)
}

// seniority compares the years asked for with the title and with what the
// text says about the level of the job.
// titleParts splits a title into the role and what follows it: "Account
// Manager – Funeral Director Accounts".
var titleParts = base.Regexp{Expr: `\s+(?:[–—|]|--?)\s+|\s*[(,:]\s*`}

// roleName is the role a title names, without the accounts or the place
// after it: in "Account Manager – Funeral Director Accounts" the directors
// are the clients, and the job is no director's.
func roleName(title string) string {
	title = title[:base.RuneStart(title, min(len(title), 40*maxTitleWords))] // a title is a line, not a page
	if loc := titleParts.Get().FindStringIndex(title); loc != nil && strings.Contains(strings.ToLower(title[:loc[0]]), "account") {
		return title[:loc[0]]
	}
	return title
}

func (k *checker) seniority(years, at int) {
	title, _ := k.titleText() // under a board's name ("talent.com"), the role
	title = roleName(title)
	level := ""
	if markup.SaysEntryLevel(k.d.body) {
		lines := make([]string, len(k.d.lines))
		for i, l := range k.d.lines {
			lines[i] = l.text
		}
		level = markup.EntryLevel(lines)
	}
	switch {
	case years >= 5 && level != "" && (!markup.JuniorTitle(title) || !strings.Contains(strings.ToLower(level), "junior")):
		// ("the junior role" under a Junior title restates the title: the
		// years against the title are told below; "entry level" tells the
		// job's level, whatever the title)
		k.add(Finding{Rule: "seniority-contradiction", Severity: Warning, Line: at, Phrase: level, Step: base.StepSkills,
			Message: fmt.Sprintf("The posting calls the job %q but asks for %d+ years of experience.", level, years),
			Fix:     "Decide which it is: an entry-level job asks for 0-2 years; a job that needs more is not entry level."})
	case years >= 5 && markup.JuniorTitle(title):
		k.add(Finding{Rule: "years-vs-title", Severity: Warning, Line: at, Step: base.StepSkills,
			Message: fmt.Sprintf("%d+ years of experience for a junior role: people who fit the title will not apply.", years),
			Fix:     "Ask for 0-2 years, or change the title if the job really needs more."})
	case years >= 10 && !markup.SeniorTitle(title):
		k.add(Finding{Rule: "years-vs-title", Severity: Warning, Line: at, Step: base.StepSkills,
			Message: fmt.Sprintf("%d+ years of experience for an Account Manager: that is the experience of a senior or key account manager.", years),
			Fix:     "Ask for 2-5 years, or make the title Senior or Key Account Manager and pay for it."})
	}
}

var (
	preferredWording = base.Regexp{Expr: `(?i)\b(preferred|nice to have|a plus|bonus points|(?:would be|is|as) a bonus|ideally|desirable|an asset|advantageous|would help|beneficial|would be (?:nice|good|great|handy|welcome)|especially welcome|particularly welcome)\b|\(optional\)`}
	// niceToHave marks a whole item as a nice-to-have, where "ideally in
	// telecoms" only narrows a requirement: "French would be a real bonus".
	niceToHave = base.Regexp{Expr: `(?i)\b(nice[ -]to[ -]have|(?:would be|is|as) (?:a |an )?(?:[a-z]+ )?(?:bonus|plus|advantage|asset)|an asset|a plus|advantageous|desirable|(?:is|are|would be) preferred|would be (?:helpful|useful|welcome|handy|nice|good to see|great to see|nice to see|great|lovely|brilliant|fantastic|wonderful|ideal|excellent|amazing)|(?:a )?bonus,? not a must|,\s*even better\b|even better if|not a must|(?:we )?can live without|would(?:n['’]t| not) (?:go amiss|hurt)|won['’]t hurt|(?:would be )?a nice extra|(?:not a|no|isn['’]t a) deal[- ]?breaker|extra credit|helps,? but we['’]ll (?:teach|train|show) you|we['’]ll show you|we will show you|(?:but|though|although),? (?:it['’]s |it is |they['’]re |they are )?(?:is not|isn['’]t|not|aren['’]t) (?:essential|a must)|bonus points|especially welcome|particularly welcome|fine if you don['’]t|if you don['’]t have (?:it|one|them),? no (?:worries|problem)|no worries if (?:you don['’]t|not)|(?:plenty|most|many|some) of (?:\w+ )?(?:here|us) don['’]t|no worries if not|if you happen to|won['’]t hold it against you|(?:won['’]t|will not|doesn['’]t|does not|wouldn['’]t|would not) (?:make or break|count against you)|if you haven['’]t,? (?:that['’]s|it['’]s) (?:fine|ok|okay|no problem)|no (?:problem|matter) if (?:you|not)|don['’]t worry if (?:you|not)|(?:nobody|no one|no-one)(?:['’]s| is| will be| will)? (?:be )?(?:check|checking|ask|asking|test|testing|counting))\b|\b(?:should|if) you (?:have|hold|happen to have|['’]ve got) (?:one|it|them|any)\W*$|\(optional\)|\bpreferred\W*$|^\W*(?:ideally|preferably)\b`}
)

func (k *checker) qualifications() {
	if !k.d.hasSection(secRequired) && !k.d.has(k.c.Checks.RequirementsProse) {
		k.add(Finding{Rule: "qualifications-missing", Severity: Warning, Step: base.StepSkills,
			Message: "No requirements section: no heading such as \"Requirements\" or \"What you bring\", and no paragraph saying \"you will need\", so candidates cannot tell what is essential.",
			Fix:     "Add a list of required qualifications, and a separate one for nice-to-haves."})
		return
	}
	// A nice-to-have item among the requirements is mixed in, even where the
	// posting has a list of them: "French is an asset" under REQUIRED. Any
	// preferred wording counts when there is no such list.
	strong, weak := k.mixedIn(niceToHave.Get()), 0
	if strong == 0 && !k.d.hasSection(secPrefer) {
		weak = k.mixedIn(preferredWording.Get())
	}
	if n := max(strong, weak); n > 0 {
		re := map[bool]*base.Pattern{true: niceToHave.Get(), false: preferredWording.Get()}[strong > 0]
		k.add(Finding{Rule: "qualifications-mixed", Severity: Warning, Line: n, Phrase: re.FindString(k.d.lines[n-1].text), Step: base.StepSkills,
			Message: "Required and preferred qualifications are mixed in one list.",
			Fix:     "Move the nice-to-haves to their own list, so people who meet the essentials still apply."})
	}
}

// mixedIn is the first line of the requirements that re marks as
// preferred, or 0.
func (k *checker) mixedIn(re *base.Pattern) int {
	for _, l := range k.d.lines {
		// "a CRM (Salesforce preferred)" asks for a CRM: an aside narrows
		// the item, it does not make it a nice-to-have.
		if l.sec != secRequired || l.heading {
			continue
		}
		text := l.text
		if strings.IndexByte(text, '(') >= 0 {
			if optionalAside.Get().MatchString(text) || slices.ContainsFunc(aside.Get().FindAllString(text, 4), func(a string) bool { return len(strings.Fields(a)) >= 4 && re.MatchString(a) }) {
				return l.n // the item's own aside makes it optional: "(optional)", "(we won't hold it against you)"
			}
			text = aside.Get().ReplaceAllString(text, "")
		}
		if re.MatchString(text) {
			return l.n
		}
	}
	return 0
}

var (
	aside         = base.Regexp{Expr: `\([^()]*\)`}
	optionalAside = base.Regexp{Expr: `(?i)\(\s*(?:optional|not essential|not required|a bonus|a plus|nice to have|desirable)\s*\)`}
)
