package checker

import "amjd/model/markup"

// A Canadian posting often gives the same job twice, in English and then in
// French. The French block is a translation: amjd's rules read English, and
// counting it would double the posting's length, its KPIs and its
// requirements. withoutTranslation leaves such a block out.

// minBlock is the fewest French lines a translation has; a posting needs as
// many English ones for the French to be a translation of it.
const minBlock = 5

// withoutTranslation drops a block of French lines from a posting that is
// mostly in English: the lines between two English ones, when at least
// minBlock of them are French, up to the last French one (and to the end,
// when no English follows).
func withoutTranslation(raw []rawLine) []rawLine {
	langs := make([]int, len(raw))
	english := 0
	for i, r := range raw {
		langs[i] = markup.LineLanguage(r.text)
		if langs[i] < 0 {
			english++
		}
	}
	if english < minBlock {
		return raw
	}
	out := make([]rawLine, 0, len(raw))
	for i := 0; i < len(raw); {
		if langs[i] < 0 {
			out = append(out, raw[i])
			i++
			continue
		}
		j, french, last := i, 0, i
		for ; j < len(raw) && langs[j] >= 0; j++ {
			if langs[j] > 0 {
				french, last = french+1, j
			}
		}
		switch {
		case french < minBlock:
			out = append(out, raw[i:j]...)
		case j < len(raw):
			out = append(out, raw[last+1:j]...) // a short English heading before the next English line
		}
		i = j
	}
	return out
}
