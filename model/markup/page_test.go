package markup

import "testing"

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
