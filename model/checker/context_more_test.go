package checker

import "testing"

// Words that look like a problem but say the opposite, or mean something
// else: none of these is a finding.
func TestWordsInTheirSense(t *testing.T) {
	for text, rule := range map[string]string{
		"# Account Manager\n\nCanadian work experience is not required.\n":                                                           "exclusionary",
		"# Account Manager\n\nCheck that outbound routes to nursing homes meet their delivery windows.\n":                            "hidden-sales",
		"# Account Manager\n\nHunter Valley Advanced Trees grows street trees for councils.\n":                                       "hidden-sales",
		"# Account Manager\n\nMost new customers find us online and our hire desk quotes them, so this isn't a new-business role.\n": "hidden-sales",
	} {
		if f, ok := findRule(check(text), rule); ok {
			t.Errorf("%q: %s fired: %s", text, rule, f.Message)
		}
	}
	for text, rule := range map[string]string{
		"# Account Manager\n\nMake 60 outbound calls a week to set appointments.\n":            "hidden-sales",
		"# Account Manager\n\nWe only consider clean-shaven applicants.\n":                     "exclusionary",
		"# Account Manager\n\nThis job suits someone who grew up with a smartphone in hand.\n": "age-bias",
	} {
		if _, ok := findRule(check(text), rule); !ok {
			t.Errorf("%q: no %s finding", text, rule)
		}
	}
}
