package importer_test

import (
	"testing"
	"time"

	"amjd/content"
	"amjd/export"
	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/importer"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

// roundTrip writes a's posting in format f, imports it, and gives the
// full-form Markdown of the answers imported.
func roundTrip(t *testing.T, a answers.Answers, f export.Format) (want, got string) {
	t.Helper()
	c := content.Default()
	p := posting.Assemble(c, a)
	data, _, err := export.Posting(p, export.Options{Format: f, Posted: time.Date(2026, 12, 1, 0, 0, 0, 0, time.UTC)})
	if err != nil {
		t.Fatal(err)
	}
	r, err := importer.Import(c, string(data), importer.Options{Name: "posting" + f.Extension()})
	if err != nil {
		t.Fatalf("import of the %s: %v", f.Name(), err)
	}
	return p.Markdown(), posting.Assemble(c, r.Answers).Markdown()
}

// A posting amjd wrote — its Markdown, its plain text or its HTML — imports
// to answers that render the same full posting, byte for byte.
func TestAmjdsOwnPostingsComeBackWhole(t *testing.T) {
	cases := exampletest.Answers(t)
	for _, v := range content.Default().Variants {
		if !v.Refused {
			cases["only "+v.ID] = answers.Answers{Variant: v.ID} // every other line amjd's suggestion
		}
	}
	for name, lang := range map[string]string{"agency-account-manager": "en-US", "accounts-manager-wholesale": "en-GB"} {
		a := cases[name]
		a.Language = lang // the English the user chose over the place's
		cases[name+" in "+lang] = a
	}
	n := 0
	modeltest.Combinations(content.Default(), func(a answers.Answers) {
		if n++; n%97 == 0 {
			cases["combination "+a.Variant+" "+a.Mix+" "+a.Industry] = a
		}
	})
	for name, a := range cases {
		for _, f := range []export.Format{export.Markdown, export.Text, export.HTML} {
			want, got := roundTrip(t, a, f)
			if got != want {
				t.Errorf("%s through %s:\n%s", name, f.Name(), modeltest.DiffLines(want, got))
			}
		}
	}
}
