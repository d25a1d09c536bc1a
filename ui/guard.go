package ui

import (
	"fmt"
	"runtime/debug"
	"sync"

	tea "charm.land/bubbletea/v2"
)

// guarded wraps the wizard so that a panic in Init, Update, View or any
// command it returns ends the program through an ordinary quit. Bubble Tea's
// own panic path kills the program, closing the input reader while its read
// goroutine still uses it; a quit waits for that goroutine and restores the
// terminal the normal way.
type guarded struct {
	inner tea.Model
	crash *crashReport
	// quit asks the running program to stop; View cannot return a command.
	quit func()
}

// crashReport keeps the first panic; later ones are usually its echoes.
type crashReport struct {
	mu    sync.Mutex
	value any
	stack []byte
}

func (c *crashReport) record(value any) {
	stack := debug.Stack()
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil {
		c.value, c.stack = value, stack
	}
}

func (c *crashReport) happened() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.stack != nil
}

// String is what goes into the crash log.
func (c *crashReport) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.stack == nil {
		return ""
	}
	return fmt.Sprintf("panic: %v\n\n%s", c.value, c.stack)
}

// crashedMsg tells Update that a command panicked.
type crashedMsg struct{}

func (g *guarded) Init() (cmd tea.Cmd) {
	defer func() {
		if r := recover(); r != nil {
			g.crash.record(r)
			cmd = tea.Quit
		}
	}()
	return g.guardCmd(g.inner.Init())
}

func (g *guarded) Update(msg tea.Msg) (model tea.Model, cmd tea.Cmd) {
	if _, ok := msg.(crashedMsg); ok || g.crash.happened() {
		return g, tea.Quit
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash.record(r)
			model, cmd = g, tea.Quit
		}
	}()
	g.inner, cmd = g.inner.Update(msg)
	return g, g.guardCmd(cmd)
}

func (g *guarded) View() (v tea.View) {
	// After a panic the model may be half-updated; draw nothing rather
	// than risk a second one. The alternate screen keeps the user's
	// terminal contents intact underneath.
	crashed := tea.View{AltScreen: true}
	if g.crash.happened() {
		return crashed
	}
	defer func() {
		if r := recover(); r != nil {
			g.crash.record(r)
			if g.quit != nil {
				go g.quit() // Quit sends to the event loop that is calling View.
			}
			v = crashed
		}
	}()
	return g.inner.View()
}

// guardCmd makes cmd report a panic as a crashedMsg instead of letting it
// reach Bubble Tea. Batched commands are guarded one by one as they unpack.
func (g *guarded) guardCmd(cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() (msg tea.Msg) {
		defer func() {
			if r := recover(); r != nil {
				g.crash.record(r)
				msg = crashedMsg{}
			}
		}()
		msg = cmd()
		if batch, ok := msg.(tea.BatchMsg); ok {
			guardedBatch := make(tea.BatchMsg, len(batch))
			for i, c := range batch {
				guardedBatch[i] = g.guardCmd(c)
			}
			msg = guardedBatch
		}
		return msg
	}
}
