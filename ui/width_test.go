package ui

import (
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// go.mod pins go-runewidth to v0.0.20: later versions fill a 2.2 MB table
// the first time a character beyond ASCII is measured (Bubble Tea measures
// every cell that way on terminals without Unicode mode 2027), which was a
// tenth of amjd's memory. These tests fail if the table comes back, or if the
// pinned version measures a character amjd draws differently from the
// grapheme measure that terminals with mode 2027 use.
func TestMeasuringTextBuildsNoBigTable(t *testing.T) {
	if os.Getenv("AMJD_WIDTH_PROBE") != "" {
		before := rssKB(t)
		ansi.WcWidth.StringWidth("• ❯ ✓ ✗ │ ▌ … 東京 🎉")
		fmt.Printf("grown %d\n", rssKB(t)-before)
		return
	}
	rssKB(t) // skips where there is no /proc
	// A fresh process: in this one other tests have measured text already.
	cmd := exec.Command(os.Args[0], "-test.run=^TestMeasuringTextBuildsNoBigTable$")
	cmd.Env = append(os.Environ(), "AMJD_WIDTH_PROBE=1")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("probe: %v\n%s", err, out)
	}
	var grown int
	if _, err := fmt.Sscanf(string(out), "grown %d", &grown); err != nil {
		t.Fatalf("probe said %q", out)
	}
	if grown > 1024 {
		t.Errorf("measuring a line of symbols grew memory by %d KB; is go-runewidth still pinned in go.mod?", grown)
	}
}

func TestTheGlyphsAmjdDrawsMeasureTheSameEitherWay(t *testing.T) {
	for _, g := range []string{"•", "❯", "✓", "✗", "│", "▌", "…", "─", "╭", "╮", "╰", "╯", "→", "⚠", "ℹ", "·", "£", "€", "é", "ü", "東", "🎉", "✔"} {
		if wc, gr := ansi.WcWidth.StringWidth(g), ansi.GraphemeWidth.StringWidth(g); wc != gr {
			t.Errorf("%q is %d cells by wcwidth and %d by grapheme", g, wc, gr)
		}
	}
}

func rssKB(t *testing.T) int {
	t.Helper()
	if runtime.GOOS != "linux" {
		t.Skip("reads /proc/self/status")
	}
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(data), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
			kb, _ := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			return kb
		}
	}
	t.Fatal("no VmRSS in /proc/self/status")
	return 0
}
