package main

import (
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// What amjd's packages may allocate before main. A compiled expression costs
// 10-400 KB and a built table more; every run pays for them before its first
// output, the wizard's first frame included, so amjd compiles and builds them
// on first use instead. (Dependencies are used as released: goldmark, for
// one, compiles its expressions at start-up, about 513 KB.)
const amjdInitBudget = 64 << 10

var initLine = regexp.MustCompile(`(?m)^init ([^ ]+) @[^,]+, [^,]+ clock, (\d+) bytes`)

// The runtime counts each package's start-up (GODEBUG=inittrace=1), so these
// figures are the same on every machine. This test binary links amjd's
// packages and their dependencies as amjd does, without their test files;
// package main is left out, since here it holds this test.
func TestPackagesDoLittleBeforeMain(t *testing.T) {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "GODEBUG=inittrace=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	for _, budget := range []struct {
		module string
		bytes  int
	}{{"amjd", amjdInitBudget}} {
		total, packages := 0, 0
		for _, l := range initLine.FindAllStringSubmatch(string(out), -1) {
			inModule := l[1] == budget.module || strings.HasPrefix(l[1], budget.module+"/")
			if !inModule || l[1] == "amjd" {
				continue
			}
			n, _ := strconv.Atoi(l[2])
			total += n
			packages++
			t.Logf("%s: %d bytes", l[1], n)
		}
		if packages < 4 {
			t.Fatalf("the runtime reported no start-up of %s's packages:\n%s", budget.module, out)
		}
		if total > budget.bytes {
			t.Errorf("%s's packages allocate %d KB before main, over the budget of %d KB", budget.module, total>>10, budget.bytes>>10)
		}
	}
}
