package importer

import (
	"slices"
	"testing"
)

// A board's buttons, a share bar, a footer that repeats the e-mail and a
// note to a colleague are not how to apply; a second sentence, or a line
// that gives an address no sentence gave, is.
func TestWithoutAsides(t *testing.T) {
	for _, c := range []struct {
		name       string
		paras, out []string
	}{
		{"buttons before", []string{"Save job Send to a friend", "Click Apply to send your CV."}, []string{"Click Apply to send your CV."}},
		{"share bar after", []string{"Apply online with your CV.", "Share this job: Facebook · LinkedIn · Email"}, []string{"Apply online with your CV."}},
		{"footer repeats the address", []string{"Email your CV to jobs@acme.example.", "Email CV to: JOBS@acme.example"}, []string{"Email your CV to jobs@acme.example."}},
		{"a new address stays", []string{"Email your CV to jobs@acme.example.", "Or call Ana on 021 555 0192"}, []string{"Email your CV to jobs@acme.example.", "Or call Ana on 021 555 0192"}},
		{"two sentences stay", []string{"Apply online.", "We reply to everyone within a week."}, []string{"Apply online.", "We reply to everyone within a week."}},
		{"no sentence: all stay", []string{"Apply at acme.example/jobs", "Ref AM-12"}, []string{"Apply at acme.example/jobs", "Ref AM-12"}},
	} {
		if got := withoutAsides(c.paras); !slices.Equal(got, c.out) {
			t.Errorf("%s: got %q, want %q", c.name, got, c.out)
		}
	}
}

// The company keeps the legal form the posting gives it anywhere, the full
// stop of an abbreviation, and not a sentence's full stop.
func TestTheCompanyKeepsItsLegalForm(t *testing.T) {
	body := " makes hats for shops. You'll look after 40 shops.\n\n## What you'll do\n\n- Visit every shop.\n\n## How to apply\n\nEmail jobs@x.example.\n\n"
	for footer, want := range map[string]string{
		"Registered as Hollin Hats Ltd. Company no. 123.":     "Hollin Hats Ltd",
		"Hollin Hats, Inc. is an equal opportunity employer.": "Hollin Hats, Inc.",
		"© Hollin Hats Co. Pty Ltd":                           "Hollin Hats Co. Pty Ltd",
		"We are an equal opportunity employer.":               "Hollin Hats",
		"Hollin Hatsworth Ltd is our sister company.":         "Hollin Hats",
	} {
		r, err := importText(t, "# Account Manager\n\n## About us\n\nHollin Hats"+body+footer+"\n")
		if err != nil {
			t.Fatal(err)
		}
		if r.Answers.Company != want {
			t.Errorf("%q: company %q, want %q", footer, r.Answers.Company, want)
		}
	}
}
