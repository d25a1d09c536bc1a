package markup

import (
	"strings"
	"unicode/utf8"

	"amjd/model/base"
)

// A form sent as text lays its fields out in two columns: the label, then
// spaces, then the value, every value starting at one column ("Business
// name              Aspiring Helicopters Ltd", "Reports to
// Operations Manager"), a long value going on below it, indented to that
// column.

// gutterLine is a label at the line's start, of up to six words, and the
// value after three spaces or more.
var gutterLine = base.Regexp{Expr: `^\p{Lu}[^\s:]*(?: [^\s:]+){0,5} {3,}\S`}

// minGutterFields is how many lines must share the value's column.
const minGutterFields = 3

// UnGutter writes each "Label      value" line of a form whose values start
// at one column, shared by three lines or more, as "Label: value", so that
// it reads as any labelled field; a text may hold several such forms (a
// facts block, a table of measures), each at its own column. Other text is
// left as it is.
func UnGutter(raw []string) []string {
	cols := map[int]int{}
	for _, r := range raw {
		if c := gutterColumn(r); c > 0 {
			cols[c]++
		}
	}
	for i, r := range raw {
		if c := gutterColumn(r); c > 0 && cols[c] >= minGutterFields {
			at := len(r) - len(strings.TrimLeft(r[strings.Index(r, "   "):], " "))
			raw[i] = strings.TrimRight(r[:at], " ") + ": " + r[at:]
		}
	}
	return raw
}

// gutterColumn is the column, in characters, where a field line's value
// starts, or 0 for a line that is no field.
func gutterColumn(r string) int {
	if len(r) < 8 || r[0] == ' ' || !strings.Contains(r, "   ") {
		return 0
	}
	m := gutterLine.Get().FindStringIndex(r)
	if m == nil {
		return 0
	}
	return utf8.RuneCountInString(r[:m[1]]) - 1 // the value's first rune may be "€", three bytes
}

// formQuestion is a form's numbered question over its answer: "16. Main
// duties (one per line)", "21. Who does the role report to?", Typeform's
// "3 → Your name *".
var formQuestion = base.Regexp{Expr: `^(\d{1,2})(?:\.|\s*[→➔])\s+(\p{Lu}[^\n]{1,80}?)\s*(?:\([^()]{1,40}\))?\s*\*?$`}

// minFormQuestions is how many numbered questions make a form's response:
// more than a posting numbers its sections with.
const minFormQuestions = 10

// UnNumberForm writes the numbered questions of a form's response, each
// over its answer, ten or more, as headings: "Main duties:", "Who does
// the role report to?"; the answer's first line is text, however short
// ("Red Soil Camel Dairy Pty Ltd"). A numbered list, and a posting's
// numbered sections, are left as they are. kinds is updated in place.
func UnNumberForm(raw []string, kinds []Kind) []string {
	var at []int
	for i, r := range raw {
		if i > 0 && strings.TrimSpace(raw[i-1]) != "" || i+1 == len(raw) || strings.TrimSpace(raw[i+1]) == "" ||
			formQuestion.Get().MatchString(raw[i+1]) || !formQuestion.Get().MatchString(r) {
			continue
		}
		at = append(at, i)
	}
	if len(at) < minFormQuestions {
		return unNumberLabels(raw, kinds)
	}
	for _, i := range at {
		q := strings.TrimSpace(formQuestion.Get().FindStringSubmatch(raw[i])[2])
		if !strings.HasSuffix(q, "?") {
			q += ":"
		}
		raw[i] = q
		if kinds[i] == Unknown {
			kinds[i] = Heading
		}
		if kinds[i+1] == Unknown && !bulletLead(raw[i+1]) {
			kinds[i+1] = Text
		}
	}
	return raw
}

// bulletLead reports a line that opens with a list's mark: an answer
// given as a list is read as one.
func bulletLead(r string) bool {
	t := strings.TrimSpace(r)
	return strings.HasPrefix(t, "- ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "• ") || strings.HasPrefix(t, "· ")
}

// surveyPage is a survey's page over its questions.
var surveyPage = base.Regexp{Expr: `^\s*Page \d{1,2}:\s`}

// qLabel is a survey's question number alone on its line, over the
// question and its answer: "Q4" (SurveyMonkey).
var qLabel = base.Regexp{Expr: `^\s*Q\d{1,2}\s*$`}

// unNumberLabels reads a survey's response whose ten or more questions
// each sit under a number alone ("Q4", then "Company name as it should
// appear in the advert", then "Moelwyn Slate Ltd"): the number is
// blanked, the question is a heading and the answer's first line text.
func unNumberLabels(raw []string, kinds []Kind) []string {
	var at []int
	for i, r := range raw {
		if i+2 < len(raw) && qLabel.Get().MatchString(r) && strings.TrimSpace(raw[i+1]) != "" && strings.TrimSpace(raw[i+2]) != "" {
			at = append(at, i)
		}
	}
	if len(at) < minFormQuestions {
		return raw
	}
	for i, r := range raw {
		if surveyPage.Get().MatchString(r) {
			raw[i] = "" // "Page 3: The person", the survey's page, not the posting's section
		}
	}
	for _, i := range at {
		q := strings.TrimSpace(raw[i+1])
		if !strings.HasSuffix(q, "?") && !strings.HasSuffix(q, ":") {
			q += ":"
		}
		raw[i], raw[i+1] = "", q
		if strings.EqualFold(strings.TrimSpace(raw[i+2]), "Respondent skipped this question") {
			raw[i+2] = "" // no answer
		}
		if kinds[i+1] == Unknown {
			kinds[i+1] = Heading
		}
		if kinds[i+2] == Unknown && !bulletLead(raw[i+2]) {
			kinds[i+2] = Text
		}
	}
	return raw
}
