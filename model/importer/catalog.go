package importer

import (
	"amjd/model/base"
	"slices"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/posting"
)

// A catalog id is used only when amjd's own line for it says the same as
// the posting's line: each candidate is written out by the posting package
// and compared, so a line amjd wrote comes back as its id, and any other
// line stays in the posting's words.

// clientWords are the nouns amjd varies a posting's wording with; a line
// matches its catalog line whichever of them it uses.
var clientWords = base.LazyRegexp(`\b(clients?|customers?|accounts?|partners?|brands?|advertisers?|members?|venues?|guests?|organi[sz]ations?|companies|businesses|retailers?|stores?|shops?)\b`)

// sameLine compares a posting's line with amjd's: case, Markdown escapes,
// spacing, the final stop and the varied client nouns aside.
func sameLine(a, b string) bool { return lineKey(a) == lineKey(b) }

func lineKey(s string) string {
	s = strings.ToLower(strings.ReplaceAll(s, "\\", ""))
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimRight(s, ". ")
	return clientWords().ReplaceAllString(s, "#")
}

// lineIDs are the ids of a posting's lines in one section, in order.
func lineIDs(p posting.Posting, section string) []string {
	s, _ := p.Section(section)
	var out []string
	for _, l := range s.Lines() {
		if l.ID != "" {
			out = append(out, l.ID)
		}
	}
	return out
}

// texts of the lines of a section, by catalog id.
func textsByID(p posting.Posting, sections ...string) map[string]string {
	out := map[string]string{}
	for _, sec := range sections {
		s, _ := p.Section(sec)
		for _, l := range s.Lines() {
			if l.ID != "" {
				out[l.ID] = l.Text
			}
		}
	}
	return out
}

func poolIDs(pool []content.Item) []string {
	ids := make([]string, len(pool))
	for i, it := range pool {
		ids[i] = it.ID
	}
	return ids
}

// matchLines sorts a posting's lines into the catalog ids whose line says
// the same, and the lines that are the posting's own.
func matchLines(lines []string, texts map[string]string) (ids, own []string) {
	for _, l := range lines {
		found := ""
		for id, t := range texts {
			if sameLine(l, t) {
				found = id
				break
			}
		}
		if found != "" {
			ids = append(ids, found)
		} else {
			own = append(own, l)
		}
	}
	return ids, own
}

// edit is the change to a pool's default selection that gives ids and
// own lines: nothing when they are the defaults.
func edit(defaults, ids, own []string) answers.ListEdit {
	var e answers.ListEdit
	for _, id := range ids {
		if !slices.Contains(defaults, id) {
			e.Include = append(e.Include, id)
		}
	}
	for _, id := range defaults {
		if !slices.Contains(ids, id) {
			e.Remove = append(e.Remove, id)
		}
	}
	e.Add = own
	return e
}

// poolTexts writes every line of a pool as amjd would for answers a: a few
// at a time, so a posting grown long does not drop any.
func poolTexts(c *content.Catalog, a answers.Answers, ids []string, set func(*answers.Answers, []string), section string) map[string]string {
	out := map[string]string{}
	for i := 0; i < len(ids); i += 4 {
		b := a
		set(&b, ids[i:min(i+4, len(ids))])
		for id, t := range textsByID(posting.Assemble(c, b), section) {
			if slices.Contains(ids, id) {
				out[id] = t
			}
		}
	}
	return out
}
