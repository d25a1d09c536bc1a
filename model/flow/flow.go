package flow

import (
	"errors"
	"slices"
	"unicode/utf8"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/posting"
)

// The question flow: every question the wizard and the line-prompt mode ask is
// defined here once, with its options, default, validation and help. The
// steps themselves are in the steps_*.go files, in the order they are asked.

// Kind is how a field is answered.
type Kind int

const (
	// Choice picks one option.
	Choice Kind = iota
	// Multi picks any number of options.
	Multi
	// Cycle gives each option one of a few states (e.g. required / preferred / off).
	Cycle
	// Text is one line of text.
	Text
	// LongText is free text of one or more paragraphs.
	LongText
	// Lines is a list, one item per line.
	Lines
	// Integer is a whole number.
	Integer
	// Money is an amount that may have cents.
	Money
)

// Option is one choice of a field.
type Option struct {
	ID    string
	Label string
	Help  string
}

// Value is an answer in the form a field takes it: Text for text, number and
// choice fields (a choice's Text is the option id), IDs for Multi (chosen ids)
// and Cycle (one state id per option, in option order).
type Value struct {
	Text string   `yaml:"text,omitempty"`
	IDs  []string `yaml:"ids,omitempty"`
}

// Field is one question. Value is its current answer, Placeholder the default
// that an empty answer stands for.
type Field struct {
	Key         string
	Label       string
	Help        string
	Kind        Kind
	Options     []Option
	States      []Option // Cycle only: the states in the order they cycle; the last one leaves the option out
	Value       Value
	Placeholder string
	// Suggested marks a placeholder that is amjd's suggestion of a fact only
	// the user knows (pay, the book, a KPI target): left empty, the posting
	// states it marked as a suggestion.
	Suggested bool
	// Example marks a placeholder that only shows what could go here: left
	// empty, the posting says nothing about it.
	Example bool
	MaxLen  int
	set     func(a *answers.Answers, v Value) error
	// built is the value the field was built with from the answers.
	built Value
	// cat is the catalog the answers are judged against.
	cat *content.Catalog
}

// Apply validates v and stores it in a. On error a is unchanged. Applying
// the value the field was built with changes nothing, so pressing enter
// through a step leaves amjd's suggestions marked as suggestions. A value is
// judged by every rule an answers file must meet, those across fields too
// (a pay range's bottom is not above its top): what Apply stores always
// loads again from a saved answers file.
func (f Field) Apply(a *answers.Answers, v Value) error {
	return ApplyTogether(a, Change{Field: f, Value: v})
}

// Change is a value typed into a field.
type Change struct {
	Field Field
	Value Value
}

// ApplyTogether stores values typed into several fields as one change of
// the answers, so that a rule across fields judges them together: the two
// ends of a pay range, each invalid alone. On error a is unchanged.
func ApplyTogether(a *answers.Answers, changes ...Change) error {
	trial := a.Clone()
	changed := false
	for _, ch := range changes {
		f, v := ch.Field, ch.Value
		if v.Text == f.built.Text && slices.Equal(v.IDs, f.built.IDs) {
			continue
		}
		if err := f.setChecked(&trial, v); err != nil {
			return err
		}
		changed = true
	}
	if !changed {
		return nil
	}
	if err := newProblem(changes[0].Field.cat, *a, trial); err != nil {
		return err
	}
	*a = trial
	return nil
}

// setChecked checks typed text against the field's limits, then stores it.
func (f Field) setChecked(a *answers.Answers, v Value) error {
	if f.Kind == Text || f.Kind == LongText || f.Kind == Lines {
		if !utf8.ValidString(v.Text) {
			return errors.New("the text is not valid UTF-8")
		}
		if f.MaxLen > 0 {
			if msg := answers.LengthProblem(v.Text, f.MaxLen); msg != "" {
				return errors.New(msg)
			}
		}
	}
	return f.set(a, v)
}

// newProblem is the first rule that the answers after a change break and
// before it did not, as answers.Validate judges them (nil without a
// catalog).
func newProblem(c *content.Catalog, before, after answers.Answers) error {
	if c == nil {
		return nil
	}
	errs := answers.Validate(c, after)
	if len(errs) == 0 {
		return nil // the common case: the answers before need no judging
	}
	known := map[string]bool{}
	for _, e := range answers.Validate(c, before) {
		known[e.Path+"\x00"+e.Msg] = true
	}
	for _, e := range errs {
		if !known[e.Path+"\x00"+e.Msg] {
			return &AcrossFieldsError{Msg: answers.Sentence(e.Msg)}
		}
	}
	return nil
}

// AcrossFieldsError is a value refused by the answers as a whole rather
// than by its field alone: one end of a pay range without the other, or a
// top below the bottom. Kept as typed, it may be taken once another field
// changes.
type AcrossFieldsError struct{ Msg string }

func (e *AcrossFieldsError) Error() string { return e.Msg }

// Check validates v without storing it.
func (f Field) Check(a answers.Answers, v Value) error {
	return f.Apply(&a, v)
}

// LeftOut is the id of the Cycle state that leaves an option out.
func (f Field) LeftOut() string {
	if len(f.States) == 0 {
		return ""
	}
	return f.States[len(f.States)-1].ID
}

// Step is one screen of the wizard: a group of related questions.
type Step struct {
	ID    string
	Title string
	// Why says in one line why the question matters.
	Why string
	// build lists the questions for the current answers: some depend on
	// earlier answers (KPI targets follow the chosen KPIs).
	build func(in stepInput) []Field
	// notice is something the user should know about the current answers
	// (for example that a blended mix makes the posting disclose sales targets).
	notice func(in stepInput) string
	// block says why the step cannot be confirmed, if it cannot.
	block func(in stepInput) string
	// warn is a warning the user must confirm once before moving on.
	warn func(in stepInput) string
	// blockKeys are the fields a block is about: line mode asks them again,
	// not the whole step. None means every field.
	blockKeys []string
}

// stepInput is what a step is built from: the catalog, the answers as given,
// and the same answers with every default filled in, resolved once.
type stepInput struct {
	c *content.Catalog
	a answers.Answers // as given
	r answers.Answers // resolved
}

// StepState is a step evaluated for the current answers: its questions, each
// holding the value it was built with, and what the user should be told.
type StepState struct {
	Fields []Field
	// Notice is something to know about the answers; Block says why the
	// step cannot be confirmed; Warn is to be confirmed once before moving
	// on. Each is "" when there is none.
	Notice, Block, Warn string
	// BlockKeys are the fields to answer again when the step is blocked, or
	// when a value of the step is refused across fields; empty means all of
	// them.
	BlockKeys []string
}

// For evaluates the step for the answers. It resolves the answers once.
func (s Step) For(c *content.Catalog, a answers.Answers) StepState {
	in := stepInput{c: c, a: a, r: posting.Resolve(c, a)}
	st := StepState{Fields: s.build(in)}
	for i := range st.Fields {
		st.Fields[i].built, st.Fields[i].cat = st.Fields[i].Value, c
	}
	call := func(rule func(stepInput) string) string {
		if rule == nil {
			return ""
		}
		return rule(in)
	}
	st.Notice, st.Block, st.Warn = call(s.notice), call(s.block), call(s.warn)
	st.BlockKeys = s.blockKeys
	return st
}

// Steps returns the question flow in order.
func Steps() []Step {
	return []Step{
		stepVariant, stepCompany, stepIndustry, stepBook, stepMix, stepComplexity,
		stepKPIs, stepResponsibilities, stepSkills, stepTools, stepReporting,
		stepPayPlace, stepAbout,
	}
}

// StepIndex returns the position of the step with the given id, or -1.
func StepIndex(id string) int {
	return slices.IndexFunc(Steps(), func(s Step) bool { return s.ID == id })
}
