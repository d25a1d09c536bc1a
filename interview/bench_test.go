package interview

import (
	"testing"

	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/posting"
)

// The wizard builds the kit in a command; it must take well under a few
// milliseconds.
func BenchmarkKitMarkdown(b *testing.B) {
	a := exampletest.Answers(b)["key-account-manager-software"]
	for b.Loop() {
		_ = New(posting.Assemble(cat(), a)).Markdown()
	}
}

func BenchmarkKitDefaults(b *testing.B) {
	for b.Loop() {
		_ = New(posting.Assemble(cat(), answers.Answers{})).Markdown()
	}
}
