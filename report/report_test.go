package report

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"amjd/model/checker"
)

var findings = []checker.Finding{{Rule: "hidden-sales", Severity: checker.Error, Line: 12,
	Message: "New-business duties (\"ringing bakeries and chocolate makers who'd never bought\") but the posting never says plainly that the role has sales targets.",
	Fix:     "Say it near the top, e.g. \"This role includes new-business targets\", and how much of the time or pay depends on it."}}

// On a terminal a finding is wrapped at word boundaries under its rule,
// every line within the width; off one, each part is one line, for grep.
func TestFindingsWrapUnderTheirRule(t *testing.T) {
	var b strings.Builder
	FindingsWidth(&b, "a.txt", findings, checker.Info, 60)
	lines := strings.Split(strings.TrimRight(b.String(), "\n"), "\n")
	var body []string
	for _, l := range lines {
		if w := ansi.StringWidth(l); w > 60 {
			t.Errorf("%d columns, over 60: %q", w, l)
		}
		if strings.HasPrefix(l, "       ") {
			body = append(body, strings.TrimSpace(l))
		}
	}
	if len(body) < 4 || !strings.HasPrefix(lines[3], "   12  hidden-sales: New-business") {
		t.Errorf("not wrapped under the rule:\n%s", b.String())
	}
	if joined := strings.Join(body, " "); !strings.Contains(joined, "never says plainly that the role has sales targets.") || !strings.Contains(joined, "fix: Say it near the top") {
		t.Errorf("words lost in wrapping:\n%s", b.String())
	}
	b.Reset()
	Findings(&b, "a.txt", findings, checker.Info)
	if got := strings.Count(b.String(), "\n"); got != 5 {
		t.Errorf("unwrapped: %d lines, want the heading, the rule line and the fix line:\n%s", got, b.String())
	}
}
