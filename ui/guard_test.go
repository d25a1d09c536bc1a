package ui

import (
	"os"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
)

// fragile panics where it is told to once any key arrives.
type fragile struct {
	where  string // "view" or "command"
	struck bool
}

func (f *fragile) Init() tea.Cmd { return nil }

func (f *fragile) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	if _, ok := msg.(tea.KeyPressMsg); !ok || f.struck {
		return f, nil
	}
	f.struck = true
	if f.where == "command" {
		harmless := func() tea.Msg { return nil }
		broken := func() tea.Msg { panic("broken command") }
		return f, tea.Batch(harmless, broken)
	}
	return f, nil
}

func (f *fragile) View() tea.View {
	if f.where == "view" && f.struck {
		panic("broken view")
	}
	return tea.View{Content: "fine"}
}

// runGuarded runs model under the guard on pipes, presses a key, and
// returns the crash report once the program has stopped by itself.
func runGuarded(t *testing.T, model tea.Model) *crashReport {
	t.Helper()
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer func() {
		if err := inW.Close(); err != nil {
			t.Error(err)
		}
	}()
	out, err := os.CreateTemp(t.TempDir(), "screen")
	if err != nil {
		t.Fatal(err)
	}
	guard := &guarded{inner: model, crash: &crashReport{}}
	p := tea.NewProgram(guard, tea.WithInput(inR), tea.WithOutput(out), tea.WithoutSignalHandler())
	guard.quit = p.Quit
	done := make(chan error, 1)
	go func() {
		_, err := p.Run()
		done <- err
	}()
	if _, err := inW.WriteString("x"); err != nil {
		p.Kill()
		t.Fatal(err)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("the program should stop with an ordinary quit, got %v", err)
		}
	case <-time.After(10 * time.Second):
		p.Kill()
		t.Fatal("the program did not stop after the panic")
	}
	return guard.crash
}

func TestGuardStopsCleanlyOnAPanicInView(t *testing.T) {
	crash := runGuarded(t, &fragile{where: "view"})
	if got := crash.String(); !strings.Contains(got, "panic: broken view") || !strings.Contains(got, "guard_test.go") {
		t.Errorf("the report lacks the panic or where it happened:\n%s", got)
	}
}

func TestGuardStopsCleanlyOnAPanicInABatchedCommand(t *testing.T) {
	crash := runGuarded(t, &fragile{where: "command"})
	if got := crash.String(); !strings.Contains(got, "panic: broken command") {
		t.Errorf("the report lacks the panic:\n%s", got)
	}
}

func TestGuardKeepsTheFirstPanic(t *testing.T) {
	var c crashReport
	if c.happened() || c.String() != "" {
		t.Fatal("an empty report claims a crash")
	}
	c.record("first")
	c.record("echo")
	if got := c.String(); !strings.HasPrefix(got, "panic: first\n") {
		t.Errorf("want the first panic kept, got %q", got)
	}
}
