package flow

import (
	"fmt"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
	"time"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

// typedValues are what people type into fields, well and badly: numbers as
// managers write them, ranges the right and the wrong way round, hostile
// text, and the nothing of a cleared field.
var typedValues = append([]string{
	"", "90000", "90,000", "90 000", "90k", "90K", "$90k", "90.5k", "2.1M", "90-110k", "110-90k", "85k to 95k",
	"90k-ish", "45 or so", "-5", "0", "1e12", ".nan", "NaN", "'50000'", "?", "🚀 growth", "\u202eevil", "a\x1b[2Jb",
	"Account Manager", "Acme & Sons", "https://example.com", "2027-01-31", "31/01/2027", "   ",
}, modeltest.Hostile...)

// sessionSeed is the seed of the random sessions: AMJD_SEED repeats a
// failure; otherwise each run tries new ones.
func sessionSeed(t *testing.T) uint64 {
	if s := os.Getenv("AMJD_SEED"); s != "" {
		n, err := strconv.ParseUint(s, 10, 64)
		if err != nil {
			t.Fatalf("AMJD_SEED=%q: %v", s, err)
		}
		return n
	}
	return uint64(time.Now().UnixNano())
}

// Whatever a session types, in whatever order, what the answers hold is
// valid, so it saves; and the saved answers load again (as amjd render and
// resuming read them) to the very posting the wizard showed.
func TestAnySessionSavesWhatItShowsAndLoadsItBack(t *testing.T) {
	sessions := 200
	if testing.Short() {
		sessions = 20
	}
	seed := sessionSeed(t)
	rng := rand.New(rand.NewPCG(seed, 0x616d6a64))
	c, steps := modeltest.Cat(), Steps()
	for i := range sessions {
		a := answers.Answers{}
		var typed []string
		for range 10 + rng.IntN(30) {
			fields := steps[rng.IntN(len(steps))].For(c, a).Fields
			f := fields[rng.IntN(len(fields))]
			v := randomValue(rng, f)
			if f.Apply(&a, v) == nil {
				typed = append(typed, fmt.Sprintf("%s=%q%v", f.Key, v.Text, v.IDs))
			}
		}
		if err := sessionRoundTrip(a); err != nil {
			t.Fatalf("AMJD_SEED=%d, session %d: %v\nvalues taken, in order: %v", seed, i, err, typed)
		}
	}
}

// randomValue is a value a person could give field f: one of its options,
// a few of them, or something typed.
func randomValue(rng *rand.Rand, f Field) Value {
	switch {
	case len(f.Options) > 0 && f.Kind == Choice:
		return Value{Text: f.Options[rng.IntN(len(f.Options))].ID}
	case len(f.Options) > 0:
		var ids []string
		for _, o := range f.Options {
			if rng.IntN(2) == 0 {
				ids = append(ids, o.ID)
			}
		}
		if f.Kind == Cycle && len(f.States) > 0 {
			ids = make([]string, len(f.Options))
			for j := range ids {
				ids[j] = f.States[rng.IntN(len(f.States))].ID
			}
		}
		return Value{IDs: ids}
	}
	text := typedValues[rng.IntN(len(typedValues))]
	if f.Kind == Lines || f.Kind == LongText {
		text += "\n" + typedValues[rng.IntN(len(typedValues))]
	}
	return Value{Text: text}
}

// sessionRoundTrip saves the answers as the wizard does and reads them back
// as amjd render does; the posting must not change.
func sessionRoundTrip(a answers.Answers) error {
	c := modeltest.Cat()
	if errs := answers.Validate(c, a); len(errs) > 0 {
		return fmt.Errorf("the answers taken are not valid: %v", errs)
	}
	file, err := answers.File(a)
	if err != nil {
		return fmt.Errorf("cannot save the answers: %v", err)
	}
	back, err := answers.ParseAnswers(c, "answers.yaml", file)
	if err != nil {
		return fmt.Errorf("the saved answers do not load: %v\n%s", err, file)
	}
	shown, loaded := posting.Assemble(c, a), posting.Assemble(c, back)
	if shown.Markdown() != loaded.Markdown() || shown.ShortMarkdown() != loaded.ShortMarkdown() {
		return fmt.Errorf("the loaded answers give another posting:\nshown:\n%s\nloaded:\n%s", shown.Markdown(), loaded.Markdown())
	}
	return nil
}
