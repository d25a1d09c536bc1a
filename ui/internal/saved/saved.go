// Package saved keeps what each file saved in a wizard session was written
// from, says which files no longer match the answers, and words the question
// asked before quitting with such files. Comparing answers is cheap (no
// encoding), so the question can be worked out on the key that quits.
package saved

import (
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"amjd/model/answers"
	"amjd/model/base"
)

// Kind is what a saved file holds, for saying how to save it again.
type Kind int

// The kinds of file a session saves.
const (
	Posting Kind = iota // the posting or its short form, in any format
	Kit                 // the interview kit
	Answers             // the answers file
	Profile             // the company profile
)

// File is a file written in the session and what it was written from. The
// form (full, short or the kit) and the format are the file's own: what makes
// it out of date is only a change to the answers it was written from.
type File struct {
	What string // as the summary says it: "posting (Markdown)", "answers", "company profile"
	Path string
	Kind Kind
	// From is the answers the file was written from; for the profile, only
	// the company-level ones (answers.ProfileOf), all that a profile holds.
	From answers.Answers
}

// Note adds f to files; a file written again is one file, made from what
// it was written from last.
func Note(files []File, f File) []File {
	if i := slices.IndexFunc(files, func(s File) bool { return s.Path == f.Path }); i >= 0 {
		files[i] = f
		return files
	}
	return append(files, f)
}

// OutOfDate says what changed since f was written, for answers now; ""
// while writing it now would write the same.
func (f File) OutOfDate(now answers.Answers) string {
	switch {
	case f.Kind == Profile && !Same(f.From, answers.ProfileOf(now)):
		return "company details changed after it was saved"
	case f.Kind != Profile && !Same(f.From, now):
		return "answers changed after it was saved"
	}
	return ""
}

// Entry is a file written in the session as the summary after exit lists it.
type Entry struct {
	What string // what it holds: "posting (Markdown)", "short form (plain text)", "answers", "company profile"
	Path string
	// OutOfDate says what changed after it was written ("answers changed
	// after it was saved"); "" when it still matches the answers.
	OutOfDate string
}

// Summary lists the files for the summary, with the answers now.
func Summary(files []File, now answers.Answers) []Entry {
	out := make([]Entry, 0, len(files))
	for _, f := range files {
		out = append(out, Entry{What: f.What, Path: f.Path, OutOfDate: f.OutOfDate(now)})
	}
	return out
}

// Stale lists the files that no longer match the answers now.
func Stale(files []File, now answers.Answers) []File {
	return slices.DeleteFunc(slices.Clone(files), func(f File) bool { return f.OutOfDate(now) == "" })
}

// HoldWork reports whether one of the files holds the answers as they are
// now: the posting, the kit or the answers (a profile holds only the
// company's part of them).
func HoldWork(files []File, now answers.Answers) bool {
	return slices.ContainsFunc(files, func(f File) bool { return f.Kind != Profile && f.OutOfDate(now) == "" })
}

// Question is what to ask before quitting with stale files: it names them
// (file names: paths would not fit), says how to save them again, and fits
// width columns. drafts says the answers are kept as a draft anyway.
func Question(stale []File, drafts bool, width int) string {
	lines := []string{"These saved files no longer match your answers:"}
	const shown = 4
	for i, f := range stale {
		if i == shown && len(stale) > shown+1 {
			lines = append(lines, fmt.Sprintf("  … and %d more", len(stale)-shown))
			break
		}
		lines = append(lines, ansi.Truncate("  "+base.Printable(filepath.Base(f.Path))+": the "+f.What, width, "…"))
	}
	says := map[Kind][2]string{Posting: {"s", "the posting"}, Kit: {"i then s", "the interview kit"},
		Answers: {"a", "the answers"}, Profile: {"p", "the profile"}}
	var keys []string
	for _, k := range []Kind{Posting, Kit, Answers, Profile} {
		if slices.ContainsFunc(stale, func(f File) bool { return f.Kind == k }) {
			verb := " " // "s saves the posting, a the answers"
			if len(keys) == 0 {
				verb = " saves "
			}
			keys = append(keys, says[k][0]+verb+says[k][1])
		}
	}
	lines = append(lines, "To save again, press n; then on review, "+strings.Join(keys, ", ")+".")
	if drafts {
		lines = append(lines, "Your answers are kept as a draft either way.")
	}
	lines = append(lines, "Quit anyway? (y/n)")
	return ansi.Wordwrap(strings.Join(lines, "\n"), max(width, 10), "")
}

// Same reports whether two answers write the same files: equal in every
// field, an empty list and no list alike (as in the answers file).
func Same(x, y answers.Answers) bool {
	return same(reflect.ValueOf(x), reflect.ValueOf(y))
}

func same(x, y reflect.Value) bool {
	switch x.Kind() {
	case reflect.Slice:
		return x.Len() == y.Len() && all(x.Len(), func(i int) bool { return same(x.Index(i), y.Index(i)) })
	case reflect.Map:
		keys := x.MapKeys()
		return x.Len() == y.Len() && all(len(keys), func(i int) bool {
			v := y.MapIndex(keys[i])
			return v.IsValid() && same(x.MapIndex(keys[i]), v)
		})
	case reflect.Struct:
		return all(x.NumField(), func(i int) bool { return same(x.Field(i), y.Field(i)) })
	case reflect.Pointer:
		if x.IsNil() || y.IsNil() {
			return x.IsNil() == y.IsNil()
		}
		return same(x.Elem(), y.Elem())
	}
	return x.Equal(y)
}

func all(n int, ok func(int) bool) bool {
	for i := range n {
		if !ok(i) {
			return false
		}
	}
	return true
}
