package answers

import (
	"bytes"
	"encoding/json"
	"reflect"

	"amjd/model/base"

	"github.com/goccy/go-yaml"
)

// YAMLOptions are how amjd writes answers and drafts: every string in double
// quotes. goccy/go-yaml (v1.19.2) writes some strings plain that it cannot
// read back ("? Quest Co", ".nan", "- item"), so a saved file would not load;
// JSON's string form is a valid double-quoted YAML scalar for any text.
func YAMLOptions() []yaml.EncodeOption {
	return []yaml.EncodeOption{yaml.IndentSequence(true), yaml.CustomMarshaler[string](quoteString)}
}

func quoteString(s string) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		return nil, err
	}
	return bytes.TrimRight(b.Bytes(), "\n"), nil
}

// EncodeAnswers writes answers as YAML that ParseAnswers reads back as they are.
func EncodeAnswers(a Answers) ([]byte, error) {
	return yaml.MarshalWithOptions(a, YAMLOptions()...)
}

// File is the answers as a file that amjd render and --answers accept:
// a header saying how to re-run it, then the answers.
func File(a Answers) ([]byte, error) {
	body, err := EncodeAnswers(a)
	if err != nil {
		return nil, err
	}
	header := "# amjd answers. Re-run with: amjd --answers FILE   or   amjd render --answers FILE\n"
	return append([]byte(header), body...), nil
}

// SanitizeAnswers cleans every text of answers read from a file, so that
// nothing in them can reach a terminal as a control sequence.
func SanitizeAnswers(a *Answers) { sanitizeAnswers(a) }

func sanitizeAnswers(a *Answers) {
	sanitizeValue(reflect.ValueOf(a).Elem())
}

func sanitizeValue(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		if s := v.String(); s != base.Sanitize(s) {
			v.SetString(base.Sanitize(s))
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			sanitizeValue(v.Field(i))
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			sanitizeValue(v.Index(i))
		}
	case reflect.Pointer:
		if !v.IsNil() {
			sanitizeValue(v.Elem())
		}
	}
}
