package ui

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"amjd/model/base"
	"amjd/model/flow"
)

// prompter reads answers line by line from one buffered reader, so answers
// piped in all at once are consumed one per question. At end of input every
// remaining question takes its default.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
	eof bool
	// nav is set when the user typed back or skip instead of an answer.
	nav lineNav
}

// lineNav is a word typed instead of an answer.
type lineNav int

const (
	navNone lineNav = iota
	navBack         // to the previous step
	navSkip         // keep the rest of this step as it is
)

// lineHelp is what help (or ?) prints at any question.
const lineHelp = `  Press Enter to keep the answer shown in [brackets].
  Type back to return to the previous step, skip to keep the rest of this
  step as it is, help to see this again.`

// command takes the words that work at any question: help is answered here;
// back and skip are noted for the step to act on. It reports whether the
// line was one of them.
func (p *prompter) command(line string) bool {
	switch strings.ToLower(strings.TrimSpace(line)) {
	case "help", "?":
		p.printf("%s\n", lineHelp)
		return true
	case "back":
		p.nav = navBack
		return true
	case "skip":
		p.nav = navSkip
		return true
	}
	return false
}

func (p *prompter) printf(format string, args ...any) { fmt.Fprintf(p.out, format, args...) }

// line reads one line; at end of input it returns "" and remembers it.
func (p *prompter) line() string {
	if p.eof {
		return ""
	}
	s, err := p.in.ReadString('\n')
	if err != nil {
		p.eof = true
		if s == "" {
			p.printf("\n")
		}
	}
	return strings.TrimRight(s, "\r\n")
}

// ask shows a question with its default in brackets and reads the answer.
// back and skip read as "" (keep the answer) with p.nav set.
func (p *prompter) ask(question, def string) string {
	for {
		if def != "" {
			p.printf("%s [%s]: ", question, base.Printable(def))
		} else {
			p.printf("%s: ", question)
		}
		ans := strings.TrimSpace(p.line())
		if !p.command(ans) {
			return ans
		}
		if p.nav != navNone {
			return ""
		}
	}
}

// listOptions prints the options by number, marking the chosen ones.
func (p *prompter) listOptions(opts []flow.Option, chosen []string) {
	for i, o := range opts {
		mark := "[ ]"
		if slices.Contains(chosen, o.ID) {
			mark = "[x]"
		}
		p.printf("  %d) %s %s\n", i+1, mark, o.Label)
	}
}

// numbersOf names chosen options by their numbers, or says none.
func (p *prompter) numbersOf(opts []flow.Option, ids []string) string {
	var nums []string
	for i, o := range opts {
		if slices.Contains(ids, o.ID) {
			nums = append(nums, strconv.Itoa(i+1))
		}
	}
	if len(nums) == 0 {
		return "none"
	}
	return strings.Join(nums, ", ")
}

// askNumbers reads a comma-separated set of option numbers; the chosen ones
// are the default.
func (p *prompter) askNumbers(opts []flow.Option, question string, chosen []string) (flow.Value, bool) {
	var def []string
	for i, o := range opts {
		if slices.Contains(chosen, o.ID) {
			def = append(def, strconv.Itoa(i+1))
		}
	}
	defText := strings.Join(def, ",")
	if defText == "" {
		defText = "none"
	}
	for {
		ans := p.ask(question, defText)
		if ans == "" {
			return flow.Value{}, false
		}
		ids, err := parseNumbers(ans, opts, chosen)
		if err == nil {
			return flow.Value{IDs: ids}, true
		}
		p.printf("  %v\n", err)
		if p.eof {
			return flow.Value{}, false
		}
	}
}

// parseNumbers reads "1,3,4" as those options, or "-3 +5" as the current
// choice without option 3 and with option 5.
func parseNumbers(s string, opts []flow.Option, current []string) ([]string, error) {
	if strings.EqualFold(s, "none") || s == "-" {
		return []string{}, nil
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' })
	edits := len(parts) > 0
	for _, part := range parts {
		edits = edits && (part[0] == '+' || part[0] == '-')
	}
	var ids []string
	if edits {
		ids = slices.Clone(current)
	}
	for _, part := range parts {
		sign := byte(0)
		if edits {
			sign, part = part[0], part[1:]
		}
		n, err := strconv.Atoi(part)
		if err != nil || n < 1 || n > len(opts) {
			return nil, fmt.Errorf("enter numbers between 1 and %d, separated by commas (or none); -3 +5 takes out 3 and adds 5", len(opts))
		}
		id := opts[n-1].ID
		ids = slices.DeleteFunc(ids, func(x string) bool { return x == id })
		if sign != '-' {
			ids = append(ids, id)
		}
	}
	// In the order of the options, as a list is read.
	var ordered []string
	for _, o := range opts {
		if slices.Contains(ids, o.ID) {
			ordered = append(ordered, o.ID)
		}
	}
	if ordered == nil {
		ordered = []string{}
	}
	return ordered, nil
}
