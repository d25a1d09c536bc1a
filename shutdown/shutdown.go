// Package shutdown is how a session of amjd ends other than by the user's
// choice: the signals that end it, the errors it reports for a signal or a
// bug, and the crash log that keeps a bug's details off the screen. It knows
// nothing of the terminal UI, so the commands without a screen use it too.
package shutdown

import (
	"os"
	"os/signal"
	"syscall"
)

// SignalError reports that a signal ended the session, and whether the
// draft could be saved.
type SignalError struct {
	Signal   syscall.Signal
	FlushErr error
}

var signalNames = map[syscall.Signal]string{syscall.SIGINT: "SIGINT (interrupt)", syscall.SIGTERM: "SIGTERM",
	syscall.SIGHUP: "SIGHUP (the terminal closed)", syscall.SIGQUIT: "SIGQUIT"}

func (e *SignalError) Error() string {
	if name, ok := signalNames[e.Signal]; ok {
		return "stopped by " + name
	}
	return "stopped by signal " + e.Signal.String()
}

// ExitCode is the shell convention for death by signal: 128 + its number.
func (e *SignalError) ExitCode() int { return 128 + int(e.Signal) }

// HandledSignals are the signals that end a session the ordinary way: the
// draft is saved and the terminal restored. SIGQUIT is one of them unless
// AMJD_DEBUG=1, when Go's goroutine dump is wanted.
func HandledSignals() []os.Signal {
	sigs := []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}
	if os.Getenv("AMJD_DEBUG") != "1" {
		sigs = append(sigs, syscall.SIGQUIT)
	}
	return sigs
}

// OnSignal calls handle, on its own goroutine, when the first of the handled
// signals arrives. It returns a function that stops listening.
func OnSignal(handle func(*SignalError)) (stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, HandledSignals()...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			sig, _ := s.(syscall.Signal)
			handle(&SignalError{Signal: sig})
		case <-done:
		}
	}()
	return func() { signal.Stop(sigs); close(done) }
}

// PanicError reports a bug that stopped the wizard. Drafts were flushed first.
type PanicError struct {
	Draft string // where the answers were saved, if anywhere
	Log   string // where the details were written, if anywhere
}

func (e *PanicError) Error() string {
	msg := "amjd stopped because of a bug, sorry."
	if e.Draft != "" {
		msg += "\nYour answers are saved in " + e.Draft + "; run amjd again to resume."
	}
	if e.Log != "" {
		msg += "\nPlease report the bug and attach " + e.Log + "."
	} else {
		msg += "\nPlease report the bug, with what you were doing."
	}
	return msg
}
