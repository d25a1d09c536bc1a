package model

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func benchAnswers(b *testing.B) Answers {
	b.Helper()
	data, err := os.ReadFile("../examples/key-account-manager-software.yaml")
	if err != nil {
		b.Fatal(err)
	}
	a, err := ParseAnswers(cat(), "x.yaml", data)
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
		_ = Assemble(cat(), a).Markdown()
	}
}

// Parsing an answers file, part of the one-shot render budget (≤ 2 ms in all).
func BenchmarkParseAnswers(b *testing.B) {
	data, _ := os.ReadFile("../examples/key-account-manager-software.yaml")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := ParseAnswers(cat(), "x.yaml", data); err != nil {
			b.Fatal(err)
		}
	}
}

// The quality check, run on entering review and by render.
func BenchmarkCheckPosting(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		_ = CheckAnswers(cat(), a, false, checkDate)
	}
}

// Budget: the catalog's one-time work at start-up (reading the place table
// into an index, compiling the spelling table) plus the first posting ≤ 1 ms.
// The catalog itself is compiled into the binary and costs nothing to load.
func BenchmarkFirstAssembly(b *testing.B) {
	a := benchAnswers(b)
	b.ReportAllocs()
	for b.Loop() {
		ForgetPlaceIndexes()
		spellerMu.Lock()
		clear(spellers)
		spellerMu.Unlock()
		_ = Assemble(cat(), a).Markdown()
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

func BenchmarkEscapeExpressions(b *testing.B) {
	benchCompile(b, entityLike, blankLine, schemeLink, wwwLink, emailLink)
}

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
		_ = Check(cat(), text, CheckOptions{})
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
		_ = Check(cat(), text, CheckOptions{})
	}
}

func BenchmarkCheck1MBHostile(b *testing.B) {
	text := oneMegabyte(b, true)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		_ = Check(cat(), text, CheckOptions{})
	}
}
