package posting

import (
	"os"
	"strings"
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

func benchCompile(b *testing.B, res ...func() *base.Pattern) {
	var exprs []string
	for _, re := range res {
		exprs = append(exprs, re().String())
	}
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range exprs {
			base.LazyRegexp(e)()
		}
	}
}

// pronounsAtTheCaps is a valid answers file at its limits, every text a
// paragraph or list of gendered pronouns: the worst a file can ask of the
// checker's pronoun rule.
func pronounsAtTheCaps(b *testing.B) answers.Answers {
	b.Helper()
	sentence := "He calls his clients and she visits hers. "
	long := strings.TrimSpace(strings.Repeat(sentence, answers.MaxTextLen/len(sentence)))
	item := strings.TrimSpace(strings.Repeat(sentence, answers.MaxLineLen/len(sentence)))
	items := make([]string, answers.MaxLines)
	for i := range items {
		items[i] = item
	}
	a := answers.Answers{Company: "Acme", About: long, HowToApply: long, CareerPath: long,
		Responsibilities: answers.ListEdit{Add: items}, Skills: answers.ListEdit{Add: items},
		Qualifications: answers.Qualifications{ExtraRequired: items, ExtraPreferred: items},
		Benefits:       items, EqualOpportunity: answers.EqualOpportunity{Text: long}}
	if errs := answers.Validate(modeltest.Cat(), a); len(errs) > 0 {
		b.Fatalf("the answers must be valid: %v", errs)
	}
	return a
}

// Budget: any valid answers file renders and is checked in under 0.1 s.
func BenchmarkCheckPronounsAtTheCaps(b *testing.B) {
	a := pronounsAtTheCaps(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckAnswers(modeltest.Cat(), a, false, modeltest.CheckDate)
	}
}
