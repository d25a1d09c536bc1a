package safefile

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
)

func TestReadCapsAnyKindOfInput(t *testing.T) {
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	if err := os.WriteFile(big, []byte(strings.Repeat("x", 2000)), 0o644); err != nil {
		t.Fatal(err)
	}
	var tooLarge *TooLargeError
	if _, err := Read(big, "an answers file", nil, 1000); !errors.As(err, &tooLarge) {
		t.Errorf("2,000 bytes over a 1,000-byte cap: %v", err)
	}
	// Standard input is read through the cap too: an endless stream ends.
	endless := strings.NewReader(strings.Repeat("y", 5000))
	if _, err := Read("-", "an answers file", endless, 1000); !errors.As(err, &tooLarge) {
		t.Errorf("5,000 bytes on standard input: %v", err)
	}
	if data, err := Read(big, "an answers file", nil, 4000); err != nil || len(data) != 2000 {
		t.Errorf("a file under the cap: %d bytes, %v", len(data), err)
	}
}

// Devices and pipes are refused before they are opened: /dev/zero never ends,
// and a FIFO with no writer would block the open for ever.
func TestReadRefusesDevicesAndPipes(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err == nil {
		if _, err := Read("/dev/zero", "an answers file", nil, 1<<20); err == nil || !strings.Contains(err.Error(), "device, pipe or socket") {
			t.Errorf("/dev/zero: %v", err)
		}
	}
	fifo := filepath.Join(t.TempDir(), "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	done := make(chan error, 1)
	go func() { _, err := Read(fifo, "an answers file", nil, 1<<20); done <- err }()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "device, pipe or socket") {
			t.Errorf("FIFO: %v", err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("reading a FIFO with no writer hung")
	}
	if _, err := Read(t.TempDir(), "an answers file", nil, 10); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("folder: %v", err)
	}
	if _, err := Read(filepath.Join(t.TempDir(), "nope"), "an answers file", nil, 10); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing: %v", err)
	}
}
