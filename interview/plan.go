package interview

import (
	"strconv"

	"amjd/content"
)

// exercise is the first work sample that fits the role.
func (w *writer) exercise() Exercise {
	for _, e := range w.c.Interview.Exercises {
		if !e.When.Matches(w.f.Selection) {
			continue
		}
		x := Exercise{Name: w.f.Fill(e.Name), Brief: w.fill(e.Brief), Time: w.f.Fill(e.Time), LookFor: w.fill(e.LookFor)}
		for _, s := range e.Asks {
			x.Asks = append(x.Asks, w.fill(s))
		}
		return x
	}
	return Exercise{}
}

// stages writes the plan: who takes part comes from the reporting line the
// user gave and the teams the role works with.
func (w *writer) stages(x Exercise) []Stage {
	ph := w.ph
	manager := w.f.Fill(ph.Manager)
	if w.f.ReportsTo != "" {
		manager = w.f.Fill(ph.ManagerNamed)
	}
	peer := w.f.Fill(ph.Peer)
	if w.f.TeamSize > 1 {
		peer = w.f.Fill(ph.PeerTeam)
	}
	colleague := w.f.Fill(ph.ColleagueOne)
	if w.several() {
		colleague = w.f.Fill(ph.Colleague)
	}
	who := []string{"{manager}", manager, "{peer}", peer, "{colleague}", colleague, "{everyone}", w.f.Fill(ph.Everyone), "{time}", x.Time}
	var out []Stage
	for _, s := range w.c.Interview.Stages {
		if !s.When.Matches(w.f.Selection) {
			continue
		}
		st := Stage{Name: w.fill(s.Name), Length: w.f.Fill(s.Length, who...), Who: w.f.Fill(s.Who, who...), What: w.fill(s.What)}
		if s.ID == "screen" && w.sellsToo() {
			st.What += " " + w.fill(ph.ScreenSales)
		}
		out = append(out, st)
	}
	return out
}

// several reports whether several teams deliver the work.
func (w *writer) several() bool {
	for _, id := range w.f.Selection.Complexity {
		if id == "teams_several" {
			return true
		}
	}
	return false
}

// sellsToo reports whether the role is partly a sales role, as the posting
// tells candidates.
func (w *writer) sellsToo() bool {
	m, ok := w.c.Mix(w.f.Selection.Mix)
	return ok && m.Disclosure != ""
}

// scorecard is the form: a row per area and one for the work sample.
func (w *writer) scorecard(k Kit) Scorecard {
	ph := w.ph
	s := Scorecard{Intro: w.fill(ph.ScorecardIntro), Rule: w.fill(ph.ScorecardRule)}
	for _, f := range ph.ScorecardFields {
		s.Fields = append(s.Fields, w.fill(f))
	}
	for _, c := range ph.ScorecardCols {
		s.Columns = append(s.Columns, plainCell(w.fill(c)))
	}
	for i, a := range k.Areas {
		s.Rows = append(s.Rows, plainCell(strconv.Itoa(i+1)+". "+a.Name))
	}
	if k.Exercise.Name != "" {
		s.Rows = append(s.Rows, plainCell(w.fill(ph.ScorecardSample, "{name}", k.Exercise.Name)))
	}
	return s
}

// headings fills the kit's headings and labels; the work sample's heading
// names the exercise.
func (w *writer) headings(x Exercise) content.InterviewHeadings {
	h := w.c.Interview.Headings
	for _, p := range []*string{&h.Title, &h.Plan, &h.Stages, &h.Competencies, &h.Scorecard, &h.FromPosting,
		&h.Behavioural, &h.Situational, &h.Probe, &h.Strong, &h.Warnings, &h.Rating, &h.Asks, &h.LookFor} {
		*p = w.fill(*p, "{title}", w.f.Title)
	}
	h.Exercise = w.fill(h.Exercise, "{name}", x.Name)
	return h
}
