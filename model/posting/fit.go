package posting

import (
	"slices"

	"amjd/model/base"
)

// MaxWords is the longest full posting amjd writes of its own accord:
// job-ad research finds 400-700 words reads best. The richer the answers,
// the more of amjd's generic lines give way; the user's own text is never
// cut, and the review notes when it alone runs past MaxWords.
const MaxWords = 700

// Generic lines give way in this order: a pool line of rank 3 before one of
// rank 2, one in a section where the user wrote lines of their own before
// one where they did not, and the later before the earlier. Rank-1 lines,
// lines the user included by id and every line of their own stay, and a
// list keeps at least two lines.
func (as *assembly) fit(sections []Section) []Section {
	words := as.wordsOf(sections)
	if words <= MaxWords {
		return sections
	}
	type spot struct{ s, b, l, rank int }
	var spots []spot
	own := make([]bool, len(sections))
	for si, s := range sections {
		for bi, b := range s.blocks {
			for li, l := range b.lines {
				own[si] = own[si] || l.Origin == Typed
				if l.giveWay > 0 {
					spots = append(spots, spot{si, bi, li, l.giveWay})
				}
			}
		}
	}
	// The first to go comes last.
	slices.SortStableFunc(spots, func(x, y spot) int {
		switch {
		case x.rank != y.rank:
			return x.rank - y.rank
		case own[x.s] != own[y.s]:
			return map[bool]int{false: -1, true: 1}[own[x.s]]
		}
		return 0
	})
	gone := map[[3]int]bool{}
	left := func(si, bi int) int {
		n := 0
		for li := range sections[si].blocks[bi].lines {
			if !gone[[3]int{si, bi, li}] {
				n++
			}
		}
		return n
	}
	for i := len(spots) - 1; i >= 0 && words > MaxWords; i-- {
		sp := spots[i]
		if left(sp.s, sp.b) <= 2 {
			continue
		}
		gone[[3]int{sp.s, sp.b, sp.l}] = true
		words -= base.WordCount(sections[sp.s].blocks[sp.b].lines[sp.l].Text)
	}
	for key := range gone {
		sections[key[0]].blocks[key[1]].lines[key[2]].Text = ""
	}
	for si := range sections {
		for bi := range sections[si].blocks {
			sections[si].blocks[bi].lines = slices.DeleteFunc(sections[si].blocks[bi].lines, func(l Line) bool { return l.Text == "" })
		}
	}
	return sections
}

// wordsOf counts the words of the full posting as its Markdown has them (a
// suggestion's marker included) without writing it: this runs on every
// assembly, once per change in the wizard.
func (as *assembly) wordsOf(sections []Section) int {
	n := base.WordCount(base.Inline(as.r.Title))
	marker := base.WordCount(base.SuggestionMarker)
	for _, s := range sections {
		n += base.WordCount(s.Heading)
		for _, b := range s.blocks {
			for _, l := range b.lines {
				n += base.WordCount(l.Text)
				if l.Origin == Suggested {
					n += marker
				}
			}
		}
	}
	return n
}
