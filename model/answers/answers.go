package answers

import (
	"fmt"
	"maps"
	"math"
)

// Answers is everything a hiring manager can tell amjd. Every field is optional:
// an empty value means "use the default of the chosen variant", so an answers
// file with only a variant, or none at all, still yields a full posting.
type Answers struct {
	Variant string `yaml:"variant,omitempty"`
	Title   string `yaml:"title,omitempty"`
	Company string `yaml:"company,omitempty"`
	// Website is the company's web address, for job boards (schema.org sameAs).
	Website  string `yaml:"website,omitempty"`
	Industry string `yaml:"industry,omitempty"`
	// IndustryName is the industry in the user's words ("card payments",
	// "renewable energy"): the posting names it where it names the trade.
	IndustryName string   `yaml:"industry_name,omitempty"`
	AccountTypes []string `yaml:"account_types,omitempty"`
	Book         Book     `yaml:"book,omitempty"`
	Mix          string   `yaml:"mix,omitempty"`
	// SomeNewBusiness adds some new-business work to a mix that is mainly
	// about existing clients: the posting says it is partly a sales role.
	SomeNewBusiness  bool             `yaml:"some_new_business,omitempty"`
	Complexity       Complexity       `yaml:"complexity,omitempty"`
	KPIs             []KPIAnswer      `yaml:"kpis,omitzero"` // nil takes the suggested KPIs; empty, none
	Responsibilities ListEdit         `yaml:"responsibilities,omitempty"`
	Skills           ListEdit         `yaml:"skills,omitempty"`
	Qualifications   Qualifications   `yaml:"qualifications,omitzero"` // omitzero: an empty list in it is an answer
	Tools            Tools            `yaml:"tools,omitzero"`
	ReportsTo        string           `yaml:"reports_to,omitempty"`
	Pay              Pay              `yaml:"pay,omitempty"`
	Benefits         []string         `yaml:"benefits,omitempty"`
	Location         Location         `yaml:"location,omitempty"`
	About            string           `yaml:"about,omitempty"`
	EqualOpportunity EqualOpportunity `yaml:"equal_opportunity,omitempty"`
	HowToApply       string           `yaml:"how_to_apply,omitempty"`
	// ClosingDate is the last day to apply, as YYYY-MM-DD.
	ClosingDate string `yaml:"closing_date,omitempty"`
	// DirectApply says whether candidates apply on the page that shows the
	// posting (schema.org directApply); nil is not stated.
	DirectApply *bool `yaml:"direct_apply,omitempty"`
	// EmploymentType is full_time, part_time, contract, temporary or
	// internship; empty is not stated (job boards are told full time).
	EmploymentType string `yaml:"employment_type,omitempty"`
	// Language is the English the posting is written in (en-US, en-GB, en-CA,
	// en-AU); empty follows the location, then the currency.
	Language string `yaml:"language,omitempty"`
	// Team describes the team the person joins.
	Team Team `yaml:"team,omitempty"`
	// Hours is the working schedule in the user's words.
	Hours string `yaml:"hours,omitempty"`
	// CareerPath is how the role can grow; empty, the posting promises none.
	CareerPath string `yaml:"career_path,omitempty"`
	// FirstDays is the plan for the first 90 days, a line or paragraph per
	// step; empty, the posting states no plan.
	FirstDays string `yaml:"first_90_days,omitempty"`
	// LeaveOut turns off optional sections by id (see OptionalSections).
	LeaveOut []string `yaml:"leave_out,omitempty"`
}

// Team is the team the new hire joins.
type Team struct {
	// Size counts the people in the team, the new hire included.
	Size int `yaml:"size,omitempty"`
}

// Optional sections of the full posting, which an answers file can leave out.
const (
	SectionGrowth      = "growth"
	SectionFirst90Days = "first_90_days"
	SectionTeam        = "team"
	SectionHours       = "hours"
)

// OptionalSections lists the ids leave_out accepts, in posting order.
var OptionalSections = []string{SectionTeam, SectionFirst90Days, SectionGrowth, SectionHours}

// Book is the book of business: how many accounts and how much annual revenue.
type Book struct {
	Accounts int   `yaml:"accounts,omitempty"`
	Revenue  int64 `yaml:"revenue,omitempty"`
}

// Complexity holds one option id per complexity axis, by axis id. The axes
// are the catalog's (content.Catalog.Complexity), so a new axis needs no code.
type Complexity map[string]string

// KPIAnswer is a chosen success metric: a catalog id, or a name of your own.
type KPIAnswer struct {
	ID     string `yaml:"id,omitempty"`
	Name   string `yaml:"name,omitempty"`
	Target string `yaml:"target,omitempty"`
}

// ListEdit changes a selected pool: keep catalog lines the defaults leave out,
// drop lines by id, and add lines of your own.
type ListEdit struct {
	Include []string `yaml:"include,omitempty"`
	Remove  []string `yaml:"remove,omitempty"`
	Add     []string `yaml:"add,omitempty"`
}

// Qualifications overrides which catalog qualifications are required and which
// preferred; a nil list keeps the defaults for that kind.
type Qualifications struct {
	Years          int      `yaml:"years,omitempty"`
	Required       []string `yaml:"required,omitzero"`  // nil keeps the defaults; empty, none
	Preferred      []string `yaml:"preferred,omitzero"` // the same
	ExtraRequired  []string `yaml:"extra_required,omitempty"`
	ExtraPreferred []string `yaml:"extra_preferred,omitempty"`
}

// Tools picks catalog tools by id (nil keeps the defaults) and adds others.
type Tools struct {
	Use []string `yaml:"use,omitzero"` // nil keeps the defaults; empty, none
	Add []string `yaml:"add,omitempty"`
}

// Pay is the pay range. Zero Min and Max mean "not given": the posting then
// states amjd's sourced suggestion for the market, marked as one, or no pay.
type Pay struct {
	Min      Amount `yaml:"min,omitempty"`
	Max      Amount `yaml:"max,omitempty"`
	Currency string `yaml:"currency,omitempty"`
	Period   string `yaml:"period,omitempty"`
	Variable string `yaml:"variable,omitempty"`
}

// Location is where the work happens and how much travel it takes.
type Location struct {
	Place     string `yaml:"place,omitempty"`
	Workplace string `yaml:"workplace,omitempty"`
	Region    string `yaml:"region,omitempty"`
	Travel    string `yaml:"travel,omitempty"`
	// Address is the postal address job boards read, for places amjd's place
	// table does not know (it fills in what it knows from Place).
	Address Address `yaml:"address,omitempty"`
}

// Address is a postal address as schema.org's PostalAddress has it.
type Address struct {
	City    string `yaml:"city,omitempty"`
	Region  string `yaml:"region,omitempty"`
	Country string `yaml:"country,omitempty"` // ISO 3166 code, such as DE
}

// EqualOpportunity is the equal-opportunity statement: on unless Include is false.
type EqualOpportunity struct {
	Include *bool  `yaml:"include,omitempty"`
	Text    string `yaml:"text,omitempty"`
}

// Amount is a sum of money. Whole amounts are written to YAML as integers
// (125000, not 125000.0), so a saved answers file reads as it was typed.
type Amount float64

// UnmarshalYAML reads a number, or an amount written as managers write one
// ("95k", "$1.2M"), the same way the wizard's number fields do.
func (x *Amount) UnmarshalYAML(unmarshal func(any) error) error {
	var f float64
	if err := unmarshal(&f); err == nil {
		*x = Amount(f)
		return nil
	}
	var s string
	if err := unmarshal(&s); err != nil {
		return err
	}
	v, ok := ReadAmount(s)
	if !ok {
		return fmt.Errorf("%q is not an amount", s)
	}
	*x = Amount(v)
	return nil
}

// MarshalYAML writes whole amounts as integers.
func (x Amount) MarshalYAML() (any, error) {
	if f := float64(x); f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int64(f), nil
	}
	return float64(x), nil
}

// Clone copies the answers so that changing the copy's complexity map leaves
// the original alone (slices are replaced, never changed in place).
func (a Answers) Clone() Answers {
	if a.Complexity != nil {
		a.Complexity = maps.Clone(a.Complexity)
	}
	return a
}
