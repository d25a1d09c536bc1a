// Command floor is the smallest Bubble Tea v2 program that draws a screen:
// one line in the alternate screen, quit on any key. amjd's start-up time
// and memory are measured against it (.ci/measure), so the figures say what
// amjd adds to what any Bubble Tea program costs on the same machine.
package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"
)

type floor struct{}

func (floor) Init() tea.Cmd { return nil }

func (floor) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); ok {
		return floor{}, tea.Quit
	}
	return floor{}, nil
}

func (floor) View() tea.View {
	v := tea.NewView("floor: press a key to quit")
	v.AltScreen = true
	return v
}

func main() {
	if _, err := tea.NewProgram(floor{}, tea.WithOutput(os.Stderr)).Run(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
