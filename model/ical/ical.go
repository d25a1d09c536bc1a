// Package ical reads a calendar invitation (.ics, iCalendar) that carries
// a job advert in its event's description. Pure Go: no terminal, no files.
package ical

import (
	"strings"
)

// A calendar invitation saved as a file (.ics, iCalendar) carries an
// advert in its event's DESCRIPTION: folded into lines of 75 bytes, the
// next part of a line opening with a space, and with its own line breaks,
// commas and semicolons escaped ("\n", "\,", "\;").

// FromCalendar is the description of a calendar file's first event,
// unfolded and unescaped, standing where the description starts so that
// the lines above keep their numbers; other text is returned as it is.
func FromCalendar(text string) string {
	if !strings.HasPrefix(strings.TrimLeft(text, " \t\r\n\ufeff"), "BEGIN:VCALENDAR") {
		return text
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	event, at, desc := false, -1, ""
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case l == "BEGIN:VEVENT":
			event = true
		case l == "BEGIN:VALARM" || l == "END:VEVENT":
			event = false
		case event && at < 0 && (strings.HasPrefix(l, "DESCRIPTION:") || strings.HasPrefix(l, "DESCRIPTION;")):
			var b strings.Builder
			b.WriteString(l)
			at = i
			for i+1 < len(lines) && (strings.HasPrefix(lines[i+1], " ") || strings.HasPrefix(lines[i+1], "\t")) {
				i++
				b.WriteString(lines[i][1:]) // a folded line goes on where the last broke off
			}
			desc = propertyValue(b.String())
		}
	}
	if at < 0 {
		return text
	}
	var out strings.Builder
	out.WriteString(strings.Repeat("\n", at))
	out.WriteString(unescapeICal(desc))
	out.WriteString("\n")
	return out.String()
}

// propertyValue is what follows a property's name and parameters: the
// first colon outside quotes ("DESCRIPTION;LANGUAGE=en-au:Hi all").
func propertyValue(l string) string {
	quoted := false
	for i := 0; i < len(l); i++ {
		switch l[i] {
		case '"':
			quoted = !quoted
		case ':':
			if !quoted {
				return l[i+1:]
			}
		}
	}
	return ""
}

// unescapeICal reads iCalendar's escapes: "\n" or "\N" a line break,
// "\," "\;" and "\\" the mark itself.
func unescapeICal(v string) string {
	var b strings.Builder
	for i := 0; i < len(v); i++ {
		if v[i] != '\\' || i+1 == len(v) {
			b.WriteByte(v[i])
			continue
		}
		i++
		switch v[i] {
		case 'n', 'N':
			b.WriteByte('\n')
		default:
			b.WriteByte(v[i])
		}
	}
	return b.String()
}
