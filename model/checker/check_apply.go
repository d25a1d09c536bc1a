package checker

import (
	"fmt"
	"strings"

	"amjd/model/base"
	"amjd/model/markup"
)

// Rules about what the reader must do and what is left unfinished: amjd's
// suggestion markers, template text, and the call to action.

// RuleSuggestion is the rule of the finding for a line that still ends in
// base.SuggestionMarker: amjd's suggestion left where the user's fact belongs.
const RuleSuggestion = "suggestion-left-in"

// suggestionNotes says what a marked suggestion stands in for, by section.
var suggestionNotes = map[section]string{
	secPay:     "The pay is amjd's suggested figure, not your approved band.",
	secDuties:  "The book of business is amjd's typical figure, not your real book.",
	secSuccess: "The KPIs and targets are amjd's suggestion, not targets you have set.",
	secReport:  "The reporting line is amjd's typical one for this role.",
	secAbout:   "The text about the company is amjd's placeholder.",
	secApply:   "How to apply is amjd's placeholder: say where to apply and what to send.",
	secPlace:   "The working hours are not stated yet.",
}

// suggestions reports every suggestion marker amjd left in a line: a fact the
// hiring manager has not given yet.
func (k *checker) suggestions() {
	for _, l := range k.d.lines {
		n := strings.Count(l.text, base.SuggestionMarker)
		msg, ok := suggestionNotes[l.sec]
		if !ok {
			msg = "This line states amjd's suggestion, not a fact you gave."
		}
		for range n {
			k.add(Finding{Rule: RuleSuggestion, Severity: Warning, Line: l.n, Phrase: base.SuggestionMarker, Message: msg,
				Fix: "Give your own detail in its place (or amjd's again, as your answer), and the marker goes."})
		}
	}
}

// wikiMacro is a wiki's macro alone on its line: Redmine's "{{>toc}}",
// "{{child_pages}}".
var wikiMacro = base.Regexp{Expr: `^\s*\{\{[<>]?\s*(?:toc|child_pages|include|collapse|thumbnail)\b[^{}]*\}\}\s*$`}

// maskedAmount is an amount or a number with its digits left as X: "£XXk",
// "$XX,XXX", "Position number 00XXXX".
var maskedAmount = base.Regexp{Expr: `[£$€]\s?X{2,}(?:[,.]X{3})*k?\b|[£$€]\s?N{2,}(?:[,.]N{3})*k?\b|\bX{2,}(?:[,.]X{3})*k?\s?(?:GBP|USD|EUR|CAD|AUD)\b|[£$€]\s?\d{1,3}[,.]X{3}\b|\b\d+X{3,}\b|\bX{3,}\d+\b|[£$€]\s?\d+X+(?:[,.][\dX]{3})+\b`}

// mergeField is a mail-merge field left unfilled: "Hi [First Name],", "your
// time at [Current Company]".
var mergeField = base.Regexp{Expr: `(?i)\[(?:[a-z']+[ _]){0,2}(?:name|company|employer|title|role|position|city|date)\](?:[^(]|$)`}

func (k *checker) placeholders() {
	// A wiki's macro ("{{>toc}}", "{{toc}}") draws the page's contents: no
	// field left to fill.
	hits, n := k.d.findFirst(k.c.Checks.Placeholders, func(l line) bool { return !strings.Contains(l.text, "{{") || !wikiMacro.Get().MatchString(l.text) }, perRule)
	more := n - len(hits)
	add := func(h hit) { // past perRule, counted, not kept
		if len(hits) < perRule {
			hits = append(hits, h)
		} else {
			more++
		}
	}
	for _, l := range k.d.lines {
		if strings.Contains(l.text, "X") || strings.Contains(l.text, "NN") {
			for _, m := range maskedAmount.Get().FindAllString(l.text, -1) {
				add(hit{line: l.n, phrase: m})
			}
		}
		if strings.Contains(l.text, "[") {
			// A field the list names too ("[Company]") is one finding: the
			// same phrase on a line is told once.
			for _, m := range mergeField.Get().FindAllString(l.text, -1) {
				add(hit{line: l.n, phrase: m[:strings.IndexByte(m, ']')+1]})
			}
		}
		for _, m := range markup.TemplateFields(l.text) { // its own gates pass most lines over
			add(hit{line: l.n, phrase: strings.TrimSpace(l.text[m[0]:m[1]])})
		}
	}
	k.notListed("placeholder", more)
	for _, h := range hits {
		if k.full("placeholder") {
			continue // counted, not worded
		}
		k.add(Finding{Rule: "placeholder", Severity: Error, Line: h.line, Phrase: h.phrase,
			Message: fmt.Sprintf("Template text left in: %q.", h.phrase),
			Fix:     "Replace it with the real detail before publishing."})
	}
}

// applyVerb is an instruction to get in touch, which wants somewhere to do
// it (destinations).
var applyVerb = base.Regexp{Expr: `(?i)\b(apply|applications?|send|e-?mail|write to|submit|reach out|contact|get in touch|message|call|text)\b`}

// destinations are the ways a line names somewhere to apply: a web address,
// an e-mail address, a phone number or a named channel. Each form runs only
// on a line that holds one of its stems, so that a line runs the few
// expressions it could match, not one of all of them.
var destinations = []struct {
	stems []string
	re    base.Regexp
}{
	{[]string{"://", "www."}, base.Regexp{Expr: `(?i)https?://|www\.`}},
	{[]string{"@"}, base.Regexp{Expr: `\b[\w.+-]+@[\w-]+(\.[\w-]+)+`}},
	{[]string{"."}, base.Regexp{Expr: `(?i)\b[\w-]+(\.[\w-]+)*\.(com|org|net|io|co|example|jobs|careers|uk|de|ca|au|eu|ie|nz)\b`}},
	{[]string{"career", "job", "vacanc", "recruit"}, base.Regexp{Expr: `(?i)\b(careers?|jobs?|vacancies|recruiting) (page|site|portal|board|line)`}},
	{[]string{"our ", "linked", "form", "apply", "below"}, base.Regexp{Expr: `(?i)\bour (web ?site|site|portal)\b|\blinked ?in\b|\bapplication form\b|\bapply (now |today )?(online|here|below)\b|\b(form|link) below\b|\bapply button\b`}},
	{[]string{"click"}, base.Regexp{Expr: `(?i)\bclick\s+(?:on\s+)?(?:the\s+)?["“']?(?:here|below|apply|i'm interested)`}},
	{[]string{"page", "posting", "advert"}, base.Regexp{Expr: `(?i)\b(this|the) (page|posting|advert)\b`}},
	// A national number written in groups: "0400 000 000", "01632 960 123".
	{[]string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"}, base.Regexp{Expr: `\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\+\d[\d ()-]{7,}\d|\b0\d{1,4} \d{3,4} \d{3,4}\b`}},
	// The page's own apply button: "Hit APPLY NOW", a line that is the button.
	{[]string{"apply"}, base.Regexp{Expr: `(?i)^\W*(?:apply now|quick apply|easy apply|apply for this (?:job|position|role|vacancy)|apply on (?:the )?(?:company|employer['’]s) (?:site|website))\W*$|\b(?:hit|press|tap|use|click)\s+(?:the\s+)?["“']?apply(?: now)?["”']?(?:\s+button)?\b`}},
}

// hasDestination reports whether line l names somewhere to apply.
func hasDestination(l line) bool {
	for i := range destinations {
		d := &destinations[i]
		if base.ContainsAny(l.flat, d.stems) && d.re.Get().MatchString(l.text) {
			return true
		}
	}
	return false
}

// wrapsOnto reports whether line i's sentence runs on to the next line (it
// ends without a full stop, as e-mail and PDF text wrap) and names a
// destination there.
func (k *checker) wrapsOnto(i int) bool {
	t := strings.TrimSpace(k.d.lines[i].text)
	if t == "" || strings.ContainsAny(t[len(t)-1:], ".!?") || i+1 >= len(k.d.lines) {
		return false
	}
	next := k.d.lines[i+1]
	return !next.heading && hasDestination(next)
}

// applyStems are fixed text applyVerb needs, to skip most lines cheaply.
var applyStems = []string{"appl", "send", "mail", "write to", "submit", "reach out", "contact", "touch", "message", "call", "text"}

// callToAction wants an instruction to apply or send something, with a
// destination: "Apply at careers.example.com", "Send a CV to hello@…".
func (k *checker) callToAction() {
	asked := 0
	for i, l := range k.d.lines {
		if l.sec == secApply && !l.heading && hasDestination(l) {
			return // under "How to apply": "By email" then the address
		}
		if !base.ContainsAny(l.flat, applyStems) {
			continue
		}
		if asked > 0 && !strings.Contains(l.text, base.SuggestionMarker) && !hasDestination(l) && !k.wrapsOnto(i) {
			continue // the rule has its line: only a destination can change it
		}
		if applyVerb.Get().MatchString(l.text) {
			if strings.Contains(l.text, base.SuggestionMarker) {
				return // amjd's own placeholder: reported as a suggestion left in
			}
			if hasDestination(l) || k.wrapsOnto(i) {
				return
			}
			if asked == 0 && applyVerb.Get().FindString(l.text) != l.text {
				asked = l.n // not a lone "Apply" button's text
			}
		}
	}
	if asked > 0 {
		k.add(Finding{Rule: "no-call-to-action", Severity: Warning, Line: asked, Step: base.StepAbout,
			Message: "The posting says to apply but not where.",
			Fix:     "Give the address: a careers page, an e-mail address or a phone number, and what to send."})
		return
	}
	k.add(Finding{Rule: "no-call-to-action", Severity: Warning, Step: base.StepAbout,
		Message: "No call to action: the posting never says how to apply.",
		Fix:     "End with where to apply, what to send, and when you will reply."})
}
