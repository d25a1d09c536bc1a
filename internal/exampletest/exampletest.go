// Package exampletest gives tests the answers files in examples/, parsed:
// the postings and kits built from them are pinned by goldens and held to
// the safety and coverage checks.
package exampletest

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"amjd/content"
	"amjd/model/answers"
)

// Answers returns every example, by its file name without ".yaml".
func Answers(t testing.TB) map[string]answers.Answers {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("exampletest: cannot tell where the repository is")
	}
	paths, err := filepath.Glob(filepath.Join(filepath.Dir(file), "..", "..", "examples", "*.yaml"))
	if err != nil || len(paths) == 0 {
		t.Fatal("no examples")
	}
	out := map[string]answers.Answers{}
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		a, err := answers.ParseAnswers(content.Default(), p, data)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".yaml")] = a
	}
	return out
}
