package captions

import (
	"fmt"
	"strings"
	"testing"
)

// A caption file reads as its words: each cue on the line its text
// starts on, a sentence told over cues joined, title cards apart, sound
// cues, numbers and times gone.
func TestFromCaptions(t *testing.T) {
	srt := "1\n00:00:00,000 --> 00:00:01,875\n<i>♪ upbeat music ♪</i>\n\n2\n00:00:01,995 --> 00:00:03,682\n{\\an8}ACME MANGO CO.\n\n" +
		"3\n00:00:03,802 --> 00:00:06,802\n{\\an8}Account Manager · Katherine NT\n\n4\n00:00:06,922 --> 00:00:09,000\nEvery season we send out\n\n" +
		"5\n00:00:09,100 --> 00:00:12,000\naround two million trays,\n[forklift beeping]\nto 60 buyers.\n"
	got := strings.Split(FromCaptions(srt), "\n")
	if got[6] != "ACME MANGO CO." || got[10] != "Account Manager · Katherine NT" || got[14] != "Every season we send out around two million trays, to 60 buyers." {
		t.Errorf("FromCaptions: %q", got)
	}
	for i, l := range got {
		if strings.Contains(l, "-->") || strings.Contains(l, "♪") || strings.Contains(l, "forklift") || l == "3" {
			t.Errorf("line %d kept %q", i+1, l)
		}
	}
	if plain := "Account Manager\n00:00 is when we open.\n"; FromCaptions(plain) != plain {
		t.Errorf("a text with no cues changed")
	}
}

// A megabyte of cues that never end a sentence is read in linear time:
// the sentence is built once, not copied again at each cue.
func BenchmarkFromCaptions1MB(b *testing.B) {
	var sb strings.Builder
	for i := 1; sb.Len() < 1<<20; i++ {
		fmt.Fprintf(&sb, "%d\n00:00:%02d,000 --> 00:00:%02d,500\nand the words go on\n\n", i, i%60, i%60)
	}
	text := sb.String()
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = FromCaptions(text)
	}
}
