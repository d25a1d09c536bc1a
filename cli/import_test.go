package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const oldPosting = `# Account Manager

**Lakeshore Table Co.** · Chicago, Illinois · Hybrid · Full-time

## What you'll do

- Meet each client's office manager every quarter.
- Renew each client's annual agreement on time.

## What you bring

- Two years in account management.

## Pay and benefits

- $62,000 to $72,000 a year.
- Medical, dental and vision cover.
`

// amjd import prints an answers file that render loads, with the title and
// company; -o never replaces a file without --force.
func TestImportWritesAnswersRenderLoads(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "old.md")
	if err := os.WriteFile(in, []byte(oldPosting), 0o600); err != nil {
		t.Fatal(err)
	}
	r := amjd(t, "", "import", in)
	if r.code != 0 || !strings.Contains(r.stdout, `title: "Account Manager"`) || !strings.Contains(r.stdout, `company: "Lakeshore Table Co."`) ||
		!strings.Contains(r.stderr, "Imported Account Manager at Lakeshore Table Co.") {
		t.Fatalf("import: exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
	out := filepath.Join(dir, "answers.yaml")
	if r := amjd(t, "", "import", in, "-o", out); r.code != 0 {
		t.Fatalf("import -o: exit %d, %s", r.code, r.stderr)
	}
	if r := amjd(t, "", "render", "--answers", out, "--quiet"); r.code > 1 || !strings.Contains(r.stdout, "# Account Manager") ||
		!strings.Contains(r.stdout, "Lakeshore Table Co.") {
		t.Errorf("render of the import: exit %d, stderr %s", r.code, r.stderr)
	}
	if r := amjd(t, "", "import", in, "-o", out); r.code != 1 || !strings.Contains(r.stderr, "already exists; use --force") {
		t.Errorf("import over a file: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := amjd(t, "", "import", in, "-o", out, "--force"); r.code != 0 {
		t.Errorf("import --force: exit %d, stderr %q", r.code, r.stderr)
	}
	if r := amjd(t, oldPosting, "import", "-"); r.code != 0 || !strings.Contains(r.stdout, "standard input") {
		t.Errorf("import -: exit %d, stderr %q", r.code, r.stderr)
	}
}

// Input import cannot use exits 2 with the reason; --import with --answers
// is a usage error.
func TestImportRefusalsExitTwo(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
		return p
	}
	for _, c := range []struct {
		args []string
		want string
	}{
		{[]string{"import", write("empty.md", "")}, "the file is empty"},
		{[]string{"import", write("bin.md", "\x00\x01\x02")}, "not UTF-8"},
		{[]string{"import", write("cake.txt", "Lemon cake\n\nMix the flour and bake it.\n")}, "does not read as a job description"},
		{[]string{"import", write("two.md", oldPosting+"\n# Senior Account Manager\n\n## What you'll do\n\n- Coach.\n")}, "starts at line 19"},
		{[]string{"import", dir}, "amjd import"},
		{[]string{"import"}, "give one posting"},
		{[]string{"import", write("ok.md", oldPosting), "--input", "pdf"}, "--input \"pdf\""},
		{[]string{"--import", write("ok2.md", oldPosting), "--answers", "a.yaml"}, "--import and --answers"},
		{[]string{"--import=", "--answers", "a.yaml"}, "--import needs a file"},
		{[]string{"--answers="}, "--answers needs a file"},
	} {
		r := amjd(t, "", c.args...)
		if r.code != 2 || !strings.Contains(r.stderr, c.want) {
			t.Errorf("%v: exit %d, stderr %q; want exit 2 saying %q", c.args, r.code, r.stderr, c.want)
		}
	}
}

// amjd --import in line-prompt mode says what it imported and starts from it.
func TestWizardStartsFromAnImport(t *testing.T) {
	in := filepath.Join(t.TempDir(), "old.md")
	if err := os.WriteFile(in, []byte(oldPosting), 0o600); err != nil {
		t.Fatal(err)
	}
	r := amjd(t, "", "--import", in, "--no-profile", "--draft-dir", t.TempDir())
	if !strings.Contains(r.stderr, "Imported Account Manager at Lakeshore Table Co.") || !strings.Contains(r.stdout, "Lakeshore Table Co.") {
		t.Errorf("exit %d\nstdout %s\nstderr %s", r.code, r.stdout, r.stderr)
	}
}
