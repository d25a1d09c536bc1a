package posting

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
)

// Findings about the answers themselves, that no reading of the posting's
// text can make: an answer that changes nothing, or too few KPIs.

// answerFindings are the notes on answers the posting could not honour.
func (p Posting) answerFindings() []checker.Finding {
	if p.as == nil {
		return nil
	}
	as := p.as
	var out []checker.Finding
	if n := len(as.a.KPIs); n > 0 && n < 4 {
		out = append(out, checker.Finding{Rule: "few-kpis", Severity: checker.Info, Step: base.StepKPIs, Field: "kpis",
			Message: fmt.Sprintf("Only %d KPI%s: 4-5 tell a candidate what matters most and how it is measured.", n, map[bool]string{true: "", false: "s"}[n == 1]),
			Fix:     "Add the one or two other measures this hire will be judged on, with targets."})
	}
	out = append(out, as.unusedEdits(base.StepResponsibilities, "responsibilities", as.c.Responsibilities, as.r.Responsibilities, MaxResponsibilities)...)
	out = append(out, as.unusedEdits(base.StepSkills, "skills", as.c.Skills, as.r.Skills, MaxSkills)...)
	if f, ok := as.unusedYears(p.Sections); ok {
		out = append(out, f)
	}
	if words := base.WordCount(p.Markdown()); words > MaxWords {
		out = append(out, checker.Finding{Rule: "own-text-long", Severity: checker.Info, Step: base.StepAbout,
			Message: fmt.Sprintf("The posting runs to %d words with amjd's generic lines already cut back: the length is your own text.", words),
			Fix:     fmt.Sprintf("Shorten your own paragraphs and lines to bring it to %d words or fewer.", MaxWords)})
	}
	return out
}

// unusedEdits reports each id in remove that the posting would not have
// used anyway, with the lines it uses on the same subject (those whose ids
// share the first word: crm_records for crm_habits).
func (as *assembly) unusedEdits(step, key string, pool []content.Item, edit answers.ListEdit, limit int) []checker.Finding {
	used := Selected(pool, as.sel, answers.ListEdit{Include: edit.Include}, limit)
	var out []checker.Finding
	for _, id := range edit.Remove {
		if _, known := content.ItemByID(pool, id); !known || slices.Contains(used, id) {
			continue
		}
		msg := fmt.Sprintf("%s.remove names %s, which this posting does not use: removing it changes nothing.", key, id)
		prefix, _, _ := strings.Cut(id, "_")
		var same []string
		for _, u := range used {
			if strings.HasPrefix(u, prefix+"_") && !slices.Contains(edit.Remove, u) {
				same = append(same, u)
			}
		}
		fix := "Remove the id from the list, or name the line you mean: the step lists the ids this posting uses."
		if len(same) > 0 {
			msg += " It uses " + strings.Join(same, ", ") + " on the same subject."
			fix = "To drop that line, remove " + strings.Join(same, ", ") + " instead."
		}
		out = append(out, checker.Finding{Rule: "edit-not-used", Severity: checker.Warning, Step: step, Field: key, Phrase: id, Message: msg, Fix: fix})
	}
	return out
}

// unusedYears reports years of experience that no line of the posting
// states: the junior role asks for any client-facing experience, and a
// posting may leave out the experience line.
func (as *assembly) unusedYears(sections []Section) (checker.Finding, bool) {
	years := as.a.Qualifications.Years
	if years == 0 {
		return checker.Finding{}, false
	}
	want := strconv.Itoa(years) + "+ years"
	for _, s := range sections {
		for _, l := range s.Lines() {
			if strings.Contains(l.Text, want) {
				return checker.Finding{}, false
			}
		}
	}
	reason := "none of the qualifications chosen states years of experience"
	if as.r.Variant == "junior_account_manager" {
		reason = "a junior role asks for some client-facing experience, internships included, not a number of years"
	}
	return checker.Finding{Rule: "years-not-used", Severity: checker.Warning, Step: base.StepSkills, Field: "qualifications",
		Message: fmt.Sprintf("qualifications.years is %d, but the posting does not say it: %s.", years, reason),
		Fix:     "Leave years out, or add a requirement in your own words that states it."}, true
}
