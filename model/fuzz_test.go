package model

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
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
	base := shapeOf(Assemble(cat(), fillAll("plain words")).Markdown())
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > MaxLineLen {
			t.Skip()
		}
		if strings.TrimSpace(Sanitize(s)) == "" {
			t.Skip()
		}
		if problem := userTextProblem(s, base); problem != "" {
			t.Fatalf("%q %s", s, problem)
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
