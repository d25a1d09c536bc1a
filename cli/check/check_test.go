package check

import (
	"encoding/json"
	"strings"
	"testing"

	"amjd/cli/clio"
	"amjd/cli/clio/cliotest"
	"amjd/content"
	"amjd/model/posting"
)

func run(t *testing.T, stdin string, o Options) cliotest.Result {
	t.Helper()
	cliotest.AtRoot(t)
	if o.Format == "" {
		o.Format = "text"
	}
	if o.Level == "" {
		o.Level = "error"
	}
	return cliotest.Run(stdin, o.Run)
}

const bad = "model/checker/testdata/postings/hidden-sales.md"

// cleanPosting is a posting amjd wrote itself, which passes its own check.
func cleanPosting(t *testing.T) string {
	t.Helper()
	cliotest.AtRoot(t)
	answers, err := clio.LoadAnswers("amjd", "examples/key-account-manager-software.yaml", nil)
	if err != nil {
		t.Fatal(err)
	}
	return posting.Assemble(content.Default(), answers).Markdown()
}

func TestCheckReportsErrorsWithLinesAndFails(t *testing.T) {
	r := run(t, "", Options{Paths: []string{bad}})
	if r.Code != 1 || !strings.Contains(r.Stdout, "Errors\n") || !strings.Contains(r.Stdout, "hidden-sales: New-business duties") {
		t.Errorf("bad posting: exit %d\n%s", r.Code, r.Stdout)
	}
	if !strings.Contains(r.Stdout, "    9  hidden-sales") {
		t.Errorf("finding lacks its line number:\n%s", r.Stdout)
	}
	if r.Stderr != "" {
		t.Errorf("the findings are the output; stderr should stay empty: %q", r.Stderr)
	}
	if r := run(t, cleanPosting(t), Options{Paths: []string{"-"}}); r.Code != 0 || !strings.Contains(r.Stdout, "-: 0 errors, 0 warnings") {
		t.Errorf("clean posting from stdin: exit %d\n%s", r.Code, r.Stdout)
	}
}

func TestCheckLevelDecidesWhatFails(t *testing.T) {
	warnOnly := "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by gross retention of 92%.\n\n" +
		"## Requirements\n\n- 3 years with Salesforce.\n\n## Nice to have\n\n- SaaS.\n\nYou report to the Head of AM. We are a dynamic team. Apply at jobs.example.\n"
	if r := run(t, warnOnly, Options{Paths: []string{"-"}}); r.Code != 0 {
		t.Errorf("warnings only should pass by default: exit %d\n%s", r.Code, r.Stdout)
	}
	if r := run(t, warnOnly, Options{Paths: []string{"-"}, Level: "warning"}); r.Code != 1 {
		t.Errorf("--level warning should fail on warnings: exit %d", r.Code)
	}
}

func TestCheckJSONIsAnArrayForScripts(t *testing.T) {
	j := run(t, "", Options{Paths: []string{bad}, Format: "json"})
	var out []map[string]any
	if err := json.Unmarshal([]byte(j.Stdout), &out); err != nil || j.Code != 1 {
		t.Fatalf("json: exit %d, %v\n%s", j.Code, err, j.Stdout)
	}
	if out[0]["rule"] != "hidden-sales" || out[0]["severity"] != "error" || out[0]["line"] != float64(9) {
		t.Errorf("first json finding %v", out[0])
	}
	if j := run(t, cleanPosting(t), Options{Paths: []string{"-"}, Format: "json"}); !strings.HasPrefix(j.Stdout, "[") {
		t.Errorf("json for a clean posting should still be an array: %q", j.Stdout)
	}
}

func TestCheckBadInputExitsTwo(t *testing.T) {
	for _, tc := range []struct {
		o    Options
		want string
	}{
		{Options{Paths: []string{"no-such-file.md"}}, "amjd check: no-such-file.md: no such file"},
		{Options{Paths: []string{bad}, Input: "pdf"}, `amjd check: --input "pdf": allowed: markdown, html, text`},
		{Options{Paths: []string{"-", bad, "-"}}, "amjd check: - (standard input) can be given only once"},
		{Options{}, "amjd check: give files or folders to check, or - for standard input"},
		{Options{Paths: []string{bad}, Format: "xml"}, `amjd check: --format "xml": allowed: text, json`},
		{Options{Paths: []string{bad}, Level: "info"}, `amjd check: --level "info": allowed: error, warning`},
	} {
		if r := run(t, "", tc.o); r.Code != 2 || !strings.Contains(r.Stderr, tc.want) || r.Stdout != "" {
			t.Errorf("%+v: exit %d, stderr %q; want exit 2 and %q", tc.o, r.Code, r.Stderr, tc.want)
		}
	}
	if r := run(t, "caf\xe9", Options{Paths: []string{"-"}}); r.Code != 2 || r.Stderr != "amjd check: -: not UTF-8 text\n" {
		t.Errorf("non-UTF-8: exit %d %q", r.Code, r.Stderr)
	}
}
