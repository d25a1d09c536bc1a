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
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		f.Add(string(data))
	}
	f.Add("")
	f.Add("$1 to $2 up to $3+ Denver, CO remote US")
	f.Fuzz(func(t *testing.T, text string) {
		lines := strings.Count(lineEndings.Replace(text), "\n") + 1
		for _, fd := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
			if fd.Line < 0 || fd.Line > lines {
				t.Fatalf("finding %s points at line %d of %d", fd.Rule, fd.Line, lines)
			}
			if fd.Message == "" || fd.Fix == "" {
				t.Fatalf("finding %s lacks text", fd.Rule)
			}
		}
	})
}
