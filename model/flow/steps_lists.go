package flow

import (
	"errors"
	"slices"
	"strconv"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/posting"
)

// The steps over the catalog's pools: responsibilities, skills and
// qualifications, and tools. Each offers what applies to the answers and
// takes lines of the user's own.

var stepResponsibilities = Step{
	ID:    base.StepResponsibilities,
	Title: "Responsibilities",
	Why:   "Specific duties beat generic ones; these were picked from your answers, so trim or add.",
	build: func(in stepInput) []Field {
		return poolFields(in, "responsibilities", "Responsibilities", "Add your own", in.c.Responsibilities, posting.MaxResponsibilities,
			func(a *answers.Answers) *answers.ListEdit { return &a.Responsibilities })
	},
}

var stepSkills = Step{
	ID:    base.StepSkills,
	Title: "Skills and qualifications",
	Why:   "Keep required and preferred apart, and ask for operating rigour, not only soft skills.",
	build: func(in stepInput) []Field {
		fields := poolFields(in, "skills", "Skills", "Skills of your own", in.c.Skills, posting.MaxSkills,
			func(a *answers.Answers) *answers.ListEdit { return &a.Skills })
		v, _ := in.c.Variant(in.r.Variant)
		years := integerField("years", "Years of experience asked for", answers.YearsRange, func(a *answers.Answers) *int { return &a.Qualifications.Years })
		years.Value.Text, years.Placeholder = numberText(in.a.Qualifications.Years), strconv.Itoa(v.Years)
		q := in.a.Qualifications
		extraReq := linesField("extra_required", "Other requirements", "one per line",
			func(a *answers.Answers) *[]string { return &a.Qualifications.ExtraRequired }, q.ExtraRequired)
		extraPref := linesField("extra_preferred", "Other nice-to-haves", "one per line",
			func(a *answers.Answers) *[]string { return &a.Qualifications.ExtraPreferred }, q.ExtraPreferred)
		return append(fields, qualificationsField(in), years, extraReq, extraPref)
	},
	block: func(in stepInput) string {
		r := in.r
		if len(r.Qualifications.Required)+len(r.Qualifications.ExtraRequired)+len(r.Skills.Add) == 0 &&
			len(posting.Selected(in.c.Skills, posting.SelectionOf(in.c, r), r.Skills, posting.MaxSkills)) == 0 {
			return "Keep at least one requirement: candidates need to know what is essential."
		}
		return ""
	},
}

// qualificationStates are the states a qualification cycles through; the
// last one leaves it out (Field.LeftOut).
var qualificationStates = []Option{{ID: "required", Label: "required"}, {ID: "preferred", Label: "nice to have"}, {ID: "off", Label: "left out"}}

// qualificationsField gives each qualification that applies (or was chosen)
// a state: required, nice to have, or left out.
func qualificationsField(in stepInput) Field {
	r := in.r
	sel := posting.SelectionOf(in.c, r)
	w := posting.NewWording(in.c, in.a, r)
	var opts []Option
	var states []string
	for _, q := range in.c.Qualifications {
		required, preferred := slices.Contains(r.Qualifications.Required, q.ID), slices.Contains(r.Qualifications.Preferred, q.ID)
		if !q.When.Matches(sel) && !required && !preferred {
			continue
		}
		opts = append(opts, Option{ID: q.ID, Label: base.Unescape(w.Fill(q.Text))})
		switch {
		case required:
			states = append(states, "required")
		case preferred:
			states = append(states, "preferred")
		default:
			states = append(states, "off")
		}
	}
	return Field{
		Key: "qualifications", Label: "Qualifications",
		Kind: Cycle, Options: opts, Value: Value{IDs: states}, States: qualificationStates,
		set: func(a *answers.Answers, v Value) error {
			if len(v.IDs) != len(opts) {
				return errors.New("one state per qualification is needed")
			}
			req, pref := []string{}, []string{}
			for i, o := range opts {
				switch v.IDs[i] {
				case "required":
					req = append(req, o.ID)
				case "preferred":
					pref = append(pref, o.ID)
				}
			}
			a.Qualifications.Required, a.Qualifications.Preferred = req, pref
			return nil
		},
	}
}

// poolFields builds the fields for a pool the user can toggle and extend.
func poolFields(in stepInput, key, label, addLabel string, pool []content.Item, limit int, get func(*answers.Answers) *answers.ListEdit) []Field {
	sel := posting.SelectionOf(in.c, in.r)
	edit := *get(&in.r)
	defaults := posting.Selected(pool, sel, answers.ListEdit{}, limit)
	chosen := posting.Selected(pool, sel, edit, limit)
	// Offer what applies to these answers plus anything already included,
	// worded as the posting will word it.
	w := posting.NewWording(in.c, in.a, in.r)
	var opts []Option
	for _, it := range pool {
		if it.When.Matches(sel) || slices.Contains(edit.Include, it.ID) {
			opts = append(opts, Option{ID: it.ID, Label: base.Unescape(w.Fill(it.Text))})
		}
	}
	toggle := Field{
		Key: key, Label: label, Help: "chosen from your answers", Kind: Multi, Options: opts, Value: Value{IDs: chosen},
		set: func(a *answers.Answers, v Value) error {
			e := get(a)
			// Choices about lines not offered now (they belong to another
			// industry, say) are kept, so they hold if those lines return.
			offered := func(id string) bool { return hasOption(opts, id) }
			e.Include = slices.DeleteFunc(slices.Clone(e.Include), offered)
			e.Remove = slices.DeleteFunc(slices.Clone(e.Remove), offered)
			for _, o := range opts {
				on, def := slices.Contains(v.IDs, o.ID), slices.Contains(defaults, o.ID)
				switch {
				case on && !def:
					e.Include = append(e.Include, o.ID)
				case !on && def:
					e.Remove = append(e.Remove, o.ID)
				}
			}
			return nil
		},
	}
	add := linesField(key+"_add", addLabel, "one per line", func(a *answers.Answers) *[]string { return &get(a).Add }, edit.Add)
	return []Field{toggle, add}
}

var stepTools = Step{
	ID:    base.StepTools,
	Title: "Tools",
	Why:   "Naming the CRM and reporting tools signals the discipline the job needs.",
	build: func(in stepInput) []Field {
		opts := catalogOptions(in.c.Tools, func(v content.Item) string { return v.ID }, func(v content.Item) string { return v.Text }, nil)
		// Only the tools chosen are named in the posting; amjd's usual set
		// for the role is a suggestion to take.
		var typical []string
		for _, id := range in.r.Tools.Use {
			if t, ok := content.ItemByID(in.c.Tools, id); ok {
				typical = append(typical, t.Text)
			}
		}
		help := "none chosen, the posting names no tool"
		if len(typical) > 0 && in.a.Tools.Use == nil {
			help += "; typical for this role: " + strings.Join(typical, "; ")
		}
		pick := Field{
			Key: "tools", Label: "Tools", Help: help, Kind: Multi, Options: opts, Value: Value{IDs: in.a.Tools.Use},
			set: func(a *answers.Answers, v Value) error {
				a.Tools.Use = append([]string{}, v.IDs...)
				return nil
			},
		}
		add := linesField("tools_add", "Other tools", "one per line", func(a *answers.Answers) *[]string { return &a.Tools.Add }, in.a.Tools.Add)
		return []Field{pick, add}
	},
}
