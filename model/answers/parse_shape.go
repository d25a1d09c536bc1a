package answers

import (
	"fmt"
	"math"
	"reflect"
	"strconv"
	"strings"

	"amjd/model/base"

	"github.com/goccy/go-yaml/ast"
	"github.com/goccy/go-yaml/token"
)

// shapeWalker checks the YAML tree against the Answers type before decoding, so
// that unknown keys and wrong types are reported with the field's path, its
// position and the keys that are allowed there. It also records where each path
// is, so later validation errors can point at the right line.
type shapeWalker struct {
	file      string
	errs      InputErrors
	positions map[string]*token.Position
	bad       map[string]bool // top-level fields with a problem
	// typedNumbers is set while walking a struct that reads its whole
	// numbers as managers type them (Book: "45", "2.1M").
	typedNumbers bool
}

// readsTypedNumbers is a struct whose UnmarshalYAML reads its whole numbers
// from text too.
type readsTypedNumbers interface{ readsTypedNumbers() }

var typedNumbersType = reflect.TypeFor[readsTypedNumbers]()

func (w *shapeWalker) fail(n ast.Node, path, msg string, allowed ...string) {
	p := n.GetToken().Position
	w.errs = append(w.errs, &InputError{File: w.file, Line: p.Line, Col: p.Column, Field: path, Msg: msg, Allowed: allowed})
	if w.bad == nil {
		w.bad = map[string]bool{}
	}
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	w.bad[top] = true
}

// badUnder reports whether the top-level field of path had a shape problem.
func (w *shapeWalker) badUnder(path string) bool {
	top, _, _ := strings.Cut(path, ".")
	top, _, _ = strings.Cut(top, "[")
	return w.bad[top]
}

// nearest returns the position of path or of its closest recorded parent.
func (w *shapeWalker) nearest(path string) *token.Position {
	for path != "" {
		if p, ok := w.positions[path]; ok {
			return p
		}
		cut := strings.LastIndexAny(path, ".[")
		if cut < 0 {
			break
		}
		path = path[:cut]
	}
	return nil
}

func yamlFields(t reflect.Type) (names []string, byName map[string]reflect.Type) {
	byName = map[string]reflect.Type{}
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		names = append(names, name)
		byName[name] = f.Type
	}
	return names, byName
}

func describeNode(n ast.Node) string {
	switch n.(type) {
	case *ast.MappingNode, *ast.MappingValueNode:
		return "a mapping"
	case *ast.SequenceNode:
		return "a list"
	case *ast.BoolNode:
		return "true/false"
	case *ast.IntegerNode, *ast.FloatNode:
		return "a number"
	default:
		return fmt.Sprintf("%q", n.GetToken().Value)
	}
}

func isScalar(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Struct, reflect.Slice, reflect.Map:
		return false
	case reflect.Pointer:
		return isScalar(t.Elem())
	}
	return true
}

func (w *shapeWalker) walk(n ast.Node, t reflect.Type, path string) {
	if n == nil {
		return
	}
	switch v := n.(type) {
	case *ast.NullNode:
		return // an empty value keeps the default
	case *ast.AnchorNode, *ast.AliasNode, *ast.MergeKeyNode:
		w.fail(n, path, "YAML anchors, aliases and merge keys are not supported in answers files; write the value out")
		return
	case *ast.TagNode:
		w.fail(n, path, "YAML tags are not supported in answers files; remove "+v.Start.Value)
		return
	}
	// Problems with a whole mapping or list point at its key; problems with a
	// single value point at the value itself.
	if _, recorded := w.positions[path]; !recorded || isScalar(t) {
		w.positions[path] = n.GetToken().Position
	}
	switch t.Kind() {
	case reflect.Struct:
		w.walkStruct(n, t, path)
	case reflect.Map:
		w.walkMap(n, t, path)
	case reflect.Slice:
		seq, ok := n.(*ast.SequenceNode)
		if !ok {
			w.fail(n, path, "expected a list, got "+describeNode(n))
			return
		}
		for i, item := range seq.Values {
			w.walk(item, t.Elem(), fmt.Sprintf("%s[%d]", path, i))
		}
	case reflect.Pointer:
		w.walk(n, t.Elem(), path)
	default:
		w.walkScalar(n, t, path)
	}
}

// pairsOf returns the key-value pairs of a mapping node, or false.
func pairsOf(n ast.Node) ([]*ast.MappingValueNode, bool) {
	switch m := n.(type) {
	case *ast.MappingNode:
		return m.Values, true
	case *ast.MappingValueNode:
		return []*ast.MappingValueNode{m}, true
	}
	return nil, false
}

func childPath(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func (w *shapeWalker) walkStruct(n ast.Node, t reflect.Type, path string) {
	names, byName := yamlFields(t)
	pairs, ok := pairsOf(n)
	if !ok {
		w.fail(n, path, "expected a mapping of fields, got "+describeNode(n), names...)
		return
	}
	seen := map[string]bool{}
	outer := w.typedNumbers
	w.typedNumbers = reflect.PointerTo(t).Implements(typedNumbersType)
	defer func() { w.typedNumbers = outer }()
	if t == reflect.TypeFor[Pay]() {
		w.oneRange(pairs, path)
	}
	for _, pair := range pairs {
		key := pair.Key.GetToken().Value
		child := childPath(path, key)
		ft, ok := byName[key]
		switch {
		case !ok:
			w.fail(pair.Key, child, "unknown field", names...)
		case seen[key]:
			w.fail(pair.Key, child, "field appears twice; keep one")
		default:
			seen[key] = true
			w.positions[child] = pair.Key.GetToken().Position
			w.walk(pair.Value, ft, child)
		}
	}
}

// walkMap checks a mapping whose keys are data (the complexity axes); which
// keys are allowed is Validate's to say.
func (w *shapeWalker) walkMap(n ast.Node, t reflect.Type, path string) {
	pairs, ok := pairsOf(n)
	if !ok {
		w.fail(n, path, "expected a mapping, got "+describeNode(n))
		return
	}
	seen := map[string]bool{}
	for _, pair := range pairs {
		key := pair.Key.GetToken().Value
		child := childPath(path, key)
		if seen[key] {
			w.fail(pair.Key, child, "field appears twice; keep one")
			continue
		}
		seen[key] = true
		w.positions[child] = pair.Key.GetToken().Position
		w.walk(pair.Value, t.Elem(), child)
	}
}

func (w *shapeWalker) walkScalar(n ast.Node, t reflect.Type, path string) {
	if _, number := n.(*ast.IntegerNode); number && (t.Kind() == reflect.Int || t.Kind() == reflect.Int64 || t.Kind() == reflect.Float64) {
		if v := strings.ToLower(n.GetToken().Value); strings.HasPrefix(v, "0x") || strings.HasPrefix(v, "0o") || strings.HasPrefix(v, "0b") {
			w.fail(n, path, fmt.Sprintf("write numbers in decimal, like 50000; got %s", n.GetToken().Value))
			return
		}
	}
	switch n.(type) {
	case *ast.StringNode, *ast.FloatNode:
		// "90.000" is a float to YAML, and ninety thousand to many people.
		if msg := AmbiguousAmount(n.GetToken().Value); msg != "" && (t.Kind() == reflect.Int || t.Kind() == reflect.Int64 || t.Kind() == reflect.Float64) {
			w.fail(n, path, msg)
			return
		}
	}
	switch t.Kind() {
	case reflect.Bool:
		if _, ok := n.(*ast.BoolNode); !ok {
			w.fail(n, path, "expected true or false, got "+describeNode(n))
		}
	case reflect.Int, reflect.Int64:
		w.walkWhole(n, path)
	case reflect.Float64:
		switch n.(type) {
		case *ast.IntegerNode, *ast.FloatNode:
		default:
			value := n.GetToken().Value
			if x, err := strconv.ParseFloat(value, 64); err == nil && (math.IsNaN(x) || math.IsInf(x, 0) || x > MaxPay) {
				w.fail(n, path, fmt.Sprintf("%s is not a usable amount; amounts go up to %s", value, base.FormatAmount(MaxPay)))
				return
			}
			// An amount written as managers write it ("95k", "$1.2M", '50000')
			// is read as the wizard reads it (Amount.UnmarshalYAML).
			if _, isText := n.(*ast.StringNode); !isText || !readable(value) {
				w.fail(n, path, "expected an amount such as 95000, 95k or 90-110k, got "+describeNode(n))
			}
		}
	case reflect.String:
		switch n.(type) {
		case *ast.StringNode, *ast.LiteralNode, *ast.IntegerNode, *ast.FloatNode, *ast.BoolNode:
		default:
			w.fail(n, path, "expected text, got "+describeNode(n))
		}
	}
}

// walkWhole checks a whole number: written out, or, where the struct reads
// typed numbers, as a manager types one ("45", "2.1M").
func (w *shapeWalker) walkWhole(n ast.Node, path string) {
	switch v := n.(type) {
	case *ast.IntegerNode:
		return
	case *ast.FloatNode:
		w.fail(n, path, fmt.Sprintf("expected a whole number written out, like 50000; got %s", n.GetToken().Value))
		return
	case *ast.StringNode:
		if x, ok := ReadAmount(v.Value); w.typedNumbers && ok && x == math.Trunc(x) && x >= 0 && x < 1<<53 {
			return
		}
		if w.typedNumbers {
			w.fail(n, path, "expected a whole number, like 45, 3500000 or 3.5M; got "+describeNode(n))
			return
		}
	}
	w.fail(n, path, "expected a whole number, got "+describeNode(n))
}

// readable reports an amount or a range of two, as the wizard reads them.
func readable(amount string) bool {
	if _, ok := ReadAmount(amount); ok {
		return true
	}
	_, _, ok := ReadRange(amount)
	return ok
}

// oneRange refuses a pay range typed into one end when the other end is
// given too: which would the other end be?
func (w *shapeWalker) oneRange(pairs []*ast.MappingValueNode, path string) {
	ends := 0
	var ranged *ast.MappingValueNode
	for _, pair := range pairs {
		key := pair.Key.GetToken().Value
		if key != "min" && key != "max" {
			continue
		}
		if _, isNull := pair.Value.(*ast.NullNode); isNull {
			continue
		}
		ends++
		if s, ok := pair.Value.(*ast.StringNode); ok {
			if _, _, isRange := ReadRange(s.Value); isRange {
				ranged = pair
			}
		}
	}
	if ranged != nil && ends > 1 {
		w.fail(ranged.Value, childPath(path, ranged.Key.GetToken().Value),
			"a whole range here leaves no room for the other end: give the range once, or each end in its own")
	}
}
