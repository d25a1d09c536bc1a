package clio

import (
	"os"

	"amjd/safefile"
	"amjd/shutdown"
)

// StopOnSignals ends a command that has no screen to restore on the usual
// signals (shutdown.HandledSignals): before, it runs last (saving what can be
// saved) and removes any file half written. It returns a function that stops
// listening.
//
// This is the one place that exits the process itself: the signal arrives on
// another goroutine while the command may be blocked reading its input, so
// there is no caller to return an error to.
func StopOnSignals(last func(*shutdown.SignalError)) func() {
	return shutdown.OnSignal(func(e *shutdown.SignalError) {
		safefile.RemoveTemps()
		if last != nil {
			last(e)
		}
		os.Exit(e.ExitCode())
	})
}
