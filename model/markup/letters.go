package markup

import (
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// A LinkedIn post written with a Unicode "bold" or "italic" generator spells
// its headings in the mathematical letters ("𝗪𝗵𝗮𝘁 𝘆𝗼𝘂'𝗹𝗹 𝗱𝗼"): they read
// as the plain letters they stand for.

// mathLetters is the block of Unicode's mathematical letters and digits.
const mathFirst, mathLast = 0x1D400, 0x1D7FF

// PlainLetters writes the mathematical letters and digits of text as the
// letters and digits they stand for (their compatibility form); other text
// is left as it is.
func PlainLetters(text string) string {
	text = fromSmallCaps(fromFullwidth(text))
	if !strings.Contains(text, "\xF0\x9D") { // every such letter's UTF-8 starts so
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); {
		r, size := utf8.DecodeRuneInString(text[i:])
		if r >= mathFirst && r <= mathLast {
			b.WriteString(norm.NFKC.String(text[i : i+size]))
		} else {
			b.WriteString(text[i : i+size])
		}
		i += size
	}
	return b.String()
}

// fromFullwidth reads the fullwidth forms of Latin letters, digits and
// punctuation ("ＷＨＡＴ ＹＯＵ'ＬＬ ＤＯ", typed to make a heading stand out)
// as the plain ones; other text, CJK punctuation among it, is left as it is.
func fromFullwidth(text string) string {
	if !strings.Contains(text, "\xEF\xBC") && !strings.Contains(text, "\xEF\xBD") {
		return text // every fullwidth form's UTF-8 starts so
	}
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 0xFF01 && r <= 0xFF5E:
			return r - 0xFF01 + '!'
		case r == 0x3000: // the ideographic space between fullwidth words
			return ' '
		}
		return r
	}, text)
}

// Unspaced writes letter-spaced capitals as words: "W H A T   Y O U ' L L
// D O", a heading a designer spaced out, reads "WHAT YOU'LL DO". A line is
// letter-spaced when every word is single characters one space apart, and
// words are two or more spaces apart; other lines are left as they are.
func Unspaced(text string) string {
	var b strings.Builder
	done := 0 // text before it is written to b
	for at := 0; at < len(text); {
		end := strings.IndexByte(text[at:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += at
		}
		if w, ok := spacedWords(text[at:end]); ok {
			b.WriteString(text[done:at])
			b.WriteString(w)
			done = end
		}
		at = end + 1
	}
	if done == 0 {
		return text // no line was letter-spaced: nothing copied
	}
	b.WriteString(text[done:])
	return b.String()
}

// spacedWords reads one letter-spaced line: its words, or false when the
// line is not spaced out so.
func spacedWords(line string) (string, bool) {
	t := strings.TrimSpace(line)
	if len(t) < 7 || t[1] != ' ' || t[3] != ' ' {
		return "", false // "A B C" at least, the cheap test first
	}
	var words []string
	letters := 0
	for group := range strings.SplitSeq(t, "  ") {
		if group = strings.TrimSpace(group); group == "" {
			continue
		}
		var w strings.Builder
		for j, c := range strings.Split(group, " ") {
			if utf8.RuneCountInString(c) != 1 || j > 0 && c == "" {
				return "", false
			}
			w.WriteString(c)
			letters++
		}
		words = append(words, w.String())
	}
	if letters < 4 {
		return "", false
	}
	return strings.Join(words, " "), true
}

// smallCaps are Unicode's small capital letters, which social posts and
// "fancy text" generators use for headings ("ᴀʙᴏᴜᴛ ᴜꜱ"); no normal form
// maps them to letters, so they are read here as the capitals they show.
var smallCaps = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer("ᴀ", "A", "ʙ", "B", "ᴄ", "C", "ᴅ", "D", "ᴇ", "E", "ꜰ", "F", "ɢ", "G", "ʜ", "H", "ɪ", "I",
		"ᴊ", "J", "ᴋ", "K", "ʟ", "L", "ᴍ", "M", "ɴ", "N", "ᴏ", "O", "ᴘ", "P", "ʀ", "R", "ꜱ", "S", "ᴛ", "T", "ᴜ", "U", "ᴠ", "V",
		"ᴡ", "W", "ʏ", "Y", "ᴢ", "Z")
})

// fromSmallCaps reads small capitals as capitals; a line of them reads as
// a heading in capitals.
func fromSmallCaps(text string) string {
	for i := 0; i < len(text); i++ {
		if c := text[i]; c == 0xE1 || c == 0xEA || c == 0xC9 || c == 0xCA { // the lead bytes of every small capital
			return smallCaps().Replace(text)
		}
	}
	return text
}
