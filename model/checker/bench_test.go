package checker

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// oneMegabyte builds 1 MB of posting-like text: the example posting repeated,
// and the hostile shape that once made the check quadratic (many blank lines,
// a lone "**", then many lines).
func oneMegabyte(b *testing.B, hostile bool) string {
	b.Helper()
	if hostile {
		return strings.Repeat("\n", 300_000) + "**\n" + strings.Repeat("word\n", 140_000)
	}
	md := examplePosting(b)
	return strings.Repeat(md, 1<<20/len(md)+1)[:1<<20]
}

// Budget: amjd check on 1 MB of text stays linear and under a second.
func BenchmarkCheck1MB(b *testing.B) {
	text := oneMegabyte(b, false)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Check(modeltest.Cat(), text, CheckOptions{})
	}
}

// The postings of the test corpus, one after another, to 1 MB: text written
// by people, where every rule has work to do.
func BenchmarkCheck1MBPostings(b *testing.B) {
	paths, _ := filepath.Glob("testdata/postings/*")
	var all strings.Builder
	for all.Len() < 1<<20 {
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			all.Write(data)
		}
	}
	text := all.String()[:1<<20]
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Check(modeltest.Cat(), text, CheckOptions{})
	}
}

func BenchmarkCheck1MBHostile(b *testing.B) {
	text := oneMegabyte(b, true)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Check(modeltest.Cat(), text, CheckOptions{})
	}
}
