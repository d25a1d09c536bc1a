// Package captions reads a video's caption file (SubRip .srt or WebVTT)
// that carries a job advert: its cues' words, without their numbers,
// times, styling tags and sound cues. Pure Go: no terminal, no files.
package captions

import (
	"strings"

	"amjd/model/base"
)

var (
	// timing is a cue's time line: "00:00:01,995 --> 00:00:03,682".
	timing = base.Regexp{Expr: `^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{3}\b`}
	// styling is a cue's tags: "{\an8}", "<i>", "</i>", "<c.yellow>".
	styling = base.Regexp{Expr: `\{\\[^{}]*\}|</?[a-zA-Z][^<>]{0,20}>`}
	// soundCue is a caption of what is heard, not said: "[forklift
	// beeping]", "♪ upbeat guitar music ♪".
	soundCue = base.Regexp{Expr: `^\s*(?:\[[^\]]*\]|\([^)]*\)|♪[^♪]*♪?)\s*$`}
)

// minCues is how many timed cues make a caption file.
const minCues = 3

// FromCaptions is the words of a caption file, each cue's on the line its
// text starts on, a sentence that runs over several cues joined on the
// line of its first; the numbers, times and sound cues are blank, so every
// other line keeps its number. Other text is returned as it is.
func FromCaptions(text string) string {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	cues := 0
	for _, l := range lines[:min(len(lines), 40)] {
		if timing.Get().MatchString(l) {
			cues++
		}
	}
	if cues < minCues {
		return text
	}
	open, openCard := -1, false  // the line a sentence has not yet ended on, and whether it is a title
	var sentence strings.Builder // that sentence so far, written out when it ends: linear however long
	end := func() {
		if open >= 0 {
			lines[open] = sentence.String()
		}
		open = -1
		sentence.Reset()
	}
	for i := 0; i < len(lines); i++ {
		if !timing.Get().MatchString(lines[i]) {
			continue
		}
		lines[i] = ""
		if i > 0 && isNumber(lines[i-1]) {
			lines[i-1] = "" // the cue's number
		}
		card := strings.Contains(lines[min(i+1, len(lines)-1)], `{\an`) // a title card set apart on the screen
		words, first := cueText(lines, i+1)
		if words == "" {
			continue
		}
		if open >= 0 && !card && !heading(words) && !openCard {
			sentence.WriteString(" " + words)
		} else {
			end()
			open, openCard = first, heading(words)
			sentence.WriteString(words)
		}
		if card || strings.ContainsAny(words[len(words)-1:], ".!?:") {
			end()
		}
	}
	end()
	return strings.Join(lines, "\n")
}

// cueText is the words of the cue whose text starts at line from, its
// lines joined, and the line it starts on; the lines after the first are
// left blank.
func cueText(lines []string, from int) (string, int) {
	var words []string
	first := -1
	for j := from; j < len(lines) && strings.TrimSpace(lines[j]) != ""; j++ {
		t := strings.TrimSpace(styling.Get().ReplaceAllString(lines[j], ""))
		lines[j] = ""
		if t == "" || soundCue.Get().MatchString(t) {
			continue
		}
		if first < 0 {
			first = j
		}
		words = append(words, t)
	}
	if first < 0 {
		return "", from
	}
	return strings.Join(words, " "), first
}

// heading is a caption in capitals, a title card: "ABOUT US".
func heading(s string) bool {
	return strings.ToUpper(s) == s && strings.ContainsAny(s, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
}

func isNumber(s string) bool {
	s = strings.TrimSpace(s)
	return s != "" && strings.Trim(s, "0123456789") == ""
}
