package markup

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A line that names no one in full is not searched for a name in full:
// the gate never turns away a line one of those forms matches, on every
// line of three check corpora and of lines made to sit at its edges.
func TestNamesInFullTurnsAwayNoName(t *testing.T) {
	files, err := filepath.Glob("../checker/testdata/checkcorpus-fresh2[4-6]/*")
	if err != nil || len(files) < 40 {
		t.Fatalf("corpora: %d files, %v", len(files), err)
	}
	lines := []string{"Report to Ída Ørsted.", "Tom\tReid, our Sales Director", "Ned  Shortall cut his first hurleys",
		"Roy and Bernice Ostrander sold", "É Ó", "Ab C", "aB C", "Ab c D", "Ab", "Ab ", "Ab\u00a0Cd"}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	gated, full := 0, firstNameForms[:len(firstNameForms)-2]
	for _, l := range lines {
		if namesInFull(l) {
			continue
		}
		gated++
		for _, re := range full {
			if m := re.Get().FindStringSubmatch(l); m != nil {
				t.Errorf("%q names %q in full, but the gate turned it away", l, m[1])
			}
		}
	}
	if gated < 1000 {
		t.Errorf("the gate turned away only %d lines", gated)
	}
	for _, l := range []string{"Report to Ída Ørsted.", "Tom\tReid, our Sales Director", "Ab C", "Éa Ó"} {
		if !namesInFull(l) {
			t.Errorf("%q: turned away", l)
		}
	}
}
