package content

import (
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// Every area of the interview kit is complete, names only lines the catalog
// has, and has a question for every role: its last phrasing fits any answers.
func TestInterviewAreasAreComplete(t *testing.T) {
	c := Default()
	seen := map[string]bool{}
	for _, comp := range c.Interview.Competencies {
		if seen[comp.ID] || comp.Name == "" || len(comp.When) == 0 || len(comp.Keywords) == 0 {
			t.Errorf("%s: duplicate, or no name, when or keywords", comp.ID)
		}
		seen[comp.ID] = true
		if len(comp.Anchors) != 4 || len(comp.Warnings) < 2 {
			t.Errorf("%s: %d anchors, %d warnings; want 4 and at least 2", comp.ID, len(comp.Anchors), len(comp.Warnings))
		}
		for name, list := range map[string][]Phrasing{"behavioural": comp.Behavioural, "situational": comp.Situational, "strong": comp.Strong} {
			if len(list) == 0 || !reflect.DeepEqual(list[len(list)-1].When, When{}) {
				t.Errorf("%s: the last %s phrasing must fit every role", comp.ID, name)
			}
		}
		for _, p := range comp.Behavioural {
			if !strings.HasPrefix(p.Text, "Tell me about a time") {
				t.Errorf("%s: a behavioural question starts %q", comp.ID, p.Text[:min(30, len(p.Text))])
			}
		}
		for _, id := range comp.KPIs {
			if _, ok := c.KPI(id); !ok {
				t.Errorf("%s: unknown KPI %q", comp.ID, id)
			}
		}
		for _, id := range comp.Requirements {
			_, q := ItemByID(c.Qualifications, id)
			_, s := ItemByID(c.Skills, id)
			if !q && !s {
				t.Errorf("%s: unknown qualification or skill %q", comp.ID, id)
			}
		}
		for _, id := range comp.Duties {
			if !knownDuty(c, id) {
				t.Errorf("%s: unknown duty %q", comp.ID, id)
			}
		}
	}
	if last := c.Interview.Exercises[len(c.Interview.Exercises)-1]; !reflect.DeepEqual(last.When, When{}) {
		t.Error("the last work sample must fit every role")
	}
}

// knownDuty is an ownership or responsibility id, or the id of the answer
// that writes a line of "About the role" or "Your team".
func knownDuty(c *Catalog, id string) bool {
	_, own := ItemByID(c.Ownership, id)
	_, duty := ItemByID(c.Responsibilities, id)
	_, v := c.Variant(id)
	_, ind := c.Industry(id)
	_, mix := c.Mix(id)
	return own || duty || v || ind || mix || slices.Contains(c.ComplexityOptionIDs(), id)
}

// Every KPI, qualification and skill can be tested by some area, so a user
// who makes any of them required still gets a question built for it.
func TestEveryPostingLineHasAnArea(t *testing.T) {
	c := Default()
	covered := map[string]bool{}
	for _, comp := range c.Interview.Competencies {
		for _, id := range append(slices.Clone(comp.KPIs), comp.Requirements...) {
			covered[id] = true
		}
	}
	for _, k := range c.KPIs {
		if !covered[k.ID] {
			t.Errorf("no area tests KPI %s", k.ID)
		}
	}
	for _, pool := range [][]Item{c.Qualifications, c.Skills} {
		for _, it := range pool {
			if !covered[it.ID] {
				t.Errorf("no area tests %s", it.ID)
			}
		}
	}
}

var placeholder = regexp.MustCompile(`\{[a-z_]+\}`)

// The kit's text uses only placeholders the kit or the posting fills.
func TestInterviewPlaceholdersAreKnown(t *testing.T) {
	known := []string{"{clients}", "{client}", "{a_client}", "{work}", "{renewal}", "{teams}", "{team}", "{signal}", "{crm}",
		"{book}", "{account}", "{title}", "{name}", "{manager}", "{peer}", "{colleague}", "{everyone}", "{time}",
		"{accounts}", "{revenue}", "{kind}", "{average}", "{reports_to}", "{section}", "{line}", "{kpi}"}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			for _, p := range placeholder.FindAllString(v.String(), -1) {
				if !slices.Contains(known, p) {
					t.Errorf("unknown placeholder %s in %q", p, v.String())
				}
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(Default().Interview))
}
