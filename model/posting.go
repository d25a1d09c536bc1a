package model

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/content"
)

// The wizard steps, by id: a line of the posting names the step that changes it.
const (
	StepVariant          = "variant"
	StepCompany          = "company"
	StepIndustry         = "industry"
	StepBook             = "book"
	StepMix              = "mix"
	StepComplexity       = "complexity"
	StepKPIs             = "kpis"
	StepResponsibilities = "responsibilities"
	StepSkills           = "skills"
	StepTools            = "tools"
	StepReporting        = "reporting"
	StepPay              = "pay"
	StepAbout            = "about"
)

// Origin says whose words a line of the posting is.
type Origin int

const (
	// Written lines are amjd's wording, chosen from the answers.
	Written Origin = iota
	// Typed lines are the user's own text.
	Typed
	// Suggested lines state a fact the user did not give (pay, the book,
	// KPI targets, ...). They end in the suggestion marker until the user
	// gives their own.
	Suggested
)

// Line is one sentence or list item of a posting, Markdown-ready: user text
// in it has been escaped.
type Line struct {
	Text string
	Step string
	// Field is the answer (a field's key) the line comes from, where its step
	// has several; a finding on the line opens the step at that field.
	Field  string
	Origin Origin
	// Note says what a Suggested line stands in for, for the findings.
	Note string
}

type blockKind int

const (
	paragraph blockKind = iota // sentences joined into one paragraph
	bullets                    // one list item per line
	label                      // a bold line introducing a list
	strong                     // a bold paragraph
	facts                      // the italic line of facts under the title
)

type block struct {
	kind  blockKind
	lines []Line
}

// Section is one part of a posting under its heading; the opening section has
// no heading.
type Section struct {
	ID      string
	Heading string
	blocks  []block
}

// Lines returns every line of the section, in order.
func (s Section) Lines() []Line {
	var out []Line
	for _, b := range s.blocks {
		out = append(out, b.lines...)
	}
	return out
}

// Posting is an assembled job posting in its full form and its short
// job-board form.
type Posting struct {
	Title    string
	Language string
	Sections []Section
	Short    []Section
}

// Section returns the section with the given id.
func (p Posting) Section(id string) (Section, bool) {
	for _, s := range p.Sections {
		if s.ID == id {
			return s, true
		}
	}
	return Section{}, false
}

// Texts returns the text of every line of the section with the given id.
func (p Posting) Texts(id string) []string {
	s, _ := p.Section(id)
	var out []string
	for _, l := range s.Lines() {
		out = append(out, l.Text)
	}
	return out
}

// Suggestions lists the lines that state amjd's suggestions instead of the
// user's facts.
func (p Posting) Suggestions() []Line {
	var out []Line
	for _, s := range p.Sections {
		for _, l := range s.Lines() {
			if l.Origin == Suggested {
				out = append(out, l)
			}
		}
	}
	return out
}

// Assemble builds the posting for the answers. Invalid ids are ignored here
// (Validate reports them); empty answers take their defaults, and a default
// that states a fact is marked as a suggestion.
func Assemble(c *content.Catalog, a Answers) Posting {
	as := newAssembly(c, a)
	p := Posting{Title: Inline(as.r.Title), Language: as.lang}
	p.Sections = as.fullSections()
	p.Short = as.shortSections()
	return p
}

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError {
		return s
	}
	return string(unicode.ToUpper(r)) + s[size:]
}

// lowerFirst lower-cases the first letter of a name for running text, unless
// the name starts with an acronym such as "NPS".
func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && unicode.IsUpper(r[0]) && unicode.IsLower(r[1]) {
		r[0] = unicode.ToLower(r[0])
	}
	return string(r)
}

// joinAnd joins a list as English prose: "a", "a and b", "a, b and c".
func joinAnd(list []string) string {
	switch len(list) {
	case 0:
		return ""
	case 1:
		return list[0]
	}
	return strings.Join(list[:len(list)-1], ", ") + " and " + list[len(list)-1]
}

// article picks "a" or "an" for the word that follows.
func article(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

// Anchor is the heading of the first section (of the full or the short form)
// that holds a line the step writes, so a preview can show what the step
// changes; "" when no headed section does.
func (p Posting) Anchor(step string, short bool) string {
	sections := p.Sections
	if short {
		sections = p.Short
	}
	for _, s := range sections {
		if s.Heading == "" {
			continue
		}
		for _, l := range s.Lines() {
			if l.Step == step {
				return s.Heading
			}
		}
	}
	return ""
}
