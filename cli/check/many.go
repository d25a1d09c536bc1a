package check

import (
	"context"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"amjd/cli/clio"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/safefile"
)

// postingExts are the extensions a folder is read for.
var postingExts = []string{".md", ".markdown", ".mdx", ".txt", ".html", ".htm", ".org", ".tex", ".rtf", ".eml", ".ics", ".srt", ".vtt", ".wiki"}

// single reports a run that prints one file's full report: one argument,
// and not a folder (a missing file is reported as today, on stderr).
func (o Options) single() bool {
	if len(o.Paths) != 1 {
		return false
	}
	info, err := os.Stat(o.Paths[0])
	return o.Paths[0] == "-" || err != nil || !info.IsDir()
}

// entry is one file to check, or why part of an argument gave none.
type entry struct {
	path string
	err  string // why it cannot be read: a folder that cannot be listed or holds no postings
}

// collect lists the files to check: the arguments in their order, each
// folder's postings in path order.
func collect(ctx context.Context, paths []string) ([]entry, error) {
	var out []entry
	for _, p := range paths {
		info, err := os.Stat(p)
		if p == "-" || err != nil || !info.IsDir() {
			out = append(out, entry{path: p}) // read, or refused, as a file
			continue
		}
		var found []entry
		if err := walk(ctx, p, &found); err != nil {
			return nil, err
		}
		if len(found) == 0 {
			found = append(found, entry{path: p, err: "no " + strings.Join(postingExts, ", ") + " files in this folder"})
		}
		sort.SliceStable(found, func(i, j int) bool { return found[i].path < found[j].path })
		out = append(out, found...)
	}
	return out, nil
}

// walk adds dir's postings, and its folders', to out. Hidden entries and
// symbolic links are neither followed nor listed; dir itself was named by
// the user, so a link there is followed.
func walk(ctx context.Context, dir string, out *[]entry) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	items, err := os.ReadDir(dir)
	if err != nil {
		*out = append(*out, entry{path: dir, err: "cannot read this folder: " + safefile.Unwrap(err).Error()})
	}
	for _, it := range items {
		name := it.Name()
		if strings.HasPrefix(name, ".") || it.Type()&fs.ModeSymlink != 0 {
			continue
		}
		p := filepath.Join(dir, name)
		switch {
		case it.IsDir():
			if err := walk(ctx, p, out); err != nil {
				return err
			}
		case isPosting(name):
			*out = append(*out, entry{path: p})
		}
	}
	return nil
}

func isPosting(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	for _, e := range postingExts {
		if ext == e {
			return true
		}
	}
	return false
}

// result is one file checked, or why it could not be.
type result struct {
	path     string
	format   checker.Format
	findings []checker.Finding
	err      string // why it could not be read; "" when it was checked
}

// checkFile reads one file under the input cap and checks it.
func (o Options) checkFile(set settings, e entry, stdin io.Reader) result {
	if e.err != "" {
		return result{path: e.path, err: e.err}
	}
	data, err := safefile.Read(e.path, "a posting", stdin, answers.MaxAnswersSize)
	switch {
	case err != nil:
		return result{path: e.path, err: reason(e.path, err)}
	case !utf8.Valid(data):
		return result{path: e.path, err: "not UTF-8 text"}
	}
	findings, format := set.check(e.path, string(data), o.Short)
	return result{path: e.path, format: format, findings: findings}
}

// reason is safefile's message for a file, without the file's name, which
// its row already shows: "no such file", "over the 1 MiB limit".
func reason(path string, err error) string {
	name := path
	if path == "-" {
		name = "standard input"
	}
	msg := err.Error()
	for _, prefix := range []string{name + ": ", name + " is ", "cannot read " + name + ": "} {
		if strings.HasPrefix(msg, prefix) {
			msg = strings.TrimPrefix(msg, prefix)
			break
		}
	}
	if i := strings.Index(msg, "; "); i > 0 {
		msg = msg[:i] // "is a device, pipe or socket, not a posting", without the advice for one file
	}
	return msg
}

// pool checks files on a bounded number of goroutines; each result is
// waited for in turn, so that they print in the order of the files.
type pool struct {
	results []result
	done    []chan struct{}
	workers sync.WaitGroup
}

// start checks entries on runtime.GOMAXPROCS goroutines until all are
// checked or ctx is done.
func start(ctx context.Context, entries []entry, check func(entry) result) *pool {
	p := &pool{results: make([]result, len(entries)), done: make([]chan struct{}, len(entries))}
	for i := range p.done {
		p.done[i] = make(chan struct{})
	}
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), len(entries)) {
		p.workers.Go(func() {
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(entries) {
					return
				}
				p.results[i] = check(entries[i])
				close(p.done[i])
			}
		})
	}
	return p
}

// wait returns the i-th result once it is checked, or ctx's error.
func (p *pool) wait(ctx context.Context, i int) (result, error) {
	if err := ctx.Err(); err != nil {
		return result{}, err // before a result that may be ready too
	}
	select {
	case <-p.done[i]:
		r := p.results[i]
		p.results[i] = result{} // printed next: its findings need not stay
		return r, nil
	case <-ctx.Done():
		return result{}, ctx.Err()
	}
}

// runMany checks every file the arguments name, concurrently, and prints a
// row (or a JSON line) for each in order, then the totals.
func (o Options) runMany(ctx context.Context, set settings, s clio.Streams) error {
	entries, err := collect(ctx, o.Paths)
	if err != nil {
		return stopped(err)
	}
	ctx, cancel := context.WithCancel(ctx)
	p := start(ctx, entries, func(e entry) result { return o.checkFile(set, e, s.In) })
	defer func() {
		cancel() // on a reader gone (| head) too: the files being read are the last
		p.workers.Wait()
	}()
	sum := newSummary(o, set, entries, s.Out)
	for i := range entries {
		r, err := p.wait(ctx, i)
		if err != nil {
			return stopped(err)
		}
		if err := sum.add(r); err != nil {
			return err
		}
	}
	return sum.finish()
}

// stopped is the error of a run whose context ended before every file was
// checked.
func stopped(err error) error {
	if errors.Is(err, context.Canceled) {
		return clio.Failf("amjd check: stopped before every file was checked")
	}
	return clio.Failf("amjd check: stopped: %v", err)
}
