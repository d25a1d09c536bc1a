package checker

import (
	"slices"
	"testing"
)

// Problems told in a recruiter's own layout and words: a paragraph under no
// heading, a target that is only a direction, a date or a day left blank.
// Each is found, at its line.
func TestProblemsInTheirOwnWords(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"degree-without-equivalent", "Account Manager\n\nYou'll look after 60 hotels.\n\nA bachelor's degree in hospitality is mandatory.\n", 5},
		{"years-vs-title", "Account Manager\n\nYou'll look after 60 hotels.\n\nTo do this job you need 12 years of hotel sales.\n", 5},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Late deliveries: fewer.\n", 6},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n1. Renewals: 95% of contracts.\n2. Warranty claims: watch closely.\n", 6},
		{"placeholder", "# Account Manager\n\nApply by ??/04/2027.\n", 3},
		{"placeholder", "# Account Manager\n\nSend your CV by April ___, 2027.\n", 3},
		{"age-bias", "# Account Manager\n\nOur crowd skews young, so we'd love someone who still gets carded.\n", 3},
		{"no-metrics", "# Account Manager\n\n## How we'll know it's working\n\nWe judge it by how our clients feel about us and whether they come back.\n", 0},
		{"hidden-sales", "Account Manager\n\nYou'll look after 40 gyms. Spend Mondays walking into studios that have never advertised with us, and get 10 of them on board.\n", 3},
	} {
		var lines []int
		for _, f := range check(c.text) {
			if f.Rule == c.rule && f.Severity >= Warning {
				lines = append(lines, f.Line)
			}
		}
		if !slices.Contains(lines, c.line) {
			t.Errorf("%s not found at line %d (found at %v) in:\n%s", c.rule, c.line, lines, c.text)
		}
	}
}

// A blog's byline block over the post is not a heading of it: the
// paragraphs after it stay the posting's opening, and the author, the
// category and the hit count are not read.
func TestABylineBlockIsNoSection(t *testing.T) {
	page := `<article><h1>Account Manager</h1>
<dl class="article-info"><dt>Details</dt><dd>Written by: Sam Roe</dd><dd>Hits: 88</dd></dl>
<p>You'll look after 60 hotels worth $2 million a year.</p>
</article>`
	o := Read(page, FormatHTML)
	if len(o.Parts) != 1 || o.Parts[0].Role != RoleIntro || len(o.Parts[0].Lines) != 1 {
		t.Errorf("want one opening paragraph under the title, got %+v", o.Parts)
	}
}
