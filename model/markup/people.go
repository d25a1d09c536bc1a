package markup

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
)

// People a posting names in full, so that a first name alone later ("once
// Brandi has done her read-through", "the trade shows Tom attends") is
// known for a person: the manager the role reports to, a name with its job
// title after a comma, the author of a tracker's or a chat's entry, a name
// that opens a sentence as its subject ("Kalani Akana had worked").

// surname is a family name: "Reid", "McDonald", "O'Brien",
// "Halloran-Voase".
const surname = `\p{Lu}[\p{L}'’]*\p{Ll}(?:-\p{Lu}[\p{L}'’]*\p{Ll})*`

// pastVerbs are what a person named as a sentence's subject did, besides
// the regular "-ed": "Wilfred Pargeter kept his first colonies".
const pastVerbs = `had|has|was|is|will|started|founded|joined|runs|owns|owned|worked|works|looks|looked|leads|` + irregularPasts + `|\p{Ll}{2,}ed`

// irregularPasts are the past tenses that do not end in "-ed": "Sigurd
// Mikkelsen ground his first comb", "Zachariah Snell split his first
// pocket of crystals".
const irregularPasts = `arose|ate|awoke|bore|beat|became|began|bent|bet|bid|bit|bled|blew|bought|bred|brought|broke|built|burnt|burst|came|cast|caught|chose|clung|cost|crept|cut|dealt|dug|dove|drew|dreamt|drank|drove|fed|felt|fell|fought|found|fled|flung|flew|forbade|forgot|forgave|froze|gave|went|got|ground|grew|hung|heard|hid|hit|held|hurt|kept|knelt|knew|laid|led|leant|leapt|learnt|left|lent|let|lay|lit|lost|made|meant|met|paid|put|quit|ran|rang|read|rode|rose|said|sang|sank|sat|saw|sold|sent|set|sewed|shook|shed|shone|shot|showed|shut|slept|slid|slung|slit|smelt|sought|sowed|spoke|sped|spelt|spent|spilt|spun|spat|split|spread|sprang|stood|stole|stuck|stung|stank|strode|struck|strung|strove|swore|swept|swam|swung|took|taught|tore|told|thought|threw|thrust|trod|understood|undertook|upset|woke|wore|wove|wept|won|wound|wrote`

var (
	reportsToName = base.Regexp{Expr: `\breport(?:s|ing)?\s+(?:directly\s+)?to\s+(\p{Lu}\p{Ll}+)\s+` + surname}
	titledName    = base.Regexp{Expr: `\b(\p{Lu}\p{Ll}+)\s+` + surname + `,\s+(?:our\s+)?(?:\p{L}+\s+){0,3}(?:Manager|Director|Head|Lead|Officer|Owner|Founder|President|Partner|Coordinator|Supervisor|CEO|COO|CFO|manager|director|head|lead|officer|owner|founder|president|partner|coordinator|supervisor)\b`}
	// subjectName is a person named in full as a clause's subject: "Ned
	// Shortall cut his first hurleys", "that Dermot Halloran-Voase has
	// looked after".
	subjectName = base.Regexp{Expr: `(?:^|[.!?;]\s+|\b(?:that|and|but|while|when|after|before|until|since)\s+)(?:\p{Lu}\p{Ll}+\s+)?(\p{Lu}\p{Ll}+)\s+` + surname + `\s+(?:` + pastVerbs + `)\b`}
	// subjectFirst is a first name alone opening a sentence as its subject:
	// "Arlo will introduce you to every account"; it and possessiveFirst
	// are run where a sentence opens.
	subjectFirst = base.Regexp{Expr: `^(\p{Lu}\p{Ll}{2,})\s+(?:will|would|has|had|is|was|runs|ran|leads|led|looks|looked|started|founded|joined|owns|manages|handles|meets|visits|agrees|signs|quotes|sets|takes|knows|\p{Ll}{2,}ed)\b`}
	// possessiveFirst is a first name alone opening a sentence with what is
	// theirs: "Gavin's draft is below".
	possessiveFirst = base.Regexp{Expr: `^(\p{Lu}\p{Ll}{2,})['’]s\s+\p{Ll}`}
	// coupleFirst and coupleSecond are two people who share a surname:
	// "Roy and Bernice Ostrander sold their first jars".
	coupleFirst  = base.Regexp{Expr: `(?:^|[.!?]\s+)(\p{Lu}\p{Ll}+)\s+(?:and|&)\s+\p{Lu}\p{Ll}+\s+` + surname + `\s+\p{Ll}`}
	coupleSecond = base.Regexp{Expr: `(?:^|[.!?]\s+)\p{Lu}\p{Ll}+\s+(?:and|&)\s+(\p{Lu}\p{Ll}+)\s+` + surname + `\s+\p{Ll}`}
	authorName   = base.Regexp{Expr: `^(\p{Lu}\p{Ll}+)\s+` + surname + `\s+(?:commented|changed|moved|added|wrote|replied|posted|created|edited|assigned|said)\b`}
	// objectName is a person named in full as the subject of a clause that
	// follows its noun with no "that": "the binder Leander Ecklund kept for
	// 31 years".
	objectName = base.Regexp{Expr: `\b\p{Ll}{2,}\s+(\p{Lu}\p{Ll}+)\s+` + surname + `\s+(?:had|was|` + irregularPasts + `|\p{Ll}{2,}ed)\b`}
	// whoName is a person named in full that a "who" clause goes on about:
	// "from Orla Brennock, who set up the route".
	whoName = base.Regexp{Expr: `\b(\p{Lu}\p{Ll}+)\s+` + surname + `,?\s+who\b`}
	// appositiveName is a person named in full after who they are: "Our
	// founder, Kev Hutchence, still grows …".
	appositiveName = base.Regexp{Expr: `\b(?:[Oo]ur|[Tt]he|[Mm]y|[Yy]our)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+,\s+(\p{Lu}\p{Ll}+)\s+` + surname + `\b`}
)

// notAFirstName are the capitalised words that open a sentence as its
// subject and name no one: "What will the first month look like?".
func notAFirstName(w string) bool {
	switch w {
	case "What", "Who", "Where", "When", "Why", "How", "Which", "This", "That", "These", "Those", "There", "Here", "Each", "Every",
		"Everyone", "Someone", "Nobody", "Whoever", "Our", "Your", "The", "She", "They", "You", "Training", "Pay", "Travel", "Success",
		"Work", "Time", "Life", "Everything":
		return true
	}
	return false
}

// maxFirstNames bounds the names kept: a posting names a handful of people.
const maxFirstNames = 20

// FirstNames lists the first names of the people the lines name in full,
// each once. A word the text also uses in small letters ("Sales" in "Sales
// Director", beside "sales") is no one's name.
func FirstNames(lines []string) []string {
	var out []string
	for _, l := range lines {
		if len(out) == maxFirstNames {
			break
		}
		if strings.IndexFunc(l, unicode.IsUpper) < 0 {
			continue // every form starts with a capital
		}
		var found [][]string
		if namesInFull(l) {
			for _, re := range firstNameForms {
				found = append(found, re.Get().FindAllStringSubmatch(l, maxFirstNames)...)
			}
		}
		for _, at := range append(sentenceOpeners(l, maxFirstNames), clauseOpeners(l, maxFirstNames)...) {
			for _, re := range []*base.Regexp{&subjectFirst, &possessiveFirst} {
				if m := re.Get().FindStringSubmatch(l[at:]); m != nil {
					found = append(found, m)
				}
			}
		}
		for _, m := range found {
			if len(out) < maxFirstNames && !contains(out, m[1]) && !notAFirstName(m[1]) {
				out = append(out, m[1])
			}
		}
	}
	lower := map[string]bool{}
	for _, n := range out {
		lower[strings.ToLower(n)] = false
	}
	for _, l := range lines {
		for n := range lower {
			lower[n] = lower[n] || base.WordIndex(l, n) >= 0
		}
	}
	kept := out[:0]
	for _, n := range out {
		if !lower[strings.ToLower(n)] {
			kept = append(kept, n)
		}
	}
	return kept
}

// firstNameForms are the forms of a name in full FirstNames reads.
var firstNameForms = [...]*base.Regexp{&reportsToName, &titledName, &authorName, &subjectName, &coupleFirst, &coupleSecond, &objectName, &whoName, &appositiveName}

// sentenceOpeners are where the first max sentences of a line open with a
// capital: its start, and after a full stop, "!" or "?" and spaces.
func sentenceOpeners(l string, max int) []int {
	var out []int
	for at := 0; at < len(l) && len(out) < max; {
		if r, _ := utf8.DecodeRuneInString(l[at:]); unicode.IsUpper(r) && (at == 0 || isSpace(l[at-1])) {
			out = append(out, at)
		}
		i := strings.IndexAny(l[at:], ".!?")
		if i < 0 {
			break
		}
		at += i + 1
		if at < len(l) && !isSpace(l[at]) {
			continue
		}
		for at < len(l) && isSpace(l[at]) {
			at++
		}
	}
	return out
}

// clauseOpeners are where the first max clauses after an opening one
// begin with a capital: "As most of you know, Declan is leaving us".
func clauseOpeners(l string, max int) []int {
	var out []int
	for at := 0; len(out) < max; {
		i := strings.Index(l[at:], ", ")
		if i < 0 {
			break
		}
		at += i + 2
		if r, _ := utf8.DecodeRuneInString(l[at:]); unicode.IsUpper(r) {
			out = append(out, at)
		}
	}
	return out
}

// isSpace is a space as \s reads it.
func isSpace(b byte) bool { return strings.IndexByte(" \t\n\f\r", b) >= 0 }

// namesInFull reports whether a line holds a capitalised word and, after
// spaces, a capital letter, as every name in full does ("Tom Reid"): a
// line without is not searched for one.
func namesInFull(l string) bool {
	for i := 0; i < len(l); {
		r, n := utf8.DecodeRuneInString(l[i:])
		i += n
		if !unicode.IsUpper(r) {
			continue
		}
		j := i
		for j < len(l) {
			r, n := utf8.DecodeRuneInString(l[j:])
			if !unicode.IsLower(r) {
				break
			}
			j += n
		}
		k := j
		for k < len(l) && isSpace(l[k]) {
			k++
		}
		if j > i && k > j && k < len(l) {
			if r, _ := utf8.DecodeRuneInString(l[k:]); unicode.IsUpper(r) {
				return true
			}
		}
		i = j
	}
	return false
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// NameSpans lists where the names stand in text as whole words.
func NameSpans(text string, names []string) [][]int {
	var out [][]int
	for _, n := range names {
		for from := 0; from < len(text); {
			i := base.WordIndex(text[from:], n)
			if i < 0 {
				break
			}
			out = append(out, []int{from + i, from + i + len(n)})
			from += i + len(n)
		}
	}
	return out
}

// PeopleNamed lists where a line names a person by name, not as the
// candidate: "Siobhán Byrne, who looked after these groups", "our
// estimator, Brent; he prices them", "and Marcy quotes them", "Dr. Paul
// Sandoval". Each form has a capital letter.
func PeopleNamed(text string) [][]int {
	if strings.IndexFunc(text, unicode.IsUpper) < 0 {
		return nil
	}
	var out [][]int
	if strings.Contains(text, ", who") {
		out = append(out, personNamed.Get().FindAllStringIndex(text, -1)...)
	}
	for _, m := range firstName.Get().FindAllStringSubmatchIndex(text, -1) {
		if m[2] < 0 {
			m = m[2:] // the second form's name
		}
		out = append(out, m[2:4])
	}
	for _, re := range []*base.Regexp{&contactName, &appositive} {
		for _, m := range re.Get().FindAllStringSubmatchIndex(text, -1) {
			out = append(out, m[2:4])
		}
	}
	if strings.Contains(text, "Dr") || strings.Contains(text, "Mr") || strings.Contains(text, "Ms") || strings.Contains(text, "Prof") {
		for _, m := range honorific.Get().FindAllStringSubmatchIndex(text, -1) {
			out = append(out, m[2:4])
		}
	}
	return out
}

// firstName is a person named by a first name alone: set off by commas
// ("our estimator, Brent;") or doing something in the middle of a sentence
// ("and Marcy quotes them").
var firstName = base.Regexp{Expr: `,\s+(\p{Lu}\p{Ll}{2,})[;,]|\b(?:and|but|then|so|because|while|when|where|or|that|since|until|after|before|than|as|like|whom)\s+(\p{Lu}\p{Ll}{2,})\s+[a-z]+s\b`}

// contactName is a person to reach by a first name ("E-mail your CV to
// Morag at …", "call Ifeoma on 021 …"), and appositive a person named after
// the job they do or who they are to someone ("our controller, Hui Min
// Tsai, and her team", "My grandmother, Zillah Kettlewell, stirred her
// first pan").
var (
	contactName = base.Regexp{Expr: `\b(?i:to|call|contact|ask for|ring|phone|e-?mail|message|text|ask)\s+(\p{Lu}\p{Ll}{2,})\s+(?:at|on|via|by)\b`}
	appositive  = base.Regexp{Expr: `\b(?:[Oo]ur|[Tt]he|[Yy]our|[Tt]heir|[Mm]y|[Hh]is|[Hh]er)\s+(?:[\p{L}][\w-]*\s+){0,3}?[\p{L}][\w-]*,\s+(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,3})(?:,|\.|;|\s+and\b|\s+who\b|$)`}
)

// honorific is a title before a person's name: "Dr. Paul", "Ms Okafor".
var honorific = base.Regexp{Expr: `\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+(\p{Lu}\p{Ll}+)`}

// personNamed is a person's name told of with "who": two or three
// capitalised words, then ", who".
var personNamed = base.Regexp{Expr: `\p{Lu}[\p{Ll}'’ʻ-]+(?:\s+\p{Lu}[\p{Ll}'’ʻ-]+){1,2},\s+who\b`}

// TitlesOfOthers moves from candidate to others a role title that names
// someone else: one after a name ("Roslyn Tuckerman, Senior Account
// Manager") or the one reported to ("report to our Senior Account
// Manager"). Each is looked for a few words back.
func TitlesOfOthers(text string, candidate, others [][]int) (kept, more [][]int) {
	for _, c := range candidate {
		after := text[c[1]:base.RuneStart(text, c[1]+60)]
		if notAPerson.Get().MatchString(after) {
			continue // "the account manager job": no one
		}
		isName := titleThenName.Get().MatchString(after) || reportedToBy.Get().MatchString(after)
		for _, o := range others {
			if o[1] <= c[0] && c[0]-o[1] < 40 && nameThenTitle.Get().MatchString(text[o[1]:c[0]]) {
				isName = true
			}
		}
		if isName || reportedTo.Get().MatchString(text[base.RuneStart(text, c[0]-60):c[0]]) {
			others = append(others, c)
			continue
		}
		kept = append(kept, c)
	}
	slices.SortFunc(others, func(a, b []int) int { return a[0] - b[0] })
	return kept, others
}

var (
	// nameThenTitle is what lies between a name and its title: a surname
	// and a comma.
	nameThenTitle = base.Regexp{Expr: `^(?:\s+\p{Lu}[\p{L}'’-]+)?,\s*(?:our\s+|the\s+)?(?:[\p{L}-]+\s+){0,3}$`}
	// titleThenName follows a title with its holder's name: "our Senior
	// Account Manager, Thaddeus Ogunbiyi-Welles".
	titleThenName = base.Regexp{Expr: `^,\s+\p{Lu}\p{Ll}+\s+\p{Lu}[\p{L}'’-]+`}
	// reportedToBy follows the person the role reports to: "the person
	// this job reports to".
	reportedToBy = base.Regexp{Expr: `^\s+(?:who\s+|that\s+)?(?:this job|this role|the role|the job|this position|you|you['’]ll|you will)\s+(?:will\s+)?reports?\s+to\b`}
	// notAPerson follows a role's name used of a thing: "the account
	// manager job", "the Account Manager role".
	notAPerson = base.Regexp{Expr: `(?i)^\s+(?:job|role|position|vacancy|post|posting|ad|advert|title|description|salary|pay|opening)\b`}
	// reportedTo ends where the role reports to someone.
	reportedTo = base.Regexp{Expr: `\b[Rr]eports?\s+(?:directly\s+)?to\s+(?:our\s+|the\s+|a\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$`}
)

// sentenceStop ends a sentence: its full stop and the space after.
var sentenceStop = base.Regexp{Expr: `[.!?]+(?:\s+|$)`}

// SentenceStops are where text's sentences end, past the full stops of
// abbreviations ("Co. Laois", "St. Albert", "Dr. Ruiz").
func SentenceStops(text string) [][]int {
	all := sentenceStop.Get().FindAllStringIndex(text, -1)
	out := all[:0]
	for _, m := range all {
		if !abbreviationAt(text, m[0]) {
			out = append(out, m)
		}
	}
	return out
}

// abbreviationAt reports a full stop at i that ends an abbreviation.
func abbreviationAt(text string, i int) bool {
	if i >= len(text) || text[i] != '.' {
		return false
	}
	w := i
	for w > 0 && (text[w-1] >= 'a' && text[w-1] <= 'z' || text[w-1] >= 'A' && text[w-1] <= 'Z') {
		w--
	}
	if w > 0 && !strings.ContainsRune(" (\"'", rune(text[w-1])) {
		return false
	}
	switch text[w:i] {
	case "Co", "St", "Mt", "Dr", "Mr", "Mrs", "Ms", "Ft", "Rd", "Ave", "Inc", "Ltd", "No", "vs", "approx", "Jr", "Sr", "Prof":
		return true
	}
	return false
}

// Reflexive reports a pronoun that refers back to its sentence's subject.
func Reflexive(w string) bool {
	w = strings.ToLower(w)
	return w == "himself" || w == "herself"
}
