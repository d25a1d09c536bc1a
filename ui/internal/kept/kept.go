// Package kept reports the values a wizard session typed and kept, not
// taken into the answers: the review's check counts each as an error, since
// the posting does not say what was typed.
package kept

import (
	"fmt"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/flow"
)

// Answers are the answers and the values typed beside them, by field key.
type Answers struct {
	Steps   []flow.Step
	Answers answers.Answers
	Typed   map[string]flow.Value
}

// Findings is one error per value kept, naming its step and field. It runs
// in the check's command, not in Update.
func (k Answers) Findings(c *content.Catalog) []checker.Finding {
	if len(k.Typed) == 0 {
		return nil
	}
	var out []checker.Finding
	for _, step := range k.Steps {
		for _, f := range step.For(c, k.Answers).Fields {
			v, kept := k.Typed[f.Key]
			if !kept {
				continue
			}
			why := "it was not taken"
			if err := f.Check(k.Answers, v); err != nil {
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
