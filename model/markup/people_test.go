package markup

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"amjd/model/base"
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

// A first name alone is read where a sentence opens, and finds what the
// form searched over the whole line finds, on every line of three check
// corpora.
func TestFirstNameAloneAtSentenceOpeners(t *testing.T) {
	files, _ := filepath.Glob("../checker/testdata/checkcorpus-fresh2[4-6]/*")
	lines := []string{"Arlo will call. Beth's desk is here!  Cyd has it? Dee.Eve has", "  Arlo will", "Arlo\twill"}
	for _, f := range files {
		data, _ := os.ReadFile(f)
		lines = append(lines, strings.Split(string(data), "\n")...)
	}
	found := 0
	for _, re := range []*base.Regexp{&subjectFirst, &possessiveFirst} {
		whole := regexp.MustCompile(`(?:^|[.!?]\s+)` + strings.TrimPrefix(re.Expr, "^"))
		for _, l := range lines {
			var want, got []string
			for _, m := range whole.FindAllStringSubmatch(l, -1) {
				want = append(want, m[1])
			}
			for _, at := range sentenceOpeners(l, 1000) {
				if m := re.Get().FindStringSubmatch(l[at:]); m != nil {
					got = append(got, m[1])
				}
			}
			if !slices.Equal(got, want) {
				t.Errorf("%q: %q, the whole line %q", l, got, want)
			}
			found += len(want)
		}
	}
	if found < 20 {
		t.Errorf("only %d names found: the test reads too little", found)
	}
}
