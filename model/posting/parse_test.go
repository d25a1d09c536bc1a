package posting

import (
	"reflect"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// The template documents the format: it must parse cleanly, reproduce the
// default posting, and mention every field the answers file accepts.
func TestAnswersTemplateIsCompleteAndValid(t *testing.T) {
	tmpl := AnswersTemplate(modeltest.Cat())
	a, err := answers.ParseAnswers(modeltest.Cat(), "template.yaml", []byte(tmpl))
	if err != nil {
		t.Fatalf("template does not parse: %v", err)
	}
	if got := Assemble(modeltest.Cat(), a).Markdown(); !strings.Contains(got, "## Responsibilities") {
		t.Error("template does not render a posting")
	}
	var walk func(t reflect.Type, prefix string)
	walk = func(typ reflect.Type, indent string) {
		for i := 0; i < typ.NumField(); i++ {
			name, _, _ := strings.Cut(typ.Field(i).Tag.Get("yaml"), ",")
			if !strings.Contains(tmpl, "\n"+indent+name+":") {
				t.Errorf("template lacks field %q", indent+name)
			}
			ft := typ.Field(i).Type
			if ft.Kind() == reflect.Struct {
				walk(ft, indent+"  ")
			}
		}
	}
	walk(reflect.TypeOf(answers.Answers{}), "")
	c := modeltest.Cat()
	var allIDs []string
	for _, v := range c.Variants {
		allIDs = append(allIDs, v.ID)
	}
	for _, v := range c.KPIs {
		allIDs = append(allIDs, v.ID)
	}
	for _, v := range c.Responsibilities {
		allIDs = append(allIDs, v.ID)
	}
	for _, v := range c.Tools {
		allIDs = append(allIDs, v.ID)
	}
	allIDs = append(allIDs, c.ComplexityOptionIDs()...)
	for _, id := range allIDs {
		if !strings.Contains(tmpl, id) {
			t.Errorf("template does not list option %q", id)
		}
	}
}

func TestTemplateValuesMatchTheDefaults(t *testing.T) {
	a, err := answers.ParseAnswers(modeltest.Cat(), "template.yaml", []byte(AnswersTemplate(modeltest.Cat())))
	if err != nil {
		t.Fatal(err)
	}
	// The template shows an account manager in software; its values must be
	// exactly what amjd would choose for those two answers.
	want := Assemble(modeltest.Cat(), templateExample).Markdown()
	if got := Assemble(modeltest.Cat(), a).Markdown(); got != want {
		t.Errorf("template values differ from the defaults they document:\n%s", modeltest.DiffLines(want, got))
	}
}
