// Package golit writes a Go value as Go source: the composite literal that
// builds it. amjd's catalog is compiled into the binary this way, so loading
// it costs nothing at start-up.
package golit

import (
	"fmt"
	"reflect"
	"sort"
	"strconv"
	"strings"
)

// Write returns the Go literal of v. Type names lose the qualifier pkg
// ("content.Variant" is written "Variant"), so the literal compiles inside
// that package. Zero fields of structs are left out.
func Write(v any, pkg string) string {
	w := writer{pkg: pkg + "."}
	w.value(reflect.ValueOf(v), 0)
	return w.b.String()
}

type writer struct {
	b   strings.Builder
	pkg string
}

func (w *writer) typeName(t reflect.Type) string {
	return strings.ReplaceAll(t.String(), w.pkg, "")
}

func (w *writer) indent(depth int) { w.b.WriteString(strings.Repeat("\t", depth)) }

func (w *writer) value(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() {
			w.b.WriteString("nil")
			return
		}
		w.b.WriteString("&")
		w.value(v.Elem(), depth)
	case reflect.Struct:
		w.structValue(v, depth)
	case reflect.Slice:
		if v.IsNil() {
			w.b.WriteString("nil")
			return
		}
		w.b.WriteString(w.typeName(v.Type()) + "{\n")
		for i := 0; i < v.Len(); i++ {
			w.indent(depth + 1)
			w.value(v.Index(i), depth+1)
			w.b.WriteString(",\n")
		}
		w.indent(depth)
		w.b.WriteString("}")
	case reflect.Map:
		w.mapValue(v, depth)
	case reflect.String:
		w.b.WriteString(strconv.Quote(v.String()))
	case reflect.Int, reflect.Int64:
		w.b.WriteString(strconv.FormatInt(v.Int(), 10))
	case reflect.Float64:
		w.b.WriteString(strconv.FormatFloat(v.Float(), 'g', -1, 64))
	case reflect.Bool:
		w.b.WriteString(strconv.FormatBool(v.Bool()))
	default:
		panic(fmt.Sprintf("golit: cannot write a %s", v.Kind()))
	}
}

func (w *writer) structValue(v reflect.Value, depth int) {
	w.b.WriteString(w.typeName(v.Type()) + "{")
	wrote := false
	for i := 0; i < v.NumField(); i++ {
		f := v.Field(i)
		if f.IsZero() {
			continue
		}
		if !wrote {
			w.b.WriteString("\n")
			wrote = true
		}
		w.indent(depth + 1)
		w.b.WriteString(v.Type().Field(i).Name + ": ")
		w.value(f, depth+1)
		w.b.WriteString(",\n")
	}
	if wrote {
		w.indent(depth)
	}
	w.b.WriteString("}")
}

func (w *writer) mapValue(v reflect.Value, depth int) {
	if v.IsNil() {
		w.b.WriteString("nil")
		return
	}
	keys := v.MapKeys()
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	w.b.WriteString(w.typeName(v.Type()) + "{\n")
	for _, k := range keys {
		w.indent(depth + 1)
		w.value(k, depth+1)
		w.b.WriteString(": ")
		w.value(v.MapIndex(k), depth+1)
		w.b.WriteString(",\n")
	}
	w.indent(depth)
	w.b.WriteString("}")
}
