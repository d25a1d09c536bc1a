// Package content is amjd's knowledge base: the role variants, tailoring options
// and pools of posting lines, kept as embedded YAML so that wording lives in data
// and selection rules are data, not code.
package content

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"
	"sort"

	"github.com/goccy/go-yaml"
)

//go:generate go run -tags gencatalog ./internal/gencatalog

// The YAML files are the source of the knowledge base; catalog_gen.go is the
// same data as a Go literal generated from them (go generate ./content), so
// amjd decodes nothing at start-up. A test fails when the two differ.
//
//go:embed *.yaml
var files embed.FS

// AnswersTemplate is the text/template of the commented answers file that
// "amjd answers --template" prints.
//
//go:embed answers.tmpl
var AnswersTemplate string

// Catalog is the whole knowledge base.
type Catalog struct {
	Variants         []Variant        `yaml:"variants"`
	PayHints         []PayHint        `yaml:"pay_hints"`
	Industries       []Industry       `yaml:"industries"`
	AccountTypes     []AccountType    `yaml:"account_types"`
	Mixes            []Mix            `yaml:"mixes"`
	Complexity       []ComplexityAxis `yaml:"complexity"`
	KPIs             []KPI            `yaml:"kpis"`
	Workplaces       []PhraseOption   `yaml:"workplaces"`
	Travel           []PhraseOption   `yaml:"travel"`
	Currencies       []Currency       `yaml:"currencies"`
	PayPeriods       []Option         `yaml:"pay_periods"`
	EmploymentTypes  []EmploymentType `yaml:"employment_types"`
	ReportingLines   []string         `yaml:"reporting_lines"`
	Ownership        []Item           `yaml:"ownership"`
	Responsibilities []Item           `yaml:"responsibilities"`
	Skills           []Item           `yaml:"skills"`
	Tools            []Item           `yaml:"tools"`
	Qualifications   []Item           `yaml:"qualifications"`
	Phrases          Phrases          `yaml:"phrases"`
	Defaults         Defaults         `yaml:"defaults"`
	Languages        Languages        `yaml:"languages"`
	Places           Places           `yaml:"places"`
	Checks           Checks           `yaml:"checks"`
	PayLaws          PayLaws          `yaml:"pay_laws"`
	Interview        Interview        `yaml:"interview"`
}

// Selection is what a When is matched against.
type Selection struct {
	Variant      string
	Mix          string
	Industry     string
	Complexity   []string
	AccountTypes []string
	// NewBusiness is a mix with some new business added.
	NewBusiness bool
}

// Matches reports whether the selection satisfies w.
func (w When) Matches(s Selection) bool {
	return anyIn(w.Variant, s.Variant) &&
		(anyIn(w.Mix, s.Mix) || w.NewBusiness && s.NewBusiness) &&
		anyIn(w.Industry, s.Industry) &&
		overlaps(w.Complexity, s.Complexity) &&
		overlaps(w.AccountType, s.AccountTypes)
}

func anyIn(allowed []string, v string) bool {
	if len(allowed) == 0 {
		return true
	}
	for _, a := range allowed {
		if a == v {
			return true
		}
	}
	return false
}

func overlaps(allowed, have []string) bool {
	if len(allowed) == 0 {
		return true
	}
	for _, h := range have {
		if anyIn(allowed, h) {
			return true
		}
	}
	return false
}

// Default returns the catalog compiled into the binary. It is shared: callers
// must not change it.
func Default() *Catalog { return compiled }

// LoadYAML parses the YAML sources, with positioned errors. It is what
// catalog_gen.go is generated from.
func LoadYAML() (*Catalog, error) {
	names, err := fs.Glob(files, "*.yaml")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var c Catalog
	for _, name := range names {
		data, err := files.ReadFile(name)
		if err != nil {
			return nil, err
		}
		// Each file fills its own top-level keys of the one Catalog.
		dec := yaml.NewDecoder(bytes.NewReader(data), yaml.DisallowUnknownField())
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("content/%s: %s", name, yaml.FormatError(err, false, true))
		}
	}
	return &c, nil
}

// find returns the entry of list whose key is id.
func find[T any](list []T, id string, key func(T) string) (T, bool) {
	for _, v := range list {
		if key(v) == id {
			return v, true
		}
	}
	var zero T
	return zero, false
}

// Variant returns the variant with the given id.
func (c *Catalog) Variant(id string) (Variant, bool) {
	return find(c.Variants, id, func(v Variant) string { return v.ID })
}

// Industry returns the industry with the given id.
func (c *Catalog) Industry(id string) (Industry, bool) {
	return find(c.Industries, id, func(v Industry) string { return v.ID })
}

// Mix returns the commercial mix with the given id.
func (c *Catalog) Mix(id string) (Mix, bool) {
	return find(c.Mixes, id, func(v Mix) string { return v.ID })
}

// KPI returns the KPI with the given id.
func (c *Catalog) KPI(id string) (KPI, bool) {
	return find(c.KPIs, id, func(v KPI) string { return v.ID })
}

// AccountType returns the account type with the given id.
func (c *Catalog) AccountType(id string) (AccountType, bool) {
	return find(c.AccountTypes, id, func(v AccountType) string { return v.ID })
}

// Currency returns the currency with the given id.
func (c *Catalog) Currency(id string) (Currency, bool) {
	return find(c.Currencies, id, func(v Currency) string { return v.ID })
}

// Phrase returns the option with the given id from a list of phrase options.
func Phrase(list []PhraseOption, id string) (PhraseOption, bool) {
	return find(list, id, func(v PhraseOption) string { return v.ID })
}

// ItemByID returns the item with the given id from a pool.
func ItemByID(pool []Item, id string) (Item, bool) {
	return find(pool, id, func(v Item) string { return v.ID })
}

// IDs lists the ids of any slice of catalog entries, in catalog order.
func IDs[T any](list []T, id func(T) string) []string {
	out := make([]string, len(list))
	for i, v := range list {
		out[i] = id(v)
	}
	return out
}

// EmploymentType returns the employment type with the given id.
func (c *Catalog) EmploymentType(id string) (EmploymentType, bool) {
	for _, e := range c.EmploymentTypes {
		if e.ID == id {
			return e, true
		}
	}
	return EmploymentType{}, false
}

// ComplexityOptionIDs lists every complexity option id, axis by axis.
func (c *Catalog) ComplexityOptionIDs() []string {
	var out []string
	for _, ax := range c.Complexity {
		for _, o := range ax.Options {
			out = append(out, o.ID)
		}
	}
	return out
}
