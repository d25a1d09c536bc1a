package markup

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// ReactionCounts reports a line of emoji and the numbers beside them: a
// post's replies, reposts and likes, its views and when it was edited
// ("👁 2.1K   edited 10:21").
func ReactionCounts(s string) bool {
	words := 0
	for _, f := range strings.Fields(s) {
		r := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(f, "K"), "M"), func(r rune) bool { return r == '.' || r == ':' || unicode.IsDigit(r) })
		if strings.IndexFunc(r, unicode.IsLetter) >= 0 && !countWord[strings.ToLower(r)] {
			return false
		}
		words++
	}
	return words >= 2
}

// countWord names what a post's counts count.
var countWord = map[string]bool{"edited": true, "views": true, "view": true, "comments": true, "comment": true, "replies": true,
	"reply": true, "shares": true, "reposts": true, "likes": true}

// EmojiLead is the text after the emoji and symbols that open a line
// ("👉 ", "✅ ", "🛠️ "), or "" when it does not open with one.
func EmojiLead(s string) string {
	if strings.Contains(s, "\u20e3") {
		if m := keycap.Get().FindStringIndex(s); m != nil {
			s = "⃣" + s[m[1]:] // "1️⃣ Keep 92% of your contracts": a keycap numbers an item
		}
	}
	rest := strings.TrimLeftFunc(s, EmojiRune)
	if len(rest) == len(s) || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return ""
	}
	return strings.TrimSpace(rest)
}

// keycap is a keycap emoji: a digit, an optional variation selector and the
// enclosing keycap.
var keycap = base.Regexp{Expr: `^\s*[0-9#*]\x{FE0F}?\x{20E3}`}

// EmojiRune is a rune of an emoji or a symbol that opens or closes a line.
func EmojiRune(r rune) bool {
	return unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x200D || r == 0x20E3 || unicode.Is(unicode.Sk, r)
}
