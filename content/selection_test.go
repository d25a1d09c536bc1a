package content

import (
	"testing"
)

// allSelections enumerates every combination of answers that selection rules
// look at, so a rule nobody can satisfy is found by brute force.
func allSelections(c *Catalog) []Selection {
	var complexities [][]string
	var walk func(axis int, picked []string)
	walk = func(axis int, picked []string) {
		if axis == len(c.Complexity) {
			complexities = append(complexities, append([]string(nil), picked...))
			return
		}
		for _, o := range c.Complexity[axis].Options {
			walk(axis+1, append(picked, o.ID))
		}
	}
	walk(0, nil)
	var out []Selection
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, m := range c.Mixes {
			for _, ind := range c.Industries {
				for _, cx := range complexities {
					for _, at := range c.AccountTypes {
						out = append(out, Selection{Variant: v.ID, Mix: m.ID, Industry: ind.ID, Complexity: cx, AccountTypes: []string{at.ID}})
					}
				}
			}
		}
	}
	return out
}

func TestEveryPoolItemCanBeSelected(t *testing.T) {
	c := mustLoad(t)
	selections := allSelections(c)
	for name, pool := range map[string][]Item{"ownership": c.Ownership, "responsibilities": c.Responsibilities, "skills": c.Skills, "qualifications": c.Qualifications} {
		for _, it := range pool {
			found := false
			for _, s := range selections {
				if it.When.Matches(s) {
					found = true
					break
				}
			}
			if !found {
				t.Errorf("%s %s: no answers can ever select it", name, it.ID)
			}
		}
	}
	// Tools can always be picked by id, but every default rule must fire somewhere,
	// and every selection must get at least one CRM-like default tool.
	for _, it := range c.Tools {
		if it.Default == nil {
			continue
		}
		found := false
		for _, s := range selections {
			if it.Default.Matches(s) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("tool %s: default rule never fires", it.ID)
		}
	}
}

func TestWhenMatching(t *testing.T) {
	sel := Selection{Variant: "account_manager", Mix: "blended", Industry: "agency", Complexity: []string{"teams_several", "work_custom"}, AccountTypes: []string{"small_business"}}
	cases := []struct {
		when When
		want bool
	}{
		{When{}, true},
		{When{Variant: []string{"account_manager"}}, true},
		{When{Variant: []string{"key_account_manager"}}, false},
		{When{Mix: []string{"retention", "blended"}}, true},
		{When{Mix: []string{"blended"}, Industry: []string{"software"}}, false},
		{When{Complexity: []string{"work_custom"}}, true},
		{When{Complexity: []string{"contracts_long"}}, false},
		{When{AccountType: []string{"enterprise"}}, false},
		{When{AccountType: []string{"small_business"}, Industry: []string{"agency"}}, true},
	}
	for i, tc := range cases {
		if got := tc.when.Matches(sel); got != tc.want {
			t.Errorf("case %d (%+v): got %v, want %v", i, tc.when, got, tc.want)
		}
	}
}
