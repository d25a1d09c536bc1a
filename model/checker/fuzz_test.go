package checker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// lineEndings reads line breaks as the checker does: CRLF, CR or LF.
var lineEndings = strings.NewReplacer("\r\n", "\n", "\r", "\n")

// FuzzCheck: the checker accepts any text, and every line it names exists.
func FuzzCheck(f *testing.F) {
	paths, _ := filepath.Glob("testdata/postings/*")
	layouts, _ := filepath.Glob("testdata/checkcorpus-layouts/*.*") // HTML, Markdown tables, ...
	paths = append(paths, layouts...)
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(string(data))
	}
	f.Add("")
	f.Add("$1 to $2 up to $3+ Denver, CO remote US")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(lineEndings.Replace(text), "\n") + 1
		// Read as each format, whatever it looks like: every reader takes
		// any text.
		for _, in := range Formats {
			for _, fd := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate, Input: in}) {
				if fd.Line < 0 || fd.Line > lines {
					t.Fatalf("%s: finding %s points at line %d of %d", in, fd.Rule, fd.Line, lines)
				}
				if fd.Message == "" || fd.Fix == "" {
					t.Fatalf("%s: finding %s lacks text", in, fd.Rule)
				}
			}
		}
	})
}
