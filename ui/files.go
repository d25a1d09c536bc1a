package ui

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// ErrExists reports that a save would replace a file the user has not agreed to replace.
type ErrExists struct{ Path string }

func (e *ErrExists) Error() string {
	return e.Path + " already exists"
}

// ExpandPath resolves "~" and relative paths to an absolute, clean path.
func ExpandPath(path string) (string, error) {
	path = strings.TrimSpace(path)
	if path == "" {
		return "", errors.New("no file name given")
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

// WriteFileAtomic writes data to path so that readers see either the old file or
// the complete new one, never a torn write. It refuses to replace an existing
// file (or a symbolic link) unless overwrite is set, and errors name the path.
func WriteFileAtomic(path string, data []byte, overwrite bool) error {
	info, err := os.Lstat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a folder; give a file name inside it", path)
	case err == nil && !overwrite:
		return &ErrExists{Path: path}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot check %s: %w", path, unwrapPathError(err))
	}
	dir := filepath.Dir(path)
	if dinfo, err := os.Stat(dir); err != nil {
		return fmt.Errorf("folder %s does not exist", dir)
	} else if !dinfo.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, unwrapPathError(err))
	}
	defer os.Remove(tmp.Name()) // no-op once renamed or linked
	if _, err := tmp.Write(data); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	if err := os.Chmod(tmp.Name(), 0o644); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	if !overwrite {
		// A hard link fails if the name was taken since the check above, so a
		// file created meanwhile is never replaced without asking.
		if err := os.Link(tmp.Name(), path); err == nil {
			return nil
		} else if errors.Is(err, fs.ErrExist) {
			return &ErrExists{Path: path}
		}
		// The file system cannot link: fall back to rename after the check above.
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPathError(err))
	}
	return nil
}

// unwrapPathError drops the "op path:" prefix that our messages already give.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	var le *os.LinkError
	if errors.As(err, &le) {
		return le.Err
	}
	return err
}
