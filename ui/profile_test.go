package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/model/answers"
)

// The welcome screen says which profile the answers start from.
func TestWelcomeNamesTheProfile(t *testing.T) {
	h := newHarness(t, Options{ProfilePath: "/home/me/.config/amjd/profile.yaml", ProfileInUse: "Acme · Berlin, Germany · 3 more details",
		Answers: answers.Answers{Company: "Acme"}}, 100, 30)
	if !strings.Contains(h.flat(), "Company profile: Acme · Berlin, Germany · 3 more details (/home/me/.config/amjd/profile.yaml)") {
		t.Errorf("the welcome screen does not name the profile:\n%s", h.view())
	}
	h.key("enter", "enter") // to the company step: the profile's company is filled in
	if !strings.Contains(h.view(), "Acme") {
		t.Errorf("the profile's company is not in the company step:\n%s", h.view())
	}
}

// p on review saves the company details as the profile; a second save asks
// before replacing it, and no keeps it as it was.
func TestReviewSavesTheProfileAndAsksBeforeReplacing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "amjd", "profile.yaml")
	answers := answers.Answers{Company: "Acme", Variant: "key_account_manager", About: "We make anvils.",
		Location: answers.Location{Place: "Berlin, Germany"}}
	h := newHarness(t, Options{Prefilled: true, Answers: answers, ProfilePath: path}, 100, 30)
	h.key("p")
	data, err := os.ReadFile(path)
	if err != nil || !strings.Contains(string(data), `about: "We make anvils."`) || strings.Contains(string(data), "variant") {
		t.Fatalf("profile not saved with the company details alone (%v):\n%s", err, data)
	}
	if !strings.Contains(h.m.app.status, "Saved the company details as your profile ("+path+")") {
		t.Errorf("status %q", h.m.app.status)
	}
	if saved := h.m.Saved(); len(saved) != 1 || saved[0] != (SavedFile{What: "company profile", Path: path}) {
		t.Errorf("the profile is not in the list printed at exit: %q", saved)
	}
	h.m.app.answers.Company = "Other Co"
	h.key("p")
	if !strings.Contains(h.flat(), "A company profile already exists at "+path+" (Acme · Berlin, Germany · also about)") {
		t.Fatalf("no question before replacing the profile:\n%s", h.view())
	}
	h.key("n")
	if again, _ := os.ReadFile(path); string(again) != string(data) || !strings.Contains(h.m.app.status, "Kept the company profile") {
		t.Errorf("n replaced the profile, or said nothing: %q", h.m.app.status)
	}
	h.key("p", "y")
	if again, _ := os.ReadFile(path); !strings.Contains(string(again), `company: "Other Co"`) {
		t.Errorf("y did not replace the profile:\n%s", again)
	}
}

// With profiles off, p says so rather than writing anywhere.
func TestProfileKeyWithProfilesOff(t *testing.T) {
	h := newHarness(t, Options{Prefilled: true}, 100, 30)
	h.key("p")
	if !strings.Contains(h.m.app.status, "Company profiles are off") {
		t.Errorf("status %q", h.m.app.status)
	}
}
