package markup

import (
	"slices"
	"strings"
	"testing"
)

func TestPageChromeIsAMenuOrAStamp(t *testing.T) {
	for text, want := range map[string]bool{
		"Home · Policies · Job Postings · Forms":                     true,
		"Careers › Sales › Account Manager":                          true,
		"Home | Jobs":                                                false, // two items
		"Home ·Policies · Forms":                                     false, // a separator needs a space either side
		"Sales | Marketing | a very long item of more than thirty c": false,
		"Last modified on 3 March by Dana Okafor":                    true,
		"Created 2024-03-01 09:00 by the HR team":                    true,
		"Created a new region of forty accounts that no one had served before in the north of the country, on":        false, // "on" past 80 characters
		"Modified duties of the role: you look after renewals and upsells, and this is a thing that you will take on": false,
		"Created accounts by hand":        true,
		"You create value for clients on": false,
	} {
		if got := PageChrome(text); got != want {
			t.Errorf("PageChrome(%q) = %v, want %v", text, got, want)
		}
	}
}

// A printed page's number is its furniture; a Kramdown attribute list is
// blanked, every line keeping its length.
func TestPageNumbersAndAttributeLists(t *testing.T) {
	if !PageFurniture("Page 1 of 2") || PageFurniture("Page one of our handbook") {
		t.Error("Page 1 of 2 is a page's number; a sentence is not")
	}
	in := "- Full NZ driver's licence {: id=\"2027-y7e\"}\n{: id=\"2027-k2j\" updated=\"2027\"}\nText {not an IAL}"
	out := BlankIALs(in)
	if len(out) != len(in) || strings.Contains(out, "id=") || !strings.Contains(out, "{not an IAL}") {
		t.Errorf("BlankIALs(%q) = %q", in, out)
	}
}

// A word processor's running head is blanked on every page after the
// first; the first page keeps it, and a line that only looks like it stays.
func TestBlankRunningHeads(t *testing.T) {
	raw := []string{"ACME LTD – HR\t\tDraft 4", "", "Account Manager", "Text.", "\t\tPage 1 of 2", "\fACME LTD – HR\t\tDraft 4", "What you need", "\fNot the head", "ACME LTD – HR\t\tDraft 4"}
	got := BlankRunningHeads(slices.Clone(raw))
	want := slices.Clone(raw)
	want[5] = ""
	if !slices.Equal(got, want) {
		t.Errorf("BlankRunningHeads:\n got %q\nwant %q", got, want)
	}
}
