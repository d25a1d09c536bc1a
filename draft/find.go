package draft

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
)

// errLocked reports a draft another running amjd is writing.
var errLocked = errors.New("the draft is open in another amjd")

// lock takes the lock of a draft file: a ".lock" file beside it holding our
// process id. A lock whose process is gone is stale and taken over.
//
// Both steps are atomic, so two processes can never both hold a draft: the
// lock appears whole (written under another name, then linked into place,
// which fails if a lock is there), and a stale lock is taken over only if it
// is still the stale one (it is renamed aside first, which one process alone
// can do, and put back if it turns out to be a live process's new lock).
func lock(path string) error {
	name := path + ".lock"
	for range 3 {
		err := createLock(name)
		if err == nil {
			return nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("cannot lock the draft %s: %w", path, err)
		}
		stale, ok := staleOwner(name)
		if !ok {
			return errLocked
		}
		if err := removeStale(name, stale); err != nil {
			if errors.Is(err, errLocked) {
				return errLocked
			}
			return fmt.Errorf("cannot lock the draft %s: %w", path, err)
		}
	}
	return errLocked
}

// writeLock writes the lock's content; a test replaces it to make the write
// fail.
var writeLock = func(f *os.File) error {
	_, err := fmt.Fprintf(f, "%d\n", os.Getpid())
	return err
}

// createLock makes the lock file name holding our process id, or fails with
// fs.ErrExist when there is one already. The id is written to a file of our
// own first, so the lock is never seen empty and a failed write leaves none.
func createLock(name string) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), "."+filepath.Base(name)+"-*")
	if err != nil {
		return err
	}
	defer func() { _ = os.Remove(tmp.Name()) }() // once linked, the lock is the link; the temporary name goes either way
	err = writeLock(tmp)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return err
	}
	return os.Link(tmp.Name(), name)
}

// staleOwner reads the lock's process id, and ok when that process has
// ended (or the lock names none), so the lock may be taken over.
func staleOwner(name string) (content string, ok bool) {
	data, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return "", true // gone already: try again
	}
	if err != nil {
		return "", false
	}
	return string(data), !alive(string(data))
}

// removeStale takes the stale lock away, if it is still the one read (its
// content stale). It is renamed aside first: of two processes doing this at
// once, one renames it and the other finds it gone. If what was renamed is
// no longer the stale lock (a live process took over in between), it is put
// back and the draft is reported locked.
func removeStale(name, stale string) error {
	aside := fmt.Sprintf("%s.%d.stale", name, os.Getpid())
	if err := os.Rename(name, aside); err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil // another process took it away: try again
		}
		return err
	}
	data, err := os.ReadFile(aside)
	if err == nil && string(data) != stale && alive(string(data)) {
		linkErr := os.Link(aside, name)
		_ = os.Remove(aside) // put back, or a newer lock is in place already
		if linkErr != nil && !errors.Is(linkErr, fs.ErrExist) {
			return linkErr
		}
		return errLocked
	}
	return os.Remove(aside)
}

func unlock(path string) {
	if data, err := os.ReadFile(path + ".lock"); err == nil && strings.TrimSpace(string(data)) == strconv.Itoa(os.Getpid()) {
		_ = os.Remove(path + ".lock") // a lock left behind names this process: stale once it ends
	}
}

// held reports whether a live process other than this one holds the draft.
func held(path string) bool {
	data, err := os.ReadFile(path + ".lock")
	return err == nil && alive(string(data))
}

// alive reports whether a lock's content names a live process other than
// this one.
func alive(content string) bool {
	pid, err := strconv.Atoi(strings.TrimSpace(content))
	if err != nil || pid <= 0 || pid == os.Getpid() {
		return false
	}
	err = syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// Offer returns the newest unfinished draft that no running amjd holds, to
// offer for resuming. A damaged newest draft is reported, and left as it is.
func (s *Store) Offer() (Draft, bool, error) {
	if s == nil || s.dir == "" {
		return Draft{}, false, nil
	}
	s.recoverOrphans()
	drafts, damaged := s.scan()
	for _, d := range drafts {
		if !d.Done && !held(d.Path) {
			return d, true, damaged
		}
	}
	return Draft{}, false, damaged
}

// Resume makes d this session's draft: later autosaves go to its file.
func (s *Store) Resume(d Draft) error {
	if s == nil || s.dir == "" || d.Path == "" {
		return nil
	}
	if err := lock(d.Path); err != nil {
		if errors.Is(err, errLocked) {
			return fmt.Errorf("%s is open in another amjd; finish it there, or pick another draft", d.Path)
		}
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.path != "" && s.path != d.Path {
		unlock(s.path)
	}
	s.path = d.Path
	s.latest, s.written = nil, nil
	return nil
}

// List returns every readable draft in the folder, newest first.
func (s *Store) List() []Draft {
	if s == nil || s.dir == "" {
		return nil
	}
	drafts, _ := s.scan()
	return drafts
}

// scan reads every draft file, newest first, and reports the newest
// damaged one if it is newer than every readable draft.
func (s *Store) scan() ([]Draft, error) {
	paths, _ := filepath.Glob(filepath.Join(s.dir, "draft*.yaml"))
	var out []Draft
	var damaged error
	var damagedAt int64
	for _, p := range paths {
		d, err := read(p)
		if err != nil {
			if info, serr := os.Stat(p); serr == nil && info.ModTime().UnixNano() > damagedAt {
				damaged, damagedAt = err, info.ModTime().UnixNano()
			}
			continue
		}
		out = append(out, d)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	if damaged != nil && len(out) > 0 && out[0].Saved.UnixNano() > damagedAt {
		damaged = nil
	}
	return out, damaged
}

// recoverOrphans keeps the temporary file of a draft write that was cut off
// (the process was killed mid-write) as a draft of its own, when it reads as
// one and no running amjd is writing it.
func (s *Store) recoverOrphans() {
	temps, _ := filepath.Glob(filepath.Join(s.dir, ".draft*.yaml.*.tmp"))
	for _, t := range temps {
		target := strings.TrimPrefix(filepath.Base(t), ".")
		target = target[:strings.Index(target, ".yaml.")+len(".yaml")]
		if held(filepath.Join(s.dir, target)) {
			continue
		}
		if _, err := read(t); err != nil {
			continue
		}
		recovered := filepath.Join(s.dir, strings.TrimSuffix(target, ".yaml")+"-recovered.yaml")
		if _, err := os.Lstat(recovered); err == nil {
			continue
		}
		_ = os.Rename(t, recovered) // best effort: the orphan stays as it is, and the next start tries again
	}
}
