package markup

import (
	"strings"

	"amjd/model/base"
)

// othersDoIt names someone other than the candidate as the one who does
// the work: "A separate new-business team brings customers in", "our
// producers bring in new clients", "new clients reach us through our
// design studio".
var othersDoIt = base.Regexp{Expr: `(?i)\b(?:(?:our|the|a|an|separate|dedicated|own|his|her|their|two|three|four|five)\s+){1,3}(?:[\w-]+\s+){0,2}(?:team|teams|department|colleagues|reps?|representatives?|salespeople|salesperson|function|producers|brokers|agents|group|desk|studio|division|founders?|owners?|directors?|(?:office|operations|sales|general|finance|credit|practice|branch|warehouse|plant|service|production) managers?)\b(?:\s+\w+){0,3}?\s+(?:wins?|brings?|finds?|handles?|owns?|runs?|does|do|generates?|sources?|looks? after|takes? care|is responsible|are responsible|prospects?|closes?|signs?|invoices?|reconciles?|bills?|processe?s?|prepares?|manages?|books?|schedules?|dispatche?s?|delivers?|installs?|answers?|collects?|chases?|raises?|pays?|quotes?|prices?|onboards?|sets? up|takes? over)\b|\b(?:sdrs?|bdrs?|producers|hunters)\s+(?:who\s+)?(?:bring|win|find|source|handle|own|do)\b|\bbelong(?:s)?\s+to\s+(?:our|the|a)\b|\b(?:is|are|gets?)\s+(?:won|brought in|found|signed|sourced|handled|closed|generated|owned|landed|done|run|managed|prepared|processed|taken care of|looked after|covered|quoted|served|onboarded|contacted|approached|called|visited|priced|set up|opened|taken on|dealt with|kept|welcomed|introduced|attended to)\s+by\b|\b(?:works|deals)\s+(?:directly\s+)?with\s+(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:owner|founder|director|team|(?:general|sales|managing)\s+(?:manager|director))\b|\b(?:comes?|reach(?:es)?|arrives?|signs?\s+(?:up|on)|joins?|enrol(?:l|ls|s)?|are\s+(?:added|brought in|signed (?:up|on)))\s+(?:to\s+)?(?:[\w'-]+\s+)?through\s+(?:our|its|their|the|a)\b` +
	// "Settlement and reconciliation stay with our controller."
	`|\b(?:stays?|sits?|remains?|rests?|lies?|lives?)\s+with\s+(?:our|the|a|an|their|them|him|her|its)\b` +
	// "Enquiries from new people go to our inside sales desk."
	`|\b(?:go|goes|are (?:passed|sent|routed|handed)|is (?:passed|sent|routed|handed))\s+(?:on\s+)?to\s+(?:our|the|a)\s+(?:[\w-]+\s+){0,2}(?:team|desk|department|reps?|colleagues|salespeople|division)\b` +
	// "Operators who haven't bought yet are the sales team's to win."
	`|\b(?:is|are)\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:team|department|desk|reps|colleagues|salespeople|division)['’]s\b`}

// OthersDo reports a sentence that names someone other than the candidate
// as the doer ("A separate new-business team brings customers in"): the
// words the pattern needs are looked for first, the pattern after.
func OthersDo(s string) bool {
	s = newHire.Get().ReplaceAllString(s, "you") // "the new rep will reconcile …" is the reader
	low := strings.ToLower(s)
	for _, cue := range othersCues {
		if strings.Contains(low, cue) {
			return othersDoIt.Get().MatchString(s)
		}
	}
	return false
}

// newHire is the reader named as the one the job hires.
var newHire = base.Regexp{Expr: `(?i)\b(?:the|our)\s+new\s+(?:rep|representative|hire|starter|recruit|account manager)\b`}

// othersCues are the words one of othersDoIt's forms needs.
var othersCues = [...]string{"team", "department", "colleague", "rep", "function", "producer", "broker", "agent", "group", "desk", "founder", "owner", "director", "salespe", "office manager", "operations manager", "sales manager", "general manager",
	"finance manager", "credit manager", "practice manager", "branch manager", "warehouse manager", "plant manager", "service manager", "production manager",
	"studio", "division", "sdr", "bdr", "hunter", "belong", " by", "through",
	"works with", "deals with", "stay with", "stays with", "sit with", "sits with", "remain with", "remains with", "rest with", "rests with", "lie with", "lies with", "live with", "lives with"}

// reachUs is people reaching the business themselves: "call our inside
// team", "visit our showroom", "phone us".
var reachUs = base.Regexp{Expr: `(?i)^(?:call|calls|ring|rings|phone|phones|e-?mails?|contacts?|reach|reaches|visits?|comes? to|writes? to|walks? into)\s+(?:us\b|(?:our|the)\s+(?:[\w-]+\s+){0,2}(?:team|office|desk|showroom|website|site|store|shop|line|number|counter|depot|branch|stand|booth)\b)`}

// ReachUs reports text that opens with people reaching the business
// themselves: they come in, no one goes out to them.
func ReachUs(s string) bool { return reachUs.Get().MatchString(s) }

// testimonial is a client's words quoted with who said them: "“They rang
// us a week early …” – a hotel manager".
var testimonial = base.Regexp{Expr: `^\s*["“][^"“”]{8,}["”]\s*(?:[–—-]{1,2}|―)\s*\S`}

// Testimonial reports a line that quotes a client: the client speaks, not
// the job.
func Testimonial(s string) bool { return testimonial.Get().MatchString(s) }

// severalJobs is a posting saying outright that the role is several jobs:
// "it's really three jobs in one", "two roles rolled into one".
var severalJobs = base.Regexp{Expr: `(?i)\b(?:two|three|four|several|multiple|2|3|4)\s+(?:jobs|roles|positions)\s+(?:in|into|rolled into|wrapped into|combined into)\s+one\b` +
	`|\b(?:two|three|four)\s+(?:parts|halves|sides|hats)\b[^.]{0,40}?\byou['’]ll (?:do|wear) (?:all|both)\b|\bthe other half of (?:the|this|your) (?:job|role)\b` +
	// "takes over two jobs we're folding into it", "two roles merged into this one".
	`|\b(?:takes?|taking) over (?:two|three|four|several|2|3|4|the) (?:other )?(?:jobs|roles|positions)\b|\b(?:jobs|roles|positions) (?:we['’]re|we are|that we['’]re|being) (?:folding|merging|combining|rolling) into (?:it|this|this one|the role|this role|this job)\b` +
	// "two other jobs are yours", "three more roles come with it".
	`|\b(?:two|three|four|several|2|3|4)\s+(?:other|more|further|extra)\s+(?:jobs|roles)\s+(?:are yours|come with (?:it|the job|the role)|go with (?:it|the job|the role)|are part of (?:it|the job|the role))\b` +
	// Days of the week or months of the year handed to other work: "On Thursdays and Fridays you'll also …".
	`|\b(?:mon|tues|wednes|thurs|fri|satur|sun)days\s+(?:and|&)\s+(?:mon|tues|wednes|thurs|fri|satur|sun)days,?\s+you['’]ll also\b|\bfrom\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+(?:to|until|through)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b[^.]{0,80}?\byou['’]ll also\b`}

// SeveralJobsSaid is where text says the role is several jobs, or nil;
// lower is the text in small letters, read only to skip a line that cannot.
func SeveralJobsSaid(text, lower string) []int {
	if !strings.Contains(lower, " in one") && !strings.Contains(lower, "into one") && !strings.Contains(lower, "half of") && !strings.Contains(lower, " parts") &&
		!strings.Contains(lower, " hats") && !strings.Contains(lower, " halves") && !strings.Contains(lower, " sides") && !strings.Contains(lower, " over ") && !strings.Contains(lower, " into ") && !strings.Contains(lower, "other jobs") &&
		!strings.Contains(lower, "more jobs") && !strings.Contains(lower, "other roles") && !strings.Contains(lower, "more roles") && !strings.Contains(lower, "extra jobs") && !strings.Contains(lower, "further jobs") &&
		!strings.Contains(lower, "ll also") {
		return nil
	}
	return severalJobs.Get().FindStringIndex(text)
}

// Blanked is s with n bytes from at made spaces: the words that name the
// people a sentence speaks of, so that their own denial ("studios that
// never subscribed, phone their owners") does not deny what follows.
func Blanked(s string, at, n int) string {
	if at < 0 || at+n > len(s) {
		return s
	}
	return s[:at] + strings.Repeat(" ", n) + s[at+n:]
}

// existingAccount is a sentence about an account the business already
// has: "where an account could add to its booking … it now hires
// elsewhere" is a larger share of an account, not a new one.
var existingAccount = base.Regexp{Expr: `(?i)\b(?:an|each|every|your|existing|current) (?:account|customer|client)s? (?:could|can|might|may|would)\b`}

// ExistingAccount reports a sentence about an account already won.
func ExistingAccount(s string) bool { return existingAccount.Get().MatchString(s) }

// quotaNoun follows a quota that is of things, not sales: "quota
// paperwork", "quota holdings", "quota shares".
var quotaNoun = base.Regexp{Expr: `(?i)^\s+(?:paperwork|returns?|balances?|holdings?|system|management|shares?|allocations?|licen[cs]es?|owners?|fish|species|stocks?|rules|limits?|reports?|trading|transfers?)\b`}

// QuotaOfThings reports a quota of fish or goods by the words after it.
func QuotaOfThings(after string) bool { return quotaNoun.Get().MatchString(after) }

// peoplesDenial ends text with a relative clause that denies something of
// the people it names: "delis that have never bought from us".
var peoplesDenial = base.Regexp{Expr: `(?i)\b(?:that|who|which)\s+(?:have|has|had|do|does|did)?\s*(?:never|not|n['’]t)\b[^.;:!?]{0,60}$`}

// PeoplesDenial is where text ends in a denial about the people it names,
// which says whom a duty is about, not that it is not one; len(text) when
// it does not.
func PeoplesDenial(text string) int {
	if m := peoplesDenial.Get().FindStringIndex(text); m != nil {
		return m[0]
	}
	return len(text)
}
