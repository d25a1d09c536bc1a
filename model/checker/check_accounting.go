package checker

import (
	"fmt"
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/markup"
)

// An Accounting Manager is a finance job: the title that says so, and the
// finance duties that make an Account Manager's posting one.

// titleText is the job's title: the first line, and a "Position title:"
// or "Job title:" line of a form, whichever says more.
func (k *checker) titleText() (string, int) {
	if strings.Contains(strings.ToLower(k.d.title), "account") {
		// The title names the role: a "Job title" field further down
		// repeats it.
		for _, l := range k.d.lines {
			if l.text == k.d.title {
				return k.d.title, l.n
			}
		}
	}
	for _, l := range k.d.lines {
		for _, label := range []string{"position title", "job title", "title:"} {
			if strings.HasPrefix(l.flat, label) {
				return k.d.title + " " + l.text, l.n
			}
		}
	}
	if !strings.Contains(strings.ToLower(k.d.title), "account") {
		// A company name first, the role below it: "Glenmorven Distillers
		// Ltd  Job Description", then "Accounting Manager".
		// A group's or board's header above it: "📣 NOW HIRING: ACCOUNTING
		// MANAGER – Commercial Clients 📣" under a Facebook group's name.
		seen := 0 // the first ten lines with words (a mail chain's other messages are blank)
		for _, l := range k.d.lines {
			if l.text == "" {
				continue
			}
			if seen++; seen > 10 {
				break
			}
			// A breadcrumb ("Home / Jobs / Accounting Manager") is the
			// page's, the title under it the posting's.
			// A search box's query ("account manager jobs ennis") is the
			// reader's words: a title opens with a capital.
			if n := k.advertTitle(l); n > 0 {
				return k.d.lines[n-1].text, n // a mail's "Subject: Junior AM advert" over the advert's own title
			}
			crumbs := markup.PageChrome(l.text) || strings.Count(l.text, " / ") >= 2 || !unicode.IsUpper(base.FirstRune(l.text))
			if !crumbs && strings.Contains(l.flat, "account") && len(strings.Fields(l.flat)) <= 12 && !strings.HasSuffix(strings.TrimSpace(l.text), ".") {
				return l.text, l.n
			}
		}
	}
	return k.d.title, 1
}

// advertTitle is the line of the advert's own title when the title was
// read from an e-mail's subject ("Subject: Accounting Manager ad"): the
// first heading below it that names the role, or 0.
func (k *checker) advertTitle(subject line) int {
	if !strings.HasPrefix(subject.flat, "subject") {
		return 0
	}
	for _, l := range k.d.lines[subject.n:] {
		if l.heading && strings.Contains(l.flat, "account") && len(strings.Fields(l.flat)) <= 8 {
			return l.n
		}
	}
	return 0
}

func (k *checker) accounting() {
	hits := k.d.find(k.c.Checks.Accounting, all)
	acct := hits[:0] // the hits kept, in place
	for i, h := range hits {
		if i >= maxTries {
			acct = append(acct, hits[i:]...) // no posting names finance work a hundred times in passing
			break
		}
		// "our accounts receivable team" is another team; a site audit is no
		// finance audit; "reconciliation … is done by our Clinical Supply
		// team" is not the candidate's.
		if h.word == "reconcile*" && !base.ContainsAny(strings.ToLower(k.sentenceOf(h)), markup.MoneyObjects) {
			continue // "standards are consistently reconciled": no money is
		}
		if !unitAfter.Get().MatchString(k.afterHit(h)) && !k.qualifiedBy(h, k.c.Checks.NotFinance) && !k.objectIn(h, markup.GoodsCounted) &&
			!k.qualifiedBy(h, []string{"their", "customers", "clients", "customer's", "client's"}) && // "host their auditors" (the word before, its quote marks trimmed)
			(youDo.Get().MatchString(k.beforeHit(h)) || !k.othersDo(k.sentenceOf(h))) && !markup.Negated(k.d.lines[h.line-1].text, h.at) { // "You don't run payroll"
			acct = append(acct, h)
		}
	}
	title, titleLine := k.titleText()
	title = strings.ToLower(title)
	switch {
	case strings.Contains(title, "accounting manager"):
		if len(acct) == 0 && len(k.d.find(k.c.Checks.AccountManagement, all)) >= 3 {
			k.add(Finding{Rule: "accounting-title", Severity: Error, Line: titleLine, Step: base.StepVariant,
				Message: "The title says Accounting Manager, a finance job, but the duties are client account management.",
				Fix:     "Use Account Manager (or Key Account Manager) as the title."})
		} else if len(acct) > 0 {
			k.finance = true
			k.add(Finding{Rule: "accounting-title", Severity: Warning, Line: titleLine, Phrase: densest(acct).phrase, Step: base.StepVariant,
				Message: fmt.Sprintf("This is a finance job: an Accounting Manager (%s), not an Account Manager. amjd's checks of a book of business and account duties do not apply to it.", quoteList(acct, 3)),
				Fix:     "If you meant an Account Manager, rewrite the duties around clients; for a finance role, read the other findings only."})
		}
	case accountingDuties(acct):
		h := densest(acct)
		k.add(Finding{Rule: "accounting-duties", Severity: Error, Line: h.line, Phrase: h.phrase, Step: base.StepVariant,
			Message: fmt.Sprintf("Finance duties (%s) belong to an Accounting Manager, not an Account Manager.", quoteList(acct, 3)),
			Fix:     "Remove them, or post the role as an Accounting Manager in finance."})
	}
}

// accountingDuties decides whether finance words are duties of the job: any
// among the duties, or two different ones among the skills ("reading
// financial statements" is a banker's skill, not the month-end close).
func accountingDuties(hits []hit) bool {
	var skills []hit
	for _, h := range hits {
		if h.sec != secRequired && h.sec != secPrefer {
			return true
		}
		skills = append(skills, h)
	}
	return len(distinct(skills)) >= 2
}
