package markup

import (
	"html"
	"strings"

	"amjd/model/base"
)

// A job feed (the XML an ATS publishes for Indeed or a job board: <source>
// of <job>s, each with <title>, <company>, <city>, <salary> and an HTML
// <description>) is read as the one posting among its jobs that is an
// account manager's, written out as HTML: its title a heading, its fields
// "Company: …" lines, its description as it is (the first job where none
// is an account manager's). The other jobs' lines are left blank, so every
// line keeps its number.

var (
	feedJob   = base.Regexp{Expr: `(?i)^\s*<(job|item|vacancy|posting)>\s*$`}
	feedField = base.Regexp{Expr: `^\s*<([A-Za-z][\w-]*)>(?:<!\[CDATA\[)?(.*?)(?:\]\]>)?</([A-Za-z][\w-]*)>\s*$`}
	feedCDATA = base.Regexp{Expr: `^\s*<([A-Za-z][\w-]*)><!\[CDATA\[(.*)$`}
)

// feedLabel is how a posting labels a job's field that says something to
// the reader, or "" for one that does not (a reference, a date, a URL).
func feedLabel(field string) string {
	switch strings.ToLower(field) {
	case "company":
		return "Company"
	case "city", "state", "country", "location":
		return "Location"
	case "salary":
		return "Salary"
	case "jobtype":
		return "Job type"
	case "experience":
		return "Experience"
	case "email":
		return "Apply by e-mail to"
	case "remotetype":
		return "Workplace"
	case "closingdate", "expirationdate":
		return "Closing date"
	}
	return ""
}

// isFeed reports an XML job feed: a prolog or a <source> over <job>s.
func isFeed(text string) bool {
	head := strings.TrimSpace(text[:min(len(text), 4<<10)])
	return strings.HasPrefix(head, "<?xml") && strings.Contains(head, "<job>") || strings.HasPrefix(head, "<source>")
}

// FromJobFeed is a job feed's account manager posting as HTML, line for
// line; other text is returned as it is.
func FromJobFeed(text string) string {
	if !isFeed(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	var jobs [][2]int // each job's first and last line
	for i, l := range lines {
		if m := feedJob.Get().FindStringSubmatch(l); m != nil {
			jobs = append(jobs, [2]int{i, len(lines) - 1})
		} else if len(jobs) > 0 && strings.Contains(l, "</"+"job>") {
			jobs[len(jobs)-1][1] = i
		}
	}
	pick := -1
	for j, span := range jobs {
		for _, l := range lines[span[0]:span[1]] {
			if m := field(l); m != nil && strings.EqualFold(m[1], "title") &&
				strings.Contains(strings.ToLower(html.UnescapeString(m[2])), "account") && pick < 0 {
				pick = j
			}
		}
	}
	if len(jobs) == 0 {
		return text
	}
	if pick < 0 {
		pick = 0 // no account manager among them: the feed's first job is read
	}
	out := make([]string, len(lines))
	feedJobHTML(lines[jobs[pick][0]:jobs[pick][1]+1], out[jobs[pick][0]:jobs[pick][1]+1])
	return strings.Join(out, "\n")
}

// field is a line holding one whole field, "<city>Regina</city>": its
// name, its text and its closing name; nil for any other line.
func field(l string) []string {
	if m := feedField.Get().FindStringSubmatch(l); m != nil && strings.EqualFold(m[1], m[3]) {
		return m
	}
	return nil
}

// feedJobHTML writes one job's lines as HTML into out.
func feedJobHTML(lines, out []string) {
	inText, place, parts := false, -1, []string(nil)
	defer func() {
		if place >= 0 {
			out[place] = "<p>Location: " + strings.Join(parts, ", ") + "</p>"
		}
	}()
	for i, l := range lines {
		switch m := field(l); {
		case inText:
			if at := strings.Index(l, "]]>"); at >= 0 {
				l, inText = l[:at], false
			}
			out[i] = l
		case m != nil && strings.EqualFold(m[1], "title"):
			out[i] = "<h1>" + m[2] + "</h1>"
		case m != nil && strings.EqualFold(m[1], "description"):
			out[i] = m[2]
		case m != nil && feedLabel(m[1]) == "Location" && strings.TrimSpace(m[2]) != "":
			// "<city>", "<state>" and "<country>" are one place: "Regina, SK, CA".
			if place < 0 {
				place = i
			}
			if !strings.EqualFold(m[1], "country") || len(parts) == 0 {
				parts = append(parts, m[2]) // "Regina, SK": the country after a province is not written
			}
		case m != nil && feedLabel(m[1]) != "" && strings.TrimSpace(m[2]) != "":
			out[i] = "<p>" + feedLabel(m[1]) + ": " + m[2] + "</p>"
		default:
			if c := feedCDATA.Get().FindStringSubmatch(l); c != nil && strings.EqualFold(c[1], "description") {
				out[i], inText = c[2], true // the description's HTML runs over the lines that follow
			}
		}
	}
}
