package model

import (
	"testing"

	"amjd/content"
)

// Job-ad research finds 400-700 words performs best for the full form, and
// 80-150 words for a job-board summary. Every combination of the answers that
// change selection must land there with defaults for the rest.
func TestEveryCombinationStaysWithinRecommendedLength(t *testing.T) {
	c := content.Default()
	minFull, maxFull, minShort, maxShort := 1<<30, 0, 1<<30, 0
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, m := range c.Mixes {
			for _, ind := range c.Industries {
				for _, teams := range []string{"teams_one", "teams_several"} {
					for _, work := range []string{"work_standard", "work_custom"} {
						for _, contracts := range []string{"contracts_short", "contracts_long"} {
							a := Answers{Variant: v.ID, Mix: m.ID, Industry: ind.ID, Company: "Northwind Supply",
								Complexity: Complexity{Teams: teams, Work: work, Contracts: contracts},
								Location:   Location{Place: "Denver, Colorado"}}
							p := Assemble(c, a)
							full, short := WordCount(p.Markdown()), WordCount(p.ShortMarkdown())
							minFull, maxFull = min(minFull, full), max(maxFull, full)
							minShort, maxShort = min(minShort, short), max(maxShort, short)
							if full < 400 || full > 700 {
								t.Errorf("%+v: full posting has %d words, want 400-700", a, full)
							}
							if short < 80 || short > 150 {
								t.Errorf("%+v: short form has %d words, want 80-150", a, short)
							}
						}
					}
				}
			}
		}
	}
	t.Logf("full: %d-%d words; short: %d-%d words", minFull, maxFull, minShort, maxShort)
}
