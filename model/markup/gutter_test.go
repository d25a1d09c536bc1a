package markup

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// A form's two columns read as labelled fields; a line or two with runs
// of spaces in running text are left alone.
func TestUnGutter(t *testing.T) {
	form := []string{"Business name      Aspiring Ltd", "", "Job title          Accounts Manager", "Main duties        - Take bookings",
		"                   - Send spray records", "Reports to         Operations Manager"}
	want := []string{"Business name: Aspiring Ltd", "", "Job title: Accounts Manager", "Main duties: - Take bookings",
		"                   - Send spray records", "Reports to: Operations Manager"}
	if got := UnGutter(slices.Clone(form)); !slices.Equal(got, want) {
		t.Errorf("UnGutter(form) = %q, want %q", got, want)
	}
	prose := []string{"We make pies.   Lots of them.", "Apply now    Save    Share", "You look after 40 cafés."}
	if got := UnGutter(slices.Clone(prose)); !slices.Equal(got, prose) {
		t.Errorf("UnGutter(prose) = %q, want it unchanged", got)
	}
}

// A form's response, its numbered questions each over an answer, reads as
// headings; a posting's few numbered sections stay numbered.
func TestUnNumberForm(t *testing.T) {
	var form []string
	for i, q := range []string{"Business name", "Contact person", "Job title for the ad", "Location (town and state)", "Employment type",
		"Hours and days", "Work arrangement", "Pay type", "Pay from ($)", "Pay to ($)", "Who does the role report to?"} {
		form = append(form, fmt.Sprintf("%d. %s", i+1, q), "an answer", "")
	}
	kinds := make([]Kind, len(form))
	got := UnNumberForm(slices.Clone(form), kinds)
	if got[0] != "Business name:" || got[9] != "Location:" || got[30] != "Who does the role report to?" || got[1] != "an answer" {
		t.Errorf("UnNumberForm: %q", got)
	}
	if kinds[0] != Heading || kinds[1] != Text || kinds[2] != Unknown {
		t.Errorf("kinds %v: want each question a heading, its answer text", kinds[:3])
	}
	// Typeform numbers its questions "3 → Your name *".
	typeform := slices.Clone(form)
	for i := 0; i < len(typeform); i += 3 {
		typeform[i] = strings.Replace(typeform[i], ". ", " → ", 1) + " *"
	}
	if got := UnNumberForm(typeform, make([]Kind, len(form))); got[3] != "Contact person:" {
		t.Errorf("UnNumberForm(typeform): %q", got[:6])
	}
	sections := []string{"1. About us", "We make pies.", "", "2. The role", "You look after 40 cafés.", "", "3. What you need", "- Two years.", "",
		"4. How to apply", "Email us.", ""}
	if got := UnNumberForm(slices.Clone(sections), make([]Kind, len(sections))); !slices.Equal(got, sections) {
		t.Errorf("UnNumberForm(sections) = %q", got)
	}
}

// A value that starts with a rune of several bytes ("€900,000") stands in
// its column as much as one of ASCII.
func TestUnGutterReadsAWideFirstRune(t *testing.T) {
	rows := []string{"Renewals        90% renewed", "Upgrade sales   €900,000 of upgrades", "New projects    €1.2m won"}
	got := UnGutter(slices.Clone(rows))
	if got[1] != "Upgrade sales: €900,000 of upgrades" || got[2] != "New projects: €1.2m won" {
		t.Errorf("UnGutter = %q", got)
	}
}
