package answers

import (
	"bytes"
	"fmt"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/parser"
	"github.com/goccy/go-yaml/token"

	"amjd/content"
	"amjd/model/base"
)

// MaxAnswersSize caps an answers file; real ones are a few kilobytes.
const MaxAnswersSize = 1 << 20

// InputError is one problem in an answers file, located by line and column.
type InputError struct {
	File    string
	Line    int
	Col     int
	Field   string
	Msg     string
	Allowed []string
}

func (e *InputError) Error() string {
	var b strings.Builder
	// Names and values come from the file: never let them drive the terminal.
	fmt.Fprintf(&b, "%s:%d:%d: ", base.Printable(e.File), e.Line, e.Col)
	if e.Field != "" {
		b.WriteString(base.Printable(e.Field))
		b.WriteString(": ")
	}
	b.WriteString(base.Printable(e.Msg))
	if len(e.Allowed) > 0 {
		b.WriteString(" (allowed: ")
		b.WriteString(strings.Join(e.Allowed, ", "))
		b.WriteString(")")
	}
	return b.String()
}

// InputErrors is every problem found in one answers file, in file order.
type InputErrors []*InputError

// maxReported is how many problems of one file are listed before the rest
// are counted.
const maxReported = 20

func (es InputErrors) Error() string {
	var lines []string
	for i, e := range es {
		if i == maxReported {
			lines = append(lines, fmt.Sprintf("… and %s more", base.FormatAmount(float64(len(es)-maxReported))))
			break
		}
		lines = append(lines, e.Error())
	}
	return strings.Join(lines, "\n")
}

// ParseAnswers reads an answers file. name is used in error messages only.
// The result is validated against the catalog; all problems are reported at once.
func ParseAnswers(cat *content.Catalog, name string, data []byte) (Answers, error) {
	a, _, err := parseAnswers(cat, name, data)
	return a, err
}

// parseAnswers is ParseAnswers, also returning where each field is.
func parseAnswers(cat *content.Catalog, name string, data []byte) (Answers, map[string]*token.Position, error) {
	var a Answers
	body, err := answersDocument(name, bytes.TrimPrefix(data, utf8BOM))
	if err != nil {
		return a, nil, err
	}
	w := shapeWalker{file: name, positions: map[string]*token.Position{}}
	w.walk(body, reflect.TypeOf(a), "")
	// The fields whose shape is right are decoded and validated too, so one
	// pass reports every problem: "accounts: six" does not hide "mix: hunting".
	if err := decodeGoodFields(body, &a, w.bad); err != nil {
		return a, nil, fromYAMLError(name, err)
	}
	sanitizeAnswers(&a)
	SpellOptions(cat, &a)
	out := w.errs
	for _, fe := range Validate(cat, a) {
		if w.badUnder(fe.Path) {
			continue // already reported as a shape problem
		}
		ie := &InputError{File: name, Line: 1, Col: 1, Field: fe.Path, Msg: fe.Msg, Allowed: fe.Allowed}
		if p := w.nearest(fe.Path); p != nil {
			ie.Line, ie.Col = p.Line, p.Column
		}
		out = append(out, ie)
	}
	if len(out) == 0 {
		return a, w.positions, nil
	}
	sortByPosition(out)
	return a, w.positions, out
}

func sortByPosition(es InputErrors) {
	sort.SliceStable(es, func(i, j int) bool {
		if es[i].Line != es[j].Line {
			return es[i].Line < es[j].Line
		}
		return es[i].Col < es[j].Col
	})
}

// answersDocument parses the file, after the guard, into its one document.
func answersDocument(name string, data []byte) (ast.Node, error) {
	at := func(line, col int, msg string) error {
		return InputErrors{{File: name, Line: line, Col: col, Msg: msg}}
	}
	if err := GuardYAML(name, data); err != nil {
		return nil, err
	}
	// Duplicate keys are reported by the shape check, with the field path.
	file, err := parser.ParseBytes(data, 0, parser.AllowDuplicateMapKey())
	if err != nil {
		return nil, fromYAMLError(name, err)
	}
	var docs []*ast.DocumentNode
	for _, d := range file.Docs {
		if d != nil && d.Body != nil {
			if _, isComment := d.Body.(*ast.CommentGroupNode); !isComment {
				docs = append(docs, d)
			}
		}
	}
	if len(docs) == 0 {
		return nil, at(1, 1, "answers file is empty; it needs at least a line such as \"variant: account_manager\" (see amjd answers --template)")
	}
	if len(docs) > 1 {
		p := docs[1].Body.GetToken().Position
		if docs[1].Start != nil {
			p = docs[1].Start.Position
		}
		return nil, at(p.Line, p.Column, "an answers file holds one YAML document; remove the second \"---\" section")
	}
	return docs[0].Body, nil
}

// decodeGoodFields decodes every top-level field that has no shape problem.
func decodeGoodFields(body ast.Node, a *Answers, bad map[string]bool) error {
	if len(bad) == 0 {
		return yaml.NodeToValue(body, a, yaml.AllowDuplicateMapKey())
	}
	m, ok := body.(*ast.MappingNode)
	if !ok {
		if mv, ok := body.(*ast.MappingValueNode); ok {
			m = &ast.MappingNode{Values: []*ast.MappingValueNode{mv}}
		} else {
			return nil
		}
	}
	v := reflect.ValueOf(a).Elem()
	for _, pair := range m.Values {
		key := pair.Key.GetToken().Value
		if bad[key] {
			continue
		}
		for i := 0; i < v.NumField(); i++ {
			if name, _, _ := strings.Cut(v.Type().Field(i).Tag.Get("yaml"), ","); name == key {
				if err := yaml.NodeToValue(pair.Value, v.Field(i).Addr().Interface(), yaml.AllowDuplicateMapKey()); err != nil {
					return err
				}
			}
		}
	}
	return nil
}

// utf8BOM starts files some editors save; it is not part of the text.
var utf8BOM = []byte("\xEF\xBB\xBF")

// Limits a YAML file must meet before it is parsed, so that no file can make
// the parser spend unbounded time or memory: real answers files are a few
// kilobytes, nest three deep and have a few hundred keys and list items.
const (
	maxNesting = 32
	maxItems   = 2000
)

// GuardYAML refuses, with the line concerned, a file that is too large, not
// UTF-8 text, nested too deep or has too many keys to be an answers file or a
// draft. It runs before the YAML parser and costs one pass over the bytes.
func GuardYAML(name string, data []byte) error {
	at := func(line, col int, msg string) error {
		return InputErrors{{File: name, Line: line, Col: col, Msg: msg}}
	}
	switch {
	case len(data) > MaxAnswersSize:
		return at(1, 1, fmt.Sprintf("file is %d bytes; answers files are limited to %d bytes", len(data), MaxAnswersSize))
	case !utf8.Valid(data):
		line, col := invalidUTF8Position(data)
		return at(line, col, "file is not valid UTF-8 text; save it as UTF-8")
	case bytes.IndexByte(data, 0) >= 0:
		line, col := positionOf(data, bytes.IndexByte(data, 0))
		return at(line, col, "file contains a NUL byte; it does not look like a text file")
	}
	shape := scanYAML(data)
	if shape.depth > maxNesting {
		return at(shape.depthLine, 1, fmt.Sprintf("nesting is %d levels deep; answers files need at most a few, so this is not an answers file", shape.depth))
	}
	if shape.items > maxItems {
		return at(shape.itemsLine, 1, fmt.Sprintf("has more than %s keys and list items; an answers file has a few hundred at most, so this is not one", base.FormatAmount(maxItems)))
	}
	return nil
}

func fromYAMLError(name string, err error) error {
	if ye, ok := err.(yaml.Error); ok && ye.GetToken() != nil {
		p := ye.GetToken().Position
		return InputErrors{{File: name, Line: p.Line, Col: p.Column, Msg: "YAML: " + ye.GetMessage()}}
	}
	return InputErrors{{File: name, Line: 1, Col: 1, Msg: "YAML: " + err.Error()}}
}

func invalidUTF8Position(data []byte) (int, int) {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size == 1 {
			return positionOf(data, i)
		}
		i += size
	}
	return 1, 1
}

// positionOf converts a byte offset into a 1-based line and column (in runes).
func positionOf(data []byte, offset int) (int, int) {
	before := data[:offset]
	line := bytes.Count(before, []byte("\n")) + 1
	lineStart := bytes.LastIndexByte(before, '\n') + 1
	return line, utf8.RuneCount(before[lineStart:]) + 1
}
