package markup

import (
	"strings"

	"amjd/model/base"
)

// An IRC log (irssi, WeeChat, HexChat) holds a posting pasted a line at a
// time by one member among others' talk and the server's notices:
// "08:53 < kvoss> Senior Account Manager, Associations". The posting is
// the lines of the member who wrote most; the rest are blank, so line
// numbers stay those of the file.

// ircLine is a message of a log: a time, the sender in angle brackets,
// the text.
var ircLine = base.Regexp{Expr: `^\s*\[?\d{1,2}:\d{2}(?::\d{2})?\]?\s+<\s*[@+%&~]?([^<>\s]{1,30})\s*>\s?(.*)$`}

// ircMinLines is how many messages make a text a log.
const ircMinLines = 10

// FromIRCLog keeps the messages of a log's most prolific sender, their
// time and name removed, and blanks every other line of it, a notice, a
// reply to another member ("dmarsh: yes, final"); other text is returned
// as it is.
func FromIRCLog(lines []string) []string {
	words := map[string]int{}
	n := 0
	for _, l := range lines {
		if l == "" || (l[0] < '0' || l[0] > '9') && l[0] != '[' && l[0] != ' ' {
			continue
		}
		if m := ircLine.Get().FindStringSubmatch(l); m != nil {
			words[m[1]] += len(strings.Fields(m[2]))
			n++
		}
	}
	if n < ircMinLines {
		return lines
	}
	author, most := "", 0
	for nick, w := range words {
		if w > most || w == most && nick < author {
			author, most = nick, w
		}
	}
	out := make([]string, len(lines))
	for i, l := range lines {
		m := ircLine.Get().FindStringSubmatch(l)
		if m == nil || m[1] != author {
			continue // a notice, another member's talk, the log's own lines
		}
		if to, _, ok := strings.Cut(m[2], ": "); ok && words[to] > 0 {
			continue // a reply to another member
		}
		out[i] = m[2]
	}
	return out
}
