package checker

import (
	"os"
	"reflect"
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
// -benchtime=1x and AMJD_LISTWORDS=1 (it takes minutes; the benchmark smoke
// run skips it); .ci/listwords prints the slowest.
func BenchmarkCheckListWords(b *testing.B) {
	if os.Getenv("AMJD_LISTWORDS") == "" {
		b.Skip("set AMJD_LISTWORDS=1 to run every list word at 1 MB")
	}
	cat := modeltest.Cat()
	for _, w := range everyListWord(cat.Checks) {
		for _, shape := range []struct{ name, sep string }{{"one-line", " "}, {"lines", "\n"}} {
			b.Run(shape.name+"/"+w, func(b *testing.B) {
				// Made here, not before b.Run: a text made for every word the
				// -bench filter skips would leave the runs a heap to collect.
				text := strings.Repeat(w+shape.sep, 1<<20/(len(w)+1))
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					_ = Check(cat, text, CheckOptions{})
				}
			})
		}
	}
}
