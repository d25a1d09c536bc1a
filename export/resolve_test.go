package export_test

import (
	"testing"
	"time"

	"amjd/content"
	"amjd/export"
	"amjd/internal/exampletest"
	"amjd/interview"
	"amjd/model/base"
	"amjd/model/posting"
)

// A posting resolves its answers and places its location once, when it is
// assembled; every writer (Markdown, the short form, plain text, HTML,
// JSON-LD, the interview kit) reads that one posting and resolves nothing
// again.
func TestEveryWriterReadsTheOneResolvedPosting(t *testing.T) {
	for name, a := range exampletest.Answers(t) {
		resolves, lookups := posting.Resolutions(), base.PlaceLookups()
		p := posting.Assemble(content.Default(), a)
		if r, l := posting.Resolutions()-resolves, base.PlaceLookups()-lookups; r != 1 || l != 1 {
			t.Errorf("%s: assembling resolved the answers %d times and looked up the place %d times, want 1 and 1", name, r, l)
		}
		resolves, lookups = posting.Resolutions(), base.PlaceLookups()
		written := []string{p.Markdown(), p.ShortMarkdown()}
		for _, f := range []export.Format{export.Markdown, export.Text, export.HTML, export.JSONLD} {
			for _, short := range []bool{false, true} {
				data, _, err := export.Posting(p, export.Options{Format: f, Short: short, Standalone: f == export.HTML, Posted: time.Now()})
				if err != nil {
					t.Fatalf("%s as %s: %v", name, f, err)
				}
				written = append(written, string(data))
			}
		}
		kit := interview.New(p)
		written = append(written, kit.Markdown())
		if r, l := posting.Resolutions()-resolves, base.PlaceLookups()-lookups; r != 0 || l != 0 {
			t.Errorf("%s: the writers resolved the answers %d more times and looked up the place %d more times, want none", name, r, l)
		}
		for i, w := range written {
			if w == "" {
				t.Errorf("%s: writer %d wrote nothing", name, i)
			}
		}
	}
}
