package ui

import (
	"fmt"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
)

// keptAnswers are the values typed and kept, not taken into the answers:
// the review's check reports each as an error, since the posting does not
// say what was typed.
type keptAnswers struct {
	steps   []flow.Step
	answers answers.Answers
	typed   map[string]flow.Value
}

// findings is one error per value kept, naming its step and field. It runs
// in the check's command, not in Update.
func (k keptAnswers) findings(c *content.Catalog) []checker.Finding {
	if len(k.typed) == 0 {
		return nil
	}
	var out []checker.Finding
	for _, step := range k.steps {
		for _, f := range step.For(c, k.answers).Fields {
			v, kept := k.typed[f.Key]
			if !kept {
				continue
			}
			why := "it was not taken"
			if err := f.Check(k.answers, v); err != nil {
				why = err.Error()
			}
			out = append(out, checker.Finding{Rule: "answer-not-used", Severity: checker.Error, Step: step.ID, Field: f.Key,
				Phrase:  v.Text,
				Message: fmt.Sprintf("What you typed in %s (%q) is not in the posting: %s", f.Label, base.Printable(v.Text), why),
				Fix:     "Open the step and correct it, or clear it to keep what the posting says now."})
		}
	}
	return out
}
