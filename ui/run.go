package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync/atomic"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"amjd/draft"
	"amjd/safefile"
	"amjd/shutdown"
)

// Run starts the wizard on the terminal and returns the final model, so the
// caller can report what was saved once the screen is restored.
//
// Signals (SIGINT, SIGTERM, SIGHUP) flush the draft, restore the terminal and
// return a *SignalError. A panic anywhere restores the terminal, flushes the
// draft and returns a *PanicError; the stack trace goes to a log file instead
// of the screen unless AMJD_DEBUG=1.
func Run(opts Options, in *os.File, out *os.File) (Model, error) {
	// Our guard catches panics in the wizard; Bubble Tea's own catch stays
	// as a backstop and writes to os.Stderr, so point that at a pipe while
	// the wizard owns the screen (the screen itself is out). The crash log
	// file is created only if something arrives, so a normal start touches
	// no file beyond the draft check.
	debugging := os.Getenv("AMJD_DEBUG") == "1"
	var crash *shutdown.CrashLog
	if !debugging {
		if c, err := shutdown.CaptureStderr(logDir(opts)); err == nil {
			crash = c
			defer crash.Stop()
		}
	}

	model := New(opts)
	guard := &guarded{inner: &model, crash: &crashReport{}}
	p := tea.NewProgram(guard, tea.WithInput(in), tea.WithOutput(out), tea.WithoutSignalHandler(),
		tea.WithColorProfile(colorProfile(out)))
	guard.quit = p.Quit
	caught, stopWatching := watchSignals(p, opts.Drafts)
	defer stopWatching()
	_, err := p.Run()
	flushErr := opts.Drafts.Flush()
	if e, ok := caught.Load().(*shutdown.SignalError); ok {
		e.FlushErr = flushErr
		return model, e
	}
	if guard.crash.happened() || errors.Is(err, tea.ErrProgramPanic) {
		return model, crashed(guard.crash, crash, opts.Drafts.Path(), flushErr, debugging)
	}
	if err != nil {
		return model, err
	}
	if flushErr != nil {
		return model, fmt.Errorf("could not save your draft: %w", flushErr)
	}
	return model, nil
}

// colorProfile is the colours the terminal takes, detected once. lipgloss
// detects stdout's at start-up (inside tmux by running "tmux info"); when the
// wizard draws on that same terminal it is reused rather than detected again.
func colorProfile(out *os.File) colorprofile.Profile {
	if term.IsTerminal(os.Stdout.Fd()) && term.IsTerminal(out.Fd()) {
		return lipgloss.Writer.Profile
	}
	return colorprofile.Detect(out, os.Environ())
}

// watchSignals ends the program on the handled signals: the draft is saved
// first, in case restoring the terminal hangs. caught holds the signal's
// *shutdown.SignalError.
func watchSignals(p *tea.Program, drafts *draft.Store) (caught *atomic.Value, stop func()) {
	caught = &atomic.Value{}
	stop = shutdown.OnSignal(func(e *shutdown.SignalError) {
		caught.Store(e)
		safefile.RemoveTemps()
		// The error is reported once the program stops, when Run flushes again.
		_ = drafts.Flush()
		p.Quit()
		// A closed terminal can make a graceful quit stall on writes.
		time.AfterFunc(2*time.Second, p.Kill)
	})
	return caught, stop
}

// crashed reports a panic once the terminal is restored: the details go to
// the screen when debugging, into the crash log otherwise.
func crashed(report *crashReport, log *shutdown.CrashLog, draftPath string, flushErr error, debugging bool) *shutdown.PanicError {
	fmt.Fprint(os.Stderr, report.String())
	logPath := log.Stop()
	if debugging {
		logPath = ""
	}
	pe := &shutdown.PanicError{Draft: draftPath, Log: logPath}
	if _, statErr := os.Stat(pe.Draft); flushErr != nil || pe.Draft == "" || statErr != nil {
		pe.Draft = ""
	}
	return pe
}

func logDir(opts Options) string {
	if dir := opts.Drafts.Dir(); dir != "" {
		return dir
	}
	return filepath.Clean(os.TempDir())
}
