package markup

import (
	"slices"
	"strings"
	"unicode/utf8"

	"amjd/model/base"
)

// A fieldKind is one kind of field a mail merge or a templating tool
// leaves in, with the marks it cannot be without: its expression runs only
// on text that has them. One expression for every kind cost most of a
// second on a megabyte that held any one mark; each on its own runs in a
// few milliseconds.
type fieldKind struct {
	may func(string) bool
	re  base.Regexp
}

const months = `(?:January|February|March|April|May|June|July|August|September|October|November|December)`

// fieldKinds are the fields templateFields finds, in the order an
// expression of them all would try them: "<<closing date>>",
// "{hiring_manager}", "%COMPANY_NAME%", "*|INTERVIEW_WEEK|*", "a team of XX
// people", "Friday ?? February", "«Posting_Close_Date»", "£00,000" ("{{" is
// in the placeholder list).
var fieldKinds = [...]fieldKind{
	// A field in angle brackets: "<<closing date>>", "<start date>".
	{func(t string) bool { return strings.Contains(t, "<") && strings.Contains(t, ">") }, base.Regexp{Expr: `<<\s*[A-Za-z][\w .'-]{0,40}>>|<(?:[a-z]+[ _]){1,4}[a-z]+>`}},
	// "{hiring_manager}"; Word's field code left showing, "{ MERGEFIELD
	// Closing_Date }"; "${hiringManager}".
	{func(t string) bool { return strings.Contains(t, "{") && strings.Contains(t, "}") }, base.Regexp{Expr: `\{[a-z]+(?:_[a-z]+)+(?:\s+[a-z]+="[^{}"]{0,40}")*\s*\}|\{\s*MERGEFIELD\b[^{}]{0,60}\}|\$\{[A-Za-z_][\w.]*\}`}},
	{PercentField, base.Regexp{Expr: `%[A-Z]+(?:_[A-Z]+)*%|%%[A-Z][A-Z0-9_]*%%`}},
	{func(t string) bool { return strings.Contains(t, "*|") }, base.Regexp{Expr: `\*\|[A-Z][A-Z0-9_:]*\|\*`}},
	// A stock dummy name ("Fred Nurk" is Australia's); "A.N. Other", the
	// name a form holds until one is given.
	{func(t string) bool {
		return base.ContainsAny(t, []string{" Citizen", " Doe", " Bloggs", " Public", " Nurk", " Nerk", " Blow"})
	},
		base.Regexp{Expr: `\b(?:(?:Jane|John|Joe) (?:Citizen|Doe|Bloggs|Public)|(?:John|Jane) Q\. Public|Fred N[ue]rk|Joe Blow)\b`}},
	{func(t string) bool { return strings.Contains(t, "Other") }, base.Regexp{Expr: `\bA\.\s?N\.\s?Other\b`}},
	// A bracketed bullet for a figure to come, "€[●]".
	{func(t string) bool { return strings.Contains(t, "[") && strings.ContainsAny(t, "●•○◦") }, base.Regexp{Expr: `\[\s*[●•○◦]\s*\]`}},
	// A year or a count left blank: "since 19XX", "a team of XX people".
	{func(t string) bool { return strings.Contains(t, "XX") }, base.Regexp{Expr: `\b(?:19|20)XX\b|\bX{2,}\s+(?:people|staff|employees|years?|accounts|clients|customers|days|hours|weeks)\b`}},
	// An amount left blank: "£ – £ per annum".
	{currencySpace, base.Regexp{Expr: `[£$€]\s+(?:[–-]|to)\s+[£$€](?:\s|$)`}},
	// A field's name in capitals between marks: "#CLOSEDATE#", "@@CONTACT_NAME@@", "#JOB_REF#".
	{hashField, base.Regexp{Expr: `#[A-Z][A-Z0-9]{3,}#`}},
	{func(t string) bool { return strings.Contains(t, "@@") }, base.Regexp{Expr: `@@[A-Z][A-Z0-9_]*@@`}},
	{func(t string) bool { return strings.Contains(t, "$$") }, base.Regexp{Expr: `\$\$[A-Z][A-Z0-9_]*\$\$`}},
	{func(t string) bool { return strings.Contains(t, "_") && strings.ContainsAny(t, "@#$^~|") }, base.Regexp{Expr: `[@#$^~|][A-Z][A-Z0-9]*_[A-Z0-9_]+[@#$^~|]`}},
	// A date or an amount with a part left as "??": "Friday ?? February",
	// "??/03/2027", "£??,???".
	{func(t string) bool { return strings.Contains(t, "??") }, base.Regexp{Expr: `\?{2,}\s+` + months + `\b|\b` + months + `\s+\?{2,}` +
		`|\?{2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-]\?{2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\?{2,4}|[£$€]\s?\?{2,3}(?:[,.]\?{3})*`}},
	// A date's format in place of the date: "MM/DD/YYYY", "w/c ##/03/2027".
	{func(t string) bool { return base.ContainsAny(t, []string{"MM", "DD", "##", "YYYY"}) }, base.Regexp{Expr: `(?:\b(?:MM|DD)|##)[/.-](?:MM|DD|##|\d{1,2})[/.-](?:YYYY|YY|\d{4})\b|\bYYYY-MM-DD\b`}},
	// A blank to fill in: "NZ$______ – ______", "March __".
	{func(t string) bool { return strings.Contains(t, "__") }, base.Regexp{Expr: `\b` + months + `\s+_{2,}|_{4,}`}},
	// A journalist's "TK", alone or for a date to come, "by Feb. TK".
	{func(t string) bool { return strings.Contains(t, "TK") }, base.Regexp{Expr: `^\s*\[?TK\]?\.?\s*$|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+TK\b`}},
	// Word's merge field "«Posting_Close_Date»"; an amount of noughts,
	// "£00,000"; "LINK TO COME" in capitals.
	{func(t string) bool { return strings.Contains(t, "«") }, base.Regexp{Expr: `«[A-Za-z][\w .'-]{0,40}»`}},
	{func(t string) bool { return strings.Contains(t, "00,000") }, base.Regexp{Expr: `[£$€]\s?0{2,3}(?:,0{3})+\b`}},
	{func(t string) bool { return strings.Contains(t, "TO COME") }, base.Regexp{Expr: `\b[A-Z]{2,}(?: [A-Z]{2,})? TO COME\b`}},
	// A merge field's name in capitals, "FIRSTNAME LASTNAME".
	{nameField, base.Regexp{Expr: `\b(?:FIRST|LAST|FULL|COMPANY|CANDIDATE)_?NAME\b`}},
	// A note to fill in, in brackets: "(hiring manager name, title)".
	{parenField, base.Regexp{Expr: `\((?:insert |add )?(?:hiring manager|manager|recruiter|contact|company)(?:['’]s)? (?:name|title|email|phone)[^()]{0,40}\)`}},
}

// signOff ends the text before a blank that a form leaves to sign or date.
var signOff = base.Regexp{Expr: `(?i)\b(?:signature|signed|approved(?: by)?|authori[sz]ed(?: by)?|human resources|hr|hiring manager|print name|initials|date|officer|manager|director|president|ceo|cfo|coo)\s*:?\s*$`}

// TemplateFields are where text holds a field of a mail merge or a
// templating tool left in, past a "{{" field (the placeholder list's) and a
// form's line to sign ("Approved by: ______"). Where two kinds overlap, the
// one that starts first is kept, and at one start the kind listed first.
func TemplateFields(text string) [][]int {
	if !hasFieldByte(text) {
		return nil
	}
	type found struct {
		at   []int
		kind int
	}
	var all []found
	for k := range fieldKinds {
		if fieldKinds[k].may(text) {
			for _, m := range fieldKinds[k].re.Get().FindAllStringIndex(text, -1) {
				all = append(all, found{m, k})
			}
		}
	}
	slices.SortFunc(all, func(a, b found) int {
		if a.at[0] != b.at[0] {
			return a.at[0] - b.at[0]
		}
		return a.kind - b.kind
	})
	var out [][]int
	end := 0
	for _, f := range all {
		m := f.at
		if m[0] < end {
			continue // inside a field already found
		}
		end = m[1]
		switch {
		case m[0] > 0 && text[m[0]-1] == '{':
			continue // "{{hiring_manager}}" is the list's "{{"
		case text[m[0]] == '_' && signOff.Get().MatchString(text[:m[0]]):
			continue // "Approved by: ______": a form's line to sign, not the posting's
		}
		out = append(out, m)
	}
	return out
}

// hasFieldByte reports text with a byte one of the fields' marks
// needs: a capital, one of "<{%?#_0*$@[(", or a byte of a rune past ASCII
// ("«", "£", "€", "●"). A line of small letters has none.
func hasFieldByte(text string) bool {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c >= 'A' && c <= 'Z' || c >= 0x80 || strings.IndexByte("<{%?#_0*$@[(", c) >= 0 {
			return true
		}
	}
	return false
}

// fieldMarks reports the marks of some kind of field, each kind's gate;
// the byte filter goes before them in TemplateFields.
func fieldMarks(text string) bool {
	for k := range fieldKinds {
		if fieldKinds[k].may(text) {
			return true
		}
	}
	return false
}

// currencySpace reports "$", "£" or "€" before white space, as an amount
// left blank is written: "£ – £".
func currencySpace(text string) bool {
	for i := strings.IndexAny(text, "$£€"); i >= 0; {
		_, n := utf8.DecodeRuneInString(text[i:])
		if i+n < len(text) && strings.IndexByte(" \t\n\f\r", text[i+n]) >= 0 {
			return true
		}
		j := strings.IndexAny(text[i+n:], "$£€")
		if j < 0 {
			break
		}
		i += n + j
	}
	return false
}

// nameField reports a merge field's name in capitals, as templateField
// reads one: "FIRSTNAME", "COMPANY_NAME", "#JOB_NAME#" (a spreadsheet's
// "#NAME?" is none).
func nameField(text string) bool {
	return strings.Contains(text, "_NAME") || strings.Contains(text, "NAME_") || base.ContainsAny(text, []string{"FIRSTNAME", "LASTNAME", "FULLNAME", "COMPANYNAME", "CANDIDATENAME"})
}

// hashField reports a "#" with four capitals or digits after it, as a
// "#CLOSEDATE#" field opens; a line of "=#N/A" or of hashtags has none.
// It reads each byte once.
func hashField(text string) bool {
	for i := strings.IndexByte(text, '#'); i >= 0 && i+5 <= len(text); {
		if isCapOrDigit(text[i+1]) && isCapOrDigit(text[i+2]) && isCapOrDigit(text[i+3]) && isCapOrDigit(text[i+4]) {
			return true
		}
		j := strings.IndexByte(text[i+1:], '#')
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isCapOrDigit(b byte) bool { return b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' }

// parenField reports a note in brackets that names a contact's detail, as
// "(hiring manager name, title)" does: each "(" is read up to its ")", at
// most 90 bytes on.
func parenField(text string) bool {
	for i := strings.IndexByte(text, '('); i >= 0; {
		inner := text[i+1 : min(len(text), i+91)]
		if j := strings.IndexByte(inner, ')'); j >= 0 {
			if in := strings.ToLower(inner[:j]); strings.Contains(in, " name") || strings.Contains(in, " title") || strings.Contains(in, " email") || strings.Contains(in, " phone") {
				return true
			}
		}
		k := strings.IndexByte(text[i+1:], '(')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}
