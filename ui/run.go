package ui

import (
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/term"

	"amjd/draft"
	"amjd/safefile"
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

// ExitCode is the shell convention for death by signal: 128 + its number.
func (e *SignalError) ExitCode() int { return 128 + int(e.Signal) }

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
	var crash *crashLog
	if !debugging {
		if c, err := captureStderr(logDir(opts)); err == nil {
			crash = c
			defer crash.stop()
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
	if s, ok := caught.Load().(os.Signal); ok {
		sig, _ := s.(syscall.Signal)
		return model, &SignalError{Signal: sig, FlushErr: flushErr}
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
// first, in case restoring the terminal hangs. caught holds the signal.
func watchSignals(p *tea.Program, drafts *draft.Store) (caught *atomic.Value, stop func()) {
	sigs := make(chan os.Signal, 1)
	signal.Notify(sigs, HandledSignals()...)
	caught = &atomic.Value{}
	done := make(chan struct{})
	go func() {
		select {
		case s := <-sigs:
			caught.Store(s)
			safefile.RemoveTemps()
			drafts.Flush()
			p.Quit()
			// A closed terminal can make a graceful quit stall on writes.
			time.AfterFunc(2*time.Second, p.Kill)
		case <-done:
		}
	}()
	return caught, func() { signal.Stop(sigs); close(done) }
}

// crashed reports a panic once the terminal is restored: the details go to
// the screen when debugging, into the crash log otherwise.
func crashed(report *crashReport, log *crashLog, draftPath string, flushErr error, debugging bool) *PanicError {
	fmt.Fprint(os.Stderr, report.String())
	logPath := log.stop()
	if debugging {
		logPath = ""
	}
	pe := &PanicError{Draft: draftPath, Log: logPath}
	if _, statErr := os.Stat(pe.Draft); flushErr != nil || pe.Draft == "" || statErr != nil {
		pe.Draft = ""
	}
	return pe
}

// crashLog drains what is written to os.Stderr during the session into a
// log file, created on the first byte.
type crashLog struct {
	saved *os.File
	w     *os.File
	done  chan string
	path  string
	once  sync.Once
}

func captureStderr(dir string) (*crashLog, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c := &crashLog{saved: os.Stderr, w: w, done: make(chan string, 1)}
	os.Stderr = w
	go func() {
		defer r.Close()
		buf := make([]byte, 32<<10)
		var f *os.File
		for {
			n, err := r.Read(buf)
			if n > 0 && f == nil {
				if os.MkdirAll(dir, 0o700) == nil {
					f, _ = os.CreateTemp(dir, "amjd-crash-*.log")
				}
				if f == nil {
					f, _ = os.CreateTemp("", "amjd-crash-*.log")
				}
			}
			if n > 0 && f != nil {
				f.Write(buf[:n])
			}
			if err != nil {
				break
			}
		}
		if f == nil {
			c.done <- ""
			return
		}
		f.Close()
		c.done <- f.Name()
	}()
	return c, nil
}

// stop restores os.Stderr and returns the log's path, if one was written.
func (c *crashLog) stop() string {
	if c == nil {
		return ""
	}
	c.once.Do(func() {
		os.Stderr = c.saved
		c.w.Close()
		c.path = <-c.done
	})
	return c.path
}

func logDir(opts Options) string {
	if dir := opts.Drafts.Dir(); dir != "" {
		return dir
	}
	return filepath.Clean(os.TempDir())
}
