package cli

import (
	"errors"
	"fmt"
	"io"
	"strings"
	"syscall"

	"charm.land/fang/v2"
	"charm.land/lipgloss/v2"

	"amjd/cli/clio"
	"amjd/model/base"
)

// printError is fang's error handler for amjd. It prints a message line by
// line as it is: some hold one problem per line (every problem of an
// answers file at once), which fang's default would reflow into a single
// paragraph, title-case and end with a full stop.
//
// Every line goes through model.Printable, so nothing a user typed (a file
// name, a flag) reaches the terminal as an escape sequence. w is fang's
// colour-profile writer, which drops the styling below when stderr is not a
// terminal or NO_COLOR is set.
func printError(w io.Writer, styles fang.Styles, err error) {
	if errors.Is(err, syscall.EPIPE) {
		return // the reader stopped reading (| head): it had what it wanted
	}
	msg := err.Error()
	var exit *clio.ExitError
	typed := errors.As(err, &exit)
	if !typed {
		msg = "amjd: " + msg // not one of ours: say whose it is
	}
	where := lipgloss.NewStyle().Bold(true).Foreground(styles.ErrorHeader.GetBackground())
	for _, line := range strings.Split(strings.TrimRight(msg, "\n"), "\n") {
		line = base.Printable(line)
		// "amjd render:" or "answers.yaml:4:6:": where the problem is.
		if head, rest, ok := strings.Cut(line, ": "); ok {
			line = where.Render(head+":") + " " + rest
		}
		fmt.Fprintln(w, line)
	}
	if typed && exit.Help != "" {
		fmt.Fprintf(w, "Run '%s' for usage.\n", styles.Program.Flag.Render(exit.Help+" --help"))
	}
}
