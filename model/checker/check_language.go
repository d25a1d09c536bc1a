package checker

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"amjd/content"
	"amjd/model/base"
	"amjd/model/markup"
)

// Rules about how the posting is written: phrases that say nothing, words
// that exclude, length, reading grade, the share of bullets, and whether it
// speaks to the reader.

func (k *checker) vague() {
	k.phrases(k.c.Checks.Vague, "vague-phrase", Warning, "fits any job and tells the reader nothing.", "")
}

func (k *checker) exclusionary() {
	k.phrases(k.c.Checks.Exclusionary, "exclusionary", Warning,
		"can put people off for reasons unrelated to the job.", "Use: ")
}

// age flags wording that asks for an age rather than a skill.
func (k *checker) age() {
	k.phrases(k.c.Checks.Age, "age-bias", Warning,
		"asks for an age, not a skill: it puts off older applicants and may break age-discrimination law.", "Use: ")
}

// protected flags requirements about who a person is (family, health,
// religion, origin, sex) rather than what they can do.
func (k *checker) protected() {
	k.phrases(k.c.Checks.Protected, "protected-characteristic", Error,
		"asks about who a person is, not what they can do: it is discriminatory in most places.", "Remove it: ")
}

// screens flags a sentence that turns applicants away, or picks them, for
// who they are, however it words the reason (see markup.Screens): "we
// can't consider anyone who has had cancer treatment".
func (k *checker) screens() {
	if !markup.MayScreen(k.d.body) {
		return // no line can screen: not one holds a screen's words
	}
	found, passed := 0, 0 // screens found; sentences of a screen's shape read since the last
	for _, l := range k.d.lines {
		if found >= maxTries || passed > 10*maxTries || k.d.stopped() {
			return // no posting turns people away a hundred times, nor asks "you need to have" a thousand times in a row
		}
		screens, read := markup.Screens(l.text, l.flat, maxTries)
		if passed += read; len(screens) > 0 {
			passed = 0
		}
		for _, s := range screens {
			found++
			if k.protects(hit{line: l.n}) {
				break // an equal-opportunity statement says whom it does not turn away
			}
			if slices.ContainsFunc(k.findings, func(f Finding) bool { return f.Rule == s.Rule && f.Line == l.n }) {
				continue // the line's words told it already ("a clean bill of health")
			}
			sev, why := Warning, fmt.Sprintf("screens applicants on %q: who they are, not what the job needs.", s.Topic)
			if s.Rule == "protected-characteristic" {
				sev = Error
			}
			k.add(Finding{Rule: s.Rule, Severity: sev, Line: l.n, Phrase: s.Phrase,
				Message: fmt.Sprintf("%q %s", s.Phrase, why), Fix: "Remove the screen, or say which skill or licence the job really needs."})
		}
	}
}

// inAName reports a capitalised hit beside another capitalised word: a
// proper name ("Employment Hero", "Rockstar Games"), not the word's sense.
func (k *checker) inAName(h hit) bool {
	if !unicode.IsUpper(base.FirstRune(h.phrase)) {
		return false
	}
	before := strings.Fields(k.beforeHit(h))
	after := strings.Fields(k.afterHit(h))
	capital := func(w string) bool { return unicode.IsUpper(base.FirstRune(strings.Trim(w, "\"'(“"))) }
	return len(before) > 0 && capital(before[len(before)-1]) && !strings.ContainsAny(before[len(before)-1], ".!?:") ||
		len(after) > 0 && capital(after[0])
}

// phrases flags every phrase of a word list found in the posting: the
// finding quotes it, says why, and gives the list's fix after fixLead (with
// a full stop when there is a lead).
func (k *checker) phrases(list []content.PhraseFix, rule string, sev Severity, why, fixLead string) {
	for _, v := range list {
		passed := 0 // uses in a row that were no finding
		for _, h := range k.d.find([]string{v.Phrase}, all) {
			if k.full(rule) {
				continue
			}
			if passed++; passed > 10*maxTries {
				// A thousand uses of one phrase in a row, none of them a
				// finding (a megabyte of "years old" told of things): the
				// rest are the same, and not read clause by clause.
				break
			}
			if (rule == "protected-characteristic" || rule == "age-bias" || rule == "exclusionary") && k.protects(h) {
				continue // an equal-opportunity statement names what it does not judge on
			}
			if notAsked.Get().MatchString(k.afterHit(h)) || notNeeded.Get().MatchString(k.beforeHit(h)) {
				continue // "Canadian work experience is not required", "you don't need to include your date of birth"
			}
			if rule == "vague-phrase" && k.inAName(h) {
				continue // "Employment Hero", a company's name, is no hero wanted
			}
			if rule == "age-bias" && notAge.Get().MatchString(k.afterHit(h)) {
				continue // "under 35 days" counts days, not years of age
			}
			if (rule == "protected-characteristic" || rule == "age-bias") && k.ageOfAThing(h) {
				continue // "units more than 30 years old" are elevators, not people
			}
			if rule == "protected-characteristic" && productAfter.Get().MatchString(k.afterHit(h)) {
				continue // "diabetic and compression socks" are a product, "maternity wear" a range
			}
			if rule == "protected-characteristic" && decadeAfter.Get().MatchString(k.afterHit(h)) {
				continue // "born in the 1990s" asks an age: the age rule says so
			}
			fix := v.Fix
			if fixLead != "" {
				fix = fixLead + v.Fix + "."
			}
			passed = 0
			k.add(Finding{Rule: rule, Severity: sev, Line: h.line, Phrase: h.phrase,
				Message: fmt.Sprintf("%q %s", h.phrase, why), Fix: fix})
		}
	}
}

// notNeeded ends the text before a phrase the posting says it does not ask
// for: "you don't need to include", "we never ask for".
var notNeeded = base.Regexp{Expr: `(?i)\b(?:don['’]t|don’t|do not|doesn['’]t|does not|won['’]t|will not|never|no need to)\s+(?:need to\s+|have to\s+)?(?:include|give|provide|share|tell us|state|ask(?:\s+for)?|require)\b[^.]{0,30}$` +
	// "You don't need Canadian work experience to apply."
	`|\b(?:don['’]t|do not|doesn['’]t|does not|won['’]t|will not|never)\s+(?:need|require|expect|ask for|want)\s+(?:any\s+)?$`}

// productAfter follows a word that names what is sold or whom it serves,
// not the applicant: "diabetic socks", "maternity wear", "wheelchair
// ramps".
var productAfter = base.Regexp{Expr: `(?i)^\s+(?:(?:and|or|&)\s+[\w-]+\s+)?(?:socks|shoes|footwear|insoles|supplies|products?|foods?|snacks|range|ranges|lines?|wear|clothing|bras|equipment|ramps|lifts|testing|tests|meters|kits|care|patients|customers|clients|market|clinics?|pharmac(?:y|ies))\b`}

// decadeAfter follows "born in" when it dates a birth, not a birthplace.
var decadeAfter = base.Regexp{Expr: `^\s+(?:the\s+)?(?:19|20)\d\d`}

// protectingWords mark a line that names protected characteristics to say
// they play no part ("whatever your age or marital status"), or a group to
// welcome it ("an incentive, which helps employers take on people who have
// been out of work").
var protectingWords = []string{"equal opportunit", "without regard to", "regardless of", "whatever their", "whatever your",
	"do not discriminate", "does not discriminate", "welcome applications from", "irrespective of age", "irrespective of race",
	"irrespective of gender", "irrespective of sex", "irrespective of religion", "irrespective of disability", "irrespective of background",
	"incentive, which helps", "helps employers take on", "encourage applications from", "we particularly welcome"}

// protects reports whether the hit is in an equal-opportunity statement.
func (k *checker) protects(h hit) bool {
	if h.line < 1 || h.line > len(k.d.lines) || k.d.lines[h.line-1].n != h.line {
		return false
	}
	if v, ok := k.protecting[h.line]; ok {
		return v // asked once per line: a line may hold thousands of hits
	}
	if k.protecting == nil {
		k.protecting = map[int]bool{}
	}
	k.protecting[h.line] = base.ContainsAny(k.d.lines[h.line-1].flat, protectingWords)
	return k.protecting[h.line]
}

// yearsOfAge is an age told in years: whose age it is, the clause says.
var yearsOfAge = base.Regexp{Expr: `(?i)^years (?:old|of age)$`}

// ageOfAThing reports an age in years told of a thing, not a person: "a
// market more than five years old" (see markup.ThingsAge).
func (k *checker) ageOfAThing(h hit) bool {
	if !yearsOfAge.Get().MatchString(h.phrase) {
		return false
	}
	text := k.d.lines[h.line-1].text
	return markup.ThingsAge(text[base.RuneStart(text, h.at-markup.ClauseReach):h.at])
}

// AsksAboutThePerson reports whether a line asks for an age or a protected
// characteristic (a native language among them): what no interview may test.
func AsksAboutThePerson(c *content.Catalog, line string) bool {
	k := &checker{c: c, d: parseDocument(line)}
	k.age()
	k.protected()
	return len(k.findings) > 0
}

func (k *checker) length() {
	n := k.d.words
	lo, hi, form, over := 300, 700, "full posting", 700
	if k.opts.Short {
		// A board's short ad reads well a little past 150 words; a fifth
		// more is worth telling, not worth holding the ad for.
		lo, hi, form, over = 80, 150, "short form", 180
	}
	switch {
	case n < lo:
		k.add(Finding{Rule: "length", Severity: Info,
			Message: fmt.Sprintf("%d words is short for a %s (%d-%d reads best).", n, form, lo, hi),
			Fix:     "Add the book of business, KPIs and what success looks like."})
	case n > over:
		k.add(Finding{Rule: "length", Severity: Warning, Step: base.StepResponsibilities,
			Message: fmt.Sprintf("%d words is long for a %s (%d-%d reads best).", n, form, lo, hi),
			Fix:     "Cut generic duties and merge similar lines."})
	case n > hi:
		k.add(Finding{Rule: "length", Severity: Info, Step: base.StepResponsibilities,
			Message: fmt.Sprintf("%d words is a little long for a %s (%d-%d reads best).", n, form, lo, hi),
			Fix:     "Cut a generic duty or two if you can."})
	}
	k.grade()
	if !k.opts.Short {
		k.bulletShare()
	}
}

// grade tells the reading grade: a warning over grade 12.
func (k *checker) grade() {
	if grade, ok := k.readingGrade(); ok {
		if grade > 12 {
			k.add(Finding{Rule: "reading-grade", Severity: Warning,
				Message: fmt.Sprintf("Reading grade %.1f (Flesch-Kincaid): hard going for many readers.", grade),
				Fix:     "Use shorter sentences and plainer words; aim for grade 8-10."})
		} else {
			fix := "Nothing to do: grade 8-10 suits a job ad."
			if grade < 8 {
				fix = "Nothing to do: it is easy to read."
			}
			k.add(Finding{Rule: "reading-grade", Severity: Info,
				Message: fmt.Sprintf("Reading grade %.1f (Flesch-Kincaid).", grade), Fix: fix})
		}
	}
}

// bulletShare tells a posting of bullets only, or of prose only.
func (k *checker) bulletShare() {
	bullets, prose := 0, 0
	for _, l := range k.d.lines {
		switch {
		case l.heading || l.text == "":
		case l.bullet:
			bullets++
		default:
			prose++
		}
	}
	if total := bullets + prose; total >= 10 {
		share := float64(bullets) / float64(total)
		switch {
		case share > 0.9:
			k.add(Finding{Rule: "bullets", Severity: Info,
				Message: fmt.Sprintf("%.0f%% of lines are bullets.", share*100),
				Fix:     "Open with two or three sentences on what the role is for."})
		case share < 0.2 && k.d.words > 200:
			k.add(Finding{Rule: "bullets", Severity: Info,
				Message: fmt.Sprintf("Only %.0f%% of lines are bullets: duties and requirements are hard to scan.", share*100),
				Fix:     "List responsibilities and requirements as bullets."})
		}
	}
}

// ReadingGrade is the Flesch-Kincaid grade of a posting's prose and bullets,
// as its reading-level rule judges it; ok is false for a text too short to
// grade.
func ReadingGrade(text string) (grade float64, ok bool) {
	k := &checker{d: parseDocument(text)}
	return k.readingGrade()
}

// readingGrade is the Flesch-Kincaid grade of the prose and bullets.
func (k *checker) readingGrade() (float64, bool) {
	var texts []string
	for _, l := range k.d.lines {
		if !l.heading && l.text != "" {
			texts = append(texts, l.text)
		}
	}
	return markup.FleschKincaid(texts)
}

var youWords = base.Regexp{Expr: `(?i)\b(you|your|you'll|you're)\b`}

func (k *checker) voice() {
	third := k.d.find(k.c.Checks.ThirdPerson, all)
	you := len(youWords.Get().FindAllString(k.d.body, -1))
	if more := k.aboutThem(); len(more) > 0 && you < 3*len(more) {
		third = append(third, more...)
		sort.SliceStable(third, func(i, j int) bool { return third[i].line < third[j].line })
	}
	// One sentence about "the successful candidate" in a posting that speaks
	// to "you" is a slip, not the posting's voice, unless "they" goes on
	// about the hire: "The successful Account Manager will … They will …".
	if len(third) == 0 || k.oneSentence(third[0], third[len(third)-1]) && you > 0 && !markup.TheyGoOn(k.d.body) {
		return
	}
	k.add(Finding{Rule: "voice", Severity: Warning, Line: third[0].line, Phrase: third[0].phrase,
		Message: fmt.Sprintf("Written about %s (%s) rather than to the reader (\"you\" %s).", quoteList(third, 2), base.Times(len(third)), base.Times(you)),
		Fix:     "Address the reader: \"you will manage\", \"you bring\"."})
}

// oneSentence reports whether hits a and b are in one sentence.
func (k *checker) oneSentence(a, b hit) bool {
	return a.line == b.line && !strings.ContainsAny(k.d.lines[a.line-1].text[min(a.at, b.at):max(a.at, b.at)], ".!?")
}

// aboutThem finds the hire named in the third person (markup.HireInThirdPerson).
func (k *checker) aboutThem() []hit {
	var hits []hit
	for _, l := range k.d.lines {
		for _, m := range markup.HireInThirdPerson(l.text, l.flat) {
			hits = append(hits, hit{word: "third person", phrase: l.text[m[0]:m[1]], line: l.n, at: m[0], sec: l.sec})
		}
	}
	return hits
}
