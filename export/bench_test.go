package export

import (
	"os"
	"testing"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/posting"
)

// Each export is made in a command when the user saves; these say what one
// costs, the posting's assembly included.
func BenchmarkExport(b *testing.B) {
	data, err := os.ReadFile("../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := answers.ParseAnswers(content.Default(), "example", data)
	if err != nil {
		b.Fatal(err)
	}
	for _, f := range Formats {
		b.Run(string(f), func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, _, err := Posting(posting.Assemble(content.Default(), a), Options{Format: f, Standalone: true, Posted: posted}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
