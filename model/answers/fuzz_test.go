package answers_test

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
)

// FuzzAnswersRoundTrip: any text in every field, saved as amjd saves answers
// and loaded again, comes back as the same answers (cleaned of control
// characters, as loading cleans them).
func FuzzAnswersRoundTrip(f *testing.F) {
	for _, s := range []string{"? Quest Co", ".nan", "- item", "a: b", "#x", "'q'", "\"dq\"", "yes", "null", "~", "1e5",
		"multi\nline", "tab\there", "ü emoji 🎉", "@at", "!tag", "&anchor", "*alias", "%x", "|", ">", "[x]", "{y}", "\x1b]52;c;aGk=\a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || utf8.RuneCountInString(s) > answers.MaxTitleLen || strings.TrimSpace(base.Sanitize(s)) == "" {
			t.Skip()
		}
		a := modeltest.FillAll(s)
		a.Pay = answers.Pay{Min: 10, Max: 20, Variable: s}
		if len(answers.Validate(modeltest.Cat(), a)) > 0 {
			t.Skip()
		}
		data, err := answers.EncodeAnswers(a)
		if err != nil {
			t.Fatalf("%q: encode: %v", s, err)
		}
		got, err := answers.ParseAnswers(modeltest.Cat(), "x.yaml", data)
		if err != nil {
			t.Fatalf("%q: saved answers do not load: %v\n%s", s, err, data)
		}
		want := a
		answers.SanitizeAnswers(&want)
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("%q: answers changed in the round trip:\n got %+v\nwant %+v", s, got, want)
		}
	})
}
