package posting

import (
	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
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
	// Facts names the facts about the employer the line states (content's
	// FactTool, ..., or a complexity axis); Source says where they came from.
	// A line whose facts come from a default is marked as a suggestion.
	Facts  []string
	Source Source
	// ID is the catalog id the line was written from (a pool item, a KPI,
	// a complexity option, the variant, industry or mix); "" for the user's.
	ID string
	// giveWay ranks a generic catalog line that gives way when the posting
	// runs long (3 first, then 2); 0 for a line that stays.
	giveWay int
}

// Source says where the facts a line states came from.
type Source int

const (
	// Given facts are answers: a value in an answers file or typed in the
	// wizard.
	Given Source = iota
	// Accepted facts are amjd's suggestions that the user took as their
	// answer: given, and the same as the default.
	Accepted
	// Default facts are the catalog's defaults for answers not given.
	Default
)

// String names the source as the review shows it.
func (s Source) String() string {
	return [...]string{"your answer", "amjd's suggestion, accepted", "amjd's default"}[s]
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
//
// It is the one resolved posting every writer reads: Markdown, plain text,
// HTML, JSON-LD, the short form, the preview and the interview kit. The
// answers are resolved and the location placed once, in Assemble; a writer
// takes them from here and never resolves them again.
type Posting struct {
	Title    string
	Language string
	Sections []Section
	Short    []Section
	as       *assembly // the answers, resolved, and what they pick
}

// Catalog is the catalog the posting was assembled from.
func (p Posting) Catalog() *content.Catalog {
	if p.as == nil {
		return content.Default()
	}
	return p.as.c
}

// Given returns the answers as the user gave them.
func (p Posting) Given() answers.Answers {
	if p.as == nil {
		return answers.Answers{}
	}
	return p.as.a
}

// Resolved returns the answers with every empty one replaced by its default.
func (p Posting) Resolved() answers.Answers {
	if p.as == nil {
		return answers.Answers{}
	}
	return p.as.r
}

// Place is what amjd recognised in the location answer.
func (p Posting) Place() base.Place {
	if p.as == nil {
		return base.Place{}
	}
	return p.as.place
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
func Assemble(c *content.Catalog, a answers.Answers) Posting {
	as := newAssembly(c, a)
	p := Posting{Title: base.Inline(as.r.Title), Language: as.lang, as: as}
	p.Sections = as.fit(as.fullSections())
	as.vary(p.Sections)
	p.Short = as.shortSections()
	return p
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
