package shutdown

import (
	"os"
	"sync"
)

// CrashLog drains what is written to os.Stderr during a session into a log
// file, created on the first byte: a panic's stack trace goes there, not over
// the screen.
type CrashLog struct {
	saved *os.File
	w     *os.File
	done  chan string
	path  string
	once  sync.Once
}

// CaptureStderr points os.Stderr at a pipe whose bytes go to a new file in
// dir (or the temporary folder) once the first arrives.
func CaptureStderr(dir string) (*CrashLog, error) {
	r, w, err := os.Pipe()
	if err != nil {
		return nil, err
	}
	c := &CrashLog{saved: os.Stderr, w: w, done: make(chan string, 1)}
	os.Stderr = w
	go func() {
		defer func() { _ = r.Close() }() // a read end: nothing was written to it
		c.done <- drain(r, dir)
	}()
	return c, nil
}

// drain copies r into a crash log made on the first byte, returning its
// path ("" when nothing came or no file could be made).
func drain(r *os.File, dir string) string {
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
			// A failed write leaves the log short; what it holds is still the
			// best account of the bug there is.
			_, _ = f.Write(buf[:n])
		}
		if err != nil {
			break
		}
	}
	if f == nil {
		return ""
	}
	_ = f.Close() // as above: a short log is still worth pointing to
	return f.Name()
}

// Stop restores os.Stderr and returns the log's path, if one was written.
func (c *CrashLog) Stop() string {
	if c == nil {
		return ""
	}
	c.once.Do(func() {
		os.Stderr = c.saved
		_ = c.w.Close() // the pipe's write end; its reader sees the end either way
		c.path = <-c.done
	})
	return c.path
}
