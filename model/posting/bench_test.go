package posting

import (
	"os"
	"regexp"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
)

func benchAnswers(b *testing.B) answers.Answers {
	b.Helper()
	data, err := os.ReadFile("../../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := answers.ParseAnswers(modeltest.Cat(), "x.yaml", data)
	if err != nil {
		b.Fatal(err)
	}
	return a
}

// Budget: assembling the posting and its Markdown ≤ 0.5 ms (preview path).
func BenchmarkAssembleMarkdown(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = Assemble(modeltest.Cat(), a).Markdown()
	}
}

// The quality check, run on entering review and by render.
func BenchmarkCheckPosting(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckAnswers(modeltest.Cat(), a, false, modeltest.CheckDate)
	}
}

// Budget: the catalog's one-time work at start-up (reading the place table
// into an index, compiling the spelling table) plus the first posting ≤ 1 ms.
// The catalog itself is compiled into the binary and costs nothing to load.
func BenchmarkFirstAssembly(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		base.ForgetPlaceIndexes()
		spellerMu.Lock()
		clear(spellers)
		spellerMu.Unlock()
		_ = Assemble(modeltest.Cat(), a).Markdown()
	}
}

// BenchmarkAssemblyExpressions and BenchmarkEscapeExpressions: the first
// posting in a process also compiles the expressions assembly uses (KPI
// targets here, escaping in its package). A compile cannot be undone between
// BenchmarkFirstAssembly's rounds, so it is timed apart.
func BenchmarkAssemblyExpressions(b *testing.B) {
	benchCompile(b, kpiTargetRe, kpiLessLead)
}

func benchCompile(b *testing.B, res ...func() *regexp.Regexp) {
	var exprs []string
	for _, re := range res {
		exprs = append(exprs, re().String())
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			regexp.MustCompile(e)
		}
	}
}
