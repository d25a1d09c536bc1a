package cli

import (
	"fmt"
	"strings"

	mcobra "github.com/muesli/mango-cobra"
	"github.com/muesli/roff"
	"github.com/spf13/cobra"

	"amjd/cli/clio"
)

// helpCommand replaces cobra's "help", which prints the root's help with
// exit 0 for a command that does not exist; ours says so and exits 2.
func helpCommand() *cobra.Command {
	return &cobra.Command{
		Use:               "help [command]",
		Short:             "Show help for amjd or one of its commands",
		ValidArgsFunction: completeCommands,
		RunE: func(c *cobra.Command, args []string) error {
			target, rest, err := c.Root().Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				return unknownTopic(c.Root(), target, args, rest)
			}
			// As cobra's own help does, so -h and -v are listed.
			target.InitDefaultHelpFlag()
			target.InitDefaultVersionFlag()
			return target.Help()
		},
	}
}

// unknownTopic says which word of "amjd help ARGS" names no command, and
// what the commands there are.
func unknownTopic(root, found *cobra.Command, args, rest []string) error {
	if found == nil || len(rest) == 0 {
		found, rest = root, args
	}
	var names []string
	for _, c := range found.Commands() {
		if c.IsAvailableCommand() {
			names = append(names, c.Name())
		}
	}
	if len(names) == 0 {
		return clio.Usagef("amjd help: %q has no command %q", found.CommandPath(), rest[0])
	}
	return clio.Usagef("amjd help: unknown command %q (commands: %s)", rest[0], strings.Join(names, ", "))
}

// completeCommands offers the command names after "amjd help".
func completeCommands(c *cobra.Command, args []string, prefix string) ([]cobra.Completion, cobra.ShellCompDirective) {
	parent, _, err := c.Root().Find(args)
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var names []cobra.Completion
	for _, sub := range parent.Commands() {
		if sub.IsAvailableCommand() && strings.HasPrefix(sub.Name(), prefix) {
			names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
		}
	}
	return names, cobra.ShellCompDirectiveNoFileComp
}

// manCommand prints the manual page. fang has one too, but it writes to the
// process's stdout directly, past the stream the CLI was given (and so past
// main's check for lost writes, and any test).
func manCommand() *cobra.Command {
	return &cobra.Command{
		Use:   "man",
		Short: "Print the manual page: amjd man | man -l -",
		Args:  clio.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			page, err := mcobra.NewManPage(1, cmd.Root())
			if err != nil {
				return clio.Failf("amjd man: %v", err)
			}
			// A write error is caught by main, which checks every write to stdout.
			fmt.Fprint(cmd.OutOrStdout(), page.Build(roff.NewDocument()))
			return nil
		},
	}
}
