// Package modeltest holds what the tests of the model packages share: the
// catalog, a fixed date for the laws in force, the examples, every
// combination of the answers that changes a posting, and hostile text. It is
// imported by tests only.
package modeltest

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// Cat is the catalog the tests use.
func Cat() *content.Catalog { return content.Default() }

// CheckDate is fixed so which laws are in force does not depend on the day.
var CheckDate = time.Date(2026, 11, 23, 0, 0, 0, 0, time.UTC)

// LoadExample parses the answers file at path.
func LoadExample(t *testing.T, path string) answers.Answers {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	a, err := answers.ParseAnswers(Cat(), path, data)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return a
}

// Examples lists the answers files in examples/.
func Examples(t testing.TB) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(ExamplesDir(), "*.yaml"))
	if err != nil || len(paths) < 3 {
		t.Fatalf("want at least three examples, got %v (%v)", paths, err)
	}
	return paths
}

// ExamplesDir is the repository's examples/ folder, wherever the test runs.
func ExamplesDir() string {
	_, file, _, _ := runtime.Caller(0)
	return filepath.Join(filepath.Dir(file), "..", "..", "..", "examples")
}

// Hostile holds user text that tries to break out of its place in the posting.
var Hostile = []string{
	"# Heading\n## Another",
	"- item\n* item\n+ item\n1. item",
	"[link](https://evil.test) ![img](x.png) <https://auto.test>",
	"<b>bold</b><!-- c --><div>block</div>",
	"```\ncode\n```",
	"    indented code",
	"> quote",
	"a | b\n---|---\nc | d",
	"Title\n===",
	"\x1b]8;;https://evil.test\x1b\\hidden link\x1b]8;;\x1b\\ and \x1b[2J clear",
	"text with \\ backslash and *stars* and _unders_",
	"&lt;tag&gt; &#60;",
	"~~strike~~ [ ] task",
	"2026", // a full stop after it would make an ordered-list marker
}

// FillAll puts s into every free-text answer.
func FillAll(s string) answers.Answers {
	return answers.Answers{
		// How to apply may hold a link on purpose (see TestHowToApplyKeepsLinks).
		Title: s, Company: s, ReportsTo: s, About: s, HowToApply: "Write to us.",
		KPIs:             []answers.KPIAnswer{{Name: s, Target: s}, {ID: "nrr", Target: s}, {Name: s}},
		Responsibilities: answers.ListEdit{Add: []string{s}},
		Skills:           answers.ListEdit{Add: []string{s}},
		Qualifications:   answers.Qualifications{ExtraRequired: []string{s}, ExtraPreferred: []string{s}},
		Tools:            answers.Tools{Add: []string{s}},
		Pay:              answers.Pay{Min: 1, Max: 2, Variable: s},
		Benefits:         []string{s},
		Location:         answers.Location{Place: s, Region: s},
		EqualOpportunity: answers.EqualOpportunity{Text: s},
	}
}

// Combinations calls f with every combination of the answers that change which
// lines a posting selects, with defaults for the rest.
func Combinations(c *content.Catalog, f func(answers.Answers)) {
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, m := range c.Mixes {
			for _, ind := range c.Industries {
				for _, teams := range []string{"teams_one", "teams_several"} {
					for _, work := range []string{"work_standard", "work_custom"} {
						for _, contracts := range []string{"contracts_short", "contracts_long"} {
							f(answers.Answers{Variant: v.ID, Mix: m.ID, Industry: ind.ID, Company: "Northwind Supply",
								Complexity: answers.Complexity{"teams": teams, "work": work, "contracts": contracts},
								Location:   answers.Location{Place: "Denver, Colorado"}})
						}
					}
				}
			}
		}
	}
}

// DiffLines lists the lines where two texts differ.
func DiffLines(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	var out []string
	for i := 0; i < max(len(al), len(bl)); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			out = append(out, fmt.Sprintf("line %d:\n  want %q\n  got  %q", i+1, x, y))
		}
	}
	return strings.Join(out, "\n")
}

// Main runs a model package's tests with every expression's word filter
// checked: a text the filter turns away that the expression matches fails
// the test. Benchmarks run unchecked, as amjd does.
func Main(m *testing.M) int {
	flag.Parse()
	if f := flag.Lookup("test.bench"); f == nil || f.Value.String() == "" {
		base.VerifyPatterns.Store(true)
	}
	return m.Run()
}
