package markup

import "strings"

// An outline is a note kept as nested items, as WorkFlowy, Dynalist and an
// outliner's plain-text export write it: every line an item ("- About
// us"), its depth told by its indent. The items that have items under
// them are the document's headings, a run of two or more items with none
// under them is a list, and an item alone under its heading is a line of
// text.

// outlineItem is an item's indent and text: "    - The role".
type outlineItem struct {
	depth int // columns of indent, a tab counted as four
	text  string
	ok    bool
}

func readOutlineItem(l string) outlineItem {
	depth := 0
	for i, r := range l {
		switch r {
		case ' ':
			depth++
		case '\t':
			depth += 4
		default:
			rest, ok := strings.CutPrefix(l[i:], "- ")
			if !ok {
				rest, ok = strings.CutPrefix(l[i:], "* ")
			}
			return outlineItem{depth: depth, text: strings.TrimSpace(rest), ok: ok}
		}
	}
	return outlineItem{}
}

// IsOutline reports a plain text that is an outline: most of its lines are
// items, at three depths or more.
func IsOutline(lines []string) bool {
	items, text, depths := 0, 0, map[int]bool{}
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		text++
		if it := readOutlineItem(l); it.ok {
			items++
			depths[it.depth] = true
		}
	}
	return text >= 10 && items*10 >= text*8 && len(depths) >= 3
}

// UnOutline reads an outline's lines, with the kind of each: an item with
// items under it is a heading, an item among two or more with none under
// them a bullet, any other item a line of text; a line that is no item
// keeps its kind unknown. Each item's parent is found once, on a stack,
// so a long outline is read in linear time.
func UnOutline(lines []string) ([]string, []Kind) {
	type group struct{ parent, depth int }
	items := make([]outlineItem, len(lines))
	parent, kids := make([]int, len(lines)), make([]bool, len(lines))
	var stack []int
	for i, l := range lines {
		items[i] = readOutlineItem(l)
		if !items[i].ok {
			continue
		}
		for len(stack) > 0 && items[stack[len(stack)-1]].depth >= items[i].depth {
			stack = stack[:len(stack)-1]
		}
		parent[i] = -1
		if len(stack) > 0 {
			parent[i] = stack[len(stack)-1]
			kids[parent[i]] = true
		}
		stack = append(stack, i)
	}
	leaves, branched := map[group]int{}, map[group]bool{}
	for i, it := range items {
		if it.ok {
			g := group{parent[i], it.depth}
			leaves[g]++
			branched[g] = branched[g] || kids[i]
		}
	}
	out, kinds := make([]string, len(lines)), make([]Kind, len(lines))
	for i, it := range items {
		out[i] = lines[i]
		if !it.ok {
			continue
		}
		out[i] = it.text
		g := group{parent[i], it.depth}
		switch {
		case kids[i]:
			kinds[i] = Heading
		case !branched[g] && leaves[g] >= 2:
			kinds[i] = Bullet
		default:
			kinds[i] = Text
		}
	}
	return out, kinds
}
