package markup

import (
	"strings"

	"amjd/model/base"
)

// A posting kept in Emacs Org mode is read as Org exports it: "* Heading"
// a heading at any depth (its TODO keyword and tags left out), "[[url][text]]"
// its text, a property drawer's ":LOCATION: Rotorua" a fact; a subtree
// tagged :noexport:, a :LOGBOOK: drawer, #+ keywords other than the title,
// and comments are not read. Line numbers stay those of the file.

var (
	orgHeading = base.Regexp{Expr: `^(\*+)\s+(?:(?:TODO|DONE|NEXT|WAITING|DRAFT|READY)\s+)?(.*?)(?:\s+(:[\w@#%:]+:))?\s*$`}
	orgLink    = base.Regexp{Expr: `\[\[([^\[\]]*)\](?:\[([^\[\]]*)\])?\]`}
	orgDrawer  = base.Regexp{Expr: `^\s*:([A-Za-z][\w-]*):\s*(.*)$`}
	orgItem    = base.Regexp{Expr: `^\s*(?:[-+]|\d+[.)])\s+`}
	orgPlan    = base.Regexp{Expr: `^\s*(?:(?:DEADLINE|SCHEDULED|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$`}
	orgKeyword = base.Regexp{Expr: `(?i)^\s*#\+([A-Z_]+):?\s*(.*)$`}
)

// IsOrg reports Org mode source: #+ keywords over starred headings.
func IsOrg(head string) bool {
	return strings.Contains(head, "#+TITLE:") || strings.Contains(head, "#+title:") ||
		strings.Contains(head, "\n:PROPERTIES:") && strings.Contains(head, "\n* ")
}

// UnOrg reads Org mode source line by line, with the kind of each line.
func UnOrg(lines []string) ([]string, []Kind) {
	out, kinds := make([]string, len(lines)), make([]Kind, len(lines))
	skipBelow, drawer := 0, ""
	item, more := -1, map[int][]string{}
	for i, l := range lines {
		// An item's indented next lines are its text: "- Sort out … and
		// our" / "  credit team".
		if item >= 0 && strings.TrimSpace(l) != "" && (l[0] == ' ' || l[0] == '\t') && !orgItem.Get().MatchString(l) {
			more[item] = append(more[item], strings.TrimSpace(orgInline(l)))
			continue
		}
		item = -1
		if m := orgHeading.Get().FindStringSubmatch(l); m != nil {
			level := len(m[1])
			if skipBelow > 0 && level > skipBelow {
				continue // inside a :noexport: subtree
			}
			skipBelow, drawer = 0, ""
			if strings.Contains(m[3], ":noexport:") {
				skipBelow = level
				continue
			}
			out[i], kinds[i] = orgInline(m[2]), Heading
			continue
		}
		if skipBelow > 0 {
			continue
		}
		out[i], kinds[i] = orgLine(l, &drawer)
		if out[i] != "" && orgItem.Get().MatchString(l) {
			item = i
		}
	}
	return joinMore(out, more), kinds
}

// orgLine reads a line that is not a heading; drawer is the open drawer's
// name.
func orgLine(l string, drawer *string) (string, Kind) {
	if m := orgDrawer.Get().FindStringSubmatch(l); m != nil {
		name := strings.ToUpper(m[1])
		switch {
		case name == "END":
			*drawer = ""
		case *drawer == "" && m[2] == "":
			*drawer = name // :PROPERTIES:, :LOGBOOK:
		case *drawer == "PROPERTIES" && m[2] != "" && name != "ID" && !strings.HasPrefix(name, "EXPORT"):
			// ":JOB_TYPE: Permanent" is the fact "Job type: Permanent".
			label := strings.ReplaceAll(strings.ToLower(m[1]), "_", " ")
			return strings.ToUpper(label[:1]) + label[1:] + ": " + orgInline(m[2]), Text
		}
		return "", Unknown
	}
	if *drawer != "" {
		return "", Unknown // a :LOGBOOK: note is the author's, not the posting
	}
	if m := orgKeyword.Get().FindStringSubmatch(l); m != nil {
		if strings.EqualFold(m[1], "title") {
			return orgInline(m[2]), Heading
		}
		return "", Unknown // #+AUTHOR, #+OPTIONS, #+BEGIN_QUOTE …
	}
	if t := strings.TrimSpace(l); strings.HasPrefix(t, "# ") || t == "#" || orgPlan.Get().MatchString(t) {
		return "", Unknown // a comment, a deadline the export leaves out
	}
	return orgInline(l), Unknown
}

// orgInline is a line's text with its links as their descriptions.
func orgInline(s string) string {
	if !strings.Contains(s, "[[") {
		return s
	}
	return orgLink.Get().ReplaceAllStringFunc(s, func(m string) string {
		p := orgLink.Get().FindStringSubmatch(m)
		if p[2] != "" {
			return p[2]
		}
		return p[1]
	})
}
