package importer

import (
	"maps"
	"slices"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/measure"
	"amjd/model/posting"
)

// catalogIDs gives back a line its catalog id wherever amjd's own line for
// the answers read so far says the same: a posting amjd wrote comes back
// as the answers it was written from; another keeps its own words.
func (im *importer) catalogIDs() {
	im.said = map[string]bool{}
	for _, l := range im.d.all() {
		im.said[lineKey(l.Text)] = true
		for _, s := range sentences(l.Text) {
			im.said[lineKey(s)] = true
		}
	}
	im.language() // first: amjd's lines are spelled in it
	im.matchOptions()
	im.matchComplexity()
	im.matchDuties()
	im.matchBring()
	im.matchKPIs()
	im.language()
}

func (im *importer) assemble(a answers.Answers) posting.Posting { return posting.Assemble(im.c, a) }

// matchDuties: the duties amjd writes for the answers are its defaults;
// the lines of "What you will own" it writes itself from the role, so they
// are no answer.
func (im *importer) matchDuties() {
	lines := im.a.Responsibilities.Add
	if len(lines) == 0 {
		return
	}
	a := im.a
	a.Responsibilities = answers.ListEdit{}
	p0 := im.assemble(a)
	derived := textsByID(p0, posting.SecOwn)
	lines = slices.DeleteFunc(slices.Clone(lines), func(l string) bool {
		for _, t := range derived {
			if sameLine(l, t) {
				return true
			}
		}
		return false
	})
	texts := poolTexts(im.c, a, poolIDs(im.c.Responsibilities), func(b *answers.Answers, ids []string) {
		b.Responsibilities.Include = ids
	}, posting.SecDuties)
	maps.Copy(texts, textsByID(p0, posting.SecDuties)) // a default line in its neutral form
	ids, own := matchLines(lines, texts)
	if len(ids) == 0 && len(derived) == len(im.a.Responsibilities.Add)-len(lines) && len(lines) == len(im.a.Responsibilities.Add) {
		return // nothing of amjd's: the posting's own words stand
	}
	im.a.Responsibilities = edit(lineIDs(p0, posting.SecDuties), ids, own)
}

// matchBring sorts "What you bring" into amjd's qualifications and skills
// by id, and the posting's own requirements.
func (im *importer) matchBring() {
	q := im.a.Qualifications
	if len(q.ExtraRequired)+len(q.ExtraPreferred) == 0 {
		return
	}
	a := im.a
	a.Qualifications = answers.Qualifications{Years: q.Years}
	a.Skills = answers.ListEdit{}
	p0 := im.assemble(a)
	defQ := p0.Resolved().Qualifications
	defSkills := onlyPool(lineIDs(p0, posting.SecBring), im.c.Skills)
	qualTexts := poolTexts(im.c, a, poolIDs(im.c.Qualifications), func(b *answers.Answers, ids []string) {
		b.Qualifications.Required = ids
	}, posting.SecBring)
	skillTexts := poolTexts(im.c, a, poolIDs(im.c.Skills), func(b *answers.Answers, ids []string) {
		b.Skills.Include = ids
	}, posting.SecBring)
	for id, t := range textsByID(p0, posting.SecBring) { // a default line in its neutral form
		if _, ok := content.ItemByID(im.c.Skills, id); ok {
			skillTexts[id] = t
		} else {
			qualTexts[id] = t
		}
	}
	reqIDs, reqOwn := matchLines(q.ExtraRequired, qualTexts)
	skillIDs, reqOwn := matchLines(reqOwn, skillTexts)
	prefIDs, prefOwn := matchLines(q.ExtraPreferred, qualTexts)
	if len(reqIDs)+len(skillIDs)+len(prefIDs) == 0 {
		return
	}
	im.a.Qualifications = answers.Qualifications{Years: q.Years, ExtraRequired: reqOwn, ExtraPreferred: prefOwn}
	if !slices.Equal(reqIDs, defQ.Required) || !slices.Equal(prefIDs, defQ.Preferred) {
		im.a.Qualifications.Required, im.a.Qualifications.Preferred = orEmpty(reqIDs), orEmpty(prefIDs)
	}
	im.a.Skills = edit(defSkills, skillIDs, nil)
}

func orEmpty(ids []string) []string {
	if ids == nil {
		return []string{} // an answer: none
	}
	return ids
}

func onlyPool(ids []string, pool []content.Item) []string {
	return slices.DeleteFunc(ids, func(id string) bool { _, ok := content.ItemByID(pool, id); return !ok })
}

// says reports whether the posting has a line or sentence that reads as
// text does.
func (im *importer) says(text string) bool {
	if im.said[lineKey(text)] {
		return true
	}
	for _, s := range sentences(unescape(text)) {
		if !im.said[lineKey(s)] {
			return false
		}
	}
	return text != ""
}

// pick sets the first option whose line amjd writes in the section is in
// the posting: set applies the option, and a line counts when keep says it
// is the option's.
func (im *importer) pick(options []string, section string, set func(*answers.Answers, string), keep func(posting.Line, string) bool) bool {
	for _, o := range options {
		a := im.a
		set(&a, o)
		s, _ := im.assemble(a).Section(section)
		for _, l := range s.Lines() {
			if keep(l, o) && im.says(l.Text) {
				set(&im.a, o)
				return true
			}
		}
	}
	return false
}

// matchComplexity finds the sentences amjd writes for an option of each
// axis of internal complexity.
func (im *importer) matchComplexity() {
	for _, axis := range im.c.Complexity {
		var ids []string
		for _, o := range axis.Options {
			ids = append(ids, o.ID)
		}
		im.pick(ids, posting.SecTeam, func(a *answers.Answers, id string) {
			a.Complexity = maps.Clone(a.Complexity)
			if a.Complexity == nil {
				a.Complexity = answers.Complexity{}
			}
			a.Complexity[axis.ID] = id
		}, func(l posting.Line, id string) bool { return l.ID == id })
	}
}

// matchOptions finds the mix, the account types, the workplace and the
// travel by the sentences amjd writes for them.
func (im *importer) matchOptions() {
	var inds []string
	for _, ind := range im.c.Industries {
		inds = append(inds, ind.ID)
	}
	im.pick(inds, posting.SecRole, func(a *answers.Answers, id string) { a.Industry = id }, func(l posting.Line, _ string) bool { return l.Step == "industry" })
	var mixes []string
	for _, m := range im.c.Mixes {
		mixes = append(mixes, m.ID)
	}
	byStep := func(step string) func(posting.Line, string) bool {
		return func(l posting.Line, _ string) bool { return l.Step == step }
	}
	if im.pick(mixes, posting.SecRole, func(a *answers.Answers, id string) { a.Mix = id }, byStep("mix")) {
		im.notes = slices.DeleteFunc(im.notes, func(n Note) bool { return n.Field == "mix" })
	}
	var types []string
	for _, t := range im.c.AccountTypes {
		types = append(types, t.ID)
	}
	im.pick(types, posting.SecOwn, func(a *answers.Answers, id string) { a.AccountTypes = []string{id} }, byStep("book"))
	var travel []string
	for _, t := range im.c.Travel {
		travel = append(travel, t.ID)
	}
	im.pick(travel, posting.SecPlace, func(a *answers.Answers, id string) { a.Location.Travel = id },
		func(l posting.Line, _ string) bool { return strings.Contains(strings.ToLower(l.Text), "travel") })
}

// matchKPIs reads each measure amjd wrote back into its KPI id and the
// target that gives the same line; a line no KPI gives keeps its reading.
func (im *importer) matchKPIs() {
	var lines []string
	for _, p := range im.d.parts(checker.RoleSuccess) {
		lines = append(lines, texts(items(p))...)
	}
	if len(lines) != len(im.a.KPIs) {
		return // a line held several measures: read as they were
	}
	for i, l := range lines {
		if measure.LabelledMeasure.Get().MatchString(l) {
			continue // "Measure: Renewals. Target: 11 of 12" is a form's, read as one
		}
		if k, ok := im.kpiFor(l); ok && (k.ID != "" || k.Target != "" || im.a.KPIs[i].Target == "") {
			im.a.KPIs[i] = k // a name alone that writes the line says less than "Reorders. 85% of …" read as a name and its target
		}
	}
}

// kpiFor finds the KPI, catalog or own, whose line amjd writes as l.
func (im *importer) kpiFor(l string) (answers.KPIAnswer, bool) {
	var cands []answers.KPIAnswer
	if name, target, ok := strings.Cut(l, ": "); ok {
		cands = append(cands, answers.KPIAnswer{Name: name, Target: strings.TrimSuffix(target, ".")})
	}
	cands = append(cands, answers.KPIAnswer{Name: strings.TrimSuffix(l, ".")})
	for _, k := range im.c.KPIs {
		if !mayWrite(l, k.Subject, k.Label, k.Number, k.Measure) {
			continue // amjd's line for this KPI starts otherwise
		}
		cands = append(cands, answers.KPIAnswer{ID: k.ID})
		for _, t := range targetsIn(l) {
			cands = append(cands, answers.KPIAnswer{ID: k.ID, Target: t})
		}
	}
	for _, c := range cands {
		a := im.a
		a.KPIs = []answers.KPIAnswer{c}
		s, _ := im.assemble(a).Section(posting.SecSuccess)
		for _, got := range s.Lines() {
			if (got.ID == c.ID || c.ID == "" && got.ID == "") && got.Origin != posting.Suggested && strings.EqualFold(unescape(got.Text), l) {
				return c, true
			}
		}
	}
	return answers.KPIAnswer{}, false
}

// mayWrite reports whether a line could be written from one of the
// templates: it starts as a template starts, up to its first placeholder.
func mayWrite(line string, templates ...string) bool {
	low := strings.ToLower(line)
	for _, t := range templates {
		fixed, _, _ := strings.Cut(strings.ToLower(t), "{")
		if fixed = strings.TrimSpace(fixed); fixed == "" || strings.HasPrefix(low, fixed) {
			return t != ""
		}
	}
	return false
}

// targetsIn lists the spans of a KPI line that could be the target typed:
// what follows "of at least", "within", "of", "in" or ": ", with and
// without what ends the line.
func targetsIn(l string) []string {
	l = strings.TrimSuffix(l, ".")
	var out []string
	for _, lead := range []string{": ", " of at least ", " within ", " of ", " in ", " for "} {
		i := strings.Index(l, lead)
		if i < 0 {
			continue
		}
		rest := l[i+len(lead):]
		words := strings.Fields(rest)
		for n := len(words); n > 0; n-- {
			out = append(out, strings.Join(words[:n], " "))
		}
		if lead == " of " || lead == " within " {
			out = append(out, strings.TrimSpace(l[i+1:]))
		}
	}
	return out
}

func unescape(s string) string { return strings.ReplaceAll(s, "\\", "") }
