package ui

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/goccy/go-yaml"

	"amjd/content"
	"amjd/model"
)

// Draft is an autosaved session: the answers so far and where the user was.
type Draft struct {
	Saved   time.Time     `yaml:"saved"`
	Step    string        `yaml:"step"`
	Done    bool          `yaml:"done"`
	Answers model.Answers `yaml:"answers"`
	// Path is where the draft was read from; not stored.
	Path string `yaml:"-"`
}

// Label describes a draft for a chooser: when, and for which role.
func (d Draft) Label(c *content.Catalog) string {
	r := model.Resolve(c, d.Answers)
	what := r.Title
	if r.Company != "" {
		what += ", " + r.Company
	}
	state := "in progress at " + d.Step
	if d.Done {
		state = "saved as a posting"
	}
	return fmt.Sprintf("%s — %s (%s)", d.Saved.Local().Format("2 Jan 15:04"), what, state)
}

const draftFile = "draft.yaml"

// DefaultDraftDir is where drafts live: $XDG_STATE_HOME/amjd, else the
// platform's usual place for application state.
func DefaultDraftDir() (string, error) {
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

// DraftStore keeps the current draft. The wizard notes every change in memory
// (cheap, from Update) so that a signal or a crash can still write the very
// last answer; the file itself is written from commands, debounced.
type DraftStore struct {
	dir string

	mu      sync.Mutex
	latest  *Draft
	written *Draft
}

// NewDraftStore uses dir for drafts; an empty dir disables drafts.
func NewDraftStore(dir string) *DraftStore {
	return &DraftStore{dir: dir}
}

// Path is the current draft's file, or "" when drafts are disabled.
func (s *DraftStore) Path() string {
	if s == nil || s.dir == "" {
		return ""
	}
	return filepath.Join(s.dir, draftFile)
}

// Note records the answers as they now are. It does no I/O.
func (s *DraftStore) Note(a model.Answers, step string) {
	if s == nil || s.dir == "" {
		return
	}
	s.mu.Lock()
	s.latest = &Draft{Answers: a, Step: step}
	s.mu.Unlock()
}

// Flush writes the latest noted answers if they are not on disk yet. It is
// safe to call from any goroutine, including a signal handler's.
func (s *DraftStore) Flush() error {
	if s == nil || s.dir == "" {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.latest == nil || s.latest == s.written {
		return nil
	}
	d := *s.latest
	d.Saved = time.Now().UTC().Truncate(time.Second)
	if err := s.write(d); err != nil {
		return err
	}
	s.written = s.latest
	return nil
}

// MarkDone flags the draft as finished (its posting was saved), so the next
// start does not offer to resume it.
func (s *DraftStore) MarkDone() error {
	if s == nil || s.dir == "" {
		return nil
	}
	if err := s.Flush(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	d, err := readDraft(s.Path())
	if err != nil {
		return err
	}
	d.Done = true
	return s.write(d)
}

func (s *DraftStore) write(d Draft) error {
	if err := os.MkdirAll(s.dir, 0o700); err != nil {
		return fmt.Errorf("cannot create the draft folder %s: %w", s.dir, unwrapPathError(err))
	}
	body, err := yaml.MarshalWithOptions(d, yaml.IndentSequence(true))
	if err != nil {
		return err
	}
	data := append([]byte("# amjd draft: your answers so far. amjd offers to resume it.\n"), body...)
	return WriteFileAtomic(s.Path(), data, true)
}

// Load returns the current draft, if there is an unfinished one.
func (s *DraftStore) Load() (Draft, bool, error) {
	if s == nil || s.dir == "" {
		return Draft{}, false, nil
	}
	d, err := readDraft(s.Path())
	if errors.Is(err, fs.ErrNotExist) {
		return Draft{}, false, nil
	}
	if err != nil {
		return Draft{}, false, err
	}
	return d, !d.Done, nil
}

// List returns every draft in the folder, newest first.
func (s *DraftStore) List() []Draft {
	if s == nil || s.dir == "" {
		return nil
	}
	paths, _ := filepath.Glob(filepath.Join(s.dir, "draft*.yaml"))
	var out []Draft
	for _, p := range paths {
		if d, err := readDraft(p); err == nil {
			out = append(out, d)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Saved.After(out[j].Saved) })
	return out
}

// StartFresh keeps the current draft as a dated backup and clears it; nothing
// is deleted.
func (s *DraftStore) StartFresh() (string, error) {
	if s == nil || s.dir == "" {
		return "", nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.latest, s.written = nil, nil
	if _, err := os.Stat(s.Path()); errors.Is(err, fs.ErrNotExist) {
		return "", nil
	}
	backup := filepath.Join(s.dir, "draft-"+time.Now().Format("20060102-150405")+".yaml")
	for i := 2; fileExists(backup); i++ {
		backup = filepath.Join(s.dir, fmt.Sprintf("draft-%s-%d.yaml", time.Now().Format("20060102-150405"), i))
	}
	if err := os.Rename(s.Path(), backup); err != nil {
		return "", fmt.Errorf("cannot keep the old draft as %s: %w", backup, unwrapPathError(err))
	}
	return backup, nil
}

func fileExists(p string) bool {
	_, err := os.Lstat(p)
	return err == nil
}

func readDraft(path string) (Draft, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return Draft{}, err
	}
	var d Draft
	if err := yaml.NewDecoder(bytes.NewReader(data)).Decode(&d); err != nil {
		return Draft{}, fmt.Errorf("draft %s is damaged: %s", path, strings.SplitN(err.Error(), "\n", 2)[0])
	}
	if errs := model.Validate(content.Default(), d.Answers); len(errs) > 0 {
		return Draft{}, fmt.Errorf("draft %s is damaged: %v", path, errs[0])
	}
	d.Path = path
	return d, nil
}
