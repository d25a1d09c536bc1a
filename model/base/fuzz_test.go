package base

import (
	"testing"
	"unicode"
)

// FuzzSanitize: whatever the text, what Sanitize keeps and what Printable
// shows hold no escape, no C0 or C1 control (but the line feed Sanitize
// keeps) and no bidirectional control.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{"\x1b]0;PWNED\a\x1b[31mred", "\x1b]52;c;aGVsbG8=\a", "a\u202eb\u202c", "\u2066x\u2069\u200b",
		"\xc2\x9b31m", "\x9d8;;http://x\x9c", "ok", "tab\tcr\rlf\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for name, out := range map[string]string{"Sanitize": Sanitize(s), "Printable": Printable(s)} {
			for _, r := range out {
				if r == '\n' && name == "Sanitize" {
					continue
				}
				if unicode.IsControl(r) || unicode.Is(unicode.Bidi_Control, r) || invisible(r) {
					t.Fatalf("%s(%q) kept %U", name, s, r)
				}
			}
		}
	})
}
