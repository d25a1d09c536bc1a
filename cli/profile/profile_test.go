package profile

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/cli/clio"
	"amjd/cli/clio/cliotest"
	"amjd/cli/render"
)

func TestProfileIsShownWrittenAndNeverClobbered(t *testing.T) {
	cliotest.AtRoot(t)
	path := filepath.Join(t.TempDir(), "amjd", "profile.yaml")
	r := cliotest.Run("", Options{Path: path}.Run)
	if r.Code != 0 || !strings.Contains(r.Stdout, "No company profile yet (it would be "+path+")") {
		t.Fatalf("no profile: exit %d\n%s", r.Code, r.Stdout)
	}
	r = cliotest.Run("", Options{Path: path, From: "examples/agency-account-manager.yaml"}.Run)
	if r.Code != 0 || !strings.Contains(r.Stderr, "Saved the company profile "+path+" (Brightline Studio · Manchester, United Kingdom") {
		t.Fatalf("write: exit %d\n%s", r.Code, r.Stderr)
	}
	data, _ := os.ReadFile(path)
	for _, posting := range []string{"variant:", "kpis:", "mix:", "min:", "book:"} {
		if strings.Contains(string(data), posting) {
			t.Errorf("the profile kept a posting's answer %s:\n%s", posting, data)
		}
	}
	r = cliotest.Run("", Options{Path: path}.Run)
	if r.Code != 0 || !strings.HasPrefix(r.Stdout, "# "+path+" (Brightline Studio") || !strings.Contains(r.Stdout, `company: "Brightline Studio"`) {
		t.Errorf("show: exit %d\n%s", r.Code, r.Stdout)
	}
	r = cliotest.Run("company: Other\n", Options{Path: path, From: "-"}.Run)
	if again, _ := os.ReadFile(path); r.Code != 1 || string(again) != string(data) || !strings.Contains(r.Stderr, "add --force to replace it") {
		t.Errorf("an existing profile was replaced without --force: exit %d %s", r.Code, r.Stderr)
	}
	r = cliotest.Run("company: Other\n", Options{Path: path, From: "-", Force: true}.Run)
	if again, _ := os.ReadFile(path); r.Code != 0 || !strings.Contains(string(again), `company: "Other"`) {
		t.Errorf("--force did not replace the profile: exit %d %s", r.Code, r.Stderr)
	}
}

func TestBadProfilesAreRefusedWithTheirLine(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "profile.yaml")
	if err := os.WriteFile(path, []byte("company: Acme\nmix: blended\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, run := range map[string]func() cliotest.Result{
		"profile": func() cliotest.Result { return cliotest.Run("", Options{Path: path}.Run) },
		"render":  func() cliotest.Result { return cliotest.Run("", render.Options{Profile: profileFlags(path)}.Run) },
	} {
		r := run()
		if r.Code != 2 || !strings.Contains(r.Stderr, path+":2:6: mix: belongs to one posting, not to the company profile") {
			t.Errorf("%s: a profile with a posting's answer: exit %d\n%s", name, r.Code, r.Stderr)
		}
	}
	r := cliotest.Run("", render.Options{Profile: profileFlags(filepath.Join(dir, "missing.yaml"))}.Run)
	if r.Code != 2 || !strings.Contains(r.Stderr, "missing.yaml: no such file") {
		t.Errorf("a missing profile asked for by name: exit %d\n%s", r.Code, r.Stderr)
	}
	r = cliotest.Run("", Options{Force: true}.Run)
	if r.Code != 2 {
		t.Errorf("--force without --from: exit %d", r.Code)
	}
	// Standard input is for answers, and a device may never end.
	for _, p := range []string{"-", os.DevNull} {
		r = cliotest.Run("company: Acme\n", render.Options{Profile: profileFlags(p)}.Run)
		if r.Code != 2 || !strings.Contains(r.Stderr, p+": a company profile must be a file") {
			t.Errorf("--profile %s: exit %d\n%s", p, r.Code, r.Stderr)
		}
	}
	r = cliotest.Run("company: Acme\n", Options{Path: os.DevNull, From: "-", Force: true}.Run)
	if info, _ := os.Stat(os.DevNull); r.Code != 1 || info.Mode().IsRegular() {
		t.Errorf("--profile /dev/null --from - --force: exit %d\n%s", r.Code, r.Stderr)
	}
}

// render lays the answers over the profile: what the answers give wins.
func TestRenderStartsFromTheProfile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "profile.yaml")
	if err := os.WriteFile(path, []byte("company: Anvil & Co\nabout: We make anvils.\nlocation:\n  place: Berlin, Germany\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliotest.Run("title: Account Manager\n", render.Options{AnswersPath: "-", Profile: profileFlags(path), Quiet: true}.Run)
	if r.Code != 0 || !strings.Contains(r.Stdout, "Anvil & Co · Berlin, Germany") || !strings.Contains(r.Stdout, "We make anvils.") {
		t.Errorf("the profile was not used: exit %d\n%.400s", r.Code, r.Stdout)
	}
	r = cliotest.Run("company: Hammer Ltd\n", render.Options{AnswersPath: "-", Profile: profileFlags(path), Quiet: true}.Run)
	if !strings.Contains(r.Stdout, "Hammer Ltd · Berlin, Germany") || strings.Contains(r.Stdout, "Anvil") {
		t.Errorf("the answers did not override the profile:\n%.400s", r.Stdout)
	}
	off := profileFlags(path)
	off.Off = true
	if r = cliotest.Run("", render.Options{Profile: off}.Run); r.Code != 2 || !strings.Contains(r.Stderr, "contradict") {
		t.Errorf("--profile with --no-profile: exit %d %s", r.Code, r.Stderr)
	}
}

func profileFlags(path string) clio.ProfileFlags { return clio.ProfileFlags{Path: path} }

// A misspelt key is reported with what a profile may hold; an empty profile
// is allowed; a bad default profile says how to go on without it.
func TestProfileTyposAndEmptyProfiles(t *testing.T) {
	const misspelt = "compnay" //nolint:misspell // the misspelt key is the input under test
	dir := t.TempDir()
	typo := filepath.Join(dir, "typo.yaml")
	if err := os.WriteFile(typo, []byte(misspelt+": Acme\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := cliotest.Run("", render.Options{Profile: profileFlags(typo)}.Run)
	if r.Code != 2 || !strings.Contains(r.Stderr, typo+":1:1: "+misspelt+": unknown field (allowed: company, website, industry,") ||
		!strings.Contains(r.Stderr, "or run with --no-profile") {
		t.Errorf("a misspelt profile key: exit %d\n%s", r.Code, r.Stderr)
	}
	empty := filepath.Join(dir, "empty.yaml")
	if err := os.WriteFile(empty, []byte("# emptied by hand\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r = cliotest.Run("", render.Options{Profile: profileFlags(empty), Quiet: true}.Run); r.Code != 0 {
		t.Errorf("an empty profile: exit %d\n%s", r.Code, r.Stderr)
	}
	r = cliotest.Run("variant: key_account_manager\n", Options{Path: empty, From: "-", Force: true}.Run)
	if again, _ := os.ReadFile(empty); r.Code != 1 || string(again) != "# emptied by hand\n" || !strings.Contains(r.Stderr, "holds no company details") {
		t.Errorf("answers with no company details replaced a profile: exit %d %s", r.Code, r.Stderr)
	}
}
