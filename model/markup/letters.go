package markup

import (
	"strings"
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
