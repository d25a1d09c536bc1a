package wizard

import (
	"fmt"
	"io"

	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/shutdown"
)

// reportSignal says how a signal ended the session and where the answers
// are; when they could not be saved, it prints them, so nothing typed is lost.
func reportSignal(e *shutdown.SignalError, drafts *draft.Store, stderr io.Writer) {
	if e.FlushErr == nil && drafts.Path() != "" {
		fmt.Fprintf(stderr, "amjd: %v. Your answers are saved in %s; run amjd again to resume.\n", e, drafts.Path())
		return
	}
	a, ok := drafts.Latest()
	if !ok {
		fmt.Fprintf(stderr, "amjd: %v before any answer was given.\n", e)
		return
	}
	why := "drafts are off"
	if e.FlushErr != nil {
		why = base.Printable(e.FlushErr.Error())
	}
	fmt.Fprintf(stderr, "amjd: %v. Your answers could not be saved (%s); here they are, to keep as an answers file:\n\n", e, why)
	if data, err := answers.EncodeAnswers(a); err == nil {
		// The last place the answers can go: if stderr is gone too, there is
		// no one left to tell.
		_, _ = stderr.Write(data)
	}
}
