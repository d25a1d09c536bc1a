package checker

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"amjd/content"
	"amjd/model/internal/modeltest"
)

// everyListWord is every word and phrase of the checker's lists, each once.
func everyListWord(c content.Checks) []string {
	seen := map[string]bool{}
	var out []string
	add := func(w string) {
		w = strings.ReplaceAll(w, " ~ ", " big ") // a gap word, with a word in its gap
		w = strings.TrimSuffix(w, "*")
		if w != "" && !seen[w] {
			seen[w] = true
			out = append(out, w)
		}
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.String:
			add(v.String())
		case reflect.Slice:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Struct:
			for i := range v.NumField() {
				walk(v.Field(i))
			}
		}
	}
	walk(reflect.ValueOf(c))
	return out
}

// Every word of the checker's lists, repeated to 1 MB on one line and on a
// line each: no rule may be more than linear in its input. Run with
// -benchtime=1x and AMJD_LISTWORDS=1 (it takes half an hour on two cores; the
// benchmark smoke run skips it). AMJD_LISTWORDS_KB sets another size, and
// AMJD_LISTWORDS_ONLY names a file of inputs to run, a "shape/index" a line,
// as the sub-benchmarks are named; .ci/listwords screens every input at a
// smaller size and runs the slowest at 1 MB.
func BenchmarkCheckListWords(b *testing.B) {
	if os.Getenv("AMJD_LISTWORDS") == "" {
		b.Skip("set AMJD_LISTWORDS=1 to run every list word at 1 MB")
	}
	size, only := listWordsSettings(b)
	cat := modeltest.Cat()
	for i, w := range everyListWord(cat.Checks) {
		for _, shape := range []struct{ name, sep string }{{"one-line", " "}, {"lines", "\n"}} {
			key := fmt.Sprintf("%s/%04d", shape.name, i)
			if only != nil && !only[key] {
				continue
			}
			b.Run(key+" "+w, func(b *testing.B) {
				// Made here, not before b.Run: a text made for every word the
				// -bench filter skips would leave the runs a heap to collect.
				text := strings.Repeat(w+shape.sep, size/(len(w)+1))
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_ = Check(cat, text, CheckOptions{})
				}
			})
		}
	}
}

// listWordsSettings reads the size of each input and the inputs to run (nil:
// all) from the environment.
func listWordsSettings(b *testing.B) (int, map[string]bool) {
	size := 1 << 20
	if kb := os.Getenv("AMJD_LISTWORDS_KB"); kb != "" {
		n, err := strconv.Atoi(kb)
		if err != nil || n <= 0 {
			b.Fatalf("AMJD_LISTWORDS_KB=%q: want a whole number of kilobytes", kb)
		}
		size = n << 10
	}
	path := os.Getenv("AMJD_LISTWORDS_ONLY")
	if path == "" {
		return size, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		b.Fatal(err)
	}
	only := map[string]bool{}
	for _, line := range strings.Fields(string(data)) {
		only[line] = true
	}
	return size, only
}
