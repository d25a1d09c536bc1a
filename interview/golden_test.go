package interview

import (
	"testing"

	"amjd/internal/exampletest"
	"amjd/model/posting"

	"github.com/charmbracelet/x/exp/golden"

	"amjd/export"
)

// Every example's kit is pinned in Markdown; one example in text and HTML
// too (go test ./interview -update rewrites them: read every one).
func TestExamplesGolden(t *testing.T) {
	for name, a := range exampletest.Answers(t) {
		formats := []export.Format{export.Markdown}
		if name == "agency-account-manager" {
			formats = Formats
		}
		for _, f := range formats {
			t.Run(name+"/"+string(f), func(t *testing.T) {
				out, err := Render(posting.Assemble(cat(), a), f, false)
				if err != nil {
					t.Fatal(err)
				}
				golden.RequireEqual(t, out)
			})
		}
	}
}
