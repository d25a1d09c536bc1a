package ui

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"

	"amjd/model"
)

// prompter reads answers line by line from one buffered reader, so answers
// piped in all at once are consumed one per question. At end of input every
// remaining question takes its default.
type prompter struct {
	in  *bufio.Reader
	out io.Writer
	eof bool
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
func (p *prompter) ask(question, def string) string {
	if def != "" {
		p.printf("%s [%s]: ", question, model.Printable(def))
	} else {
		p.printf("%s: ", question)
	}
	return strings.TrimSpace(p.line())
}

// listOptions prints the options by number, marking the chosen ones.
func (p *prompter) listOptions(opts []model.Option, chosen []string) {
	for i, o := range opts {
		mark := "[ ]"
		if slices.Contains(chosen, o.ID) {
			mark = "[x]"
		}
		p.printf("  %d) %s %s\n", i+1, mark, o.Label)
	}
}

// askNumbers reads a comma-separated set of option numbers; the chosen ones
// are the default.
func (p *prompter) askNumbers(opts []model.Option, question string, chosen []string) (model.Value, bool) {
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
			return model.Value{}, false
		}
		ids, err := parseNumbers(ans, opts)
		if err == nil {
			return model.Value{IDs: ids}, true
		}
		p.printf("  %v\n", err)
		if p.eof {
			return model.Value{}, false
		}
	}
}

func parseNumbers(s string, opts []model.Option) ([]string, error) {
	if strings.EqualFold(s, "none") || s == "-" {
		return []string{}, nil
	}
	var ids []string
	for _, part := range strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ' ' }) {
		n, err := strconv.Atoi(part)
		if err != nil || n < 1 || n > len(opts) {
			return nil, fmt.Errorf("enter numbers between 1 and %d, separated by commas (or none)", len(opts))
		}
		if id := opts[n-1].ID; !slices.Contains(ids, id) {
			ids = append(ids, id)
		}
	}
	return ids, nil
}
