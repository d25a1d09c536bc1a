package checker

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
	"amjd/model/markup"
)

// Several jobs in one: duties in three or more job families besides account
// management, each found as the reader's own duty, not a team's they work
// with.

// severalJobs finds duties in three or more job families besides account
// management, and names each family where it first appears.
func (k *checker) severalJobs() {
	if k.finance {
		return // a finance job's billing, payroll and team are its own work
	}
	var firsts []hit
	var names []string
	for _, fam := range k.c.Checks.Families {
		if h, ok := k.firstOwnDuty(fam.Words); ok {
			h.word = fam.Name
			firsts = append(firsts, h)
		}
	}
	if h, ok := k.managesATeam(); ok {
		firsts = append(firsts, h)
	}
	said := len(firsts) < 3
	if said {
		h, ok := k.saysSeveralJobs()
		if !ok {
			return
		}
		firsts = append(firsts, h)
	}
	sort.SliceStable(firsts, func(i, j int) bool {
		return firsts[i].line < firsts[j].line || firsts[i].line == firsts[j].line && firsts[i].at < firsts[j].at
	})
	for _, h := range firsts {
		names = append(names, fmt.Sprintf("%s (%q, line %d)", h.word, h.phrase, k.d.lines[h.line-1].src))
	}
	lead := "Several jobs in one: besides account management, the duties span "
	if said {
		lead = "Several jobs in one, as the posting says itself: "
	}
	k.add(Finding{Rule: "several-jobs", Severity: Warning, Line: firsts[0].line, Step: base.StepResponsibilities,
		Message: lead + base.JoinAnd(names) + ".",
		Fix:     "Keep the account management core; move the rest to the people who own it, or pay for the wider role."})
}

// saysSeveralJobs finds where the posting itself says the role is several
// jobs: "it's really three jobs in one".
func (k *checker) saysSeveralJobs() (hit, bool) {
	for _, l := range k.d.lines {
		if m := markup.SeveralJobsSaid(l.text, l.flat); m != nil && (l.sec != secAbout || roleWords.Get().MatchString(l.text)) {
			return hit{word: "in so many words", phrase: l.text[m[0]:m[1]], line: l.n, at: m[0]}, true
		}
	}
	return hit{}, false
}

// withOthers ends the text before a duty word that names someone else's
// work: "work with our dispatchers", "follow up with the QC lab".
var withOthers = base.Regexp{Expr: `(?i)\b(?:with|to|from|by|via|through)\s+(?:our|the|your)\s+(?:[\w-]+\s+)?(?:and\s+(?:our|the|your)\s+(?:[\w-]+\s+)?)?$`}

// teamAfter follows a word that names a team, not a duty: "logistics and
// pricing organizations", "warehouse team".
var teamAfter = base.Regexp{Expr: `(?i)^(?:\s+(?:and|&)\s+[\w-]+)?\s+(?:team|teams|department|departments|organi[sz]ations?|colleagues|function|group)\b`}

// withTeam ends the text before a team's capitalised name: "Coordinates
// with Production Planning".
var withTeam = base.Regexp{Expr: `(?i)\b(?:with|to|from|by|via|through|and|between)\s+$`}

// namesATeam reports a duty word that is a team's name or kind: a word
// followed by "team" or "organizations", or a capitalised name after "with".
func (k *checker) namesATeam(h hit) bool {
	if teamAfter.Get().MatchString(k.afterHit(h)) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(h.phrase)
	return unicode.IsUpper(r) && withTeam.Get().MatchString(k.beforeHit(h))
}

// firstOwnDuty is the first affirmed hit of words that is the candidate's
// own duty, not work done by a team they work with.
func (k *checker) firstOwnDuty(words []string) (hit, bool) {
	tries := 0
	for _, h := range k.d.find(words, all) {
		if tries++; tries > maxTries {
			break
		}
		l := k.d.lines[h.line-1]
		start, _ := k.sentenceAround(h.line, h.at)
		if markup.Negated(l.text[start:], h.at-start) || withOthers.Get().MatchString(k.beforeHit(h)) ||
			k.namesATeam(h) || k.othersDo(k.sentenceOf(h)) || k.aboutUs(h) {
			continue
		}
		return h, true
	}
	return hit{}, false
}

// aboutUs reports whether h sits in what the company says of itself, not in
// a duty: the About section, or prose outside the duties whose sentence and
// the one before it name neither the reader nor the role ("our warehouse
// sends deliveries to every county each night"; but "You're part of the
// crew. That means loading the trailer" is the reader's).
func (k *checker) aboutUs(h hit) bool {
	l := k.d.lines[h.line-1]
	if l.sec == secAbout {
		return true
	}
	if l.bullet || l.sec == secDuties {
		return false
	}
	start, end := k.sentenceAround(h.line, h.at)
	if start > 0 {
		start, _ = k.sentenceAround(h.line, start-1)
	}
	return !roleWords.Get().MatchString(l.text[start:end])
}

// managesTeam is a duty of managing people: "you'll manage our six-strong
// snagging and after-sales repair team", "supervise the warehouse crew".
var managesTeam = base.Regexp{Expr: `(?i)\b(?:manage|managing|supervise|supervising|line[- ]manage|line[- ]managing|lead|leading)\s+(?:our|the|a|an|your)\s+((?:[\w-]+\s+){0,5}?)(?:team|crew|staff|technicians|engineers|drivers|installers)\b`}

// ownTeams are words that make a team one an account manager leads as one:
// the account team, a cross-functional team.
var ownTeams = []string{"account", "client", "customer", "virtual", "cross-functional", "project", "deal", "pursuit", "success"}

// managesATeam is the first sentence where the reader manages people of
// another trade: a job of its own beside the accounts.
func (k *checker) managesATeam() (hit, bool) {
	for _, l := range k.d.lines {
		if k.d.stopped() {
			break
		}
		if !strings.Contains(l.flat, "manag") && !strings.Contains(l.flat, "supervis") && !strings.Contains(l.flat, "lead") {
			continue
		}
		m := managesTeam.Get().FindStringSubmatchIndex(l.text)
		if m == nil || base.ContainsAny(strings.ToLower(l.text[m[2]:m[3]]), ownTeams) {
			continue
		}
		h := hit{word: "people management", phrase: l.text[m[0]:m[1]], line: l.n, at: m[0], sec: l.sec}
		start, _ := k.sentenceAround(l.n, m[0])
		if markup.Negated(l.text[start:], m[0]-start) || k.othersDo(k.sentenceOf(h)) {
			continue
		}
		return h, true
	}
	return hit{}, false
}
