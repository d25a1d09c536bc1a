// Package answers is "amjd answers": it prints the answers-file template,
// a complete, commented file listing every field and every allowed option.
package answers

import (
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"amjd/cli/clio"
	"amjd/content"
	"amjd/model/posting"
)

// Options are answers' flags.
type Options struct {
	Template bool // print the template (the only thing there is to print)
}

// Command is "amjd answers".
func Command() *cobra.Command {
	var o Options
	cmd := &cobra.Command{
		Use:   "answers",
		Short: "Print a commented answers file with every option",
		Long: "Prints a complete, commented answers file listing every field and " +
			"every allowed option id. Every field is optional: edit what you " +
			"know, delete the rest, and give it to amjd --answers or amjd render " +
			"--answers.",
		Example: "amjd answers --template > answers.yaml",
		Args:    clio.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			defer clio.StopOnSignals(nil)()
			return o.Run(clio.StreamsOf(cmd))
		},
	}
	cmd.Flags().BoolVar(&o.Template, "template", false, "Print the complete, commented answers file")
	return cmd
}

// Run prints the template on stdout.
func (o Options) Run(s clio.Streams) error {
	if !o.Template {
		return &clio.ExitError{Code: clio.ExitUsage, Help: "amjd answers",
			Err: errors.New("amjd answers: say what to print: amjd answers --template > answers.yaml")}
	}
	// A write error is caught by main, which checks every write to stdout.
	fmt.Fprint(s.Out, posting.AnswersTemplate(content.Default()))
	return nil
}
