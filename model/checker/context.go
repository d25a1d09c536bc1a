package checker

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
	"amjd/model/markup"
)

// Phrases read in their context, not as words alone: the sentence a word is
// in says whether it is the candidate's duty, another team's, a number of
// days rather than an age, or the name of a department.

var (
	// notDuty marks a sales word that is freight or a team's name, not
	// selling: "outbound freight", "our sales team".
	freightAfter = base.Regexp{Expr: `(?i)^\s*(?:freight|shipments?|logistics|deliver(?:y|ies)|orders?|loads?|trucks?|containers?|calls? from|inventory|stock|goods)\b`}
	// unitAfter is a word that makes the words before it the name of a
	// team or a department ("the accounts receivable team").
	unitAfter = base.Regexp{Expr: `(?i)^\s*(?:team|teams|department|colleagues|function|staff|specialists|clerks?|officers?|administrators?|assistants?|person)\b`}
	// notAsked follows a phrase to say it is not asked for: "Canadian work
	// experience is not required".
	notAsked = base.Regexp{Expr: `(?i)^\W*(?:is|are)?\s*(?:not|never|no longer)\s+(?:required|needed|necessary|expected|asked for|a requirement|part of (?:this|the|your) (?:job|role))\b|^\W*(?:isn['’]t|aren['’]t)\s+(?:required|needed|necessary|expected|part of (?:this|the|your) (?:job|role))\b`}
	// notAge is a number of days, hours or a percentage, not an age:
	// "under 35 days" of debtor days.
	notAge = base.Regexp{Expr: `(?i)^\s*(?:days?|hours?|minutes?|mins?|weeks?|months?|%|percent|per cent|accounts|clients|customers|calls|km|miles)\b`}
)

// othersDo reports a sentence that names someone else as the doer, read
// once however many of its words ask.
func (k *checker) othersDo(s string) bool {
	if v, ok := k.others[s]; ok {
		return v
	}
	if k.others == nil {
		k.others = map[string]bool{}
	}
	k.others[s] = markup.OthersDo(s)
	return k.others[s]
}

// sentenceOf is the text of the sentence holding the hit.
func (k *checker) sentenceOf(h hit) string {
	start, end := k.sentenceAround(h.line, h.at)
	return k.d.lines[h.line-1].text[start:end]
}

// afterHit is the text of the hit's line just after the phrase found.
func (k *checker) afterHit(h hit) string {
	text := k.d.lines[h.line-1].text
	from := min(h.at+len(h.phrase), len(text))
	return text[from:min(from+40, len(text))]
}

// beforeHit is the text of the hit's line just before the phrase found.
func (k *checker) beforeHit(h hit) string {
	text := k.d.lines[h.line-1].text
	return text[base.RuneStart(text, h.at-40):h.at]
}

// qualifiedBy reports whether the word just before the hit is one of words:
// "site" before "audit".
func (k *checker) qualifiedBy(h hit, words []string) bool {
	text := k.d.lines[h.line-1].text
	before := strings.Fields(strings.ToLower(text[base.RuneStart(text, h.at-40):h.at])) // the word before: no need to read further
	if len(before) == 0 {
		return false
	}
	last := strings.Trim(before[len(before)-1], ",;:()\"'")
	for _, w := range words {
		if last == w {
			return true
		}
	}
	return false
}

// objectIn reports whether one of words is among the few words after the
// hit, what a verb acts on: "reconcile each group's pallet balance".
func (k *checker) objectIn(h hit, words []string) bool {
	after := strings.Fields(strings.ToLower(k.afterHit(h)))
	after = after[:min(len(after), 4)]
	for i, a := range after {
		after[i] = strings.Trim(a, ",;:()\"'.")
	}
	// The object may be two words: "reconcile tank levels".
	object := " " + strings.Join(after, " ") + " "
	for _, w := range words {
		if strings.Contains(object, " "+w+" ") {
			return true
		}
	}
	return false
}

// notTheCandidates reports a sales word that is someone else's work, freight,
// or a team's name: not a duty of the candidate.
func (k *checker) notTheCandidates(h hit) bool {
	return k.othersDo(k.sentenceOf(h)) || h.word == "quota" && k.otherQuota(h) || h.word == "hunting" && sportAfter.Get().MatchString(k.afterHit(h)) || freightAfter.Get().MatchString(k.afterHit(h)) || unitAfter.Get().MatchString(k.afterHit(h)) ||
		someoneSets.Get().MatchString(k.afterHit(h)) || k.qualifiedBy(h, []string{"their", "its", "his", "her", "clients'", "customers'"}) || k.answeredNo(h) ||
		k.aboutUs(h) && weWords.Get().MatchString(k.sentenceOf(h)) || // "our dogs and hunters dig", "under our own quota": the company's story
		notAsked.Get().MatchString(k.afterHit(h)) // "Winning new customers isn't part of this job"
}

// answeredNo reports a hit in a question the next words answer "No": "Will
// I be asked to find new customers? No. Our fleet sales rep does that."
func (k *checker) answeredNo(h hit) bool {
	text := k.d.lines[h.line-1].text
	_, end := k.sentenceAround(h.line, h.at)
	if end >= len(text) || text[end] != '?' { // end is where its full stop is
		return false
	}
	rest := strings.TrimSpace(text[end+1:])
	return rest == "No" || strings.HasPrefix(rest, "No.") || strings.HasPrefix(rest, "No,") || strings.HasPrefix(rest, "No!") || strings.HasPrefix(rest, "Not ") || strings.HasPrefix(rest, "Never")
}

// otherQuota reports a quota that a noun before it makes something else's:
// "the herring quota", "the import quota". A sales quota is carried, met or
// set: "a quota", "your quota", "meet quota", "sales quota".
func (k *checker) otherQuota(h hit) bool {
	before := strings.Fields(strings.ToLower(k.beforeHit(h)))
	if len(before) == 0 || markup.QuotaOfThings(k.afterHit(h)) {
		return len(before) > 0 // "our quota paperwork": a fishing or import quota's
	}
	w := strings.Trim(before[len(before)-1], ",;:()\"'")
	return w != "" && !slices.Contains(salesQuotaWord, w) && strings.IndexFunc(w, unicode.IsDigit) < 0 && !strings.ContainsAny(w, "$£€")
}

// salesQuotaWord may stand before a sales quota.
var salesQuotaWord = []string{"a", "an", "the", "your", "their", "our", "his", "her", "sales", "revenue", "business", "new-business", "annual", "quarterly", "monthly", "yearly", "individual", "personal", "team", "carry", "carrying", "carries", "meet", "meeting", "hit", "hitting", "exceed", "exceeding", "beat", "make", "to", "on", "of", "over", "under", "against", "toward", "towards", "with", "no", "any", "own", "first", "full", "assigned"}

// sportAfter makes "hunting" the sport: "the fall hunting season",
// "deer-hunting camps", "the big hunting shows", "Hunting-season forecasts",
// "Fishing, hiking, hunting and skiing are all close by".
var sportAfter = base.Regexp{Expr: `(?i)^[\s-]*(?:seasons?|trips?|lodges?|gear|licen[cs]es?|grounds?|rifles?|shows?|camps?|dogs?|boots|clothing|calls?|supplies|stores?|outfitters?|guides?|clubs?|blinds?|knives|equipment)\b|^,?\s+(?:and\s+|or\s+)?(?:fishing|hiking|skiing|camping|biking|cycling|golf\w*|climbing|boating|kayaking|canoeing|snowmobiling|riding|trapping|shooting|swimming|surfing)\b`}

// someoneSets follows a sales word that someone else sets for themselves:
// "the free-charging quota each host sets for its own staff".
var someoneSets = base.Regexp{Expr: `(?i)^\s+(?:that|which)?\s*(?:each|every|the|a|our|their|your)\s+\w+\s+(?:sets?|chooses?|decides?|picks?|agrees?)\b`}

// maxTries bounds the sentences read for one word: no posting says "new
// accounts" a hundred times, and text that does (a megabyte of it) is not
// read sentence by sentence a hundred thousand times.
const maxTries = 100

// huntingPlain finds hunting told in plain words: reaching out to people
// who are not clients yet ("phoning plant managers who have never used us",
// "sign up shops that don't carry our coffee yet").
func (k *checker) huntingPlain() []hit {
	var out []hit
	found := map[string]bool{}
	tried := map[string]int{}
	told := map[[2]int]bool{} // sentences already named, by line and start
	try := func(h hit, target bool) {
		if found[h.word] || tried[h.word] >= maxTries {
			return // a word's first hunting sentence is all the finding names of it
		}
		tried[h.word]++
		start, _ := k.sentenceAround(h.line, h.at)
		if told[[2]int{h.line, start}] {
			return
		}
		if h, ok := k.hunting(h, target); ok {
			out = append(out, h)
			found[h.word] = true
			told[[2]int{h.line, start}] = true
		}
	}
	for _, h := range k.d.find(k.c.Checks.SalesNewness, func(l line) bool { return l.sec != secPay && !markup.Testimonial(l.text) }) {
		try(h, false)
	}
	// Shapes no word list holds: "firms with no contract yet", "co-ops
	// that still use other contractors".
	for _, l := range k.d.lines {
		// A pay line is read when it speaks to the reader: "a bonus for every
		// bar that had never hosted our machines until you talked them into it".
		if l.sec == secPay && base.WordIndex(l.flat, "you") < 0 || k.d.stopped() || markup.Testimonial(l.text) || len(tried) > 0 && allTried(tried, found) {
			continue
		}
		for _, t := range markup.NotOursYet(l.text, l.flat) {
			try(hit{word: t.Kind, phrase: l.text[t.At:t.End], line: l.n, at: t.At, sec: l.sec}, t.Target)
		}
	}
	return out
}

// allTried reports that every shape met so far is found or has been tried
// maxTries times: the finding names its first line, and the lines left
// would add nothing to it (a megabyte of one shape).
func allTried(tried map[string]int, found map[string]bool) bool {
	for w, n := range tried {
		if n < maxTries && !found[w] {
			return false
		}
	}
	return true
}

// hunting reports whether h's sentence reaches out to the people h names as
// not customers yet; target says the text already sets a count of them. The
// hit it gives back starts at the reaching out when that comes first and is
// near ("targeting growers who currently use other parts suppliers"), so
// that a wrapped item is named by its first line.
func (k *checker) hunting(h hit, target bool) (hit, bool) {
	start, end := k.sentenceAround(h.line, h.at)
	text := k.d.lines[h.line-1].text
	if asked := text[start:min(len(text), end+1)]; strings.Contains(asked, "?") && applicantAsks.Get().MatchString(asked) {
		return h, false // "Will I have to find new customers?": the answer tells
	}
	// The next sentence may say what to do with them: "… whose ice
	// comes from somewhere else. Each quarter, get our freezers outside
	// 12 of them."
	if next := end + 2; next < len(text) {
		_, end = k.sentenceAround(h.line, next)
	}
	s := strings.ToLower(text[start:end])
	if k.d.stopped() {
		return h, false
	}
	// "is not expected to prospect for new customers" denies it; "New
	// restaurants call the office" come in by themselves.
	reach := firstWordAt(s, k.c.Checks.SalesReach)
	if target && reach < 0 {
		reach = h.at - start
	}
	// "delis that have never bought from us placing a first order": the denial says whom, not whether.
	whom := markup.PeoplesDenial(text[start:h.at])
	plain := markup.Blanked(text[start:], whom, h.at-start-whom)
	ok := reach >= 0 && !k.othersDo(text[start:end]) && !k.answeredNo(h) && !markup.ExistingAccount(text[start:end]) && !notAsked.Get().MatchString(k.afterHit(h)) &&
		!markup.Negated(plain, h.at-start) && !markup.Negated(markup.Blanked(strings.ToLower(plain), h.at-start, len(h.phrase)), reach) &&
		!markup.ReachUs(s[reach:]) &&
		(strings.TrimSpace(text[start:h.at]) != "" || !comeIn.Get().MatchString(k.afterHit(h)))
	if from, to := start+reach, h.at+len(h.phrase); ok && from < h.at && to-from <= 120 && utf8.ValidString(text[from:to]) {
		h.phrase, h.at = text[from:to], from
	}
	return h, ok
}

// applicantAsks is a question in the applicant's voice, as a posting's
// questions and answers put it: "Q: Will I have to find new customers?".
var applicantAsks = base.Regexp{Expr: `^\s*(?:Q\s*[:.]\s*)?(?:(?i)will|do|does|would|should|can|could|am|is|are|have|must|what|how|who|when)\b[^?]*\b(?:I|me|my)\b[^?]*\?`}

// comeIn follows new customers who reach out themselves: "New restaurants
// call the office", "New clients usually come to us".
var comeIn = base.Regexp{Expr: `(?i)^\s+(?:and\s+[\w-]+\s+)?(?:usually\s+|normally\s+|typically\s+|often\s+|mostly\s+)?(?:call|calls|come|comes|find|finds|reach|contact|ring|e-?mail|book|are|get|go|apply|sign up|order|enquire|arrive|walk in)\b`}

// firstWordAt is where the first of the list words in text (lower case)
// starts, or -1: "You won't be asked to win farms from other yards" is
// denied at "win".
func firstWordAt(text string, words []string) int {
	at := -1
	for _, w := range words {
		if !strings.Contains(text, literal(w)) {
			continue
		}
		if m := base.WordPattern(w).FindStringIndex(text); m != nil && (at < 0 || m[0] < at) {
			at = m[0]
		}
	}
	return at
}
