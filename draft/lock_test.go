package draft

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// lockChild is the test binary run as a second amjd: it takes the lock of
// the draft AMJD_LOCK_DRAFT, says "got" or "locked", and holds on to it
// until its standard input closes.
func init() {
	path := os.Getenv("AMJD_LOCK_DRAFT")
	if path == "" {
		return
	}
	<-startSignal()
	if err := lock(path); err != nil {
		fmt.Println("locked")
	} else {
		fmt.Println("got")
	}
	_, _ = bufio.NewReader(os.Stdin).ReadString('\n') // hold until told
	os.Exit(0)
}

// startSignal is closed when the file AMJD_LOCK_GO appears, so that the two
// children take the lock as nearly at once as they can.
func startSignal() <-chan struct{} {
	ch := make(chan struct{})
	go func() {
		for {
			if _, err := os.Stat(os.Getenv("AMJD_LOCK_GO")); err == nil {
				close(ch)
				return
			}
		}
	}()
	return ch
}

// deadPID is the id of a process that has ended.
func deadPID(t *testing.T) int {
	t.Helper()
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skip("cannot run a process:", err)
	}
	return cmd.Process.Pid
}

// Two processes resuming the same draft after a crash (its lock stale)
// race for it; at most one may get it, however their steps interleave.
func TestTwoResumersNeverBothHoldADraft(t *testing.T) {
	trials := 300
	if testing.Short() {
		trials = 30
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "draft-x.yaml")
	both, none := 0, 0
	for i := range trials {
		if err := os.WriteFile(path+".lock", fmt.Appendf(nil, "%d\n", deadPID(t)), 0o600); err != nil {
			t.Fatal(err)
		}
		goFile := filepath.Join(dir, fmt.Sprintf("go-%d", i))
		var children []*exec.Cmd
		var outs []*bufio.Reader
		for range 2 {
			cmd := exec.Command(os.Args[0], "-test.run=^$")
			cmd.Env = append(os.Environ(), "AMJD_LOCK_DRAFT="+path, "AMJD_LOCK_GO="+goFile)
			stdout, err := cmd.StdoutPipe()
			if err != nil {
				t.Fatal(err)
			}
			stdin, err := cmd.StdinPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			defer func() { _ = stdin.Close(); _ = cmd.Wait() }()
			children = append(children, cmd)
			outs = append(outs, bufio.NewReader(stdout))
		}
		if err := os.WriteFile(goFile, nil, 0o600); err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, out := range outs {
			line, err := out.ReadString('\n')
			if err != nil {
				t.Fatalf("trial %d: a child said nothing: %v", i, err)
			}
			if strings.TrimSpace(line) == "got" {
				got++
			}
		}
		for _, c := range children {
			_ = c.Process.Kill() // they end holding the lock: it is stale for the next trial
			_ = c.Wait()
		}
		switch got {
		case 2:
			both++
		case 0:
			none++
		}
	}
	if both > 0 || none > 0 {
		t.Errorf("in %d trials both resumers got the draft %d times and neither %d times; want exactly one each time", trials, both, none)
	}
	if leftovers, _ := filepath.Glob(filepath.Join(dir, "*stale*")); len(leftovers) > 0 {
		t.Errorf("a takeover left %v behind", leftovers)
	}
}

// A lock whose write fails is not left behind empty, where it would read as
// stale (or lock the draft for nobody).
func TestAFailedLockWriteLeavesNoLock(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "draft-x.yaml")
	saved := writeLock
	defer func() { writeLock = saved }()
	writeLock = func(*os.File) error { return errors.New("no space left on device") }
	if err := lock(path); err == nil || !strings.Contains(err.Error(), "no space left") {
		t.Fatalf("lock with a failing write: %v, want the write's error", err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		t.Errorf("left behind: %s", e.Name())
	}
	writeLock = saved
	if err := lock(path); err != nil {
		t.Fatalf("lock once the disk has room: %v", err)
	}
	unlock(path)
}
