//go:build e2e

package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// amjd --import opens on the first step the old posting did not answer, and
// the review lists what came from it and each gap.
func TestE2EImportOpensOnTheFirstGap(t *testing.T) {
	x, dir, _ := buildAndStart(t, "", false)
	old := filepath.Join(dir, "old.md")
	posting := "# Key Account Manager\n\n**Harbor Freight Lines** · Tacoma, Washington · Hybrid\n\n" +
		"## What you'll do\n\n- Run quarterly reviews with each shipper.\n- Renew every contract before it ends.\n\n" +
		"## What you bring\n\n- Five years in account management.\n\n## Pay and benefits\n\n- $80,000 to $95,000 a year.\n- Medical and dental cover.\n"
	if err := os.WriteFile(old, []byte(posting), 0o600); err != nil {
		t.Fatal(err)
	}
	x.restart(dir, filepath.Join(dir, "amjd"), "--import "+old)
	x.waitText("The old posting did not answer this step")
	x.keys("Escape")
	x.waitText("Quality check")
	x.keys("Tab")
	x.waitText("came from the old posting")
	x.waitText("Not in the old posting")
	x.keys("Tab")
	x.keys("q")
	x.waitFor("the quit question or the exit", func(s string) bool {
		return strings.Contains(s, "Quit") || strings.Contains(s, "amjd exited with status 0")
	})
	x.keys("y")
	x.waitText("amjd exited with status 0")
}
