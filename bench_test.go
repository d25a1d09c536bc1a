package main

import (
	"io"
	"strings"
	"testing"

	"amjd/cli"
	"amjd/cli/clio"
	"amjd/content"
)

// Budget: the one-shot command's own work — building the command tree and
// parsing the flags, reading and parsing the answers file, assembly and
// writing the Markdown — ≤ 2 ms. (--quiet: the quality check is measured on
// its own in model; with --preview it runs beside glamour.)
func BenchmarkRenderCommand(b *testing.B) {
	content.Default() // loaded once per process, measured in content
	args := []string{"render", "--quiet", "--answers", "examples/key-account-manager-software.yaml"}
	b.ReportAllocs()
	for b.Loop() {
		if code := cli.Main(version, args, clio.Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}

// The same with --preview: glamour's render plus the check running beside it.
func BenchmarkRenderPreviewCommand(b *testing.B) {
	content.Default()
	args := []string{"render", "--preview", "--width", "80", "--answers", "examples/key-account-manager-software.yaml"}
	b.ReportAllocs()
	for b.Loop() {
		if code := cli.Main(version, args, clio.Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}); code != 0 {
			b.Fatalf("exit %d", code)
		}
	}
}
