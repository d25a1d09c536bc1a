package main

// The commands are tested in their packages (cli/...) and the whole command
// line in package cli; here, only what main adds: output that does not
// arrive is a failure.

import (
	"bytes"
	"io"
	"os"
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

// A closed pipe (or a full disk, > /dev/full) loses the output: that must
// fail, not end in a silent success.
func TestLostOutputIsAFailure(t *testing.T) {
	for _, args := range [][]string{{"answers", "--template"}, {"man"}, {"--help"}} {
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
		if code != 1 || !strings.HasPrefix(stderr.String(), "amjd: cannot write the output: ") {
			t.Errorf("%v: exit %d, stderr %q", args, code, stderr.String())
		}
	}
}
