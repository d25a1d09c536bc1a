// Package content is amjd's knowledge base: the role variants, tailoring options
// and pools of posting lines, kept as embedded YAML so that wording lives in data
// and selection rules are data, not code.
package content

import (
	"bytes"
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"sort"
	"sync"

	"github.com/goccy/go-yaml"
)

//go:generate go run ./internal/gencatalog

// The YAML files are the source of the knowledge base; catalog.json is the
// same data generated from them (go generate ./content), because decoding JSON
// takes a twentieth of the time YAML does and amjd loads it at every start. A
// test fails when the two differ.
//
//go:embed *.yaml
var files embed.FS

//go:embed catalog.json
var catalogJSON []byte

// AnswersTemplate is the text/template of the commented answers file that
// "amjd answers --template" prints.
//
//go:embed answers.tmpl
var AnswersTemplate string

// Variant is one kind of account role the wizard can write a posting for.
type Variant struct {
	ID           string            `yaml:"id"`
	Name         string            `yaml:"name"`
	Blurb        string            `yaml:"blurb"`
	Title        string            `yaml:"title"`
	Summary      string            `yaml:"summary"`
	Accounts     int               `yaml:"accounts"`
	Revenue      int64             `yaml:"revenue"`
	Years        int               `yaml:"years"`
	ReportsTo    string            `yaml:"reports_to"`
	Mix          string            `yaml:"mix"`
	Complexity   VariantComplexity `yaml:"complexity"`
	AccountTypes []string          `yaml:"account_types"`
	Travel       string            `yaml:"travel"`
	KPIs         []KPITarget       `yaml:"kpis"`
	Pay          PayHint           `yaml:"pay"`
	// Refused marks a look-alike job that amjd explains and declines to write.
	Refused bool   `yaml:"refused"`
	Refusal string `yaml:"refusal"`
}

// VariantComplexity is the default answer on each complexity axis.
type VariantComplexity struct {
	Teams     string `yaml:"teams"`
	Work      string `yaml:"work"`
	Contracts string `yaml:"contracts"`
}

// KPITarget is a default KPI of a variant with its default target.
type KPITarget struct {
	ID     string `yaml:"id"`
	Target string `yaml:"target"`
}

// PayHint is a typical market range, offered as a starting point only.
type PayHint struct {
	Min      float64 `yaml:"min"`
	Max      float64 `yaml:"max"`
	Currency string  `yaml:"currency"`
	Period   string  `yaml:"period"`
}

// Industry changes what the role emphasises.
type Industry struct {
	ID       string `yaml:"id"`
	Name     string `yaml:"name"`
	Field    string `yaml:"field"`
	Emphasis string `yaml:"emphasis"`
	About    string `yaml:"about"`
}

// AccountType is a kind of client in the book of business.
type AccountType struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	Phrase string `yaml:"phrase"`
}

// Mix is the commercial mix: how much of the job is keeping versus selling.
type Mix struct {
	ID          string `yaml:"id"`
	Name        string `yaml:"name"`
	Blurb       string `yaml:"blurb"`
	Summary     string `yaml:"summary"`
	Short       string `yaml:"short"`
	VariablePay string `yaml:"variable_pay"`
	// Disclosure is stated in every posting with this mix: it is partly a sales role.
	Disclosure string `yaml:"disclosure"`
	// ShortDisclosure says the same in the job-board form.
	ShortDisclosure string `yaml:"short_disclosure"`
}

// ComplexityAxis is one question about the internal complexity of the role.
type ComplexityAxis struct {
	ID       string         `yaml:"id"`
	Name     string         `yaml:"name"`
	Question string         `yaml:"question"`
	Options  []PhraseOption `yaml:"options"`
}

// Option is a plain choice with a display name.
type Option struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
}

// PhraseOption is a choice that contributes one sentence to the posting.
type PhraseOption struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	Phrase string `yaml:"phrase"`
}

// KPI is a success metric with its phrasing for the posting.
type KPI struct {
	ID            string `yaml:"id"`
	Label         string `yaml:"label"` // short, lower-case, for running text
	Name          string `yaml:"name"`
	WithTarget    string `yaml:"with_target"`
	WithoutTarget string `yaml:"without_target"`
}

// Currency is a pay currency and how amounts in it are written.
type Currency struct {
	ID     string `yaml:"id"`
	Symbol string `yaml:"symbol"`
}

// When says which answers an item applies to. Within a dimension any value
// matches; every non-empty dimension must match. An empty When always matches.
type When struct {
	Variant     []string `yaml:"variant"`
	Mix         []string `yaml:"mix"`
	Industry    []string `yaml:"industry"`
	Complexity  []string `yaml:"complexity"`
	AccountType []string `yaml:"account_type"`
}

// Item is one line of a pool (a responsibility, a skill, a tool, ...).
type Item struct {
	ID   string `yaml:"id"`
	Text string `yaml:"text"`
	When When   `yaml:"when"`
	// Default (tools only) says when the tool is pre-selected; nil means never.
	Default *When `yaml:"default"`
	// Kind (qualifications only) is "required" or "preferred".
	Kind string `yaml:"kind"`
	// Rank orders what goes first when a pool is over its limit: 3 goes first,
	// 1 never goes; 0 means the usual 2.
	Rank int `yaml:"rank"`
}

// Defaults holds the default wording of the closing sections.
type Defaults struct {
	Benefits         []string `yaml:"benefits"`
	EqualOpportunity string   `yaml:"equal_opportunity"`
	HowToApply       string   `yaml:"how_to_apply"`
}

// Catalog is the whole knowledge base.
type Catalog struct {
	Variants         []Variant        `yaml:"variants"`
	Industries       []Industry       `yaml:"industries"`
	AccountTypes     []AccountType    `yaml:"account_types"`
	Mixes            []Mix            `yaml:"mixes"`
	Complexity       []ComplexityAxis `yaml:"complexity"`
	KPIs             []KPI            `yaml:"kpis"`
	Workplaces       []PhraseOption   `yaml:"workplaces"`
	Travel           []PhraseOption   `yaml:"travel"`
	Currencies       []Currency       `yaml:"currencies"`
	PayPeriods       []Option         `yaml:"pay_periods"`
	ReportingLines   []string         `yaml:"reporting_lines"`
	Ownership        []Item           `yaml:"ownership"`
	Responsibilities []Item           `yaml:"responsibilities"`
	Skills           []Item           `yaml:"skills"`
	Tools            []Item           `yaml:"tools"`
	Qualifications   []Item           `yaml:"qualifications"`
	Defaults         Defaults         `yaml:"defaults"`
	Checks           Checks           `yaml:"checks"`
	PayLaws          PayLaws          `yaml:"pay_laws"`
}

// PhraseFix is a phrase the checker flags, with what to write instead.
type PhraseFix struct {
	Phrase string `yaml:"phrase"`
	Fix    string `yaml:"fix"`
}

// DutyFamily is one kind of job; a posting spanning several is several jobs.
type DutyFamily struct {
	ID    string   `yaml:"id"`
	Name  string   `yaml:"name"`
	Words []string `yaml:"words"`
}

// Checks holds the word lists of the quality checks. A trailing * in a word
// matches any ending.
type Checks struct {
	Vague             []PhraseFix  `yaml:"vague"`
	Exclusionary      []PhraseFix  `yaml:"exclusionary"`
	Masculine         []string     `yaml:"masculine"`
	Feminine          []string     `yaml:"feminine"`
	SalesDuties       []string     `yaml:"sales_duties"`
	SalesDisclosure   []string     `yaml:"sales_disclosure"`
	Accounting        []string     `yaml:"accounting"`
	AccountManagement []string     `yaml:"account_management"`
	Rigour            []string     `yaml:"rigour"`
	Soft              []string     `yaml:"soft"`
	Tools             []string     `yaml:"tools"`
	Reporting         []string     `yaml:"reporting"`
	Metrics           []string     `yaml:"metrics"`
	Families          []DutyFamily `yaml:"families"`
	Placeholders      []string     `yaml:"placeholders"`
	ThirdPerson       []string     `yaml:"third_person"`
}

// PayLaws is the table of pay-transparency laws, as of a date.
type PayLaws struct {
	AsOf string   `yaml:"as_of"`
	Laws []PayLaw `yaml:"laws"`
}

// PayLaw is one law that requires pay ranges in postings.
type PayLaw struct {
	ID           string `yaml:"id"`
	Jurisdiction string `yaml:"jurisdiction"`
	Law          string `yaml:"law"`
	Effective    string `yaml:"effective"`
	Employers    string `yaml:"employers"`
	// Benefits is set when the posting must also describe benefits.
	Benefits bool `yaml:"benefits"`
	// MaxRange is the widest range allowed, in local currency (0: no limit).
	MaxRange float64 `yaml:"max_range"`
	// BeforeInterview is set when the pay may be given before the first
	// interview instead of in the posting.
	BeforeInterview bool     `yaml:"before_interview"`
	Match           []string `yaml:"match"`
	Country         string   `yaml:"country"`
}

// Selection is what a When is matched against.
type Selection struct {
	Variant      string
	Mix          string
	Industry     string
	Complexity   []string
	AccountTypes []string
}

// Matches reports whether the selection satisfies w.
func (w When) Matches(s Selection) bool {
	return anyIn(w.Variant, s.Variant) &&
		anyIn(w.Mix, s.Mix) &&
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

var (
	loadOnce sync.Once
	loaded   *Catalog
	loadErr  error
)

// Default returns the embedded catalog, parsed once. The catalog is validated by
// tests, so a failure here is a build defect and panics.
func Default() *Catalog {
	loadOnce.Do(func() { loaded, loadErr = Load() })
	if loadErr != nil {
		panic(loadErr)
	}
	return loaded
}

// Load decodes the embedded catalog into a fresh Catalog.
func Load() (*Catalog, error) {
	var c Catalog
	if err := json.Unmarshal(catalogJSON, &c); err != nil {
		return nil, fmt.Errorf("content/catalog.json: %w (run go generate ./content)", err)
	}
	return &c, nil
}

// LoadYAML parses the YAML sources, with positioned errors. It is what
// catalog.json is generated from.
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

// EncodeJSON is the form of catalog.json: indented, so changes read well in a diff.
func EncodeJSON(c *Catalog) ([]byte, error) {
	data, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
