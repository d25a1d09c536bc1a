package posting

import (
	"testing"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/internal/modeltest"
)

// Job-ad research finds 400-700 words performs best for the full form, and
// 80-150 words for a job-board summary, at a reading grade a wide audience
// reads with ease. Every combination of the answers that change selection must
// land there with defaults for the rest.
func TestEveryCombinationStaysWithinRecommendedLengthAndGrade(t *testing.T) {
	t.Parallel() // every combination of the answers: the longest tests here
	if testing.Short() {
		t.Skip("the length and grade of every combination: skipped with -short")
	}
	c := content.Default()
	minFull, maxFull, minShort, maxShort, worstGrade := 1<<30, 0, 1<<30, 0, 0.0
	modeltest.Combinations(c, func(a answers.Answers) {
		p := Assemble(c, a)
		md := p.Markdown()
		full, short := base.WordCount(md), base.WordCount(p.ShortMarkdown())
		minFull, maxFull = min(minFull, full), max(maxFull, full)
		minShort, maxShort = min(minShort, short), max(maxShort, short)
		if full < 400 || full > 700 {
			t.Errorf("%+v: full posting has %d words, want 400-700", a, full)
		}
		if short < 80 || short > 150 {
			t.Errorf("%+v: short form has %d words, want 80-150", a, short)
		}
		if grade, _ := checker.ReadingGrade(md); grade > 10 {
			t.Errorf("%+v: reading grade %.1f, want at most 10", a, grade)
		} else {
			worstGrade = max(worstGrade, grade)
		}
	})
	t.Logf("full: %d-%d words; short: %d-%d words; highest reading grade %.1f", minFull, maxFull, minShort, maxShort, worstGrade)
}
