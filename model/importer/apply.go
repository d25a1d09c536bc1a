package importer

import (
	"slices"
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// apply is how to apply, in the posting's own words: the paragraphs of its
// apply section that say how, or with none, the last paragraph anywhere
// that does.
func (im *importer) apply() []string {
	var apply []string
	for _, para := range paragraphs(im.d.lines(checker.RoleApply)) {
		// Only what says how: not a form's field labels, a job board's
		// eligibility questions or a date alone.
		if !eeoWords().MatchString(para.Text) && !eligibility().MatchString(para.Text) && applyHow().MatchString(para.Text) &&
			len(strings.Fields(para.Text)) >= 4 && !strings.HasSuffix(para.Text, "?") && !pageChrome().MatchString(para.Text) {
			if t := im.withoutClosing(para.Text); t != "" {
				apply = append(apply, t)
			}
		}
	}
	if len(apply) == 0 {
		return im.applyAnywhere()
	}
	return withoutAsides(apply)
}

// withoutAsides drops from the apply paragraphs those that are not a
// sentence and give no address the sentences do not: a board's "Save job
// Send to a friend", "Share this job: Facebook · LinkedIn · Email", a
// footer repeating the e-mail, a note to a colleague.
func withoutAsides(paras []string) []string {
	var said []string
	sentences := 0
	for _, p := range paras {
		if endsSentence(p) {
			said = append(said, addresses(p)...)
			sentences++
		}
	}
	if sentences == 0 {
		return paras
	}
	var out []string
	for _, p := range paras {
		if endsSentence(p) || slices.ContainsFunc(addresses(p), func(a string) bool { return !slices.Contains(said, a) }) {
			out = append(out, p)
		}
	}
	return out
}

// addresses is the e-mail addresses, web addresses and phone numbers of s.
func addresses(s string) []string {
	var out []string
	for _, m := range contactAddress().FindAllString(s, -1) {
		out = append(out, strings.TrimRight(strings.ToLower(m), "."))
	}
	return out
}

var contactAddress = base.LazyRegexp(`[\w.+-]+@[\w-]+(?:\.[\w-]+)+|(?i:\b(?:https?://|www\.)[^\s)<>,;]+)|\+?\d[\d ()-]{6,}\d`)

// pageChrome is a job board's or a mailer's own text: an application
// form's fields, a task's "Comments (3)", "Powered by", "Not ready to apply?", an e-mail's footer.
var pageChrome = base.LazyRegexp(`(?i)\bpowered by\b|not ready to apply|connect with us for|\*\s+\S+(?:\s+\S+)?\s+\*|you(?:'re| are) receiving this|unsubscribe|view this (?:e-?mail|message) in|manage your (?:alerts|preferences)|view (?:this )?job (?:in|on)\b|^share (?:this )?(?:job|post|listing|vacancy)\b|^please mention \S+ when you apply|^comments?\s*\(\d+\)|^\d+\s+comments?\b`)

// applyLead opens a paragraph that says how to apply.
var applyLead = base.LazyRegexp(`(?i)^(?:to apply|apply|please apply|send|please send|e-?mail|click|interested\?)`)

// applyAnywhere finds how to apply with no heading for it: the last
// paragraph that opens by saying how, and names where.
func (im *importer) applyAnywhere() []string {
	all := paragraphs(im.d.all())
	for i := len(all) - 1; i >= 0; i-- {
		t := all[i].Text
		// A board's buttons ("Apply now Send to a friend") say no sentence.
		if applyLead().MatchString(t) && applyHow().MatchString(t) && !eligibility().MatchString(t) &&
			(strings.Contains(t, "@") || webURL().MatchString(t) || strings.Contains(strings.ToLower(t), "apply") && endsSentence(t)) {
			return []string{im.withoutClosing(t)}
		}
	}
	return nil
}

// applyHow says how to apply: a verb of applying or a place to send to.
var applyHow = base.LazyRegexp(`(?i)\b(apply|applications?|send|e-?mail|submit|upload|cv|resume|résumé|call|contact|write to)\b|@|https?://|www\.`)

// amjdDate is a date as amjd writes it after its closing phrase: "4
// February 2028." or "February 4, 2028.".
var amjdDate = base.Regexp{Expr: `^(?:\d{1,2} \p{Lu}\p{Ll}+ \d{4}|\p{Lu}\p{Ll}+ \d{1,2}, \d{4})\.?$`}

// labelLine is a "Label: value" field with a short label.
var labelLine = base.LazyRegexp(`(?:^|\s)[A-Z][\w ]{0,20}:\s`)

// withoutClosing leaves out what the closing date field says again: a
// paragraph that only gives the date, and amjd's own closing sentence
// ("Applications close on …", which the posting writes from that field).
// A closing sentence among a paragraph's others is the posting's wording of
// how to apply, and stays.
func (im *importer) withoutClosing(s string) string {
	own, _, _ := strings.Cut(im.c.Phrases.ApplicationsClose, "{date}")
	var keep []string
	closing := 0
	for _, sen := range sentences(s) {
		if closingSentence().MatchString(sen) {
			closing++
		}
		if rest, ok := strings.CutPrefix(sen, own); own != "" && ok && amjdDate.Get().MatchString(rest) {
			continue // amjd's own "Applications close on 4 February 2028." ("… on Friday 4 February" is the writer's)
		}
		keep = append(keep, sen)
	}
	if closing == len(sentences(s)) {
		return ""
	}
	return strings.Join(keep, " ")
}
