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
			// A field may be documented in a comment, its default not stated.
			if !strings.Contains(tmpl, "\n"+indent+name+":") && !strings.Contains(tmpl, "\n# "+indent+name+":") {
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

// The template answers nothing for the user: a file made from it with only
// its variant changed renders exactly as that variant alone does.
func TestTemplateStatesNothingButTheVariant(t *testing.T) {
	c := modeltest.Cat()
	tmpl := AnswersTemplate(c)
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		edited := strings.Replace(tmpl, "\nvariant: "+templateExample.Variant+"\n", "\nvariant: "+v.ID+"\n", 1)
		a, err := answers.ParseAnswers(c, "template.yaml", []byte(edited))
		if err != nil {
			t.Fatal(err)
		}
		want := Assemble(c, answers.Answers{Variant: v.ID}).Markdown()
		if got := Assemble(c, a).Markdown(); got != want {
			t.Errorf("%s: the template renders other than the variant alone:\n%s", v.ID, modeltest.DiffLines(want, got))
		}
		if !strings.Contains(Assemble(c, a).Markdown(), "# "+v.Title+"\n") {
			t.Errorf("%s: the template's posting is not titled %q", v.ID, v.Title)
		}
	}
}
