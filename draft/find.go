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
func lock(path string) error {
	name := path + ".lock"
	for range 2 {
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o600)
		if err == nil {
			_, err = fmt.Fprintf(f, "%d\n", os.Getpid())
			if cerr := f.Close(); err == nil {
				err = cerr
			}
			if err != nil {
				// A lock without our process id would read as stale.
				_ = os.Remove(name) // the lock failed either way; a leftover is stale
				return fmt.Errorf("cannot lock the draft %s: %w", path, err)
			}
			return nil
		}
		if !errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("cannot lock the draft %s: %w", path, err)
		}
		if held(path) {
			return errLocked
		}
		// Stale: its process has ended.
		if err := os.Remove(name); err != nil && !errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("cannot lock the draft %s: %w", path, err)
		}
	}
	return errLocked
}

func unlock(path string) {
	if data, err := os.ReadFile(path + ".lock"); err == nil && strings.TrimSpace(string(data)) == strconv.Itoa(os.Getpid()) {
		_ = os.Remove(path + ".lock") // a lock left behind names this process: stale once it ends
	}
}

// held reports whether a live process other than this one holds the draft.
func held(path string) bool {
	data, err := os.ReadFile(path + ".lock")
	if err != nil {
		return false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(data)))
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
