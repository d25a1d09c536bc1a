package posting

import (
	"context"
	"strings"
	"time"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
)

// CheckAnswers assembles the posting for the answers and checks it, as
// Posting.Check does.
func CheckAnswers(c *content.Catalog, a answers.Answers, short bool, now time.Time) []checker.Finding {
	return Assemble(c, a).Check(short, now)
}

// Check checks the posting (its short form when short). Each finding on a
// line names the step that wrote that line, and a suggestion left in says
// exactly what it stands in for.
func (p Posting) Check(short bool, now time.Time) []checker.Finding {
	fs, _ := p.CheckContext(context.Background(), short, now)
	return fs
}

// CheckContext is Check, stopped soon after ctx is done, when it returns
// ctx's error: a check replaced by a newer one is not finished.
func (p Posting) CheckContext(ctx context.Context, short bool, now time.Time) ([]checker.Finding, error) {
	out := p.Render(short)
	a, r := p.Given(), p.Resolved()
	findings, err := checker.CheckContext(ctx, p.Catalog(), out.Markdown, checker.CheckOptions{Short: short, Now: now, Location: r.Location.Place + " ; " + r.Location.Region})
	if err != nil {
		return nil, err
	}
	markers := map[int]int{}      // suggestion markers already matched, by line
	lowered := map[int][]string{} // each line's sources in lower case, lowered once
	for i := range findings {
		f := &findings[i]
		if f.Line < 1 || f.Line > len(out.Lines) {
			continue
		}
		sources := out.Lines[f.Line-1].Sources
		if _, ok := lowered[f.Line]; !ok {
			for _, l := range sources {
				lowered[f.Line] = append(lowered[f.Line], strings.ToLower(l.Text))
			}
		}
		src, ok := sourceOf(sources, lowered[f.Line], f.Phrase, markers[f.Line])
		if f.Rule == checker.RuleSuggestion {
			markers[f.Line]++
		}
		if !ok {
			continue
		}
		if f.Step == "" {
			f.Step, f.Field = src.Step, src.Field
		}
		if f.Rule == checker.RuleSuggestion && src.Origin == Suggested {
			f.Message = src.Note
		}
	}
	if !short {
		findings = append(findings, p.answerFindings()...)
	}
	if closes, err := answers.ParseClosingDate(a.ClosingDate, p.Language); err == nil && closes.Before(now.Truncate(24*time.Hour)) {
		findings = append([]checker.Finding{{Rule: "closing-date-passed", Severity: checker.Error, Step: base.StepAbout, Field: "closing_date", Phrase: a.ClosingDate,
			Message: "Applications close on " + a.ClosingDate + ", which has passed: candidates would read the job as closed.",
			Fix:     "Give a closing date in the future, or none."}}, findings...)
	}
	return findings, nil
}

// sourceOf picks the posting line a finding is about: for the nth
// suggestion marker on a line, the nth suggested line written on it; else the
// one holding the finding's phrase, else the first. lowered is the sources'
// texts in lower case.
func sourceOf(sources []Line, lowered []string, phrase string, nth int) (Line, bool) {
	if len(sources) == 0 {
		return Line{}, false
	}
	if phrase == base.SuggestionMarker {
		for _, l := range sources {
			if l.Origin == Suggested {
				if nth == 0 {
					return l, true
				}
				nth--
			}
		}
	}
	if phrase != "" {
		phrase = strings.ToLower(phrase)
		for i, l := range sources {
			if strings.Contains(lowered[i], phrase) {
				return l, true
			}
		}
	}
	return sources[0], true
}
