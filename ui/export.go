package ui

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/atotto/clipboard"

	"amjd/content"
	"amjd/model"
	"amjd/safefile"
)

// copiedMsg reports how the Markdown reached the clipboard.
type copiedMsg struct {
	native bool
	osc52  bool
	err    error
}

func (c copiedMsg) describe() string {
	switch {
	case c.native:
		return "Copied the Markdown to the system clipboard (and via OSC 52)."
	case c.err != nil:
		return "System clipboard unavailable (" + c.err.Error() + "); sent via OSC 52 instead — if your terminal ignores it, press s to save."
	default:
		return "Copied via OSC 52 (terminal clipboard). If nothing arrived, your terminal may not support it: press s to save."
	}
}

// NativeClipboard returns a function that copies with the system clipboard, or
// nil where that cannot work: over SSH the clipboard would be the server's, and
// on Linux without a display there is none. OSC 52 covers those cases.
func NativeClipboard() func(string) error {
	if os.Getenv("SSH_CONNECTION") != "" || os.Getenv("SSH_TTY") != "" {
		return nil
	}
	if runtime.GOOS == "linux" && os.Getenv("DISPLAY") == "" && os.Getenv("WAYLAND_DISPLAY") == "" {
		return nil
	}
	if clipboard.Unsupported {
		return nil
	}
	return clipboard.WriteAll
}

// copyCmd copies through OSC 52 always and through the system clipboard when
// available; the result message says which path worked.
func copyCmd(markdown string, native func(string) error) tea.Cmd {
	return tea.Batch(tea.SetClipboard(markdown), func() tea.Msg {
		if native == nil {
			return copiedMsg{osc52: true}
		}
		if err := native(markdown); err != nil {
			if err.Error() == "exit status 1" {
				err = errors.New("the clipboard tool found no display")
			}
			return copiedMsg{osc52: true, err: err}
		}
		return copiedMsg{native: true, osc52: true}
	})
}

// savedMsg is the result of a save command.
type savedMsg struct {
	kind saveKind
	path string
	err  error
}

var slugUnsafe = regexp.MustCompile(`[^a-z0-9]+`)

func slug(s string) string {
	return strings.Trim(slugUnsafe.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// defaultSaveName builds a file name from the title and company, such as
// account-manager-acme.md or account-manager-acme-answers.yaml.
func (m Model) defaultSaveName(kind saveKind) string {
	return defaultSaveName(m.cat, m.answers, kind)
}

func defaultSaveName(c *content.Catalog, a model.Answers, kind saveKind) string {
	r := model.Resolve(c, a)
	base := slug(r.Title)
	if c := slug(r.Company); c != "" {
		base += "-" + c
	}
	if base == "" {
		base = "job-description"
	}
	if kind == saveAnswers {
		return base + "-answers.yaml"
	}
	return base + ".md"
}

func (m *Model) openSave(kind saveKind) tea.Cmd {
	m.prevMode, m.mode = modeReview, modeSave
	m.saveKind = kind
	m.saveErr = ""
	in := textinput.New()
	in.Prompt = "› "
	in.CharLimit = 4096
	in.SetWidth(min(m.width-10, 80))
	in.SetStyles(inputStyles(m.styles.Dark))
	in.SetValue(m.defaultSaveName(kind))
	in.CursorEnd()
	m.saveInput = in
	return m.saveInput.Focus()
}

func (m *Model) saveKey(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "esc":
		m.mode = modeReview
		return nil
	case "enter":
		path := strings.TrimSpace(m.saveInput.Value())
		if path == "" {
			m.saveErr = "Type a file name."
			return nil
		}
		return m.saveCmd(path, false)
	}
	var cmd tea.Cmd
	m.saveInput, cmd = m.saveInput.Update(msg)
	return cmd
}

// saveCmd writes the posting or the answers in a command: resolving the path,
// encoding and writing all happen off the input path.
func (m *Model) saveCmd(typed string, overwrite bool) tea.Cmd {
	kind, answers, markdown, cwd := m.saveKind, m.answers, m.markdown(), m.opts.Cwd
	m.saveErr = "Saving…"
	return func() tea.Msg {
		path, err := safefile.ExpandPath(typed)
		if err != nil {
			return savedMsg{kind: kind, path: typed, err: err}
		}
		if !filepath.IsAbs(typed) && !strings.HasPrefix(typed, "~") && cwd != "" {
			path = filepath.Join(cwd, typed)
		}
		data := []byte(markdown)
		if kind == saveAnswers {
			if data, err = model.AnswersFile(answers); err != nil {
				return savedMsg{kind: kind, path: path, err: fmt.Errorf("cannot encode the answers: %w", err)}
			}
		}
		return savedMsg{kind: kind, path: path, err: safefile.Write(path, data, overwrite)}
	}
}

func (m *Model) saveDone(msg savedMsg) tea.Cmd {
	m.savePath = msg.path
	var exists *safefile.ErrExists
	switch {
	case errors.As(msg.err, &exists):
		m.mode = modeConfirmOverwrite
		m.saveErr = ""
	case msg.err != nil:
		m.mode = modeSave
		m.saveErr = model.Printable(msg.err.Error())
	default:
		m.mode = modeReview
		m.saveErr = ""
		m.dirty = false
		what := "posting"
		if msg.kind == saveAnswers {
			what = "answers"
		}
		m.saved = append(m.saved, fmt.Sprintf("Saved %s: %s", what, msg.path))
		m.setStatus(fmt.Sprintf("Saved the %s to %s", what, msg.path), false)
		if msg.kind == saveMarkdown && m.opts.Drafts != nil {
			store := m.opts.Drafts
			return func() tea.Msg {
				if err := store.MarkDone(); err != nil {
					return draftWrittenMsg{err: err}
				}
				return nil
			}
		}
	}
	return nil
}
