package markup

import (
	"strings"
	"sync"

	"amjd/model/base"
)

// SectionWords classify a heading: the first entry found in the heading wins,
// so more specific entries come first. Entries match at the start of a word
// and as whole words, except stems marked with a trailing *.
var SectionWords = []struct {
	Sec   string // the checker's section: "duties", "required", …
	Words []string
}{
	// Questions as headings: "What will I do?", "Who will I report to?".
	{"reporting", []string{"will i report", "do i report", "report to?", "who is my manager", "who will be my manager"}},
	{"success", []string{"doing well", "how will i know", "how will you know", "how will success", "how is success", "what does success", "how we measure", "how we'll measure", "measure you", "how we'll know", "how we will know", "how you'll know", "it's working", "is working", "good looks like", "great looks like", "good first year", "good year looks like", "first year looks like", "year looks like", "year one looks like", "winning looks like", "scorecard", "going well", "know it's going", "know you're", "keep score", "how we score", "we'll look at", "we will look at", "what we look at", "we'll track", "what we track", "we'll judge", "your numbers", "the numbers", "your targets"}},
	{"duties", []string{"essential duties", "essential functions", "essential responsibilities", "will i do", "will you do", "would i do", "would you do", "is this job", "is the job", "is this role", "is the role"}},
	{"required", []string{"do i need", "do you need", "should i have", "you should have", "you should bring", "you'll want", "you will want", "will i need", "do i bring", "do you bring", "you'll bring", "you will bring", "are we looking for", "might be a fit", "you might be", "a fit if", "what must", "must applicants", "applicants need", "candidates need", "must candidates"}},
	{"pay", []string{"in it for me", "in it for you", "will i get", "will i earn", "do we offer", "what we offer you", "what you'll get", "what you will get", "what you get", "on offer", "the package", "package"}},
	{"location", []string{"will i work", "where is the", "where will", "where and how"}},
	{"apply", []string{"how do i apply", "how to apply", "can i apply", "did you hear", "hear about", "selection process", "recruitment process", "hiring process", "application process"}},
	{"tools", []string{"tools will i use", "what tools"}},
	{"growth", []string{"how you will grow", "how you'll grow", "career path", "career growth", "career progression", "grow with us", "where this role leads", "room to grow"}},
	{"preferred", []string{"not essential", "not required but", "would be a bonus", "a bonus if", "bonus if", "nice if", "good if you", "even better if", "would be nice", "would be lovely", "an advantage", "advantageous", "an asset", "welcome but not", "handy, not", "nice to have", "nice-to-have", "good to have", "preferred", "bonus points", "a plus", "desirable", "ideally", "extra credit", "useful extras", "extras", "we'd also like", "we would also like", "would be great", "great if you", "else that helps", "else helps", "it helps", "helps if", "would help", "also help*", "helpful"}},
	{"required", []string{"requirement*", "qualification*", "what you bring", "about you", "you have", "must have", "must-have*",
		"skills", "who you are", "looking for", "what you need", "what we need", "we need", "you'll need", "you will need", "selection criteria",
		"experience you", "required", "essential*", "ideal candidate", "you'll have", "you will have", "to be successful", "education", "languages", "personal suitability", "personal attributes", "personal qualities",
		"person specification", "competencies", "your profile", "they need", "they're looking for", "non-negotiable*",
		"you'll thrive if", "you will thrive if", "you'll do well if", "what we're after", "about the person", "what is needed", "what's needed", "needed",
		"what it takes", "must-haves", "the essentials", "you'll bring", "what you'll need", "who we want", "what we want from", "what we want in", "what we want to see", "who we're after", "what we're after", "you need", "they'll need", "they will need", "they'll bring", "they will bring", "they'll have"}},
	{"other", []string{"customer success", "client success", "centre success", "center success", "member success", "partner success", "merchant success", "success team",
		"linked tasks", "related tasks", "subtasks", "action items", "checklist", "to-do*"}}, // a team's name, a document's own to-do list: not the job's
	{"success", []string{"success", "kpi*", "metric*", "measure*", "goals", "targets", "what good looks like", "performance", "judge*"}},
	{"duties", []string{"responsibilit*", "accountabilit*", "what you will do", "what you'll do", "what you'll be doing", "duties", "what you will own",
		"the role", "this role", "your role", "the job", "about this job", "about this position", "your day", "your week", "day to day", "first 90 days", "in this role",
		"position summary", "the position", "opportunity", "tasks", "main duties", "key duties", "the work", "your work", "the day-to-day"}},
	{"tools", []string{"tools", "tech stack", "systems", "toolkit"}},
	{"reporting", []string{"reporting", "report to", "team", "your manager", "your boss", "line manager", "who you work for", "who you'll work for"}},
	{"pay", []string{"pay", "salary", "compensation", "benefit*", "perks", "rewards", "what we offer", "we offer", "remuneration"}},
	{"location", []string{"location", "travel", "where you", "hours"}},
	{"apply", []string{"apply", "application*", "next steps", "interested", "how to join"}},
	{"about", []string{"about", "who we are", "who are we", "company", "equal opportunity", "diversity", "our story", "culture"}},
}

// curlyQuotes are the quotes word processors type, read as straight ones.
var curlyQuotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// Classify tells the section a heading names from SectionWords, by its
// string ("duties", "required", …; "other" for none).
func Classify(heading string) string {
	h := heading
	if strings.ContainsAny(h, "’‘“”") {
		h = curlyQuotes.Replace(h)
	}
	h = strings.ToLower(h) // (no copy when it has no capitals)
	idx := sectionIndex()
	best, sec := len(idx.stems), "other"
	for i := 0; i+2 <= len(h); i++ {
		if i > 0 && base.IsWordRune(rune(h[i-1])) {
			continue // entries match at the start of a word
		}
		for _, c := range idx.byLead[h[i:i+2]] {
			if c >= best {
				break // an entry found earlier in the list wins
			}
			st := idx.stems[c]
			if end := i + len(st.stem); strings.HasPrefix(h[i:], st.stem) && (!st.whole || end == len(h) || !base.IsWordRune(rune(h[end]))) {
				best, sec = c, st.sec
				break
			}
		}
	}
	return sec
}

// sectionStem is one entry of SectionWords: whole unless it ends in *.
type sectionStem struct {
	sec   string
	stem  string
	whole bool
}

// sectionIndex lists SectionWords in order, and each entry's place by its
// first two bytes, so that classify reads a heading once.
var sectionIndex = sync.OnceValue(func() (idx struct {
	stems  []sectionStem
	byLead map[string][]int
}) {
	idx.byLead = map[string][]int{}
	for _, sw := range SectionWords {
		for _, w := range sw.Words {
			stem := strings.TrimSuffix(w, "*")
			idx.byLead[stem[:2]] = append(idx.byLead[stem[:2]], len(idx.stems))
			idx.stems = append(idx.stems, sectionStem{sw.Sec, stem, stem == w})
		}
	}
	return idx
})
