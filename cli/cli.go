// Package cli is amjd's command line. It builds the command tree (the wizard
// at the root; render, check and answers below it; help, man and completion
// beside them), runs it through fang for styled help and errors and
// --version, and turns the outcome into the process's exit code.
package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"

	"charm.land/fang/v2"
	"github.com/charmbracelet/x/term"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"amjd/cli/answers"
	"amjd/cli/check"
	"amjd/cli/clio"
	"amjd/cli/importcmd"
	"amjd/cli/interview"
	"amjd/cli/profile"
	"amjd/cli/render"
	"amjd/cli/wizard"
	"amjd/model/base"
)

func init() {
	// List commands in the order they are added (the order people need
	// them), not alphabetically. The setting is global to cobra.
	cobra.EnableCommandSorting = false
}

// Main runs amjd with args (without the program name) on the given streams
// and returns the exit code: 0 ok, 1 failure, 2 bad usage or bad input,
// 128+n when signal n ended the wizard.
func Main(version string, args []string, s clio.Streams) int {
	root := tree(s)
	if args == nil {
		args = []string{} // nil would make cobra read os.Args
	}
	root.SetArgs(args)

	// An exit status whose reason is already printed (check's findings, a
	// signal) is kept here rather than returned through fang, which would
	// query the terminal for its colours to print nothing.
	quiet := clio.ExitOK
	keepQuietExits(root, &quiet)

	helpWidth()
	err := fang.Execute(context.Background(), root,
		fang.WithVersion(version),
		fang.WithErrorHandler(printError),
		fang.WithoutManpage(), // ours writes to the command's stdout: see manCommand
	)
	if errors.Is(err, syscall.EPIPE) {
		return quiet // a reader that stopped reading (| head) is no failure
	}
	if err != nil {
		return clio.ExitCode(err)
	}
	return quiet
}

// knownShell runs amjd completion without a known shell: alone it shows
// the command's help, and a shell cobra writes no completion for (amjd
// completion tcsh) is refused, where cobra would show the help and succeed.
func knownShell(completion *cobra.Command) func(*cobra.Command, []string) error {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) == 0 {
			return cmd.Help()
		}
		var shells []string
		for _, sh := range completion.Commands() {
			shells = append(shells, sh.Name())
		}
		last := len(shells) - 1
		return clio.Usagef("amjd completion: no completion script for %q; amjd writes one for %s or %s",
			base.Printable(args[0]), strings.Join(shells[:last], ", "), shells[last])
	}
}

// helpWidth makes fang wrap help at 80 columns when it is not written to a
// terminal (piped to less or head, or saved), where it would otherwise take
// 120. fang reads the width from its one setting for it, an environment
// variable; one the user set is kept.
func helpWidth() {
	if _, set := os.LookupEnv(fangWidth); !set && !term.IsTerminal(os.Stdout.Fd()) {
		_ = os.Setenv(fangWidth, "80") // an environment without room for one more variable keeps fang's 120
	}
}

// fangWidth is the variable fang takes its help width from.
const fangWidth = "__FANG_TEST_WIDTH"

// tree builds the commands.
func tree(s clio.Streams) *cobra.Command {
	root := wizard.Command()
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.Err)
	root.SetVersionTemplate("amjd {{.Version}}\n")
	root.AddCommand(render.Command(), interview.Command(), check.Command(), importcmd.Command(), answers.Command(), profile.Command(), manCommand())
	root.SetHelpCommand(helpCommand())
	// Added now, not when cobra executes, so that their errors can be typed.
	root.InitDefaultHelpCmd()
	root.InitDefaultCompletionCmd()
	for _, c := range root.Commands() {
		if c.Name() == "completion" {
			c.Short = "Print a shell completion script" // cobra's wording does not fit 80 columns
			c.Args, c.RunE = cobra.ArbitraryArgs, knownShell(c)
		}
	}

	root.SetFlagErrorFunc(flagError)
	argErrorsAreUsage(root)
	return root
}

// flagError makes a flag that cannot be parsed a usage error (exit 2). A
// number that is not one is said plainly, without strconv's wording.
func flagError(cmd *cobra.Command, err error) error {
	var invalid *pflag.InvalidValueError
	if errors.As(err, &invalid) && invalid.GetFlag().Value.Type() == "int" {
		err = fmt.Errorf("--%s %q: not a whole number", invalid.GetFlag().Name, invalid.GetValue())
	}
	return clio.UsageOf(cmd, err)
}

// argErrorsAreUsage makes every command's argument errors exit 2. Our own
// commands already return typed errors; cobra's completion commands do not.
func argErrorsAreUsage(cmd *cobra.Command) {
	if valid := cmd.Args; valid != nil {
		cmd.Args = func(cmd *cobra.Command, args []string) error {
			err := valid(cmd, args)
			var typed *clio.ExitError
			if err == nil || errors.As(err, &typed) {
				return err
			}
			return clio.UsageOf(cmd, err)
		}
	}
	for _, sub := range cmd.Commands() {
		argErrorsAreUsage(sub)
	}
}

// keepQuietExits wraps every command so that an ExitError without a
// message sets *code and reaches cobra as success.
func keepQuietExits(cmd *cobra.Command, code *int) {
	if run := cmd.RunE; run != nil {
		cmd.RunE = func(cmd *cobra.Command, args []string) error {
			err := run(cmd, args)
			var exit *clio.ExitError
			if errors.As(err, &exit) && exit.Err == nil {
				*code = exit.Code
				return nil
			}
			return err
		}
	}
	for _, sub := range cmd.Commands() {
		keepQuietExits(sub, code)
	}
}
