//go:build unix

package main

import (
	"os"

	"golang.org/x/sys/unix"
)

// closedAtStart reports whether f is a standard stream that was closed when
// the process started. Go's runtime then opens /dev/null in its place, for
// reading and writing both, so output written to it would vanish without an
// error; a shell's > /dev/null opens it for writing only.
func closedAtStart(f *os.File) bool {
	fd := int(f.Fd())
	if fd > 2 {
		return false
	}
	flags, err := unix.FcntlInt(uintptr(fd), unix.F_GETFL, 0)
	if err != nil || flags&unix.O_ACCMODE != unix.O_RDWR {
		return false
	}
	var got, null unix.Stat_t
	if unix.Fstat(fd, &got) != nil || unix.Stat(os.DevNull, &null) != nil {
		return false
	}
	return got.Mode&unix.S_IFMT == unix.S_IFCHR && got.Rdev == null.Rdev
}
