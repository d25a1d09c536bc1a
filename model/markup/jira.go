package markup

import (
	"strings"

	"amjd/model/base"
)

// Jira and Confluence wiki markup, as a posting drafted in a ticket keeps
// it: "h2. The role", "* item", "# item", "||Measure||Target||", "*bold*",
// "{panel}", "[text|url]". Each line is read as plain text once its markup
// is read away.

var (
	jiraHeading = base.Regexp{Expr: `(?m)^h[1-6]\.\s+\S`}
	jiraMacro   = base.Regexp{Expr: `\{(?:panel|code|noformat|quote|color|info|note|tip|warning|expand)(?::[^}\n]*)?\}`}
	jiraLink    = base.Regexp{Expr: `\[([^|\]\n]+)\|[^\]\n]+\]`}
	jiraBold    = base.Regexp{Expr: `(^|[\s(])[*_+]([^*_+\n]+)[*_+]`}
)

// IsJira reports wiki markup: two "hN." headings or more.
func IsJira(head string) bool {
	return strings.Contains(head, ". ") && (strings.HasPrefix(head, "h") || strings.Contains(head, "\nh")) &&
		len(jiraHeading.Get().FindAllStringIndex(head, 2)) >= 2
}

// UnJira reads one line of wiki markup as plain text, and tells its kind.
func UnJira(r string) (string, Kind) {
	t := strings.TrimSpace(jiraMacro.Get().ReplaceAllString(r, ""))
	switch {
	case t == "":
		return "", Unknown
	case jiraHeading.Get().MatchString(t):
		return jiraInline(strings.TrimSpace(t[3:])), Heading
	case strings.HasPrefix(t, "||"):
		return jiraInline(strings.Join(trimAll(strings.Split(strings.Trim(t, "|"), "||")), " | ")), Unknown
	case strings.HasPrefix(t, "|") && strings.HasSuffix(t, "|"):
		cells := trimAll(strings.Split(strings.Trim(t, "|"), "|"))
		sep := " | "
		if len(cells) == 2 {
			sep = ": "
		}
		return jiraInline(strings.Join(cells, sep)), Bullet
	case strings.HasPrefix(t, "# ") || strings.HasPrefix(t, "* ") || strings.HasPrefix(t, "- "):
		return jiraInline(strings.TrimSpace(strings.TrimLeft(t, "#*- "))), Bullet
	}
	return jiraInline(t), Unknown
}

// jiraInline reads bold, italic and links away.
func jiraInline(s string) string {
	s = jiraLink.Get().ReplaceAllString(s, "$1")
	return jiraBold.Get().ReplaceAllString(s, "$1$2")
}
