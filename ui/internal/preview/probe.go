package preview

import (
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/flow"
	"amjd/model/posting"
)

// Probe is where field f of step writes in now, the posting of the answers
// given, before the user changes it: it applies other answers to copies of
// them, one after another, until one changes the posting, and returns where
// that change would be; the first line of the step when none does. Each try
// assembles a posting (about 0.3 ms): run it in a command.
func Probe(c *content.Catalog, given answers.Answers, now posting.Posting, f flow.Field, step string, short bool) Spot {
	for _, v := range tries(f) {
		trial := given // Apply replaces what it changes, never changes it in place
		if f.Apply(&trial, v) != nil {
			continue
		}
		changed := posting.Assemble(c, trial)
		if d := firstDifference(now, changed, short); d.found {
			return placeOf(now, changed, short, d)
		}
	}
	return First(now, short, step)
}

// tries are answers to try in f: the options either side of the answer
// (what ↓ or ↑ would choose), or text of the kinds its rules accept.
func tries(f flow.Field) []flow.Value {
	var out []flow.Value
	switch f.Kind {
	case flow.Choice:
		i := slices.IndexFunc(f.Options, func(o flow.Option) bool { return o.ID == f.Value.Text })
		for _, j := range []int{i + 1, i - 1, 0, 1} {
			if j >= 0 && j < len(f.Options) && j != i && len(out) < 3 {
				out = append(out, flow.Value{Text: f.Options[j].ID})
			}
		}
	case flow.Multi: // the first options toggled
		for _, o := range f.Options[:min(2, len(f.Options))] {
			ids := slices.DeleteFunc(slices.Clone(f.Value.IDs), func(id string) bool { return id == o.ID })
			if len(ids) == len(f.Value.IDs) {
				ids = append(ids, o.ID)
			}
			out = append(out, flow.Value{IDs: ids})
		}
	case flow.Cycle: // the first option's next state
		if len(f.Value.IDs) > 0 && len(f.States) > 1 {
			ids := slices.Clone(f.Value.IDs)
			i := slices.IndexFunc(f.States, func(o flow.Option) bool { return o.ID == ids[0] })
			ids[0] = f.States[(i+1)%len(f.States)].ID
			out = append(out, flow.Value{IDs: ids})
		}
	case flow.Integer, flow.Money:
		out = append(out, flow.Value{Text: "7"}, flow.Value{Text: "123457"})
	default:
		for _, t := range []string{"Zqprobe", "Zqprobe: 5", "https://zqprobe.example", "2099-12-31"} {
			out = append(out, flow.Value{Text: t})
		}
	}
	return out
}

// Offset is the first row to show of a rendered posting (rows) in a pane of
// height rows, for a spot in it (not the top): the heading at the top, and
// the words near under it in view; when the two do not fit together, the
// words come a third of the way down. ok is false when the heading is not
// there.
func Offset(rows []string, heading, near string, height int) (offset int, ok bool) {
	head := headingRow(rows, heading)
	if head < 0 {
		return 0, false
	}
	offset = max(head-1, 0)
	// The words may wrap onto the next row: that one must be in view too.
	if at := wordsRow(rows[head:], near); at >= 0 && head+at+1 > offset+height-2 {
		offset = head + at - height/3
	}
	return offset, true
}

// headingRow is the rendered row of a heading: the row that is the heading
// (glamour keeps its "## "), or else the first that holds its words.
func headingRow(rows []string, heading string) int {
	first := -1
	for i, row := range rows {
		text := strings.TrimSpace(ansi.Strip(row))
		if strings.TrimLeft(text, "# ") == heading {
			return i
		}
		if first < 0 && strings.Contains(text, heading) {
			first = i
		}
	}
	return first
}

// wordsRow is the row where words start, white space ignored (glamour
// wraps a line where the width says, and breaks after hyphens); -1 when
// they are not there.
func wordsRow(rows []string, words string) int {
	needle := strings.Join(strings.Fields(words), "")
	if needle == "" {
		return -1
	}
	var text strings.Builder
	starts := make([]int, 0, 64)
	for i, row := range rows {
		starts = append(starts, text.Len())
		for _, w := range strings.Fields(ansi.Strip(row)) {
			text.WriteString(w)
		}
		from := starts[max(i-8, 0)] // a few words never span more rows than that
		if at := strings.Index(text.String()[from:], needle); at >= 0 {
			row := i
			for row > 0 && starts[row] > from+at {
				row--
			}
			return row
		}
	}
	return -1
}
