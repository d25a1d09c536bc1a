package importer

import (
	"os"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

// Importing a posting amjd wrote: the slowest case, as every catalog line
// is written out and compared.
func BenchmarkImportAmjdPosting(b *testing.B) {
	data, err := os.ReadFile("../../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := answers.ParseAnswers(modeltest.Cat(), "kam.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	md := posting.Assemble(modeltest.Cat(), a).Markdown()
	b.SetBytes(int64(len(md)))
	for b.Loop() {
		if _, err := Import(modeltest.Cat(), md, Options{}); err != nil {
			b.Fatal(err)
		}
	}
}

// Importing a posting written elsewhere.
func BenchmarkImportOtherPosting(b *testing.B) {
	data, err := os.ReadFile("testdata/corpus/01-markdown-software-austin.md")
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Import(modeltest.Cat(), string(data), Options{}); err != nil {
			b.Fatal(err)
		}
	}
}
