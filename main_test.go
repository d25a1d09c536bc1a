package main

// The commands are tested in their packages (cli/...) and the whole command
// line in package cli; here, only what main adds: output that does not
// arrive is a failure.

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// stdoutPipe returns a pipe to use as stdout and a function that reads what
// was written once the writer is closed.
func stdoutPipe(t *testing.T) (*os.File, func() string) {
	t.Helper()
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	var got bytes.Buffer
	var readErr error
	done := make(chan struct{})
	go func() {
		_, readErr = io.Copy(&got, r)
		if err := r.Close(); readErr == nil {
			readErr = err
		}
		close(done)
	}()
	return w, func() string {
		t.Helper()
		if err := w.Close(); err != nil {
			t.Error(err)
		}
		<-done
		if readErr != nil {
			t.Error("reading what was written:", readErr)
		}
		return got.String()
	}
}

func TestOutputArrives(t *testing.T) {
	w, read := stdoutPipe(t)
	var stderr bytes.Buffer
	code := run([]string{"--version"}, strings.NewReader(""), w, &stderr)
	if out := read(); code != 0 || out != "amjd "+version+"\n" || stderr.Len() > 0 {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, stderr.String())
	}
}

// A reader that stops reading (amjd ... | head) had what it wanted: amjd
// ends quietly and successfully, as cat and grep do.
func TestABrokenPipeEndsQuietly(t *testing.T) {
	for _, args := range [][]string{{"answers", "--template"}, {"man"}, {"--help"}, {"completion", "bash"},
		{"render", "--answers", "examples/agency-account-manager.yaml", "--quiet"},
		{"interview", "--answers", "examples/agency-account-manager.yaml"}} {
		r, w, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := r.Close(); err != nil { // nobody reads: every write fails with EPIPE
			t.Fatal(err)
		}
		var stderr bytes.Buffer
		code := run(args, strings.NewReader(""), w, &stderr)
		if err := w.Close(); err != nil {
			t.Error(err)
		}
		if code != 0 || stderr.Len() > 0 {
			t.Errorf("%v: exit %d, stderr %q; want 0 and nothing", args, code, stderr.String())
		}
	}
}

// A full disk (> /dev/full) loses the output: that must fail, not end in a
// silent success.
func TestLostOutputIsAFailure(t *testing.T) {
	full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here:", err)
	}
	defer func() { _ = full.Close() }()
	for _, args := range [][]string{{"answers", "--template"}, {"man"}, {"--help"}} {
		var stderr bytes.Buffer
		code := run(args, strings.NewReader(""), full, &stderr)
		if code != 1 || !strings.HasPrefix(stderr.String(), "amjd: cannot write the output: no space left on device") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}

// This test binary is amjd when AMJD_RUN_MAIN is set, so that a test can
// start it as the shell would, here with its stdout closed.
func init() {
	if os.Getenv("AMJD_RUN_MAIN") == "1" {
		os.Args = append([]string{"amjd"}, os.Args[2:]...) // after "--"
		main()
	}
}

// With stdout closed (amjd ... >&-) the output cannot arrive: a command
// that writes to stdout fails and says why; one that writes only to a file
// succeeds.
func TestAClosedStdoutIsAFailure(t *testing.T) {
	out := filepath.Join(t.TempDir(), "posting.md")
	for _, tc := range []struct {
		args string
		code int
		says string
	}{
		{"answers --template", 1, "standard output is closed"},
		{"render --answers examples/agency-account-manager.yaml", 1, "standard output is closed"},
		{"render --answers examples/agency-account-manager.yaml --quiet -o " + out, 0, "Wrote"},
	} {
		cmd := exec.Command("sh", "-c", `"$0" -- "$@" >&-`, os.Args[0])
		cmd.Args = append(cmd.Args, strings.Fields(tc.args)...)
		cmd.Env = append(os.Environ(), "AMJD_RUN_MAIN=1")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		err := cmd.Run()
		code := 0
		if exit, ok := err.(*exec.ExitError); ok {
			code = exit.ExitCode()
		} else if err != nil {
			t.Fatal(err)
		}
		if code != tc.code || !strings.Contains(stderr.String(), tc.says) {
			t.Errorf("amjd %s >&-: exit %d, stderr %q; want %d and %q", tc.args, code, stderr.String(), tc.code, tc.says)
		}
	}
}
