package clio

import (
	"os"
	"os/signal"
	"syscall"

	"amjd/safefile"
	"amjd/ui"
)

// StopOnSignals ends a command that has no screen to restore on the usual
// signals (ui.HandledSignals): before, it runs last (saving what can be
// saved) and removes any file half written. It returns a function that stops
// listening.
//
// This is the one place that exits the process itself: the signal arrives on
// another goroutine while the command may be blocked reading its input, so
// there is no caller to return an error to.
func StopOnSignals(last func(*ui.SignalError)) func() {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, ui.HandledSignals()...)
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			sig, _ := s.(syscall.Signal)
			e := &ui.SignalError{Signal: sig}
			safefile.RemoveTemps()
			if last != nil {
				last(e)
			}
			os.Exit(e.ExitCode())
		case <-done:
		}
	}()
	return func() { signal.Stop(sigs); close(done) }
}
