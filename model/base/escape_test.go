package base

import (
	"strings"
	"testing"
)

func TestInlineEscapesMarkdown(t *testing.T) {
	cases := map[string]string{
		"Account Manager":            "Account Manager",
		"# Not a heading":            `\# Not a heading`,
		"- not a bullet":             `\- not a bullet`,
		"+ not a bullet":             `\+ not a bullet`,
		"1. not a list":              `1\. not a list`,
		"2026) not a list":           `2026\) not a list`,
		"[click](https://evil.test)": `\[click\](https\://evil.test)`,
		"www.evil.example":           `www\.evil.example`,
		"mail me@evil.example":       `mail me\@evil.example`,
		"HTTP://x.example":           `HTTP\://x.example`,
		"<script>x</script>":         `\<script>x\</script>`,
		"a < b > c":                  "a < b > c",
		"99.5%":                      "99.5%",
		"#1 partner":                 "#1 partner",
		"5* service":                 `5\* service`,
		"snake_case and _em_":        `snake_case and \_em\_`,
		"C++ and R&D":                "C++ and R&D",
		"[not a link":                `\[not a link`,
		"path\\to":                   `path\to`,
		"ends with \\":               `ends with \\`,
		"`code`":                     "\\`code\\`",
		"*bold* _em_":                `\*bold\* \_em\_`,
		"a | b":                      "a | b",
		"R&D &amp; more":             `R&D \&amp; more`,
		"line one\nline two":         "line one line two",
		"  spaced   out  ":           "spaced out",
		"\x1b[31mred\x1b[0m":         "red",
		"bell\a and null\x00":        "bell and null",
		"3+ years":                   "3+ years",
	}
	for in, want := range cases {
		if got := Inline(in); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParagraphsSplitOnBlankLines(t *testing.T) {
	got := Paragraphs("First line\nstill first.\n \t\n# Second\n\n\n")
	want := []string{"First line still first.", `\# Second`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}
