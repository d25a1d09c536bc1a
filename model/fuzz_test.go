package model

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// FuzzParseAnswers: no input may panic or hang the parser, and every failure
// is a positioned InputErrors value.
func FuzzParseAnswers(f *testing.F) {
	paths, _ := filepath.Glob("../examples/*.yaml")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	for _, s := range []string{"", "variant: key_account_manager\n", "pay: {min: -1, max: 2}\n", "kpis: [{id: nrr}, {name: x}]\n",
		"a: &a [1]\nb: *a\n", "title: [[[[[]]]]]\n", "---\n---\n", "title: \xff\n", "book: {accounts: 1e99}\n", "equal_opportunity: {include: maybe}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := ParseAnswers(cat(), "f.yaml", data)
		if err != nil {
			var ie InputErrors
			if !errors.As(err, &ie) || len(ie) == 0 {
				t.Fatalf("error is not positioned: %T %v", err, err)
			}
			for _, e := range ie {
				if e.Line < 1 || e.Col < 1 || !strings.HasPrefix(e.Error(), "f.yaml:") {
					t.Fatalf("bad position in %q", e.Error())
				}
			}
			return
		}
		// Whatever parses must assemble and render.
		md := Assemble(cat(), a).Markdown()
		if !utf8.ValidString(md) {
			t.Fatal("posting is not valid UTF-8")
		}
	})
}

// FuzzUserText: the user's text appears literally in the rendered posting and
// never creates a heading, list, link, HTML tag, code or escape sequence.
func FuzzUserText(f *testing.F) {
	for _, s := range hostile {
		f.Add(s)
	}
	f.Add("plain words")
	f.Add("1) two\n\n3. four")
	f.Add("\\*not emphasis\\*")
	plain := shapeOf(Assemble(cat(), fillAll("plain words")).Markdown())
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > MaxLineLen {
			t.Skip()
		}
		if strings.TrimSpace(Sanitize(s)) == "" {
			t.Skip()
		}
		if problem := userTextProblem(s, plain); problem != "" {
			t.Fatalf("%q %s", s, problem)
		}
		if got, want := unescape(Inline(s)), strings.Join(strings.Fields(Sanitize(s)), " "); got != want {
			t.Fatalf("unescape(Inline(%q)) = %q, want it as typed: %q", s, got, want)
		}
	})
}

// lineEndings reads line breaks as the checker does: CRLF, CR or LF.
var lineEndings = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// FuzzCheck: the checker accepts any text, and every line it names exists.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob("testdata/postings/*")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(string(data))
	}
	f.Add("")
	f.Add("$1 to $2 up to $3+ Denver, CO remote US")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(lineEndings.Replace(text), "\n") + 1
		for _, fd := range Check(cat(), text, CheckOptions{Now: checkDate}) {
			if fd.Line < 0 || fd.Line > lines {
				t.Fatalf("finding %s points at line %d of %d", fd.Rule, fd.Line, lines)
			}
			if fd.Message == "" || fd.Fix == "" {
				t.Fatalf("finding %s lacks text", fd.Rule)
			}
		}
	})
}

// FuzzAnswersRoundTrip: any text in every field, saved as amjd saves answers
// and loaded again, comes back as the same answers (cleaned of control
// characters, as loading cleans them).
func FuzzAnswersRoundTrip(f *testing.F) {
	for _, s := range []string{"? Quest Co", ".nan", "- item", "a: b", "#x", "'q'", "\"dq\"", "yes", "null", "~", "1e5",
		"multi\nline", "tab\there", "ü emoji 🎉", "@at", "!tag", "&anchor", "*alias", "%x", "|", ">", "[x]", "{y}", "\x1b]52;c;aGk=\a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || utf8.RuneCountInString(s) > MaxTitleLen || strings.TrimSpace(Sanitize(s)) == "" {
			t.Skip()
		}
		a := fillAll(s)
		a.Pay = Pay{Min: 10, Max: 20, Variable: s}
		if len(Validate(cat(), a)) > 0 {
			t.Skip()
		}
		data, err := EncodeAnswers(a)
		if err != nil {
			t.Fatalf("%q: encode: %v", s, err)
		}
		got, err := ParseAnswers(cat(), "x.yaml", data)
		if err != nil {
			t.Fatalf("%q: saved answers do not load: %v\n%s", s, err, data)
		}
		want := a
		SanitizeAnswers(&want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: answers changed in the round trip:\n got %+v\nwant %+v", s, got, want)
		}
	})
}

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
