package safefile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// TempPattern is how the temporary file of a write to base is named: a dot
// file beside it, so a folder listing does not show it.
func TempPattern(base string) string { return "." + base + ".*.tmp" }

// Write writes data to path so that readers see either the old file or the
// complete new one, never a torn write. It refuses to replace an existing
// file (or a symbolic link) unless overwrite is set, and errors name the path.
func Write(path string, data []byte, overwrite bool) error {
	info, err := os.Lstat(path)
	switch {
	case err == nil && info.IsDir():
		return fmt.Errorf("%s is a folder; give a file name inside it", path)
	case err == nil && !regularOrLinkToOne(path, info):
		// Renaming over /dev/null or a pipe would replace the device itself.
		return fmt.Errorf("%s is a device, pipe or socket, not a file; give a file name", path)
	case err == nil && !overwrite:
		return &ErrExists{Path: path}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("cannot check %s: %w", path, Unwrap(err))
	}
	dir := filepath.Dir(path)
	if dinfo, err := os.Stat(dir); err != nil {
		return fmt.Errorf("folder %s does not exist", dir)
	} else if !dinfo.IsDir() {
		return fmt.Errorf("%s is not a folder", dir)
	}
	tmp, err := createTemp(dir, filepath.Base(path))
	if err != nil {
		return fmt.Errorf("cannot write in %s: %w", dir, Unwrap(err))
	}
	defer func() {
		// A no-op once renamed; after a link or a failure, the outcome is
		// already decided, and a temporary file left behind is only litter.
		_ = os.Remove(tmp.Name())
		track(tmp.Name(), false)
	}()
	if err := fill(tmp, data); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, Unwrap(err))
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
		return fmt.Errorf("cannot write %s: %w", path, Unwrap(err))
	}
	return nil
}

// regularOrLinkToOne reports whether path is a regular file, or a symbolic
// link to one or to nothing yet.
func regularOrLinkToOne(path string, info fs.FileInfo) bool {
	if info.Mode()&fs.ModeSymlink == 0 {
		return info.Mode().IsRegular()
	}
	target, err := os.Stat(path)
	return err != nil || target.Mode().IsRegular()
}

// fill writes, syncs and closes the temporary file.
func fill(tmp *os.File, data []byte) error {
	if _, err := tmp.Write(data); err != nil {
		_ = tmp.Close() // the write's error is the one to report
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close() // the sync's error is the one to report
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Chmod(tmp.Name(), 0o644)
}

// Unwrap drops the "op path:" prefix that amjd's messages already give.
func Unwrap(err error) error {
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
