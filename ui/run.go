package ui

import (
	"io"

	tea "charm.land/bubbletea/v2"
)

// Run starts the wizard on the given terminal streams and returns the final
// model, so the caller can report what was saved once the screen is restored.
func Run(opts Options, in io.Reader, out io.Writer) (Model, error) {
	p := tea.NewProgram(New(opts), tea.WithInput(in), tea.WithOutput(out))
	final, err := p.Run()
	if m, ok := final.(Model); ok {
		return m, err
	}
	return Model{}, err
}
