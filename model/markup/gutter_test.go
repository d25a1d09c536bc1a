package markup

import (
	"slices"
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
