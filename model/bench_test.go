package model

import (
	"os"
	"testing"
)

func benchAnswers(b *testing.B) Answers {
	b.Helper()
	data, err := os.ReadFile("../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := ParseAnswers(cat(), "x.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	return a
}

// Budget: assembling the posting and its Markdown ≤ 0.5 ms (preview path).
func BenchmarkAssembleMarkdown(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = Assemble(cat(), a).Markdown()
	}
}

// Parsing an answers file, part of the one-shot render budget (≤ 2 ms in all).
func BenchmarkParseAnswers(b *testing.B) {
	data, _ := os.ReadFile("../examples/key-account-manager-software.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAnswers(cat(), "x.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// The quality check, run on entering review and by render.
func BenchmarkCheckPosting(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckAnswers(cat(), a, false, checkDate)
	}
}

// Budget: the catalog's one-time work at start-up (reading the place table
// into an index, compiling the spelling table) plus the first posting ≤ 1 ms.
// The catalog itself is compiled into the binary and costs nothing to load.
func BenchmarkFirstAssembly(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		placeMu.Lock()
		clear(placeIndexes)
		placeMu.Unlock()
		spellerMu.Lock()
		clear(spellers)
		spellerMu.Unlock()
		_ = Assemble(cat(), a).Markdown()
	}
}
