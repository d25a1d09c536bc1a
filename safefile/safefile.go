// Package safefile reads and writes the files amjd is given and makes: input
// is read through a size cap whatever kind of file it is, devices and pipes
// are refused before they are opened, and output is written atomically,
// never over a file the user has not agreed to replace, with no temporary
// file left behind on any way out.
package safefile

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
)

// ErrExists reports that a write would replace a file the user has not agreed to replace.
type ErrExists struct{ Path string }

func (e *ErrExists) Error() string { return e.Path + " already exists" }

// TooLargeError reports input over the cap.
type TooLargeError struct {
	Name  string
	Limit int64
}

func (e *TooLargeError) Error() string {
	return fmt.Sprintf("%s is over the %s limit", e.Name, byteSize(e.Limit))
}

func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d-byte", n)
}

// Read reads a whole file, or standard input for "-", refusing folders,
// devices, pipes and sockets (they can be endless or never answer) and
// anything over limit bytes. what names the expected input in messages.
func Read(name, what string, stdin io.Reader, limit int64) ([]byte, error) {
	if name == "-" {
		return readCapped(stdin, "standard input", limit)
	}
	// Stat, not Open: opening a FIFO with no writer blocks for ever.
	info, err := os.Stat(name)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: no such file", name)
	case err != nil:
		return nil, fmt.Errorf("cannot read %s: %w", name, Unwrap(err))
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a folder, not %s", name, what)
	case !info.Mode().IsRegular():
		return nil, fmt.Errorf("%s: is a device, pipe or socket, not %s; give a file, or - to read standard input", name, what)
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, Unwrap(err))
	}
	data, err := readCapped(f, name, limit)
	_ = f.Close() // opened to read only: closing cannot lose anything already read
	return data, err
}

// readCapped reads at most limit bytes and refuses more, without reading
// beyond the cap.
func readCapped(r io.Reader, name string, limit int64) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", name, Unwrap(err))
	}
	if int64(len(data)) > limit {
		return nil, &TooLargeError{Name: name, Limit: limit}
	}
	return data, nil
}

// ExpandPath resolves "~" and relative paths to an absolute, clean path. A
// name ending in a path separator names a folder, not a file to write.
func ExpandPath(path string) (string, error) {
	path = strings.TrimSpace(path)
	if path == "" {
		return "", errors.New("no file name given")
	}
	if strings.HasSuffix(path, "/") || strings.HasSuffix(path, string(filepath.Separator)) {
		return "", fmt.Errorf("%s ends in %q, so it names a folder; give a file name", path, string(path[len(path)-1]))
	}
	if path == "~" || strings.HasPrefix(path, "~/") {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find your home folder to expand ~: %w", err)
		}
		path = filepath.Join(home, path[1:])
	}
	return filepath.Abs(path)
}

// temps are the temporary files being written, so that a signal can remove
// them before the process ends (a deferred remove does not run then).
var temps = struct {
	sync.Mutex
	paths map[string]bool
}{paths: map[string]bool{}}

// createTemp makes the temporary file for a write to base in dir, named by
// TempPattern, and tracks it in the same step: a signal between making the
// file and tracking it would otherwise leave it behind.
func createTemp(dir, base string) (*os.File, error) {
	for range 100 {
		name := filepath.Join(dir, strings.Replace(TempPattern(base), "*", strconv.FormatUint(rand.Uint64(), 36), 1))
		temps.Lock()
		f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			temps.paths[name] = true
		}
		temps.Unlock()
		if !errors.Is(err, fs.ErrExist) {
			return f, err
		}
	}
	return nil, fmt.Errorf("no free temporary name in %s", dir)
}

// RemoveTemps removes every temporary file being written. Call it when the
// process is about to end on a signal.
func RemoveTemps() {
	temps.Lock()
	defer temps.Unlock()
	for p := range temps.paths {
		_ = os.Remove(p) // best effort: the process is ending, and has nobody left to tell
		delete(temps.paths, p)
	}
}

func track(p string, on bool) {
	temps.Lock()
	defer temps.Unlock()
	if on {
		temps.paths[p] = true
	} else {
		delete(temps.paths, p)
	}
}
