package importer

import (
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// doc is the checker's outline of the text, with the lookups import needs.
type doc struct {
	checker.Outline
}

func read(o checker.Outline) doc { return doc{o}.withoutSuggestions() }

// unsuggested keeps what follows amjd's last marker on a line: a marker
// ends what it marks, the sentence or the paragraph before it ("You report
// to the Account Director. [amjd suggestion] Day to day you work …").
func unsuggested(text string) string {
	i := strings.LastIndex(text, base.SuggestionMarker)
	return strings.TrimSpace(text[i+len(base.SuggestionMarker):])
}

// withoutSuggestions drops what amjd marked as its own suggestion: a line
// with the marker, and a whole list when its lead-in has it ("We suggest
// measuring your first year by: [amjd suggestion]"). The user never gave
// those facts, so import leaves them empty.
func (d doc) withoutSuggestions() doc {
	parts := make([]checker.Part, 0, len(d.Parts))
	for _, p := range d.Parts {
		var keep []checker.TextLine
		for _, l := range p.Lines {
			if !strings.Contains(l.Text, base.SuggestionMarker) {
				keep = append(keep, l)
				continue
			}
			if t := strings.TrimSpace(strings.ReplaceAll(l.Text, base.SuggestionMarker, "")); !l.Bullet && strings.HasSuffix(t, ":") {
				keep = nil // the list it leads into is suggested too
				break
			}
			if rest := unsuggested(l.Text); rest != "" {
				l.Text = rest
				keep = append(keep, l)
			}
		}
		p.Lines = keep
		parts = append(parts, p)
	}
	d.Parts = parts
	return d
}

// parts gives the parts with one of the roles, in order.
func (d doc) parts(roles ...string) []checker.Part {
	var out []checker.Part
	for _, p := range d.Parts {
		for _, r := range roles {
			if p.Role == r {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// lines gives every line of the parts with one of the roles.
func (d doc) lines(roles ...string) []checker.TextLine {
	var out []checker.TextLine
	for _, p := range d.parts(roles...) {
		out = append(out, p.Lines...)
	}
	return out
}

// all gives every line of text, in order.
func (d doc) all() []checker.TextLine {
	var out []checker.TextLine
	for _, p := range d.Parts {
		out = append(out, p.Lines...)
	}
	return out
}

// paragraphs joins lines into paragraphs: a list item stands alone, and a
// line that starts a paragraph starts one.
func paragraphs(ls []checker.TextLine) []checker.TextLine {
	var out []checker.TextLine
	for _, l := range ls {
		// A line that ends a sentence ends its block, as HTML's and
		// Markdown's blocks do; one that does not was wrapped.
		if n := len(out); n > 0 && !l.Para && !l.Bullet && !out[n-1].Bullet && !endsSentence(out[n-1].Text) {
			out[n-1].Text += " " + l.Text
			continue
		}
		out = append(out, l)
	}
	return out
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " \"'”)")
	return s != "" && strings.ContainsAny(s[len(s)-1:], ".!?:")
}

// jobWords name a job in a title.
var jobWords = base.LazyRegexp(`(?i)\b(manager|executive|specialist|coordinator|representative|director|assistant|officer|associate|consultant|lead|partner|advisor|adviser)\b`)

// isPosting reports whether the text reads as a job description: a title,
// and duties, requirements or measures of success.
func (d doc) isPosting() bool {
	if d.Title == "" {
		return false
	}
	roles := 0
	for _, p := range d.Parts {
		switch p.Role {
		case checker.RoleDuties, checker.RoleRequired, checker.RoleSuccess, checker.RolePreferred:
			if len(p.Lines) > 0 {
				roles++
			}
		}
	}
	return roles > 0 || jobWords().MatchString(d.Title) && len(d.all()) >= 3
}

// second finds a second posting: after the duties or requirements of the
// first, a heading naming a job, followed by duties or requirements again.
func (d doc) second() (int, string, bool) {
	seen := false
	for i, p := range d.Parts {
		if p.Role == checker.RoleDuties || p.Role == checker.RoleRequired {
			seen = true
			continue
		}
		if !seen || p.Heading == "" || !jobWords().MatchString(p.Heading) || len(strings.Fields(p.Heading)) > 8 {
			continue
		}
		if p.Role != checker.RoleOther && p.Role != checker.RoleIntro {
			continue
		}
		for _, q := range d.Parts[i+1:] {
			if q.Role == checker.RoleDuties || q.Role == checker.RoleRequired {
				return p.Line, p.Heading, true
			}
		}
	}
	return 0, "", false
}
