package interview

import (
	"slices"
	"strings"
	"unicode"

	"amjd/content"
	"amjd/model/posting"
)

// need is a line of the posting some area must test.
type need struct {
	kpi  bool
	line posting.FactLine
}

// chosen is an area picked for the kit with the lines it tests; probed lines
// get a question of their own, since the area's questions do not name them.
type chosen struct {
	comp   content.Competency
	tests  []need
	probed []need
	duties []cited // the posting's duties it tests
}

// cited is a line of another section of the posting, with that section's
// heading.
type cited struct {
	section string
	line    posting.FactLine
}

// maxDuties is how many duty lines an area cites when it tests no KPI or
// required line.
const maxDuties = 2

// choose picks the kit's areas: greedily, the area that tests the most
// lines still untested (one that suits the role first, then catalog order),
// until every line is tested or the kit is full; then areas that suit the
// role, up to MinAreas. Lines no chosen area covers by id (the user's own,
// or lines beyond a full kit) go to the area whose keywords they use, else
// the first, with a question of their own.
func choose(comps []content.Competency, f posting.InterviewFacts, h content.Headings) []chosen {
	needs := needsOf(f)
	suits := make([]bool, len(comps))
	duties := make([][]cited, len(comps))
	for i, comp := range comps {
		duties[i] = dutiesOf(comp, f, h)
		suits[i] = slices.ContainsFunc(comp.When, func(w content.When) bool { return w.Matches(f.Selection) })
	}
	picked := pickCovering(comps, suits, needs)
	// Areas added to reach MinAreas must cite a line of the posting: those
	// that suit the role first.
	for _, ok := range []func(int) bool{
		func(i int) bool { return suits[i] && len(duties[i]) > 0 },
		func(i int) bool { return len(duties[i]) > 0 },
		func(int) bool { return true },
	} {
		for i := range comps {
			if len(picked) < MinAreas && ok(i) && !slices.Contains(picked, i) {
				picked = append(picked, i)
			}
		}
	}
	slices.Sort(picked)
	out := make([]chosen, len(picked))
	for i, p := range picked {
		out[i].comp, out[i].duties = comps[p], duties[p]
	}
	for _, n := range needs {
		place(out, n)
	}
	return out
}

// dutiesOf are the posting's ownership and duty lines an area tests, at
// most maxDuties.
func dutiesOf(comp content.Competency, f posting.InterviewFacts, h content.Headings) []cited {
	var out []cited
	for _, sec := range []struct {
		heading string
		lines   []posting.FactLine
	}{{h.Own, f.Owns}, {h.Duties, f.Duties}, {h.Team, f.Team}, {h.Role, f.Role}} {
		for _, l := range sec.lines {
			if slices.Contains(comp.Duties, l.ID) && len(out) < maxDuties {
				out = append(out, cited{section: sec.heading, line: l})
			}
		}
	}
	return out
}

// needsOf lists every KPI line and required line of the posting.
func needsOf(f posting.InterviewFacts) []need {
	out := make([]need, 0, len(f.KPIs)+len(f.Required))
	for _, l := range f.KPIs {
		out = append(out, need{kpi: true, line: l})
	}
	for _, l := range f.Required {
		out = append(out, need{line: l})
	}
	return out
}

// covers reports whether an area's questions test the line by its id.
func covers(comp content.Competency, n need) bool {
	if n.line.ID == "" {
		return false
	}
	if n.kpi {
		return slices.Contains(comp.KPIs, n.line.ID)
	}
	return slices.Contains(comp.Requirements, n.line.ID)
}

// pickCovering is the greedy cover, at most MaxAreas areas.
func pickCovering(comps []content.Competency, suits []bool, needs []need) []int {
	open := slices.Clone(needs)
	var picked []int
	for len(open) > 0 && len(picked) < MaxAreas {
		best, bestN := -1, 0
		for i, comp := range comps {
			if slices.Contains(picked, i) {
				continue
			}
			n := 0
			for _, x := range open {
				if covers(comp, x) {
					n++
				}
			}
			if n > bestN || n == bestN && n > 0 && suits[i] && !suits[best] {
				best, bestN = i, n
			}
		}
		if best < 0 {
			break
		}
		picked = append(picked, best)
		open = slices.DeleteFunc(open, func(x need) bool { return covers(comps[best], x) })
	}
	return picked
}

// place files a line under the first chosen area that tests it by id; else
// under the first whose keywords it uses, or the first area, as a probe.
func place(areas []chosen, n need) {
	for i := range areas {
		if covers(areas[i].comp, n) {
			areas[i].tests = append(areas[i].tests, n)
			return
		}
	}
	text := " " + words(n.line.Name+" "+n.line.Text)
	at := 0
	for i := range areas {
		// A keyword matches at the start of a word: "renew" in "renewed".
		if slices.ContainsFunc(areas[i].comp.Keywords, func(k string) bool { return strings.Contains(text, " "+k) }) {
			at = i
			break
		}
	}
	areas[at].tests = append(areas[at].tests, n)
	areas[at].probed = append(areas[at].probed, n)
}

// words lower-cases text and turns what is not a letter, digit or hyphen
// into spaces.
func words(text string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' {
			return unicode.ToLower(r)
		}
		return ' '
	}, text)
}
