package importer

import (
	"amjd/model/answers"
	"strings"
	"unicode"

	"amjd/model/base"
)

// The people around the job: whom it reports to, and the team it joins.

// reportsTo reads a reporting line: "You report to the Head of Account
// Management", "reporting to Gino Ferraro, Director of Sales".
var reportsTo = base.LazyRegexp(`(?i)\b(?:report|reports|reporting)\s+(?:in)?to\s+(?:the\s+|our\s+)?([^.;()]+)`)

func (im *importer) reporting() {
	v, _, ok := im.d.label("Reports to", "Reporting to", "Reports into", "Manager", "Line manager")
	if !ok {
		for _, l := range im.d.all() {
			if m := reportsTo().FindStringSubmatchIndex(l.Text); m != nil {
				v, ok = l.Text[m[2]:m[3]], true
				if pronoun().MatchString(v) {
					// "our Sales Director looks after that, and you'll
					// report to her": the role named before it.
					all := namedRole().FindAllString(l.Text[:m[0]], -1)
					if len(all) == 0 {
						continue
					}
					v = all[len(all)-1]
				}
				break
			}
		}
	}
	if !ok {
		return
	}
	if m := pronounAndRole.Get().FindStringSubmatch(v); m != nil {
		v = m[1] // "report to me, the General Manager"
	}
	if pronoun().MatchString(v) {
		return // "report to me" names no role
	}
	im.a.ReportsTo = managerRole(v)
}

// pronounAndRole is a pronoun with the role after it: "me, the
// president".
var pronounAndRole = base.Regexp{Expr: `(?i)^\s*(?:me|us|him|her|them)\s*,\s*(?:the\s+|our\s+)?(\S.*)`}

// andRole is the rest of a role after its "and": "Sales and Marketing
// Manager" is one role.
var andRole = base.Regexp{Expr: `^\s+and\s+(?:\p{Lu}[\p{L}-]*\s+){1,3}(?:Manager|Director|Head|Lead|Officer|Supervisor|Coordinator)\b`}

var (
	pronoun   = base.LazyRegexp(`(?i)^\s*(?:her|him|them|me|us)\s*$`)
	namedRole = base.LazyRegexp(`(?:\p{Lu}[\p{L}&-]*\s+){1,3}(?:Manager|Director|Head|Lead|Officer|Owner|Founder|President|Partner|Supervisor|CEO|COO|CFO)\b`)
)

var clientsOnly = base.LazyRegexp(`^(?:[Oo]ur |[Yy]our |[Tt]he )?(?:[Cc]lients?|[Cc]ustomers?|[Pp]artners?|[Ss]takeholders|[Bb]uyers?)(?:\s+[a-z].*)?$`)

var (
	oneOf  = base.LazyRegexp(`(?i)\bone of (\w+) (?:account|accounts|key account|client|customer)`)
	teamOf = base.LazyRegexp(`(?i)\b(?:join(?:ing)?|in) a team of ([\d,]+|\w+)\b`)
)

// team reads the team's size, counting the new hire: "one of eight
// Account Managers" is 8; "join a team of 4" is 5.
func (im *importer) team() {
	for _, l := range im.d.all() {
		if m := oneOf().FindStringSubmatch(l.Text); m != nil {
			im.a.Team.Size = countWord(m[1])
		} else if m := teamOf().FindStringSubmatch(l.Text); m != nil && countWord(m[1]) > 0 {
			im.a.Team.Size = countWord(m[1]) + 1
		}
		if im.a.Team.Size > 200 {
			im.a.Team.Size = 0 // "a team of 1,200 people" is the company
		}
		if im.a.Team.Size > 0 {
			return
		}
	}
}

func countWord(w string) int {
	if n, ok := answers.ReadAmount(w); ok && n > 0 && n < 100000 {
		return int(n)
	}
	for i, name := range []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"} {
		if strings.EqualFold(w, name) {
			return i + 1
		}
	}
	for n, name := range map[int]string{15: "fifteen", 20: "twenty", 30: "thirty", 40: "forty", 50: "fifty"} {
		if strings.EqualFold(w, name) {
			return n
		}
	}
	return 0
}

// isPerson reports whether s is a person's name, with or without an
// honorific: "Dr Sanjay Mehta", "Ms. Ruth Ade".
func isPerson(s string) bool {
	if t := honorific().ReplaceAllString(s, ""); t != s {
		return personName().MatchString(t)
	}
	return personName().MatchString(s) && !jobWords().MatchString(s) && !topTitle().MatchString(s) && !teamName().MatchString(s) && !businessWord().MatchString(s)
}

// businessWord names a line of business, not a person: "Commercial Banking".
var businessWord = base.LazyRegexp(`(?i)\b(banking|commercial|retail|enterprise|business|accounts?|partnerships?|strategy|trade|wholesale|corporate|national|regional|group|emea|apac|americas|north|south|east|west|key)\b`)

var honorific = base.LazyRegexp(`^(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+`)

// topTitle is a title that a name's pattern would take for a person's:
// "Vice President, Sales", "Managing Director".
var topTitle = base.LazyRegexp(`(?i)\b(president|vice|chief|head|supervisor|owner|founder|principal|chair|general|managing)\b`)

// personName is a first and last name: "Gino Ferraro, Director of Sales".
var personName = base.LazyRegexp(`^[A-Z][a-z]+(?:\s+[A-Z][a-z'-]+){1,2}$`)

// managerRole keeps the role of a reporting line: no person's name, no
// clause after it.
func managerRole(v string) string {
	v = strings.TrimSpace(v)
	for _, stop := range []string{" and ", " who ", " which ", " - ", " – ", " based ", " in our ", ", who", ", and", ", you", ", where", " on ", " from "} {
		if i := strings.Index(v, stop); i > 0 && (stop != " and " || !andRole.Get().MatchString(v[i:])) {
			v = v[:i]
		}
	}
	if name, role, ok := strings.Cut(v, ","); ok && personName().MatchString(strings.TrimSpace(name)) && !jobWords().MatchString(name) && !topTitle().MatchString(name) {
		v = role
	}
	if head, tail, ok := strings.Cut(v, ","); ok && isPerson(strings.Trim(tail, " ,")) {
		v = head // "Commercial Director, Dr Sanjay Mehta"
	}
	if head, tail, ok := strings.Cut(v, ","); ok {
		// "the CFO, the Accounting Manager runs …" ends at the comma;
		// "Director of Sales, Automotive" does not.
		if t := strings.TrimSpace(tail); t == "" || !unicode.IsUpper(base.FirstRune(t)) || len(strings.Fields(t)) > 3 {
			v = head
		}
	}
	if len(strings.Fields(v)) > 7 {
		return ""
	}
	v = strings.TrimSpace(v)
	v = strings.TrimPrefix(v, "as ") // "me, Hermione Threlfall, as Finance Director"
	for _, det := range []string{"the ", "our ", "Our ", "your ", "Your "} {
		v = strings.TrimPrefix(v, det) // "Priya Shah, our Head of Customer Success"
	}
	if personName().MatchString(v) && !jobWords().MatchString(v) && !topTitle().MatchString(v) || clientsOnly().MatchString(v) {
		return "" // a name alone is no role; "reports to clients" is no manager
	}
	return strings.TrimRight(base.CleanLine(v), ",;: ") // "Director, Client Services, and work …"
}
