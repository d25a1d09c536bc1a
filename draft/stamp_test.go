package draft

import (
	"strings"
	"testing"
	"time"

	"amjd/content"
	"amjd/model/answers"
)

// A draft's time reads in the order of its posting's English when its
// answers say which, else in the order of the machine's locale, else day
// first.
func TestDraftTimesReadInTheReadersOrder(t *testing.T) {
	saved := time.Date(2026, time.December, 4, 15, 4, 0, 0, time.Local)
	for _, tc := range []struct {
		lang  string
		a     answers.Answers
		stamp string
	}{
		{"en_US.UTF-8", answers.Answers{}, "Dec 4 15:04 · "},
		{"en_GB.UTF-8", answers.Answers{}, "4 Dec 15:04 · "},
		{"", answers.Answers{}, "4 Dec 15:04 · "},
		{"en_GB.UTF-8", answers.Answers{Location: answers.Location{Place: "Chicago, IL"}}, "Dec 4 15:04 · "},
		{"en_US.UTF-8", answers.Answers{Location: answers.Location{Place: "Leeds, UK"}}, "4 Dec 15:04 · "},
		{"en_US.UTF-8", answers.Answers{Language: "en-AU"}, "4 Dec 15:04 · "},
	} {
		t.Setenv("LC_ALL", "")
		t.Setenv("LC_TIME", "")
		t.Setenv("LANG", tc.lang)
		d := Draft{Saved: saved, Answers: tc.a}
		if got := d.Label(content.Default()); !strings.HasPrefix(got, tc.stamp) {
			t.Errorf("LANG=%q, place %q: %q, want it to start %q", tc.lang, tc.a.Location.Place, got, tc.stamp)
		}
	}
}
