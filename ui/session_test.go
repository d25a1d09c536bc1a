package ui

import (
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"amjd/model/answers"
	"amjd/model/posting"
)

// sessionValues are typed into whatever field has the focus: numbers as
// managers write them, ranges both ways round, half-typed and hostile text.
var sessionValues = []string{"95000", "80000", "90-110k", "110-90k", "90k-ish", "45 or so", "2.1M", "90.000",
	"Acme & Sons", "# Heading", "- item", "🚀", "\u202eevil", "?", "2027-01-31", ""}

// sessionKeys are what a person presses between values: moving between
// fields and steps, editing from review, clearing a field.
var sessionKeys = []string{"enter", "enter", "tab", "shift+tab", "esc", "down", "up", "ctrl+u", "backspace", "e", "space"}

// Whatever is pressed and typed, the answers the wizard holds are valid and
// save to a file that loads back to the posting it shows. AMJD_SEED repeats
// a failing run.
func TestAnyWizardSessionSavesWhatItShows(t *testing.T) {
	sessions := 12
	if testing.Short() {
		sessions = 3
	}
	seed := uint64(time.Now().UnixNano())
	if s := os.Getenv("AMJD_SEED"); s != "" {
		seed, _ = strconv.ParseUint(s, 10, 64)
	}
	rng := rand.New(rand.NewPCG(seed, 7))
	for i := range sessions {
		h := newHarness(t, Options{}, 100, 40)
		h.key("enter")
		for range 60 {
			if rng.IntN(3) == 0 {
				h.typeText(sessionValues[rng.IntN(len(sessionValues))])
			} else {
				h.key(sessionKeys[rng.IntN(len(sessionKeys))])
			}
			if h.quit {
				break
			}
		}
		a := h.m.app.answers
		if errs := answers.Validate(nil2cat(), a); len(errs) > 0 {
			t.Fatalf("AMJD_SEED=%d session %d: the wizard holds invalid answers: %v\n%s", seed, i, errs, h.view())
		}
		file, err := answers.File(a)
		if err != nil {
			t.Fatalf("AMJD_SEED=%d session %d: %v", seed, i, err)
		}
		back, err := answers.ParseAnswers(nil2cat(), "answers.yaml", file)
		if err != nil {
			t.Fatalf("AMJD_SEED=%d session %d: the saved answers do not load: %v\n%s", seed, i, err, file)
		}
		if shown := h.m.app.current().Markdown(); shown != posting.Assemble(nil2cat(), back).Markdown() {
			t.Fatalf("AMJD_SEED=%d session %d: the loaded answers give another posting than the one shown", seed, i)
		}
	}
}
