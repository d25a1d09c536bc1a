package answers_test

import (
	"os"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// Parsing an answers file, part of the one-shot render budget (≤ 2 ms in all).
func BenchmarkParseAnswers(b *testing.B) {
	data, _ := os.ReadFile("../../examples/key-account-manager-software.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := answers.ParseAnswers(modeltest.Cat(), "x.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}
