// Command amjd writes a tailored Account Manager job description: interactively
// in a terminal wizard, or from an answers file with "amjd render". The
// commands live in package cli; main only checks that the output arrived.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"

	"amjd/cli"
	"amjd/cli/clio"
	"amjd/safefile"
)

var version = "0.1.0"

func main() {
	// A reader that goes away (amjd ... | head) makes writes fail with
	// EPIPE instead of killing the process, so that run can end quietly.
	signal.Ignore(syscall.SIGPIPE)
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run is main without the process: it returns the exit code. A write error
// on stdout turns success into a failure: a full disk or a closed stdout
// means what was asked for did not arrive. A reader that stopped reading
// (a pipe to head) had what it wanted: that ends quietly, as it began.
func run(args []string, stdin io.Reader, stdout *os.File, stderr io.Writer) int {
	out := &checkedWriter{file: stdout}
	if closedAtStart(stdout) {
		out.err = errClosedStdout
	}
	code := cli.Main(version, args, clio.Streams{In: stdin, Out: out, Err: stderr})
	switch {
	case out.err == nil || !out.wrote || code != clio.ExitOK:
	case errors.Is(out.err, syscall.EPIPE):
	default:
		fmt.Fprintf(stderr, "amjd: cannot write the output: %v\n", safefile.Unwrap(out.err))
		code = clio.ExitFailure
	}
	return code
}

// errClosedStdout is the write error of a stdout that was closed when amjd
// started (amjd ... >&-).
var errClosedStdout = errors.New("standard output is closed")

// checkedWriter remembers the first write error, so that output lost to a
// full disk (> /dev/full) ends in a failure, not a silent success.
type checkedWriter struct {
	file  *os.File
	err   error
	wrote bool // something was written, or tried
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil // writes nothing, so loses nothing
	}
	c.wrote = true
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.file.Write(p)
	if err != nil {
		c.err = err
	}
	return n, err
}

// Fd, Read and Close make checkedWriter a terminal file to those who ask
// (fang's styled help, the wizard, render --preview): they see whether
// stdout is a terminal, not a wrapper. There is deliberately no WriteString
// or ReadFrom, which would write past the check.
func (c *checkedWriter) Fd() uintptr                { return c.file.Fd() }
func (c *checkedWriter) Read(p []byte) (int, error) { return c.file.Read(p) }
func (c *checkedWriter) Close() error               { return c.file.Close() }
