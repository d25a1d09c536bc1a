package interview

import (
	"amjd/internal/exampletest"
	"amjd/model/answers"
	"testing"
)

// The wizard builds the kit in a command; it must take well under a few
// milliseconds.
func BenchmarkKitMarkdown(b *testing.B) {
	a := exampletest.Answers(b)["key-account-manager-software"]
	for b.Loop() {
		_ = New(cat(), a).Markdown()
	}
}

func BenchmarkKitDefaults(b *testing.B) {
	for b.Loop() {
		_ = New(cat(), answers.Answers{}).Markdown()
	}
}
