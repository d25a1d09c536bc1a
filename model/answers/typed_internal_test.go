package answers

import (
	"reflect"
	"testing"
)

// payFile and bookFile read Pay and Book from a file: a field added to
// either must be added to its reader too, or files would lose it.
func TestTypedReadersKeepEveryField(t *testing.T) {
	for _, pair := range [][2]reflect.Type{{reflect.TypeFor[Pay](), reflect.TypeFor[payFile]()}, {reflect.TypeFor[Book](), reflect.TypeFor[bookFile]()}} {
		names, _ := yamlFields(pair[1])
		have := map[string]bool{}
		for _, n := range names {
			have[n] = true
		}
		want, _ := yamlFields(pair[0])
		for _, n := range want {
			if !have[n] {
				t.Errorf("%s has %q, which %s does not read", pair[0].Name(), n, pair[1].Name())
			}
		}
	}
}
