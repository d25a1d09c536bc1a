package ui

import (
	"os/exec"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// glamour's code-block highlighter is replaced by a stand-in that writes the
// code as it is (third_party/chroma). A code block must still show its code,
// in every style amjd uses.
func TestCodeBlocksStillShowTheirCode(t *testing.T) {
	md := "Intro.\n\n```go\nfunc main() { println(\"hi\") }\n```\n"
	for _, style := range []string{GlamourStyle(true), GlamourStyle(false), "notty"} {
		out, err := RenderMarkdown(md, 80, style)
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		if !strings.Contains(ansi.Strip(out), `func main() { println("hi") }`) {
			t.Errorf("%s: code block lost its code:\n%s", style, out)
		}
	}
}

// The real highlighter (its lexers and their regexp engine) must not come
// back into the binary with a dependency upgrade.
func TestTheHighlighterIsNotLinked(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "amjd").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range []string{"github.com/alecthomas/chroma/v2/lexers", "github.com/dlclark/regexp2"} {
		if strings.Contains(string(out), pkg+"\n") {
			t.Errorf("%s is linked into amjd again; see third_party/chroma", pkg)
		}
	}
}
