package markup

import (
	"cmp"
	"slices"
	"strings"

	"amjd/model/base"
)

// A screen is a sentence that turns applicants away, or picks them, for
// who they are rather than what they can do, however it words the reason:
// "we can't consider anyone who has had cancer treatment", "it would best
// suit a single person without ties at home", "we'd prefer someone who
// isn't old enough for Medicare yet". The shape (who will not be
// considered, who the job would suit) is read first; then what the
// sentence screens on tells the rule.

var (
	// screenShapes are the wordings that screen applicants, one expression
	// for each: each has its own word filter, so a line that holds one
	// wording's words is searched for that wording alone.
	screenShapes = []base.Regexp{
		{Expr: `(?i)\b(?:(?:(?:can(?:no|['’])t|cannot|can not|won['’]t|will not|do not|don['’]t|unable to|not able to|(?:we['’]d|we would|I['’]d) rather not|prefer not to)\s+(?:\w+\s+){0,2}|(?:only|just)\s+)(?:consider(?:ing)?|accept(?:ing)?|hir(?:e|ing)|employ(?:ing)?|tak(?:e|ing)\s+(?:on|forward|further)|progress(?:ing)?|interview(?:ing)?|shortlist(?:ing)?)\s+(?:anyone|anybody|applicants?|candidates?|people|someone|somebody|those|persons?|individuals?|applications from|[\p{L}-]+s))\b`},
		{Expr: `(?i)\b(?:(?:(?:will|shall|would)\s+not|won['’]t)\s+(?:be\s+(?:considered|accepted|shortlisted|interviewed|hired|progressed)|go\s+forward))\b`},
		{Expr: `(?i)\b(?:(?:is\s*n['’]?t|is\s+not|not)\s+(?:open\s+to|(?:the|a)\s+(?:job|role|position)\s+for))\b`},
		{Expr: `(?i)\b(?:(?:doesn['’]t|does\s+not|won['’]t|will\s+not|do\s+not|don['’]t)\s+suit)\b`},
		{Expr: `(?i)\b(?:\bunsuitable\s+(?:for|to))\b`},
		{Expr: `(?i)\b(?:\bfellow\s+(?:christians?|catholics?|muslims?|jews?|hindus?|sikhs?|believers?))\b`},
		{Expr: `(?i)\b(?:\b(?:candidates|applicants|people|persons|those|drivers|reps|individuals)\s+aged\b)\b`},
		{Expr: `(?i)\b(?:(?:tell\s+us|let\s+us\s+know|state|include|tick|select|circle|give|say|indicate|declare|disclose|specify)\s+(?:(?:in|on)\s+(?:the|your|their)\s+(?:[\w-]+\s+){0,2}?)?(?:whether|if|your|their|which|where|how\s+many|what\s+year|when))\b`},
		{Expr: `(?i)\b(?:(?:ask|asks|require|requires|request|insist|expect)\s+(?:that\s+)?(?:every|each|all|any)\s+(?:applicants?|candidates?)\s+(?:be|have|hold|own|is|are))\b`},
		{Expr: `(?i)\b(?:(?:invited|accepted|welcome|considered)\s+only\s+from)\b`},
		{Expr: `(?i)\b(?:(?:please\s+)?(?:don['’]t|do\s+not)\s+apply)\b`},
		{Expr: `(?i)\b(?:(?:would|will|is|best|job|role|position)\s+(?:best\s+)?suits?\s+(?:a|an|someone|somebody|people|applicants?|candidates?))\b`},
		{Expr: `(?i)\b(?:\bneed(?: not|n['’]t) apply)\b`},
		{Expr: `(?i)\b(?:(?:can(?:no|['’])t|cannot|won['’]t|will not|do not|don['’]t)\s+(?:\w+\s+){0,2}?tak(?:e|ing)\s+(?:anyone|anybody|applicants|candidates|people|someone|somebody))\b`},
		{Expr: `(?i)\b(?:only\s+apply\s+if\s+you|apply\s+only\s+if\s+you|(?:workers|staff|employees)\s+aged)\b`},
		{Expr: `(?i)\b(?:(?:isn['’]t|is not|not|wouldn['’]t be|would not be|best|well)\s+(?:suited|suitable)\s+(?:to|for))\b`},
		{Expr: `(?i)\b(?:we(?:['’]d|\s+would)\s+(?:prefer|like|rather have|love)\s+(?:to\s+(?:hire|employ|take\s+on|appoint)\s+)?(?:someone|somebody|a person|an applicant|applicants|candidates|people|(?:the|our)\s+(?:[\w-]+\s+){0,2}(?:manager|person|hire|candidate|applicant)|a\s+(?:[\w-]+\s+)?(?:applicant|candidate|person)|a\s+(?:man|woman|male|female|lady|gentleman|bloke)))\b`},
		{Expr: `(?i)\b(?:(?:applicants|candidates|you|the\s+(?:[\w-]+\s+)?(?:person|applicant|candidate|hire|appointee)(?:\s+(?:appointed|selected|chosen))?)\s+(?:also\s+)?(?:must|need to|should|will need to|have to)\s+(?:\w+\s+)?(?:hold|have|own|possess|be|belong|come from))\b`},
		{Expr: `(?i)\b(?:(?:open|restricted|limited|available)\s+(?:only\s+)?to\s+(?:applicants|candidates|people|those|anyone))\b`},
		{Expr: `(?i)\b(?:(?:better|best|good|great|ideal|perfect|natural)\s+fit\s+for\s+(?:someone|somebody|a person|people|applicants|candidates|those))\b`},
		{Expr: `(?i)\b(?:(?:successful|right|ideal|chosen) (?:applicant|candidate|person|hire)\s+(?:should|must|will need to|needs to|has to)\s+(?:\w+\s+)?(?:fit|be|have|look|match))\b`},
		{Expr: `(?i)\b(?:(?:no one|nobody|not anyone)\s+who)\b`},
		{Expr: `(?i)\b(?:(?:only|just)\s+(?:be\s+)?(?:moving|move|going|go)\s+forward\s+with)\b`},
		{Expr: `(?i)\b(?:(?:ideally|preferably)\s+you(?:(?:['’]d|\s+would|['’]ll|\s+will)?\s+(?:be|have)|['’]re|\s+are)|it\s+(?:helps|would help|['’]s a plus|is a plus)\s+if\s+you(?:['’]re|\s+are)?|(?:you(?:['’]d|\s+would)|would|will)\s+suit\s+(?:us|the (?:job|role))\s+(?:best\s+)?if)\b`},
		{Expr: `(?i)\b(?:preference\s+(?:will|may|shall)\s+be\s+given\s+to|(?:preference|priority)\s+(?:is|goes)\s+(?:given\s+)?to|(?:give|gives|giving)\s+(?:preference|priority)\s+to)\b`},
		{Expr: `(?i)\b(?:(?:ideal|perfect|right|best)\s+(?:fit|person|candidate|hire|applicant)\s+(?:is|would be|will be)\s+(?:a|an|someone|somebody))\b`},
		{Expr: `(?i)\b(?:(?:ask|asks|require|requires|request|expect)\s+(?:every|each|all|any)\s+(?:applicants?|candidates?)\s+to\s+(?:list|state|disclose|declare|say|tell\s+us|give|provide|confirm))\b`},
		// A body picked for the job: "we're after someone tall and trim".
		{Expr: `(?i)\b(?:(?:after|want|seeking|looking for|picturing|need|prefer)\s+(?:someone|somebody|a person|people|applicants|candidates)\s+(?:who(?:['’]s|\s+is|\s+are)\s+)?(?:tall|slim|trim|slender|petite|good-looking)|(?:after|want|seeking|looking for|need|prefer|hire|hiring)\s+(?:a|an)\s+(?:man|woman|male|female|bloke|lad|lass|girl|boy|chap|fella|gal|guy|lady|gentleman)\b(?:\s+for)?)\b`},
	}
	// screenTopics tell what a screen judges, the rule it breaks.
	screenTopics = []struct {
		rule string
		re   *base.Chunked
	}{
		{"protected-characteristic", &base.Chunked{Expr: `(?i)\b(?:prescriptions?|medications?|medicines?|(?:(?:your|their|whose)\s+)?(?:parents|grandparents) were born|where (?:you|they) were born|(?:place|country) of birth|mother tongue|grew up speaking|hearing aids?|deaf|hard of hearing|partially sighted|visually impaired|blind|(?:a|an) (?:man|woman|male|female|lady|gentleman|bloke|lad|lass|girl|boy|chap|fella|gal|guy)|young (?:children|kids|famil\w+)|green card holders?|celiac|coeliac|allerg\w+|diseases?|stammer\w*|stutter\w*|speech impediments?|adhd|autis\w+|dyslexi\w+|neurodiver\w+|epilep\w+|diabet\w+|asthma|anxiety|vegans?|vegetarians?|alcohol|teetotal\w*|halal|kosher|hijabs?|turbans?|headscarf|headscarves|cancer|illness(?:es)?|ill|sick\w*|medical (?:conditions?|history|treatment)|health (?:conditions?|problems|issues)|disab\w+|pregnan\w+|maternity|religio\w+|faith|fasts?|fasting|pray\w*|church|mosque|synagogue|sabbath|single|married|marital|separated|divorced|widowed|spouse|partner at home|(?:have|has|having|with|without|no|your|their own|young)\s+(?:\w+\s+)?(?:children|kids)|family commitments|ties at home|caring responsibilities|carers?|nationality|race|racial|ethnic\w*|accent|native (?:english )?speakers?|gender|sex|sexual\w*|transgender|hiv|mental health|depression|wheelchair|guide dogs?|service dogs?|assistance dogs?|hearing dogs?|travell?ers?|travell?ing (?:community|people)|of \w+ (?:background|origin|extraction)|roma|gypsy|gypsies|christians?|catholics?|protestants?|muslims?|jews?|jewish|hindus?|sikhs?|buddhists?|atheists?|descent|ancestry|heritage|lone parents?|single parents?|single mothers?|single fathers?|sleep apn(?:o)?ea|rosh hashanah|yom kippur|ramadan|eid|diwali|passover|religious holidays?|holy days?|height|weight|taller|heavier|suffers? from|suffering from|migraines?|menopaus\w*|women|men|concussions?|head injur(?:y|ies)|tall|slim|trim|slender|petite|good-looking|physique|scars?|birthmarks?|disfigur\w*|facial (?:features|differences?|hair)|(?:slim|slender|athletic|trim) build|tribes?|tribal|castes?|clans?|skin colou?r|complexion|(?:under|over|below|above|no more than|less than)\s+\d+(?:['’]\s?\d+"?|\s*(?:pounds|lbs|kg|kilos|stone|cm|feet|ft|inches)))\b`}},
		{"age-bias", &base.Chunked{Expr: `(?i)\b(?:retire\w*|older|younger|grandkids|grandchildren|under (?:[2-6]\d|twenty|thirty|forty|fifty)|over (?:[3-7]\d|forty|fifty|sixty)|in (?:their|your) (?:20s|30s|40s|twenties|thirties|forties)|working (?:life|lives)|old enough|too old|young(?:er)?|medicare|pension age|state pension|digital natives?|years? (?:left|remaining)|age|aged|ages|birthday|born|gen z|millennials?|boomers?|(?:lives?|living) at home|(?:their|your) (?:parents|folks|mum|mom|dad)|school[- ]leavers?|bus pass)\b`}},
		{"exclusionary", &base.Chunked{Expr: `(?i)\b(?:(?-i:\p{Lu}\p{L}+)\s+fans|supporters of|(?:independent|grammar|private|public|boarding|fee-paying|prep|preparatory)\s+schools?|educated at|gap years?|(?:have|has|having)\s+lived\s+in\b[^.;]{0,40}?\bfor|followers|turned down|previously applied|applied (?:before|here before)|careers? (?:have|has) been spent|performance reviews?|salary history|payslips?|recruitment agenc\w+|staffing agenc\w+|worked for (?:a|an|any) (?:competitor|rival)|flexible[- ]working|grievances?|tribunals?|union members?\w*|trade unions?|sick (?:leave|days)|absence records?|self-employed|independent contractors?|freelanc\w*|moved (?:house|home)|changed address\w*|renters?|tenants?|subscribers|credit cards?|registered voters?|voter registration|party members?\w*|zero-hours?|agency (?:work|contracts?|staff)|temp(?:orary)? (?:work|contracts?|roles?|jobs?)|job-hopp\w+|loans?|debts?|indebted\w*|credit (?:scores?|history|checks?|ratings?)|bankrupt\w*|criminal records?|convictions?|unemploy\w*|out of work|career breaks?|gaps? in|(?:own|owned|owning) (?:a |an )?(?:car|vehicle|home|horse|boat|property)|member in good standing|home ?owners?|postcode|zip code|live within|tattoo\w*|piercings?|performance improvement plans?|pip|disciplinar\w+|introvert\w*|extrovert\w*|personality (?:type|test|questionnaire)s?|leaving cert\w*|gpa|grade point|star signs?|zodiac|horoscopes?|astrolog\w+|scorpios?|geminis?|handwriting|grapholog\w+|lived within|living within|iq tests?|iq scores?|(?:worked|done|working) from home|a-level (?:results|grades)|exam results|school results|atar|ucas points|golf\w*|handicap|country club|club members\w*|(?:rotary|lions|kiwanis|elks|round table|rsl|golf|yacht|country|social)\s+clubs?|(?:live|lives|living)\s+(?:on|in|at)\s+(?:the|a)\b|estates?|neighbou?rhoods?|suburbs?|fifo|fly[- ]in,? fly[- ]out|worked (?:in|at|on) the mines|sat (?:or act )?scores?|act scores?|(?:below|under) \d{3,4} on the|firearms?|(?:possession and acquisition|gun|firearms?) licen[cs]e|worked for one of the (?:big|large|major|national)|people from there|hostels?|temporary accommodation|homeless\w*|no fixed (?:abode|address)|permanent (?:home )?address|shelters?|(?:come|comes|coming) from an? [\w-]+ family|close relatives?|relatives? (?:working|employed|in the)|family (?:connections?|ties)|rotary|kiwanis|freemasons?|masonic|grew up (?:on|in|around)|raised (?:on|in)|brought up (?:on|in)|(?:town|city|farm) kids|jobseeker|centrelink|universal credit|welfare|food stamps|on benefits|benefit claimants?|dole|income support)\b`}},
	}
)

// Screen is one screen found on a line: where its shape is, and the rule
// what it screens on breaks.
type Screen struct {
	At     int
	Phrase string
	Rule   string
	Topic  string // what it screens on: "cancer", "retirement age"
}

// screenReach is how far around a screen's words its reason is looked
// for: a sentence's length, so every line is read in linear time.
const screenReach = 240

// screenGate holds a word every screen's shape has, looked for in the
// line in small letters before the shape is run.
var screenGate = []string{"not consider", "n't consider", "n’t consider", "only consider", "be considered", "not accept", "n't accept",
	"n’t accept", "only accept", "be accepted", "not hire", "n't hire", "n’t hire", "only hire", "be hired", "not employ", "n't employ",
	"n’t employ", "only employ", "take on", "not interview", "n't interview", "n’t interview", "only interview", "be interviewed",
	"shortlist", "suits", "suit a", "suit some", "suit any", "suit people", "suited", "suitable", "prefer someone", "prefer a", "prefer not",
	"rather not", "rather have", "we'd like", "we would like", "we'd love", "we would love", "we’d like", "we’d love", "we'd prefer",
	"we’d prefer", "we would prefer", "must hold", "must have", "must be", "must own", "must possess", "need to be", "need to have",
	"need to hold", "need to own", "have to be", "have to have", "should be", "should have", "open to", "restricted to", "limited to",
	"available to", "fit for", "should fit", "must fit", "needs to fit", "no one", "nobody", "not anyone", "tell us", "let us know", "go forward", "job for", "role for",
	"need not", "needn't", "apply if", "only if", "workers aged", "staff aged", "employees aged", "be taking", "be hiring", "be considering", "be accepting", "be interviewing", "be employing", "be shortlisting", "take anyone", "take anybody", "take people", "take applicants", "take candidates", "take someone", "needn’t", "state your", "state whether", "include your", "include whether", "be progressed", "progressed",
	"n't take", "n’t take", "not take", "n't apply", "n’t apply", "not apply", "only from", "tick your", "select your", "circle your",
	"must belong", "need to belong", "must come from", "should come from", "should belong", "have to belong", "indicate", "declare", "disclose", "specify", "tall", "slim", "trim", "slender", "petite", "good-looking", "after a ", "looking for a ", "hire a ", "hiring a ", "want a ", "need a ", "prefer a ",
	"a job for", "a role for", "unsuitable", "fellow", " aged", "state their", "prefer to", "give your", "give their", "say which", "say where", "say whether", "say if", "say your", "state which", "state where", "like to hire", "n't suit", "n’t suit", "not suit",
	"forward with", "say in ", "state in ", "tell us in ", "ideally you", "preferably you", "suit us", "helps if you", "help if you", "plus if you", "preference", "priority", "ideal fit", "perfect fit", "right fit", "best fit", "ideal person", "perfect person", "right person", "ideal candidate", "perfect candidate", "right candidate", "every applicant", "each applicant", "all applicants", "any applicant", "every candidate", "each candidate", "all candidates", "any candidate"}

// MayScreen reports whether a text in small letters (a line, or a whole
// document) holds a word some screen needs: a document with none is not
// read line by line.
func MayScreen(lower string) bool { return base.ContainsAny(lower, screenGate) }

// Screens lists the screens of a line, at most max of them, and how many
// sentences of a screen's shape it read, and one for the line, when it
// holds a screen's words; lower is the line in small letters, read only to skip
// a line that can hold none.
func Screens(text, lower string, max int) (out []Screen, read int) {
	if !base.ContainsAny(lower, screenGate) {
		return nil, 0
	}
	shapes := screenMatches(text, max)
	spans := make([][2]int, len(shapes))
	for i, m := range shapes {
		spans[i][0], spans[i][1] = sentenceSpan(text, m[0], m[1])
	}
	topics := topicMatches(text, spans)
	for i, m := range shapes {
		from, to := spans[i][0], spans[i][1]
		best, at, topic := "", to, ""
		for j, t := range screenTopics {
			if loc := firstWithin(topics[j], t.re, text, from, to); loc != nil && loc[0] < at {
				best, at, topic = t.rule, loc[0], strings.TrimPrefix(text[loc[0]:loc[1]], "of ") // "Italian background"
			}
		}
		if best != "" {
			out = append(out, Screen{At: m[0], Phrase: text[m[0]:m[1]], Rule: best, Topic: topic})
		}
	}
	return out, len(shapes) + 1
}

// topicMatches is where each topic stands in the sentences around the
// screens (spans, in text order), each read once however many screens
// share it: a line dense with a screen's words costs a read, not one a
// screen.
func topicMatches(text string, spans [][2]int) [][][]int {
	out := make([][][]int, len(screenTopics))
	for i := 0; i < len(spans); {
		from, to := spans[i][0], spans[i][1]
		for i++; i < len(spans) && spans[i][0] <= to; i++ {
			to = max(to, spans[i][1])
		}
		for j, t := range screenTopics {
			for _, loc := range t.re.FindAllIndex(text[from:to], -1) {
				out[j] = append(out[j], []int{from + loc[0], from + loc[1], loc[2]})
			}
		}
	}
	return out
}

// firstWithin is the first of a topic's matches (in text order) within
// text[from:to]. One that runs past to is looked for again within it, as
// a search of the sentence alone would find it.
func firstWithin(matches [][]int, re *base.Chunked, text string, from, to int) []int {
	i, _ := slices.BinarySearchFunc(matches, from, func(m []int, at int) int { return m[0] - at })
	if i == len(matches) || matches[i][0] >= to {
		return nil
	}
	if matches[i][1] <= to {
		return matches[i]
	}
	if loc := re.Parts()[matches[i][2]].Get().FindStringIndex(text[matches[i][0]:to]); loc != nil {
		return []int{matches[i][0] + loc[0], matches[i][0] + loc[1]}
	}
	return nil
}

// screenMatches is where the screens' wordings stand in text, at most max
// of them, in text order, as one expression of them all would find them:
// the earliest first, the first wording's where two start together, none
// within another. A long text is read a window at a time, so a megabyte
// dense with one wording stops at the first window, and a window runs
// only the wordings whose words it holds.
func screenMatches(text string, max int) [][]int {
	var out [][]int
	for from := 0; from < len(text) && len(out) != max; {
		to := windowEnd(text, from)
		var all [][]int
		for i := range screenShapes {
			for _, m := range screenShapes[i].Get().FindAllStringIndex(text[from:to], max) {
				all = append(all, []int{from + m[0], from + m[1], i})
			}
		}
		slices.SortFunc(all, func(a, b []int) int { return cmp.Or(a[0]-b[0], a[2]-b[2]) })
		for _, m := range all {
			if len(out) == max {
				break
			}
			if len(out) == 0 || m[0] >= out[len(out)-1][1] {
				out = append(out, m[:2])
			}
		}
		from = to
	}
	return out
}

// screenWindow is how much of a line a window holds, give or take a
// sentence: far more than any sentence.
const screenWindow = 16 << 10

// windowEnd is where the window from from ends: after the first sentence
// end past screenWindow bytes, or failing one within screenReach, at a
// space; a short rest is the window.
func windowEnd(text string, from int) int {
	at := from + screenWindow
	if at >= len(text) {
		return len(text)
	}
	limit := min(len(text), at+screenReach)
	for i := at; i < limit; i++ {
		if (text[i] == '.' || text[i] == '!' || text[i] == '?') && i+1 < len(text) && text[i+1] == ' ' {
			return i + 1
		}
	}
	if i := strings.IndexByte(text[at:limit], ' '); i >= 0 {
		return at + i
	}
	return base.RuneStart(text, at)
}

// sentenceSpan is the sentence around text[at:end], within screenReach of
// it on either side.
func sentenceSpan(text string, at, end int) (from, to int) {
	from = base.RuneStart(text, at-screenReach)
	for i := at - 1; i >= from; i-- {
		if i+1 < len(text) && (text[i] == '.' || text[i] == '!' || text[i] == '?') && text[i+1] == ' ' {
			from = i + 1
			break
		}
	}
	to = base.RuneStart(text, end+screenReach)
	for i := end; i < to; i++ {
		if text[i] == '.' || text[i] == '!' || text[i] == '?' {
			return from, i
		}
	}
	return from, to
}
