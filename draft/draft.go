// Package draft keeps the answers of a session safe while it runs: each
// session autosaves to a file of its own in the draft folder, so two wizards
// never overwrite each other, and a draft is read back under the same caps as
// an answers file.
package draft

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/goccy/go-yaml"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
	"amjd/model/posting"
	"amjd/safefile"
)

// Draft is an autosaved session: the answers so far and where the user was.
type Draft struct {
	Saved   time.Time       `yaml:"saved"`
	Step    string          `yaml:"step"`
	Done    bool            `yaml:"done"`
	Answers answers.Answers `yaml:"answers"`
	// Typed holds text typed into fields that did not validate yet, by field
	// key, so it is not lost either.
	Typed map[string]flow.Value `yaml:"typed,omitempty"`
	// Path is where the draft was read from; not stored.
	Path string `yaml:"-"`
}

// Label describes a draft for a chooser: when, for which role, and the step
// (by its title) where the user was.
func (d Draft) Label(c *content.Catalog) string {
	r := posting.Resolve(c, d.Answers)
	what := base.Printable(r.Title)
	if company := base.Printable(strings.TrimSpace(r.Company)); company != "" {
		what += ", " + company
	}
	// Where it stopped comes before the title: it is what tells drafts apart,
	// and a narrow list cuts the end of the line.
	state := "not started"
	if i := flow.StepIndex(d.Step); i >= 0 {
		state = fmt.Sprintf("step %d of %d", i+1, len(flow.Steps()))
	}
	if d.Step == "review" {
		state = "at review"
	}
	if d.Done {
		state = "saved as a posting"
	}
	return fmt.Sprintf("%s · %s · %s", d.SavedAt(c), state, what)
}

// SavedAt is when the draft was saved, day and month in the order of its
// posting's English when its answers say which, else of the machine's
// locale (LC_ALL, LC_TIME, LANG), else day first: "Dec 4 15:04" in
// American English, "4 Dec 15:04" elsewhere.
func (d Draft) SavedAt(c *content.Catalog) string {
	lang := cmp.Or(answers.StatedLanguage(c, d.Answers), answers.LocaleLanguage(os.Getenv))
	return answers.ShortStamp(d.Saved.Local(), lang)
}

// DefaultDir is where drafts live: $XDG_STATE_HOME/amjd, else the platform's
// usual place for application state.
func DefaultDir() (string, error) {
	if dir := os.Getenv("XDG_STATE_HOME"); dir != "" && filepath.IsAbs(dir) {
		return filepath.Join(dir, "amjd"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", err
	}
	switch runtime.GOOS {
	case "darwin":
		return filepath.Join(home, "Library", "Application Support", "amjd"), nil
	case "windows":
		if dir := os.Getenv("LocalAppData"); dir != "" {
			return filepath.Join(dir, "amjd"), nil
		}
	}
	return filepath.Join(home, ".local", "state", "amjd"), nil
}

// Store keeps this session's draft. The wizard notes every change in memory
// (cheap, from Update) so that a signal or a crash can still write the very
// last answer; the file itself is written from commands, debounced.
type Store struct {
	dir string

	mu      sync.Mutex
	path    string // this session's draft file, once it has one
	latest  *Draft
	written *Draft
	now     func() time.Time
}

// NewStore uses dir for drafts; an empty dir disables drafts.
func NewStore(dir string) *Store {
	return &Store{dir: dir, now: time.Now}
}

// Dir is the draft folder, or "" when drafts are disabled.
func (s *Store) Dir() string {
	if s == nil {
		return ""
	}
	return s.dir
}

// Path is this session's draft file, or "" while it has none.
func (s *Store) Path() string {
	if s == nil || s.dir == "" {
		return ""
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.path
}

// Note records the answers as they now are, and any typed text that does not
// validate yet. It does no I/O.
func (s *Store) Note(a answers.Answers, step string, typed map[string]flow.Value) {
	if s == nil || s.dir == "" {
		return
	}
	if len(typed) == 0 {
		typed = nil
	}
	s.mu.Lock()
	s.latest = &Draft{Answers: a, Step: step, Typed: typed}
	s.mu.Unlock()
}

// Latest returns the answers last noted, written or not.
func (s *Store) Latest() (answers.Answers, bool) {
	if s == nil {
		return answers.Answers{}, false
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.latest == nil {
		return answers.Answers{}, false
	}
	return s.latest.Answers, true
}

// Flush writes the latest noted answers if they are not on disk yet. It is
// safe to call from any goroutine, including a signal handler's.
func (s *Store) Flush() error {
	if s == nil || s.dir == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.latest == nil || s.latest == s.written {
		return nil
	}
	d := *s.latest
	d.Saved = s.now().UTC().Truncate(time.Second)
	if err := s.write(d); err != nil {
		return err
	}
	s.written = s.latest
	return nil
}

// MarkDone flags this session's draft as finished (its posting was saved),
// so the next start does not offer to resume it.
func (s *Store) MarkDone() error {
	if s == nil || s.dir == "" {
		return nil
	}
	if err := s.Flush(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.path == "" {
		return nil
	}
	d, err := read(s.path)
	if err != nil {
		return err
	}
	d.Done = true
	return s.write(d)
}

// write saves d to this session's file, choosing and locking a new file on
// the first write. Called with s.mu held.
func (s *Store) write(d Draft) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the draft folder %s: %w", s.dir, safefile.Unwrap(err))
	}
	if s.path == "" {
		path, err := s.newFile()
		if err != nil {
			return err
		}
		s.path = path
	}
	body, err := Encode(d)
	if err != nil {
		return err
	}
	data := append([]byte("# amjd draft: your answers so far. amjd offers to resume it.\n"), body...)
	return safefile.Write(s.path, data, true)
}

// Encode writes a draft as YAML, every text quoted so it reads back as typed.
func Encode(d Draft) ([]byte, error) {
	return yaml.MarshalWithOptions(d, answers.YAMLOptions()...)
}

// newFile names and locks a fresh draft file for this session.
func (s *Store) newFile() (string, error) {
	stamp := s.now().Format("20060102-150405")
	for i := 1; ; i++ {
		name := "draft-" + stamp + ".yaml"
		if i > 1 {
			name = fmt.Sprintf("draft-%s-%d.yaml", stamp, i)
		}
		path := filepath.Join(s.dir, name)
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		if err := lock(path); err != nil {
			if errors.Is(err, errLocked) {
				continue
			}
			return "", err
		}
		return path, nil
	}
}

// Release gives up this session's lock on its draft; the file stays.
func (s *Store) Release() {
	if s == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.path != "" {
		unlock(s.path)
	}
}

// read loads a draft under the caps of an answers file: size, nesting and
// number of keys, then the answers are validated against the catalog.
func read(path string) (Draft, error) {
	data, err := safefile.Read(path, "a draft", nil, answers.MaxAnswersSize)
	if err != nil {
		return Draft{}, fmt.Errorf("draft %s is damaged: %v", path, err)
	}
	if err := answers.GuardYAML(path, data); err != nil {
		return Draft{}, fmt.Errorf("draft %s is damaged: %s", path, firstLine(err.Error()))
	}
	var d Draft
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&d); err != nil {
		return Draft{}, fmt.Errorf("draft %s is damaged: %s", path, firstLine(err.Error()))
	}
	answers.SanitizeAnswers(&d.Answers)
	for k, v := range d.Typed {
		v.Text = base.Sanitize(v.Text)
		d.Typed[k] = v
	}
	if errs := answers.Validate(content.Default(), d.Answers); len(errs) > 0 {
		return Draft{}, fmt.Errorf("draft %s is damaged: %v", path, errs[0])
	}
	if d.Saved.IsZero() {
		// A draft without its time (written by hand, or cut off before the
		// field) is dated by its file, not shown as the year 1.
		if info, err := os.Stat(path); err == nil {
			d.Saved = info.ModTime().UTC().Truncate(time.Second)
		}
	}
	d.Path = path
	return d, nil
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}
