package checker

import (
	"fmt"
	"sort"
	"strings"

	"amjd/model/base"
	"amjd/model/markup"
)

// Rules about what the job is: the guides' classic mistakes (a sales role
// hidden behind the title, no book of business, no metrics, soft skills only,
// no tools or reporting line, several jobs in one) and the Accounting Manager
// mix-up.

// firstAffirmed is the first of affirmed's hits, found without reading
// the rest.
func (k *checker) firstAffirmed(words []string, keep func(line) bool) (hit, bool) {
	for _, h := range k.d.find(words, keep) {
		l := k.d.lines[h.line-1]
		start, _ := k.sentenceAround(h.line, h.at)
		if !markup.Negated(l.text[start:], h.at-start) {
			return h, true
		}
	}
	return hit{}, false
}

func (k *checker) hiddenSales() {
	// Lines that say a duty is not a sales one, found once: asking per duty
	// read the whole text again for each (quadratic on long texts).
	notSales := map[int]bool{}
	for _, h := range k.d.find(k.c.Checks.SalesNot, all) {
		notSales[h.line] = true
	}
	var duties []hit
	found := map[string]bool{}
	for _, h := range k.d.find(k.c.Checks.SalesDuties, func(l line) bool { return l.sec != secPay }) {
		// A word's first duty is all the finding names of it: its later
		// hits need no reading (a megabyte of "quota" is one finding).
		if found[h.word] || notSales[h.line] {
			continue
		}
		l := k.d.lines[h.line-1]
		start, _ := k.sentenceAround(h.line, h.at)
		if !markup.Negated(l.text[start:], h.at-start) && !k.notTheCandidates(h) {
			duties = append(duties, h)
			found[h.word] = true
		}
	}
	for _, h := range k.huntingPlain() {
		if !notSales[h.line] {
			duties = append(duties, h)
		}
	}
	sort.SliceStable(duties, func(i, j int) bool { return duties[i].line < duties[j].line })
	if len(duties) == 0 || k.salesTold() {
		return
	}
	k.add(Finding{Rule: "hidden-sales", Severity: Error, Line: duties[0].line, Phrase: duties[0].phrase, Step: base.StepMix,
		Message: fmt.Sprintf("New-business duties (%s) but the posting never says plainly that the role has sales targets.", quoteList(duties, 3)),
		Fix:     "Say it near the top, e.g. \"This role includes new-business targets\", and how much of the time or pay depends on it."})
}

// salesTold reports whether the posting says plainly that the role sells. A
// quota named only in a list of duties ("- Carry a quota of $150K in new
// contracts") is the hidden duty itself, not a word to the reader.
func (k *checker) salesTold() bool {
	var plain, quota []string
	for _, w := range k.c.Checks.SalesDisclosure {
		if strings.Contains(w, "quota") {
			quota = append(quota, w)
		} else {
			plain = append(plain, w)
		}
	}
	if _, told := k.firstAffirmed(plain, all); told {
		return true
	}
	_, told := k.firstAffirmed(quota, func(l line) bool { return l.sec != secDuties || !l.bullet })
	return told
}

// densest is the first hit on the line with the most hits: the line where
// the finance work is, rather than a stray "reconciled" before it.
func densest(hits []hit) hit {
	// hits come in line order: count each line's run.
	best, bestN := 0, 0
	for i := 0; i < len(hits); {
		j := i
		for j < len(hits) && hits[j].line == hits[i].line {
			j++
		}
		if j-i > bestN {
			best, bestN = i, j-i
		}
		i = j
	}
	first := hits[best] // the line's first hit, where its wrapped sentence starts
	for _, h := range hits[best : best+bestN] {
		if h.at < first.at {
			first = h
		}
	}
	return first
}

func distinct(hits []hit) map[string]bool {
	m := map[string]bool{}
	for _, h := range hits {
		m[h.word] = true
	}
	return m
}

func (k *checker) metrics() {
	// A heading "What success looks like" over no measure is no metric.
	if !k.metricStated() && !k.measuredSection() {
		msg := "No success metrics: no section on how success is measured, and no sentence naming a measure (retention, NRR, CSAT, \"measured by\", \"success means\"), so candidates cannot tell how the job is judged."
		if k.d.hasSection(secSuccess) {
			msg = "No success metrics: the section on success names no measure and no target, and no sentence elsewhere names one (retention, NRR, CSAT, a figure to reach), so candidates cannot tell how the job is judged."
		}
		k.add(Finding{Rule: "no-metrics", Severity: Error, Step: base.StepKPIs,
			Message: msg,
			Fix:     "Add 4-5 KPIs with targets, e.g. gross retention of 92% and NRR of 110%."})
		return
	}
	n, first := 0, 0
	for _, l := range k.d.lines {
		if l.sec == secSuccess && l.bullet {
			n++
			if first == 0 {
				first = l.n
			}
		}
	}
	if n > 5 {
		k.add(Finding{Rule: "too-many-kpis", Severity: Warning, Line: first, Step: base.StepKPIs,
			Message: fmt.Sprintf("%d success metrics. More than 4-5 suggests the role is not designed yet.", n),
			Fix:     "Keep the 4-5 that matter most."})
	}
}

// metricStated reports a measure named as one: in a section on success, in a
// sentence with a target, or in words that say it is measured ("judged on",
// "KPIs"). "You are responsible for client satisfaction" names a duty.
func (k *checker) metricStated() bool {
	for i, h := range k.d.find(k.c.Checks.Metrics, func(l line) bool { return !l.heading }) {
		if i >= maxTries {
			return true // a posting that names a hundred measures names one
		}
		if h.sec == secSuccess || !duty.Get().MatchString(h.word) || metricFigure.Get().MatchString(k.sentenceOf(h)) {
			return true
		}
	}
	return false
}

// duty is a measure's name that a sentence may give as a duty, not a
// measure: "client satisfaction", "churn".
var duty = base.Regexp{Expr: `^(?:churn|csat|nps|client satisfaction|customer satisfaction|retention of|expansion revenue|forecast accuracy)$`}

// metricFigure is a target in a sentence: a share, a score, a floor.
var metricFigure = base.Regexp{Expr: `(?i)%|\b(?:target|goal|at least|or more|or better|or higher|within|score|out of|rate)\b`}

// measuredSection reports a success section whose lines give numbers: its
// metrics may be in the reader's own words ("Room revenue up 8%").
func (k *checker) measuredSection() bool {
	// Its sub-headings (a <dt> per measure) stay in it; the next section
	// of another kind ends it.
	in := false
	for _, l := range k.d.lines {
		switch {
		case l.heading && l.sec == secSuccess:
			in = true
		case l.heading && l.sec != secOther:
			in = false
		case (in || l.sec == secSuccess) && !l.heading && strings.IndexFunc(l.text, func(r rune) bool { return r >= '0' && r <= '9' }) >= 0:
			return true
		}
	}
	return false
}

var (
	doubledComparator = base.Regexp{Expr: `(?i)\b(or more|or higher|or better|or above|at least|a minimum of|minimum of|no less than|or less|or fewer|at most|no more than)\b\W+(?:[\w%]+\W+){0,3}?(or more|or higher|or better|or above|or less|or fewer)\b` +
		// "no lower than at least 9 out of 10": two bounds back to back.
		`|\b(?:no (?:lower|less|fewer|higher|more) than|not (?:less|lower|below)|at least|at most|a minimum of|minimum of)\s+(?:at least|at most|a minimum of|minimum of|no (?:lower|less|fewer|higher|more) than)\b`}
	// A label alone: at most 40 characters, checked apart (isBareLabel),
	// since a counted repeat of a Unicode class compiles to ~850 KB.
)

// skills wants more than soft skills among the requirements: it warns when
// they ask for nothing else, or when more than half of the required lines
// are soft skills ("calm and kind", "a good listener").
func (k *checker) skills() {
	req := func(l line) bool { return l.sec == secRequired || l.sec == secPrefer }
	soft := k.d.find(k.c.Checks.Soft, req)
	rigour := k.d.find(k.c.Checks.Rigour, req)
	if len(soft) >= 2 && (len(rigour) == 0 && !k.asksASkill() || k.mostlySoft(soft, rigour)) {
		k.add(Finding{Rule: "soft-skills-only", Severity: Warning, Line: k.listStart(soft[0].line), Step: base.StepSkills,
			Message: fmt.Sprintf("The requirements ask only for soft skills (%s).", quoteList(soft, 3)),
			Fix:     "Add operating rigour: CRM discipline, forecasting, renewal tracking, working with numbers."})
	}
}

// listStart is the first line of the list or paragraph line at is in, past
// its items with figures: the finding is about the whole list.
func (k *checker) listStart(at int) int {
	n, sec, bullet := at, k.d.lines[at-1].sec, k.d.lines[at-1].bullet
	for n > 1 {
		prev := k.d.lines[n-2]
		// A list's first item, not the sentence that leads into it.
		if prev.sec != sec || prev.heading || strings.TrimSpace(prev.text) == "" || bullet && !prev.bullet {
			break
		}
		n--
	}
	// "3+ years in a client-facing role" opens the list, but is no soft skill.
	for ; n < at && markup.HasFigure(k.d.lines[n-1].text); n++ {
	}
	return n
}

// asksASkill reports whether a required line asks for experience or
// know-how: a list that does is not soft skills only, even if it names no
// rigour word.
func (k *checker) asksASkill() bool {
	for _, l := range k.d.lines {
		if l.sec == secRequired && !l.heading && markup.AsksASkill(l.text) {
			return true
		}
	}
	return false
}

// mostlySoft reports whether every required line, or more than half of
// three or more, is a soft skill with no rigour and no figure in it ("Two
// or more years managing accounts" and "you can swap a fuse" are skills,
// whatever the list of rigour words holds).
func (k *checker) mostlySoft(soft, rigour []hit) bool {
	softLine, hard := map[int]bool{}, map[int]bool{}
	for _, h := range soft {
		softLine[h.line] = true
	}
	for _, h := range rigour {
		hard[h.line] = true
	}
	total, n := 0, 0
	for _, l := range k.d.lines {
		if l.sec != secRequired || l.heading || strings.TrimSpace(l.text) == "" {
			continue
		}
		items := max(len(markup.ShortList(l.text)), 1) // "Client focus, Dependability, Organized" is three
		total += items
		if softLine[l.n] && !hard[l.n] && !markup.HasFigure(l.text) {
			n += items
		}
	}
	return n > 0 && (n == total || total >= 3 && n*2 > total)
}

func (k *checker) toolsAndReporting() {
	if !k.d.has(k.c.Checks.Tools) {
		k.add(Finding{Rule: "no-tools", Severity: Warning, Step: base.StepTools,
			Message: "No tools named: no CRM (Salesforce, HubSpot, ...), spreadsheet or reporting tool appears anywhere in the posting.",
			Fix:     "Name the CRM (e.g. Salesforce, HubSpot) and the reporting tools."})
	}
	if !k.reportingLine() {
		k.add(Finding{Rule: "no-reporting-line", Severity: Warning, Step: base.StepReporting,
			Message: "No reporting line: no sentence such as \"you report to ...\", and no manager's title under a heading about reporting, so candidates cannot see where the job sits.",
			Fix:     "Add \"You report to the Head of Account Management\" (a role, not a name)."})
	}
}

// reportingLine finds a stated reporting line: "reports to clients" is
// reporting to customers, not to a manager; "the Client Services Director"
// is a manager.
func (k *checker) reportingLine() bool {
	under := false
	for _, l := range k.d.lines {
		// Under "Who will I report to?": the manager's title is the answer.
		if l.heading {
			under = strings.Contains(l.flat, "report") || base.ContainsAny(l.flat, managerHeading) // "YOUR MANAGER"
		} else if under && managerTitle.Get().MatchString(l.flat) {
			return true
		}
	}
	for _, h := range k.d.find(k.c.Checks.Reporting, all) {
		l := k.d.lines[h.line-1]
		_, end := k.sentenceAround(h.line, h.at)
		rest := strings.ToLower(l.text[min(h.at+len(h.phrase), end):end])
		if (managerTitle.Get().MatchString(rest) || !customersOnly.Get().MatchString(rest)) && !notYetDecided.Get().MatchString(rest) {
			return true
		}
	}
	return false
}

// managerHeading are a heading's words about the reader's manager.
var managerHeading = []string{"your manager", "line manager", "your boss", "work for", "manager is"}

var (
	managerTitle  = base.Regexp{Expr: `\b(director|manager|head|lead|vp|vice president|chief|officer|president|founder|ceo|coo|cro|owner|partner|supervisor)\b`}
	customersOnly = base.Regexp{Expr: `^\W*(the |our |your |their )?(clients?|customers?|partners?|buyers?|stakeholders|merchants)\b`}
	// notYetDecided puts the reporting line off: "Who this job reports to
	// will be worked out after the harvest".
	notYetDecided = base.Regexp{Expr: `^\W*(?:(?:will be|is to be|is yet to be|is still being|has(?:n't| not) been|is(?:n't| not) yet|to be)\s+(?:worked out|decided|confirmed|agreed|settled|sorted|finali[sz]ed|determined)|tb[cd]\b|to be confirmed)`}
)

// youDo ends the text before a duty the reader does: "you reconcile".
var youDo = base.Regexp{Expr: `(?i)\byou(?:'ll|’ll| will| would)?\s+$`}
