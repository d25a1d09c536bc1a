package markup

import "amjd/model/base"

// The words that tell a job's level: in its title ("Junior", "Co-op",
// "Senior") and in its text ("entry level", "on your L plates").

var (
	entryLevel = base.Regexp{Expr: `(?i)\b(entry[- ]level|junior role|graduate role|first job|no experience (needed|required)|trainee[- ]level|trainee (?:role|position|job)|starter (?:role|position|job)|apprentice[- ]level|apprenticeship (?:role|post|position)|\(entry\)|no (?:prior |previous )?(?:[a-z]+ ){0,2}experience (?:is )?(?:assumed|expected|needed|required|necessary)|(?:won['’]t|will not|doesn['’]t|does not) (?:yet )?(?:hold|have|run|own|handle) (?:any )?accounts? (?:alone|on (?:your|their) own|of (?:your|their) own)|move on to (?:accounts|a book|clients) of (?:your|their) own|starting (?:position|role|wage|job)|learn(?:ing)? the (?:trade|ropes)|learn the job as you go|(?:on )?(?:your |their )?(?:l[- ]plates|learner plates)|goes to (?:[\p{L}]+(?:, [\p{L} ]+)?,? )?for (?:sign-off|approval) before|beginner['’]?s['’]? (?:job|role|position|post)|beginner[- ]level|(?:the )?least experienced (?:person|member|one|hire))\b`}
	// careerStart is a first job told as where a career starts, a grade or
	// a training post: a list of its own, with its own gate words, so that
	// the common words of entryLevel do not run it.
	careerStart = base.Regexp{Expr: `(?i)\b(entry (?:grade|point|band)|(?:commencing|starting|beginning|launching|begin|start|launch) (?:a|your|their|his|her) career|first step (?:in|on|into) (?:a|your|their) career|no experience\?? no problem|(?:our |a |the )?training (?:position|role|post|job)|trainee grade|(?:the )?starting grade|this is where you start|(?:someone|somebody|people|candidates?|applicants?) new to (?:account (?:management|work|managing)|sales|the (?:industry|trade|job|role|work))|new to the workforce|(?:the )?most junior (?:of|on|in|member)|\bno (?:[\w-]+\s+){0,3}(?:background|experience) (?:needed|required|necessary)|(?:you )?(?:don['’]t|do not) need (?:any )?(?:account management|sales|industry|previous|prior|trade) (?:background|experience)|(?:no one|nobody) expects you to (?:have (?:run|managed|handled|looked after|done)|know (?:the|our|this) (?:\w+ )?(?:trade|industry|business|market|products?) (?:yet|when you start|on day one|from day one|before you start)))\b`}
	juniorTitle = base.Regexp{Expr: `(?i)\b(junior|jr\.?|associate|assistant|trainee|apprentice(?:ship)?|intern(?:ship)?|cadet|graduate|entry[- ]level|early[- ]careers?|co-?op|work[- ]term|school[- ]leaver|student|placement|new[- ]grad|summer)\b`}
	seniorTitle = base.Regexp{Expr: `(?i)\b(senior|sr\.?|key|strategic|principal|lead|head|director|global|national|enterprise|major)\b`}
)

// entryGate holds the fixed text of entryLevel, found in the whole text before it is
// run over its lines ("self-starter" is no starter job).
var entryGate = []string{"entry", "learning the", "plates", "junior role", "graduate role", "first job", "no experience", "trainee level", "trainee-level", "apprentice", "no prior", "no previous", " alone", " own", "starting", "learn the", "sign-off", "approval",
	"trainee role", "trainee position", "trainee job", "starter role", "starter position", "starter job", "beginner", "least experienced"}

// careerGate holds the fixed text of careerStart.
var careerGate = []string{"a career", "your career", "their career", "his career", "her career", "first step", "no problem", "training position",
	"training role", "training post", "training job", "entry grade", "entry point", "entry band", "trainee grade", "starting grade", "where you start",
	"new to account", "new to sales", "new to the", "most junior", "expects you", "background needed", "background required", "background necessary", "need any", "need previous", "need prior", "need account", "need sales", "need industry", "need trade"}

// SaysEntryLevel reports whether a text in small letters holds an
// entry-level phrase anywhere, read once before its lines are.
func SaysEntryLevel(lower string) bool {
	return base.MatchNear(&entryLevel, lower, entryGate, entryReach) || base.MatchNear(&careerStart, lower, careerGate, entryReach)
}

// entryReach is how far an entry-level phrase runs either side of its
// gate word: "goes to Marta, our sales director, for sign-off before".
const entryReach = 240

// EntryLevel is the first words of lines that make the job entry level, as
// written, not those of a name in capitals ("© Get My First Job").
func EntryLevel(lines []string) string {
	names := 0
	for _, l := range lines {
		for _, m := range append(entryLevel.Get().FindAllStringIndex(l, 4), careerStart.Get().FindAllStringIndex(l, 4)...) {
			if !CapitalAfterCapital(l, m[0]) {
				return l[m[0]:m[1]]
			}
			if names++; names > maxNames {
				return "" // a name said a hundred times: no posting's level hides behind it
			}
		}
	}
	return ""
}

// maxNames bounds the names read past: a page names its board a few times.
const maxNames = 100

// JuniorTitle reports a title that names a junior job.
func JuniorTitle(title string) bool { return juniorTitle.Get().MatchString(title) }

// SeniorTitle reports a title that names a senior job.
func SeniorTitle(title string) bool { return seniorTitle.Get().MatchString(title) }
