package base

import (
	"fmt"
	"strings"
	"time"
	"unicode/utf8"
)

// Small text helpers the checker's rules share.

// ContainsAny reports whether s holds any of subs.
func ContainsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// RuneStart moves i forward to the start of a character, so a cut never
// splits one.
func RuneStart(s string, i int) int {
	i = max(i, 0)
	for i < len(s) && !utf8.RuneStart(s[i]) {
		i++
	}
	return min(i, len(s))
}

// HumanDate writes an ISO date as people read it: "1 November 2023".
func HumanDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("2 January 2006")
}

// Times says how often: "once", "twice", "3 times".
func Times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}
