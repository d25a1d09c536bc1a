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

// Raw HTML is dropped whole by the bluemonday stand-in (third_party/bluemonday):
// neither a tag nor its text reaches the terminal, and the Markdown around it
// still renders. amjd's own Markdown never holds raw HTML; this pins what
// glamour does if it ever did.
func TestRawHTMLNeverReachesTheTerminal(t *testing.T) {
	md := "Before the block.\n\n<div onclick=\"x()\">block text</div>\n\nInline <b>bold</b> <script>alert(1)</script>after.\n"
	for _, style := range []string{GlamourStyle(true), "notty"} {
		out, err := RenderMarkdown(md, 80, style)
		if err != nil {
			t.Fatalf("%s: %v", style, err)
		}
		plain := ansi.Strip(out)
		for _, gone := range []string{"<", "onclick", "block text", "script"} {
			if strings.Contains(plain, gone) {
				t.Errorf("%s: %q reached the terminal:\n%s", style, gone, plain)
			}
		}
		for _, kept := range []string{"Before the block.", "Inline", "bold", "after."} {
			if !strings.Contains(plain, kept) {
				t.Errorf("%s: %q is missing:\n%s", style, kept, plain)
			}
		}
	}
}

// The real highlighter (its lexers and their regexp engine) and the real HTML
// sanitizer (its CSS parsers) must not come back into the binary with a
// dependency upgrade. (golang.org/x/net/html is linked again, by the checker's
// HTML reader: it reads the job descriptions recruiters paste as HTML.)
func TestStandInsKeepTheirPackagesOut(t *testing.T) {
	out, err := exec.Command("go", "list", "-deps", "amjd").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for pkg, standIn := range map[string]string{
		"github.com/alecthomas/chroma/v2/lexers": "third_party/chroma",
		"github.com/dlclark/regexp2":             "third_party/chroma",
		"github.com/gorilla/css/scanner":         "third_party/bluemonday",
		"github.com/aymerick/douceur/parser":     "third_party/bluemonday",
	} {
		if strings.Contains(string(out), pkg+"\n") {
			t.Errorf("%s is linked into amjd again; see %s", pkg, standIn)
		}
	}
}
