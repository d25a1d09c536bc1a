package flow

import (
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/posting"
)

// stepKPIs asks how success is measured: KPIs from the catalog with their
// targets, and KPIs of the user's own.
var stepKPIs = Step{
	ID:    base.StepKPIs,
	Title: "How success is measured",
	Why:   "Pick 4-5 KPIs with targets; more signals a role that is not designed yet.",
	build: func(in stepInput) []Field {
		// own is the KPIs as the user has them: amjd's suggested set with no
		// targets typed yet, until the user gives one. Targets the user did
		// not type stay amjd's suggestions, whatever else changes.
		own := in.a.KPIs
		if own == nil {
			for _, k := range in.r.KPIs {
				own = append(own, answers.KPIAnswer{ID: k.ID, Name: k.Name})
			}
		}
		var chosen, mine []string
		typed := map[string]string{}
		for _, k := range own {
			if k.ID != "" {
				chosen = append(chosen, k.ID)
				typed[k.ID] = k.Target
			} else {
				mine = append(mine, kpiLine(k))
			}
		}
		w := posting.NewWording(in.c, in.a, in.r)
		fields := []Field{kpiPicker(in.c, own, chosen)}
		for _, id := range chosen {
			target := kpiTarget(in.c, own, id, typed[id])
			if suggestion := w.KPITarget(id); typed[id] == "" && suggestion != "" {
				target.Placeholder, target.Suggested, target.Example = suggestion, true, false
			}
			fields = append(fields, target)
		}
		return append(fields, ownKPIs(own, mine))
	},
	block: func(in stepInput) string {
		if len(in.r.KPIs) == 0 {
			return "Choose at least one KPI: a posting without success metrics leaves candidates guessing."
		}
		return answers.Sentence(answers.KpiCountProblem(len(in.r.KPIs)))
	},
	warn:      func(in stepInput) string { return answers.KpiAdviceWarning(len(in.r.KPIs)) },
	blockKeys: []string{"kpis", "kpi_own"},
}

// kpiPicker toggles catalog KPIs; a KPI kept keeps its target, and the
// user's own KPIs stay after the catalog ones.
func kpiPicker(c *content.Catalog, current []answers.KPIAnswer, chosen []string) Field {
	opts := catalogOptions(c.KPIs, func(v content.KPI) string { return v.ID }, func(v content.KPI) string { return v.Name }, nil)
	return Field{
		Key: "kpis", Label: "KPIs", Kind: Multi, Options: opts, Value: Value{IDs: chosen},
		set: func(a *answers.Answers, v Value) error {
			next := []answers.KPIAnswer{}
			for _, id := range v.IDs {
				k := answers.KPIAnswer{ID: id}
				for _, o := range current {
					if o.ID == id {
						k.Target = o.Target
					}
				}
				next = append(next, k)
			}
			for _, o := range current {
				if o.ID == "" {
					next = append(next, o)
				}
			}
			a.KPIs = next
			return nil
		},
	}
}

// kpiTarget asks the target of one chosen catalog KPI.
func kpiTarget(c *content.Catalog, current []answers.KPIAnswer, id, target string) Field {
	k, _ := c.KPI(id)
	return Field{
		Key: "kpi_target." + id, Label: "Target: " + k.Name, Kind: Text, MaxLen: answers.MaxLineLen,
		Value: Value{Text: target}, Placeholder: "optional, e.g. " + kpiExample(c, id), Example: true,
		set: func(a *answers.Answers, v Value) error {
			a.KPIs = append([]answers.KPIAnswer(nil), current...)
			for i := range a.KPIs {
				if a.KPIs[i].ID == id {
					a.KPIs[i].Target = base.CleanLine(firstLine(v.Text))
				}
			}
			return nil
		},
	}
}

// ownKPIs asks for KPIs of the user's own, one per line as "name: target".
func ownKPIs(current []answers.KPIAnswer, own []string) Field {
	return Field{
		Key: "kpi_own", Label: "KPIs of your own", Help: "one per line, as name: target", Kind: Lines, MaxLen: answers.MaxTextLen,
		Value: Value{Text: strings.Join(own, "\n")},
		set: func(a *answers.Answers, v Value) error {
			lines, err := splitLines(v.Text)
			if err != nil {
				return err
			}
			next := []answers.KPIAnswer{}
			for _, k := range current {
				if k.ID != "" {
					next = append(next, k)
				}
			}
			for _, line := range lines {
				name, target, _ := strings.Cut(line, ":")
				if name = strings.TrimSpace(name); name != "" {
					next = append(next, answers.KPIAnswer{Name: name, Target: strings.TrimSpace(target)})
				}
			}
			a.KPIs = next
			return nil
		},
	}
}

func kpiLine(k answers.KPIAnswer) string {
	if k.Target == "" {
		return k.Name
	}
	return k.Name + ": " + k.Target
}

// kpiExample suggests a target from the variants' defaults.
func kpiExample(c *content.Catalog, id string) string {
	for _, v := range c.Variants {
		for _, k := range v.KPIs {
			if k.ID == id && k.Target != "" {
				return k.Target
			}
		}
	}
	return "a number and a period"
}
