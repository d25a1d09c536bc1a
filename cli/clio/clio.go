// Package clio holds what amjd's commands share: the streams they run on,
// exit codes carried as typed errors, reading input files safely, loading
// answers files, and ending cleanly on a signal. The command packages import
// it; package cli turns its errors into the process's exit code.
package clio

import (
	"errors"
	"fmt"
	"io"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"

	"amjd/model/base"
)

// Exit codes: 0 ok, 1 failure, 2 bad usage or bad input. A signal n ends the
// process with 128+n (see shutdown.SignalError.ExitCode).
const (
	ExitOK      = 0
	ExitFailure = 1
	ExitUsage   = 2
)

// ExitError ends a command with an exit code. Commands return it instead of
// exiting, so that deferred clean-up runs and tests can see the code.
type ExitError struct {
	Code int
	// Err is the message for stderr, printed line by line as it is. It is
	// nil when the command has already said all there is to say (findings).
	Err error
	// Help, when set, is the command whose --help the message points to:
	// the command line itself was wrong.
	Help string
}

func (e *ExitError) Error() string {
	if e.Err == nil {
		return fmt.Sprintf("exit status %d", e.Code)
	}
	return e.Err.Error()
}

func (e *ExitError) Unwrap() error { return e.Err }

// Failf is a failure (exit 1): the command was right but could not be done.
func Failf(format string, a ...any) error {
	return &ExitError{Code: ExitFailure, Err: fmt.Errorf(format, a...)}
}

// Usagef is a command line that cannot be run as given (exit 2).
func Usagef(format string, a ...any) error {
	return &ExitError{Code: ExitUsage, Err: fmt.Errorf(format, a...)}
}

// BadInput is an input file that cannot be used (exit 2); err says where.
func BadInput(err error) error {
	return &ExitError{Code: ExitUsage, Err: err}
}

// UsageOf is a malformed command line for cmd (exit 2); the message is
// followed by a pointer to cmd's --help.
func UsageOf(cmd *cobra.Command, err error) error {
	path := cmd.CommandPath()
	return &ExitError{Code: ExitUsage, Err: fmt.Errorf("%s: %w", path, err), Help: path}
}

// Exit ends with code and no message: what went wrong is already printed.
func Exit(code int) error {
	return &ExitError{Code: code}
}

// ExitCode is the process exit code for a command's error: nil is success,
// an error with no code of its own is a failure.
func ExitCode(err error) int {
	var e *ExitError
	switch {
	case err == nil:
		return ExitOK
	case errors.As(err, &e):
		return e.Code
	}
	return ExitFailure
}

// NoArgs is cobra's Args check for commands that take no arguments.
func NoArgs(cmd *cobra.Command, args []string) error {
	if len(args) > 0 {
		return UsageOf(cmd, fmt.Errorf("unexpected argument %q", args[0]))
	}
	return nil
}

// NoAnswersArgument refuses words after a command that reads --answers: a
// file named without the flag is the likely mistake, so the message says so.
func NoAnswersArgument(who string) cobra.PositionalArgs {
	return func(_ *cobra.Command, args []string) error {
		if len(args) > 0 {
			return Usagef("%s: unexpected argument %q (did you mean --answers %s?)", who, args[0], base.Printable(args[0]))
		}
		return nil
	}
}

// Streams are a command's standard input, output and error.
type Streams struct {
	In       io.Reader
	Out, Err io.Writer
}

// StreamsOf returns the streams cobra was given for cmd (the root's).
func StreamsOf(cmd *cobra.Command) Streams {
	return Streams{In: cmd.InOrStdin(), Out: cmd.OutOrStdout(), Err: cmd.ErrOrStderr()}
}

// Terminal reports whether a stream is a terminal, and its file descriptor.
// Wrappers that expose Fd (main's checked stdout) count as what they wrap.
func Terminal(stream any) (uintptr, bool) {
	f, ok := stream.(interface{ Fd() uintptr })
	if !ok {
		return 0, false
	}
	return f.Fd(), term.IsTerminal(f.Fd())
}

// IsTerminal reports whether a stream is a terminal.
func IsTerminal(stream any) bool {
	_, ok := Terminal(stream)
	return ok
}

// Wrapped is text wrapped at the width of the terminal w writes to, word
// by word; written to a file or a pipe it stays as it is, one line.
func Wrapped(w io.Writer, text string) string {
	fd, ok := Terminal(w)
	if !ok {
		return text
	}
	if width, _, err := term.GetSize(fd); err == nil && width > 20 {
		return ansi.Wrap(text, width, "")
	}
	return text
}
