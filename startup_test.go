package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"testing"
)

// initBudget is what amjd's own packages may allocate before main, together.
// A compiled expression costs 10-400 KB and a built table more; every run
// pays for them before its first output, the wizard's first frame included,
// so amjd's packages compile and build on first use instead.
const initBudget = 64 << 10

var initLine = regexp.MustCompile(`(?m)^init (amjd/[^ ]*) @[^,]+, [^,]+ clock, (\d+) bytes`)

// The runtime counts each package's start-up (GODEBUG=inittrace=1), so this
// figure is the same on every machine. This test binary links amjd's
// packages as amjd does, without their test files; package main is left out,
// since here it holds this test.
func TestAmjdPackagesDoLittleBeforeMain(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := initLine.FindAllStringSubmatch(string(out), -1)
	if len(lines) < 4 {
		t.Fatalf("the runtime reported no start-up of amjd's packages:\n%s", out)
	}
	total := 0
	for _, l := range lines {
		n, _ := strconv.Atoi(l[2])
		total += n
		t.Logf("%s: %d bytes", l[1], n)
	}
	if total > initBudget {
		t.Errorf("amjd's packages allocate %d KB before main, over the budget of %d KB", total>>10, initBudget>>10)
	}
}
