package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

func TestWriteRefusesToReplaceWithoutConsent(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.md")
	if err := Write(path, []byte("one"), false); err != nil {
		t.Fatal(err)
	}
	err := Write(path, []byte("two"), false)
	var exists *ErrExists
	if !errors.As(err, &exists) || exists.Path != path {
		t.Fatalf("got %v, want ErrExists for %s", err, path)
	}
	if got, _ := os.ReadFile(path); string(got) != "one" {
		t.Fatalf("file changed to %q", got)
	}
	if err := Write(path, []byte("two"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(path); string(got) != "two" {
		t.Fatalf("overwrite wrote %q", got)
	}
}

// A symbolic link counts as an existing file: saving over it needs consent, and
// with consent the link is replaced, never the file it points to.
func TestWriteDoesNotWriteThroughSymlinks(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "precious.txt")
	if err := os.WriteFile(target, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	link := filepath.Join(dir, "posting.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	var exists *ErrExists
	if err := Write(link, []byte("new"), false); !errors.As(err, &exists) {
		t.Fatalf("got %v, want ErrExists", err)
	}
	if err := Write(link, []byte("new"), true); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(target); string(got) != "keep me" {
		t.Fatalf("symlink target was overwritten: %q", got)
	}
}

func TestWriteErrorsAreSpecific(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, []byte("x"), true); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("folder: %v", err)
	}
	missing := filepath.Join(dir, "no", "such", "a.md")
	if err := Write(missing, []byte("x"), false); err == nil || !strings.Contains(err.Error(), "does not exist") {
		t.Errorf("missing folder: %v", err)
	}
	if os.Geteuid() != 0 { // root can write anywhere
		ro := filepath.Join(dir, "ro")
		if err := os.Mkdir(ro, 0o555); err != nil {
			t.Fatal(err)
		}
		if err := Write(filepath.Join(ro, "a.md"), []byte("x"), false); err == nil || !strings.Contains(err.Error(), "permission denied") {
			t.Errorf("read-only folder: %v", err)
		}
	}
}

func TestExpandPath(t *testing.T) {
	home, _ := os.UserHomeDir()
	if got, _ := ExpandPath("~/jobs/a.md"); got != filepath.Join(home, "jobs", "a.md") {
		t.Errorf("~ not expanded: %q", got)
	}
	wd, _ := os.Getwd()
	if got, _ := ExpandPath("a.md"); got != filepath.Join(wd, "a.md") {
		t.Errorf("relative path: %q", got)
	}
	if _, err := ExpandPath("  "); err == nil {
		t.Error("empty path accepted")
	}
}

func TestExpandPathRefusesAFolderName(t *testing.T) {
	if _, err := ExpandPath("newfile/"); err == nil || !strings.Contains(err.Error(), "names a folder") {
		t.Errorf("newfile/: %v", err)
	}
}

// A write interrupted by a signal leaves no temporary file behind: the
// signal handler calls RemoveTemps, which knows the files being written.
func TestRemoveTempsClearsWritesInFlight(t *testing.T) {
	dir := t.TempDir()
	tmp, err := os.CreateTemp(dir, TempPattern("posting.md"))
	if err != nil {
		t.Fatal(err)
	}
	if err := tmp.Close(); err != nil {
		t.Fatal(err)
	}
	track(tmp.Name(), true)
	RemoveTemps()
	if _, err := os.Stat(tmp.Name()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("temporary file still there: %v", err)
	}
}

// Replacing a device or a pipe, even when asked to, would replace the node
// itself (rename over /dev/null as root): it is refused.
func TestWriteNeverReplacesADeviceOrPipe(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "pipe")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	link := filepath.Join(dir, "null.md")
	if err := os.Symlink(os.DevNull, link); err != nil {
		t.Skip("symlinks not supported:", err)
	}
	for _, path := range []string{fifo, link} {
		err := Write(path, []byte("x"), true)
		if err == nil || !strings.Contains(err.Error(), "is a device, pipe or socket, not a file") {
			t.Errorf("%s: %v", path, err)
		}
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Error("the FIFO was replaced")
	}
}

// A temporary file is tracked from the moment it exists: a signal between
// making it and tracking it left it behind.
func TestTempFilesAreTrackedAsTheyAreMade(t *testing.T) {
	tmp, err := createTemp(t.TempDir(), "posting.md")
	if err != nil {
		t.Fatal(err)
	}
	if err := tmp.Close(); err != nil {
		t.Fatal(err)
	}
	if ok, _ := filepath.Match(TempPattern("posting.md"), filepath.Base(tmp.Name())); !ok {
		t.Errorf("temporary name %s does not follow TempPattern", tmp.Name())
	}
	RemoveTemps()
	if _, err := os.Stat(tmp.Name()); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a temporary file was not tracked when made: %v", err)
	}
}
