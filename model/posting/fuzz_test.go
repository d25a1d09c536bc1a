package posting

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
)

// FuzzParseAnswers: no input may panic or hang the parser, and every failure
// is a positioned InputErrors value.
func FuzzParseAnswers(f *testing.F) {
	paths, _ := filepath.Glob("../../examples/*.yaml")
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(data)
	}
	for _, s := range []string{"", "variant: key_account_manager\n", "pay: {min: -1, max: 2}\n", "kpis: [{id: nrr}, {name: x}]\n",
		"a: &a [1]\nb: *a\n", "title: [[[[[]]]]]\n", "---\n---\n", "title: \xff\n", "book: {accounts: 1e99}\n", "equal_opportunity: {include: maybe}\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		a, err := answers.ParseAnswers(modeltest.Cat(), "f.yaml", data)
		if err != nil {
			var ie answers.InputErrors
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
		md := Assemble(modeltest.Cat(), a).Markdown()
		if !utf8.ValidString(md) {
			t.Fatal("posting is not valid UTF-8")
		}
	})
}

// FuzzUserText: the user's text appears literally in the rendered posting and
// never creates a heading, list, link, HTML tag, code or escape sequence.
func FuzzUserText(f *testing.F) {
	for _, s := range modeltest.Hostile {
		f.Add(s)
	}
	f.Add("plain words")
	f.Add("1) two\n\n3. four")
	f.Add("\\*not emphasis\\*")
	plain := shapeOf(Assemble(modeltest.Cat(), modeltest.FillAll("plain words")).Markdown())
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || len(s) > answers.MaxLineLen {
			t.Skip()
		}
		if strings.TrimSpace(base.Sanitize(s)) == "" {
			t.Skip()
		}
		if base.Inline(base.CleanLine(s)) == "" {
			t.Skip() // a list item of punctuation alone is dropped, by design
		}
		if problem := userTextProblem(s, plain); problem != "" {
			t.Fatalf("%q %s", s, problem)
		}
		if got, want := base.Unescape(base.Inline(s)), strings.Join(strings.Fields(base.Sanitize(s)), " "); got != want {
			t.Fatalf("unescape(Inline(%q)) = %q, want it as typed: %q", s, got, want)
		}
	})
}
