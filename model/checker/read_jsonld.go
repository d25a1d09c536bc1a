package checker

import "amjd/model/markup"

// When a page's own text says little, its schema.org JobPosting is read
// instead (markup.JSONLDPosting): its title, its place, its pay and its
// description, each line at the script's line.

// minBodyLines is the fewest lines of text a page's body has when it holds
// its posting.
const minBodyLines = 8

// postingLines writes the posting as the reader's lines, all at the line of its
// description.
func postingLines(p markup.JobPosting) []rawLine {
	out := []rawLine{{n: p.Line, text: p.Title, kind: kindHeading, clean: true, top: true}}
	for _, f := range [][2]string{{"Company", p.Employer}, {"Location", p.Place}, {"Pay", p.Pay}} {
		if f[1] != "" {
			out = append(out, rawLine{n: p.Line, text: f[0], kind: kindHeading, inline: true, clean: true},
				rawLine{n: p.Line, text: f[1], kind: kindText, clean: true})
		}
	}
	for _, l := range readHTML(p.Description) {
		l.n = p.Line
		out = append(out, l)
	}
	return out
}
