// Package cliotest runs a command's Run with buffers for the command
// packages' tests, and reports what a user would see: the exit code, stdout,
// and stderr with the error message that package cli would print last.
package cliotest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"amjd/cli/clio"
)

// Result is what one run of a command showed.
type Result struct {
	Code           int
	Stdout, Stderr string
}

// Run calls run with stdin as standard input.
func Run(stdin string, run func(clio.Streams) error) Result {
	var out, errOut bytes.Buffer
	err := run(clio.Streams{In: strings.NewReader(stdin), Out: &out, Err: &errOut})
	if msg := message(err); msg != "" {
		errOut.WriteString(msg + "\n")
	}
	return Result{clio.ExitCode(err), out.String(), errOut.String()}
}

// message is the text cli prints for err; a bare exit code prints nothing.
func message(err error) string {
	var exit *clio.ExitError
	if err == nil || errors.As(err, &exit) && exit.Err == nil {
		return ""
	}
	return err.Error()
}

// Main runs a command package's tests with an empty config folder, so that
// a company profile on the machine running them cannot change what they see.
func Main(m interface{ Run() int }) int {
	dir, err := os.MkdirTemp("", "amjd-config-")
	if err != nil {
		fmt.Fprintln(os.Stderr, "cliotest:", err)
		return 1
	}
	code := 1
	if err := os.Setenv("XDG_CONFIG_HOME", dir); err != nil {
		fmt.Fprintln(os.Stderr, "cliotest:", err)
	} else {
		code = m.Run()
	}
	if err := os.RemoveAll(dir); err != nil {
		fmt.Fprintln(os.Stderr, "cliotest: removing the empty config folder:", err)
		code = max(code, 1)
	}
	return code
}

// AtRoot runs the rest of the test in the repository's root folder, so that
// paths read as a user types them (examples/…, model/checker/testdata/…).
func AtRoot(t testing.TB) {
	t.Helper()
	_, file, _, ok := runtime.Caller(0)
	if !ok {
		t.Fatal("cliotest: cannot tell where the repository is")
	}
	t.Chdir(filepath.Join(filepath.Dir(file), "..", "..", ".."))
}
