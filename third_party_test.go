package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// third_party/goldmark is goldmark with amjd's patch at the version go.mod
// requires. An upgrade (of glamour, say) that raises that version must bring
// a fresh copy, or amjd would build with the old code under the new number.
func TestGoldmarkCopyIsTheRequiredVersion(t *testing.T) {
	goMod, err := os.ReadFile("go.mod")
	if err != nil {
		t.Fatal(err)
	}
	required := regexp.MustCompile(`(?m)^\s*github\.com/yuin/goldmark (v\S+)`).FindSubmatch(goMod)
	if required == nil {
		t.Fatal("go.mod does not require github.com/yuin/goldmark")
	}
	upstream, err := os.ReadFile("third_party/goldmark/UPSTREAM")
	if err != nil {
		t.Fatal(err)
	}
	fields := strings.Fields(string(upstream))
	if len(fields) < 2 || fields[1] != string(required[1]) {
		t.Errorf("go.mod requires goldmark %s, but third_party/goldmark is %q: run .ci/goldmark update", required[1], upstream)
	}
}
