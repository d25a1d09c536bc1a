package importer

import (
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/markup"
)

// Options says how to read the text.
type Options struct {
	Name  string         // the file's name, a hint to its format ("" for stdin)
	Input checker.Format // overrides the format told from the content
}

// Note is a value amjd inferred, with the line it came from.
type Note struct {
	Field, Value string
	Line         int
	From         string // the words it was inferred from
}

// Gap is a field the text does not state, and the wizard step that fills it.
type Gap struct{ Field, Step string }

// Result is the answers read from a posting, and what the comment at the top
// of the answers file says of them.
type Result struct {
	Answers  answers.Answers
	Inferred []Note
	Gaps     []Gap
	Cut      []string // what was over the answers' limits and left out
	Format   checker.Format
	Encoding string // "Windows-1252" for a legacy file read as such; "" for UTF-8
}

// Errors for text that is not one job description.
var (
	ErrEmpty      = errors.New("the file is empty")
	ErrBinary     = errors.New("the file is not text (it holds bytes that are not UTF-8 text)")
	ErrNotPosting = errors.New("this does not read as a job description: it names no job in its first lines, or says less than a posting does (responsibilities, requirements, pay, how to apply)")
)

// SeveralError says a file holds more than one posting, and where the
// second starts.
type SeveralError struct {
	Line  int
	Title string
}

func (e SeveralError) Error() string {
	return fmt.Sprintf("this file holds more than one job description: a second one, %q, starts at line %d; import them one at a time", e.Title, e.Line)
}

// Import reads a job description and gives the answers it states.
func Import(c *content.Catalog, text string, o Options) (Result, error) {
	if strings.TrimSpace(text) == "" {
		return Result{}, ErrEmpty
	}
	encoding := ""
	if !utf8.ValidString(text) {
		decoded, ok := fromWindows1252(text)
		if !ok {
			return Result{}, ErrBinary
		}
		text, encoding = decoded, "Windows-1252"
	}
	if strings.ContainsRune(text, 0) {
		return Result{}, ErrBinary
	}
	f := o.Input
	if f == "" {
		f = checker.DetectFormat(o.Name, text)
	}
	doc := read(checker.Read(text, f))
	if !doc.isPosting() {
		return Result{}, ErrNotPosting
	}
	if line, title, ok := doc.second(); ok {
		return Result{}, SeveralError{Line: line, Title: title}
	}
	im := &importer{c: c, d: doc}
	im.fill()
	if im.a.Company == "" && f == checker.FormatHTML {
		// A page whose text never names its employer may in its
		// schema.org JobPosting, which job boards read.
		if p, ok := markup.JSONLDPosting(text); ok {
			im.a.Company = strings.TrimSpace(p.Employer)
		}
	}
	im.infer()
	im.catalogIDs()
	im.limit()
	im.valid()
	im.gaps()
	return Result{Answers: im.a, Inferred: im.notes, Gaps: im.gapList, Cut: im.cut, Format: f, Encoding: encoding}, nil
}

// importer fills one answers value from one document.
type importer struct {
	c       *content.Catalog
	d       doc
	a       answers.Answers
	notes   []Note
	gapList []Gap
	cut     []string
	said    map[string]bool // the posting's lines and sentences, by lineKey
	clients *bookSentence   // the sentence that gave the book, read for its kinds of client
}

func (im *importer) note(field, value string, line int, from string) {
	im.notes = append(im.notes, Note{Field: field, Value: value, Line: line, From: clip(from, 80)})
}

// clip shortens s to about n bytes, at a word.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndexByte(s[:n], ' ')
	if cut < n/2 {
		cut = n
		for !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " …"
}

// fromWindows1252 reads a file that Word or Notepad saved as "ANSI" text
// (Windows-1252: curly quotes, dashes and accented letters a byte each),
// which is not UTF-8. Only text comes through: bytes that decode to control
// characters (binary data) make it refuse.
func fromWindows1252(text string) (string, bool) {
	decoded, err := charmap.Windows1252.NewDecoder().String(text)
	if err != nil {
		return "", false
	}
	for _, r := range decoded {
		if r < ' ' && r != '\t' && r != '\n' && r != '\r' && r != '\f' || r >= 0x7f && r < 0xa0 || r == utf8.RuneError {
			return "", false
		}
	}
	return decoded, true
}
