package cli

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"charm.land/fang/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"

	"amjd/cli/clio"
	"amjd/cli/clio/cliotest"
)

type result struct {
	code           int
	stdout, stderr string
}

func amjd(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	cliotest.AtRoot(t)
	var out, errOut bytes.Buffer
	code := Main("1.2.3", args, clio.Streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	return result{code, out.String(), errOut.String()}
}

func TestHelpIsOnStdout(t *testing.T) {
	for _, tc := range []struct {
		args  []string
		flags []string // what the page must list
	}{
		{[]string{"-h"}, []string{"--answers", "--accessible", "--draft-dir", "render", "check", "answers", "completion", "man"}},
		{[]string{"help"}, []string{"--answers", "render", "check"}},
		{[]string{"render", "--help"}, []string{"--answers", "--short", "-o --output", "--force", "--preview", "--width", "--strict", "--quiet"}},
		{[]string{"help", "render"}, []string{"--preview", "--width"}},
		{[]string{"check", "-h"}, []string{"--format", "--level", "--short", "amjd check FILE"}},
		{[]string{"answers", "-h"}, []string{"--template"}},
	} {
		r := amjd(t, "", tc.args...)
		if r.code != 0 || r.stderr != "" || !strings.Contains(r.stdout, "USAGE") {
			t.Errorf("%v: exit %d, stderr %q, stdout %q", tc.args, r.code, r.stderr, r.stdout)
		}
		for _, want := range tc.flags {
			if !strings.Contains(r.stdout, want) {
				t.Errorf("%v: help does not mention %s:\n%s", tc.args, want, r.stdout)
			}
		}
		if strings.Contains(r.stdout, "\x1b") {
			t.Errorf("%v: styled help sent to something that is not a terminal", tc.args)
		}
	}
	// The root page says when amjd falls back to line prompts.
	root := amjd(t, "", "--help").stdout
	for _, knob := range []string{"ACCESSIBLE=1", "TERM=dumb", "not a terminal", "$XDG_STATE_HOME/amjd"} {
		if !strings.Contains(root, knob) {
			t.Errorf("root help does not mention %s", knob)
		}
	}
}

func TestFlagsMayFollowArguments(t *testing.T) {
	bad := "model/checker/testdata/postings/hidden-sales.md"
	r := amjd(t, "", "check", bad, "--format", "json")
	var findings []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &findings); err != nil || r.code != 1 || len(findings) == 0 {
		t.Fatalf("check FILE --format json: exit %d, %v\n%s%s", r.code, err, r.stdout, r.stderr)
	}
	before := amjd(t, "", "render", "--short", "--answers", "examples/agency-account-manager.yaml")
	after := amjd(t, "", "render", "--answers", "examples/agency-account-manager.yaml", "--short")
	if before.code != 0 || before.stdout != after.stdout || !strings.HasPrefix(before.stdout, "# Account Manager\n") {
		t.Errorf("render --short before or after --answers should be the same short posting (exit %d)", before.code)
	}
}

func TestUsageErrorsExitTwoOnStderr(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"frobnicate"}, "amjd: unknown command \"frobnicate\"\nRun 'amjd --help' for usage.\n"},
		{[]string{"rendr"}, "amjd: unknown command \"rendr\" (did you mean render?)\n"},
		{[]string{"render", "--bogus"}, "amjd render: unknown flag: --bogus\nRun 'amjd render --help' for usage.\n"},
		{[]string{"render", "--width", "wide"}, "amjd render: --width \"wide\": not a whole number\n"},
		{[]string{"render", "--width", "5"}, "amjd render: --width 5: must be between 20 and 1000\n"},
		{[]string{"render", "stray.yaml"}, "amjd render: unexpected argument \"stray.yaml\" (did you mean --answers stray.yaml?)\n"},
		{[]string{"render", "--answers"}, "amjd render: flag needs an argument: --answers\n"},
		{[]string{"check"}, "amjd check: give files or folders to check, or - for standard input\nRun 'amjd check --help' for usage.\n"},
		{[]string{"check", "-", "-"}, "amjd check: - (standard input) can be given only once"},
		{[]string{"answers"}, "amjd answers --template > answers.yaml"},
		{[]string{"answers", "--template", "extra"}, "amjd answers: unexpected argument \"extra\"\n"},
		{[]string{"help", "frobnicate"}, "amjd help: unknown command \"frobnicate\" (commands: render, interview, check, import, answers, profile, man, completion)\n"},
		{[]string{"completion", "bash", "extra"}, "amjd completion bash: unknown command \"extra\""},
		{[]string{"--accessible=maybe"}, "amjd: invalid argument \"maybe\" for \"--accessible\" flag"},
	} {
		r := amjd(t, "", tc.args...)
		if r.code != 2 || !strings.Contains(r.stderr, tc.want) || r.stdout != "" {
			t.Errorf("%v: exit %d, stdout %q, stderr %q; want exit 2 and %q", tc.args, r.code, r.stdout, r.stderr, tc.want)
		}
	}
}

func TestVersion(t *testing.T) {
	for _, flag := range []string{"--version", "-v"} {
		if r := amjd(t, "", flag); r.code != 0 || r.stdout != "amjd 1.2.3\n" || r.stderr != "" {
			t.Errorf("%s: exit %d, stdout %q, stderr %q", flag, r.code, r.stdout, r.stderr)
		}
	}
}

func TestCompletionScripts(t *testing.T) {
	for shell, want := range map[string]string{"bash": "complete -o default -F __start_amjd amjd", "zsh": "#compdef amjd", "fish": "complete -c amjd"} {
		if r := amjd(t, "", "completion", shell); r.code != 0 || !strings.Contains(r.stdout, want) {
			t.Errorf("completion %s: exit %d, script lacks %q", shell, r.code, want)
		}
	}
	// What the scripts ask for when tab is pressed after check --format.
	r := amjd(t, "", "__complete", "check", "--format", "")
	if r.code != 0 || !strings.HasPrefix(r.stdout, "text\njson\n") {
		t.Errorf("--format completes to %q", r.stdout)
	}
}

// A shell amjd writes no completion for is a usage error naming those it
// does, not the command's help and success; alone, completion shows its help.
func TestUnknownCompletionShellIsAUsageError(t *testing.T) {
	r := amjd(t, "", "completion", "tcsh")
	if r.code != 2 || r.stdout != "" || !strings.Contains(r.stderr, `no completion script for "tcsh"; amjd writes one for bash, zsh, fish or powershell`) {
		t.Errorf("completion tcsh: exit %d, stdout %q, stderr %q", r.code, r.stdout, r.stderr)
	}
	if r := amjd(t, "", "completion"); r.code != 0 || !strings.Contains(r.stdout, "bash") {
		t.Errorf("completion alone: exit %d, stdout %q", r.code, r.stdout)
	}
}

// Help that is not written to a terminal (piped to less or head, as tests
// write it) wraps at 80 columns, not fang's 120.
func TestHelpWrapsAt80WhenNotOnATerminal(t *testing.T) {
	for _, args := range [][]string{{"--help"}, {"render", "--help"}, {"check", "--help"}, {"profile", "--help"}} {
		r := amjd(t, "", args...)
		for i, line := range strings.Split(r.stdout, "\n") {
			if w := ansi.StringWidth(line); w > 80 {
				t.Errorf("%v: line %d is %d columns: %q", args, i+1, w, line)
			}
		}
	}
}

func TestManPage(t *testing.T) {
	r := amjd(t, "", "man")
	if r.code != 0 || !strings.HasPrefix(r.stdout, ".TH AMJD 1") {
		t.Fatalf("exit %d, page starts %q", r.code, r.stdout[:min(40, len(r.stdout))])
	}
	for _, want := range []string{`\fBrender\fP`, `\fBcheck\fP FILE`, `\fB--preview\fP`, "ACCESSIBLE=1"} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("man page lacks %s", want)
		}
	}
}

// An exit status whose reason is already on screen prints nothing more.
func TestFailuresWithoutAMessagePrintNothingMore(t *testing.T) {
	r := amjd(t, "", "check", "model/checker/testdata/postings/hidden-sales.md")
	if r.code != 1 || r.stderr != "" || !strings.Contains(r.stdout, "Errors\n") {
		t.Errorf("exit %d, stderr %q", r.code, r.stderr)
	}
}

// Every problem of an answers file is shown at once, one line each, as the
// parser wrote it: fang's default would reflow them into one paragraph.
func TestAnswersErrorsKeepTheirLines(t *testing.T) {
	path := filepath.Join(t.TempDir(), "a.yaml")
	if err := os.WriteFile(path, []byte("mix: hunting\nsalary: 5\nbook:\n  accounts: lots\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := amjd(t, "", "render", "--answers", path)
	lines := strings.Split(strings.TrimSuffix(r.stderr, "\n"), "\n")
	if r.code != 2 || len(lines) != 3 || r.stdout != "" {
		t.Fatalf("exit %d, want 3 lines:\n%s", r.code, r.stderr)
	}
	for i, where := range []string{":1:6: mix: ", ":2:1: salary: ", ":4:13: book.accounts: "} {
		if !strings.HasPrefix(lines[i], path+where) {
			t.Errorf("line %d is %q; want %s%s…", i+1, lines[i], path, where)
		}
	}
}

// Nothing a user typed reaches the terminal as an escape sequence.
func TestTypedEscapesArePrintedHarmlessly(t *testing.T) {
	for _, args := range [][]string{
		{"render", "--answers", "x\x1b[2Jy.yaml"},
		{"check", "\x1b]0;title\x07"},
		{"--\x1b[31mred"},
		{"help", "\x1b[31mred"},
		{"render", "\x1b[31mred"},
	} {
		r := amjd(t, "", args...)
		if r.code != 2 || strings.ContainsAny(r.stderr, "\x1b\x07") || !strings.Contains(r.stderr, `\x1b`) {
			t.Errorf("%q: exit %d, stderr %q", args, r.code, r.stderr)
		}
	}
}

// On a terminal the messages are styled; the styling adds colour only, so
// the text is what a pipe gets.
func TestErrorStylingKeepsTheText(t *testing.T) {
	err := &clio.ExitError{Code: 2, Help: "amjd render",
		Err: errors.New("a.yaml:1:6: mix: unknown option\na.yaml:2:1: salary: unknown field")}
	styles := fang.Styles{}
	var plain, styled bytes.Buffer
	printError(&colorprofile.Writer{Forward: &plain, Profile: colorprofile.NoTTY}, styles, err)
	printError(&colorprofile.Writer{Forward: &styled, Profile: colorprofile.TrueColor}, styles, err)
	want := "a.yaml:1:6: mix: unknown option\na.yaml:2:1: salary: unknown field\nRun 'amjd render --help' for usage.\n"
	if plain.String() != want {
		t.Errorf("plain:\n%q\nwant\n%q", plain.String(), want)
	}
	if !strings.Contains(styled.String(), "\x1b[") || ansi.Strip(styled.String()) != want {
		t.Errorf("styled, once stripped:\n%q", ansi.Strip(styled.String()))
	}
}
