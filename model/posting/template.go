package posting

import (
	"reflect"
	"strconv"
	"strings"
	"text/template"

	"amjd/content"
	"amjd/model/answers"
)

// templateExample is the role the answers template is filled in for.
var templateExample = answers.Answers{Variant: "account_manager"}

// AnswersTemplate returns a complete, commented answers file that lists every
// field and every allowed option id. It states nothing as answered but the
// variant: its comments show the defaults amjd picks for templateExample,
// so the documentation cannot drift from the behaviour.
func AnswersTemplate(c *content.Catalog) string {
	funcs := template.FuncMap{
		// ids joins the ID fields of any catalog list.
		"ids": func(list any) string {
			v := reflect.ValueOf(list)
			ids := make([]string, v.Len())
			for i := range ids {
				ids[i] = v.Index(i).FieldByName("ID").String()
			}
			return strings.Join(ids, ", ")
		},
		"list": func(ids []string) string { return "[" + strings.Join(ids, ", ") + "]" },
		"q":    strconv.Quote,
		"join": func(ids []string) string { return strings.Join(ids, ", ") },
	}
	data := struct {
		*content.Catalog
		A        answers.Answers
		Sections []string
	}{c, Resolve(c, templateExample), answers.OptionalSections}
	t := template.Must(template.New("answers").Funcs(funcs).Parse(content.AnswersTemplate))
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		panic(err) // the template is fixed at build time and covered by tests
	}
	return b.String()
}
