package markup

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// templateField is a field of a mail merge or a templating tool left in:
// "<<closing date>>", "{hiring_manager}", "%COMPANY_NAME%", "*|INTERVIEW_WEEK|*", "a team of XX
// people", "Friday ?? February", "«Posting_Close_Date»", "£00,000" ("{{" is
// in the placeholder list).
var templateField = base.Regexp{Expr: `<<\s*[A-Za-z][\w .'-]{0,40}>>|\{[a-z]+(?:_[a-z]+)+\}|%[A-Z]+(?:_[A-Z]+)*%|\*\|[A-Z][A-Z0-9_:]*\|\*` +
	// A field in angle brackets, "<start date>"; a stock dummy name.
	`|<(?:[a-z]+[ _]){1,4}[a-z]+>|\b(?:Jane|John|Joe) (?:Citizen|Doe|Bloggs|Public)\b` +
	// A bracketed bullet for a figure to come, "€[●]"; "A.N. Other", the
	// name a form holds until one is given.
	`|\[\s*[●•○◦]\s*\]|\bA\.\s?N\.\s?Other\b` +
	// Word's field code left showing: "{ MERGEFIELD Closing_Date }".
	`|\{\s*MERGEFIELD\b[^{}]{0,60}\}` +
	// A year or an amount left blank: "since 19XX", "£ – £ per annum".
	`|\b(?:19|20)XX\b|[£$€]\s+(?:[–-]|to)\s+[£$€](?:\s|$)` +
	// A field's name in capitals between marks: "@@CONTACT_NAME@@", "#JOB_REF#", "#CLOSEDATE#", "${hiringManager}".
	`|#[A-Z][A-Z0-9]{3,}#|@@[A-Z][A-Z0-9_]*@@|%%[A-Z][A-Z0-9_]*%%|\$\$[A-Z][A-Z0-9_]*\$\$|[@#$^~|][A-Z][A-Z0-9]*_[A-Z0-9_]+[@#$^~|]|\$\{[A-Za-z_][\w.]*\}` +
	`|\bX{2,}\s+(?:people|staff|employees|years?|accounts|clients|customers|days|hours|weeks)\b` +
	`|\?{2,}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b` +
	`|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\?{2,}|_{2,})` +
	// A date with a part left as "??": "??/03/2027".
	`|\?{2}[/.-]\d{1,2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-]\?{2}[/.-]\d{2,4}\b|\b\d{1,2}[/.-]\d{1,2}[/.-]\?{2,4}` +
	// A date's format in place of the date: "MM/DD/YYYY", "w/c ##/03/2027".
	`|(?:\b(?:MM|DD)|##)[/.-](?:MM|DD|##|\d{1,2})[/.-](?:YYYY|YY|\d{4})\b|\bYYYY-MM-DD\b` +
	// A blank to fill in: "NZ$______ – ______", "£??,???"; a journalist's "TK".
	`|_{4,}|[£$€]\s?\?{2,3}(?:[,.]\?{3})*|^\s*\[?TK\]?\.?\s*$` +
	// Word's merge field "«Posting_Close_Date»"; an amount of noughts,
	// "£00,000"; "LINK TO COME" in capitals.
	`|«[A-Za-z][\w .'-]{0,40}»|[£$€]\s?0{2,3}(?:,0{3})+\b|\b[A-Z]{2,}(?: [A-Z]{2,})? TO COME\b` +
	// A journalist's "TK" for a date to come, "by Feb. TK"; a merge
	// field's name in capitals, "FIRSTNAME LASTNAME".
	`|\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+TK\b|\b(?:FIRST|LAST|FULL|COMPANY|CANDIDATE)_?NAME\b` +
	// A note to fill in, in brackets: "(hiring manager name, title)".
	`|\((?:insert |add )?(?:hiring manager|manager|recruiter|contact|company)(?:['’]s)? (?:name|title|email|phone)[^()]{0,40}\)`}

// signOff ends the text before a blank that a form leaves to sign or date.
var signOff = base.Regexp{Expr: `(?i)\b(?:signature|signed|approved(?: by)?|authori[sz]ed(?: by)?|human resources|hr|hiring manager|print name|initials|date|officer|manager|director|president|ceo|cfo|coo)\s*:?\s*$`}

// TemplateFields are where text holds a field of a mail merge or a
// templating tool left in, past a "{{" field (the placeholder list's) and a
// form's line to sign ("Approved by: ______").
func TemplateFields(text string) [][]int {
	var out [][]int
	for _, m := range templateField.Get().FindAllStringIndex(text, -1) {
		if m[0] > 0 && text[m[0]-1] == '{' {
			continue // "{{hiring_manager}}" is the list's "{{"
		}
		if text[m[0]] == '_' && signOff.Get().MatchString(text[:m[0]]) {
			continue // "Approved by: ______": a form's line to sign, not the posting's
		}
		out = append(out, m)
	}
	return out
}

// hasFieldByte reports text with a byte one of MayHaveTemplateField's marks
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

// MayHaveTemplateField reports text that holds one of the marks a template
// field needs, so that most lines are not searched.
func MayHaveTemplateField(text string) bool {
	return hasFieldByte(text) && fieldMarks(text)
}

// fieldMarks is MayHaveTemplateField's test without its byte filter.
func fieldMarks(text string) bool {
	return strings.Contains(text, "<") && strings.Contains(text, ">") || strings.Contains(text, "{") && strings.Contains(text, "}") || PercentField(text) || strings.Contains(text, "XX") || strings.Contains(text, "??") ||
		strings.Contains(text, "##") || hashField(text) || strings.Contains(text, "MM") || strings.Contains(text, "DD") || strings.Contains(text, "YYYY") || BlankToFill(text) || strings.Contains(text, "___") ||
		strings.Contains(text, "TK") || strings.Contains(text, "NAME") && nameField(text) || parenField(text) || strings.Contains(text, "«") || strings.Contains(text, "00,000") || strings.Contains(text, "TO COME") || strings.Contains(text, "*|") || strings.Contains(text, "_") && strings.ContainsAny(text, "#@^~|$%") ||
		strings.Contains(text, "${") || strings.Contains(text, "@@") || strings.Contains(text, "$$") && strings.IndexFunc(text, unicode.IsUpper) >= 0 || strings.Contains(text, "[●") || strings.Contains(text, "[•") ||
		strings.Contains(text, "[ ●") || strings.Contains(text, "XX") || strings.Contains(text, "MERGEFIELD") ||
		strings.Contains(text, "£ ") || strings.Contains(text, "$ ") || strings.Contains(text, "€ ") || strings.Contains(text, " Citizen") ||
		strings.Contains(text, "N. Other") || strings.Contains(text, "N.Other") || strings.Contains(text, " Doe") || strings.Contains(text, " Bloggs")
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
// most 70 bytes on.
func parenField(text string) bool {
	for i := strings.IndexByte(text, '('); i >= 0; {
		inner := text[i+1 : min(len(text), i+71)]
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
