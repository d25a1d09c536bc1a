package content

import "slices"

// Variant is one kind of account role the wizard can write a posting for. Its
// text fields use the industry's words ({clients}, {work}, ...).
type Variant struct {
	ID         string `yaml:"id"`
	Name       string `yaml:"name"`
	Blurb      string `yaml:"blurb"`
	Title      string `yaml:"title"`
	Summary    string `yaml:"summary"`
	ShortIntro string `yaml:"short_intro"`
	// Book is the sentence stating the book of business ({book}, {revenue}).
	Book       string `yaml:"book"`
	FirstMonth string `yaml:"first_month"`
	LastMonth  string `yaml:"last_month"`
	// Apply is the suggested call to action, until the user writes their own.
	Apply      string `yaml:"apply"`
	CareerPath string `yaml:"career_path"`

	Accounts     int               `yaml:"accounts"`
	Revenue      int64             `yaml:"revenue"`
	Years        int               `yaml:"years"`
	ReportsTo    string            `yaml:"reports_to"`
	Mix          string            `yaml:"mix"`
	Complexity   VariantComplexity `yaml:"complexity"`
	AccountTypes []string          `yaml:"account_types"`
	Travel       string            `yaml:"travel"`
	KPIs         []KPITarget       `yaml:"kpis"`
	// Refused marks a look-alike job that amjd explains and declines to write.
	Refused bool   `yaml:"refused"`
	Refusal string `yaml:"refusal"`
}

// VariantComplexity is the default option on each complexity axis, by axis
// id: the axes are data (Catalog.Complexity), not fields.
type VariantComplexity map[string]string

// KPITarget is a default KPI of a variant with its default target.
type KPITarget struct {
	ID     string `yaml:"id"`
	Target string `yaml:"target"`
}

// PayHint is a sourced market pay figure, offered as a suggestion only.
type PayHint struct {
	Market   string   `yaml:"market"`
	Variants []string `yaml:"variants"`
	Min      float64  `yaml:"min"`
	Max      float64  `yaml:"max"`
	Currency string   `yaml:"currency"`
	Period   string   `yaml:"period"`
	// Describe names the figure in a finding ("the typical US range for ...").
	Describe string `yaml:"describe"`
	Source   string `yaml:"source"`
}

// Industry changes what the role emphasises and the words the posting uses.
type Industry struct {
	ID       string        `yaml:"id"`
	Name     string        `yaml:"name"`
	Field    string        `yaml:"field"`
	Words    IndustryWords `yaml:"words"`
	Emphasis string        `yaml:"emphasis"`
	// Phrases replace complexity options' sentences for this industry, by option id.
	Phrases map[string]string `yaml:"phrases"`
	About   string            `yaml:"about"`
}

// IndustryWords are the trade's words for the parts of the job.
type IndustryWords struct {
	Clients string `yaml:"clients"`
	Client  string `yaml:"client"`
	Work    string `yaml:"work"`
	Renewal string `yaml:"renewal"`
	Teams   string `yaml:"teams"`
	Team    string `yaml:"team"`
	Signal  string `yaml:"signal"`
}

// AccountType is a kind of client in the book of business.
type AccountType struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// Modifier goes before the industry's word for clients ("mid-market").
	Modifier string `yaml:"modifier"`
	Phrase   string `yaml:"phrase"`
}

// Mix is the commercial mix: how much of the job is keeping versus selling.
type Mix struct {
	ID      string `yaml:"id"`
	Name    string `yaml:"name"`
	Blurb   string `yaml:"blurb"`
	Summary string `yaml:"summary"`
	// NeutralSummary stands in when the mix is amjd's default, or has new
	// business added: what the summary says without claiming it all.
	NeutralSummary string `yaml:"neutral_summary"`
	Short          string `yaml:"short"`
	// Plan is what the second month of the first 90 days is for.
	Plan string `yaml:"plan"`
	// KPIsLeftOut and KPIsAdded adjust a variant's suggested KPIs to the mix.
	KPIsLeftOut []string    `yaml:"kpis_left_out"`
	KPIsAdded   []KPITarget `yaml:"kpis_added"`
	// VariableHint suggests variable pay in the wizard; never put in a posting unasked.
	VariableHint string `yaml:"variable_hint"`
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

// EmploymentType is full-time, part-time and the like, with the value of
// schema.org's JobPosting employmentType.
type EmploymentType struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	Schema string `yaml:"schema"`
}

// PhraseOption is a choice that contributes one sentence to the posting.
type PhraseOption struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	Phrase string `yaml:"phrase"`
}

// KPI is a success metric and how to write it for any target.
type KPI struct {
	ID    string `yaml:"id"`
	Label string `yaml:"label"` // lower case, for running text
	Name  string `yaml:"name"`
	// Subject starts a sentence about the target ("Gross revenue retention").
	Subject string `yaml:"subject"`
	// Better is "more" or "less": which comparator a bare number gets.
	Better string `yaml:"better"`
	// Qualifier follows a number target unless the target says more itself.
	Qualifier string `yaml:"qualifier"`
	// Measure names what is counted, for a KPI without a target.
	Measure string `yaml:"measure"`
	// Number, when set, replaces the subject-and-qualifier sentence for a
	// number target; {amount} is the number with its comparator.
	Number string `yaml:"number"`
	// Aliases are other names of the same measure ("GRR"): a target that
	// starts with one, or with the name, is read without it.
	Aliases []string `yaml:"aliases"`
	// Money marks a KPI counted in money: a bare amount typed as its target
	// ("85k") is written in the posting's currency ("$85,000").
	Money bool `yaml:"money"`
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
	// NewBusiness also matches a mix that is mainly about existing clients
	// with some new business added, as if its mix were listed.
	NewBusiness bool `yaml:"new_business"`
}

// Item is one line of a pool (a responsibility, a skill, a tool, ...).
type Item struct {
	ID   string `yaml:"id"`
	Text string `yaml:"text"`
	When When   `yaml:"when"`
	// Default (tools only) says when the tool is pre-selected; nil means never.
	Default *When `yaml:"default"`
	// CRM (tools only) names a CRM as the qualifications mention it.
	CRM string `yaml:"crm"`
	// Kind (qualifications only) is "required" or "preferred".
	Kind string `yaml:"kind"`
	// Short (qualifications only) states it in the job-board form.
	Short string `yaml:"short"`
	// Rank orders what goes first when a pool is over its limit: 3 goes first,
	// 1 never goes; 0 means the usual 2.
	Rank int `yaml:"rank"`
	// Asserts names the facts about the employer the line states (FactTool,
	// FactTravel, ...). A line selected by a complexity option also asserts
	// that option's axis. The posting uses the line only when the answers
	// give every fact it asserts; otherwise Neutral stands in, or nothing.
	Asserts []string `yaml:"asserts"`
	// Neutral says the same without asserting the facts ("a CRM such as
	// Salesforce or HubSpot"); a required qualification in its neutral form
	// is listed as nice to have.
	Neutral string `yaml:"neutral"`
	// Topics are words that, found in a line of the user's own (a duty, a
	// skill, a qualification, a KPI), mean the user has said it their way:
	// the line gives way to theirs.
	Topics []string `yaml:"topics"`
}

// The facts about an employer a catalog line can assert. Each comes only
// from an answer: the tools chosen, the travel, the career path, the team
// set-up, the contract terms and the kind of work (complexity axes), and the
// industry.
const (
	FactTool     = "tool"
	FactTravel   = "travel"
	FactCareer   = "career"
	FactIndustry = "industry"
)

// Facts lists every fact a line may assert: the fixed ones and the
// complexity axes (by axis id).
func (c *Catalog) Facts() []string {
	out := []string{FactTool, FactTravel, FactCareer, FactIndustry}
	for _, ax := range c.Complexity {
		out = append(out, ax.ID)
	}
	return out
}

// ItemFacts is what a pool line asserts: its own tags and the axis of every
// complexity option its rule names.
func (c *Catalog) ItemFacts(it Item) []string {
	out := append([]string(nil), it.Asserts...)
	for _, ax := range c.Complexity {
		for _, o := range ax.Options {
			if slices.Contains(it.When.Complexity, o.ID) && !slices.Contains(out, ax.ID) {
				out = append(out, ax.ID)
			}
		}
	}
	return out
}

// Headings are the section headings of a full posting.
type Headings struct {
	Role             string `yaml:"role"`
	Own              string `yaml:"own"`
	Duties           string `yaml:"duties"`
	Success          string `yaml:"success"`
	Bring            string `yaml:"bring"`
	Required         string `yaml:"required"`
	Preferred        string `yaml:"preferred"`
	Tools            string `yaml:"tools"`
	Team             string `yaml:"team"`
	First90Days      string `yaml:"first_90_days"`
	Growth           string `yaml:"growth"`
	Pay              string `yaml:"pay"`
	Place            string `yaml:"place"`
	PlaceHours       string `yaml:"place_hours"`
	AboutCompany     string `yaml:"about_company"`
	AboutUs          string `yaml:"about_us"`
	EqualOpportunity string `yaml:"equal_opportunity"`
	Apply            string `yaml:"apply"`
}

// Phrases are the fixed sentences of a posting, with placeholders.
type Phrases struct {
	Suggestion                 string   `yaml:"suggestion"`
	Headings                   Headings `yaml:"headings"`
	SuccessLead                string   `yaml:"success_lead"`
	SuccessLeadSuggested       string   `yaml:"success_lead_suggested"`
	ReportsTo                  string   `yaml:"reports_to"`
	TeamSize                   string   `yaml:"team_size"`
	TeamSizeOne                string   `yaml:"team_size_one"`
	BasePay                    string   `yaml:"base_pay"`
	PaySingle                  string   `yaml:"pay_single"`
	PayFrom                    string   `yaml:"pay_from"`
	ApplicationsClose          string   `yaml:"applications_close"`
	PayUpTo                    string   `yaml:"pay_up_to"`
	VariablePay                string   `yaml:"variable_pay"`
	Location                   string   `yaml:"location"`
	RegionAnywhere             string   `yaml:"region_anywhere"`
	RegionAsTyped              string   `yaml:"region_as_typed"`
	Hours                      string   `yaml:"hours"`
	HoursMissing               string   `yaml:"hours_missing"`
	Day30                      string   `yaml:"day_30"`
	Day60                      string   `yaml:"day_60"`
	Day90                      string   `yaml:"day_90"`
	BookAccounts               string   `yaml:"book_accounts"`
	BookMix                    string   `yaml:"book_mix"`
	BookOtherKinds             string   `yaml:"book_other_kinds"`
	CompanyWe                  string   `yaml:"company_we"`
	CompanyOur                 string   `yaml:"company_our"`
	ShortHiringCompany         string   `yaml:"short_hiring_company"`
	ShortHiringWe              string   `yaml:"short_hiring_we"`
	ShortWherePlace            string   `yaml:"short_where_place"`
	ShortWhereWorkplace        string   `yaml:"short_where_workplace"`
	ShortFocus                 string   `yaml:"short_focus"`
	ShortKPIs                  string   `yaml:"short_kpis"`
	ShortBring                 string   `yaml:"short_bring"`
	ShortBringField            string   `yaml:"short_bring_field"`
	ShortPay                   string   `yaml:"short_pay"`
	ShortPayVariable           string   `yaml:"short_pay_variable"`
	ShortBenefits              string   `yaml:"short_benefits"`
	IndustryNamed              string   `yaml:"industry_named"`
	NewBusinessDisclosure      string   `yaml:"new_business_disclosure"`
	ShortNewBusinessDisclosure string   `yaml:"short_new_business_disclosure"`
}

// CountryText is a text written for one country, with the law it follows.
type CountryText struct {
	Country string `yaml:"country"`
	Source  string `yaml:"source"`
	Text    string `yaml:"text"`
	// We is the text for a posting that names no company.
	We string `yaml:"we"`
}

// Defaults holds wording the user can accept or replace.
type Defaults struct {
	Benefits           []string `yaml:"benefits"`
	EqualOpportunity   string   `yaml:"equal_opportunity"`
	EqualOpportunityWe string   `yaml:"equal_opportunity_we"`
	// EqualOpportunityByCountry is the statement as employers in a country
	// write it; EqualOpportunity and EqualOpportunityWe serve the others.
	EqualOpportunityByCountry []CountryText `yaml:"equal_opportunity_by_country"`
	HowToApply                string        `yaml:"how_to_apply"`
}

// Languages are the Englishes a posting can be written in, and the spelling
// table that turns amjd's text into each of them.
type Languages struct {
	Default string   `yaml:"default"`
	List    []Option `yaml:"list"`
	// Spellings holds rows of one word in every language, by language id.
	Spellings []map[string]string `yaml:"spellings"`
}

// Places is the table of places amjd recognises in a location.
type Places struct {
	Countries []Country `yaml:"countries"`
	Unions    []Union   `yaml:"unions"`
	Regions   []Region  `yaml:"regions"`
	Cities    []City    `yaml:"cities"`
}

// Country is a country with its ISO 3166 code, currency and default English.
type Country struct {
	Code     string   `yaml:"code"`
	Name     string   `yaml:"name"`
	The      bool     `yaml:"the"`
	Currency string   `yaml:"currency"`
	Language string   `yaml:"language"`
	Names    []string `yaml:"names"`
	// Clues are words only this country's postings use ("KiwiSaver",
	// "401(k)"): they tell the country when the place does not.
	Clues []string `yaml:"clues"`
}

// Union is a group of countries named as one place (the European Union).
type Union struct {
	Code    string   `yaml:"code"`
	Name    string   `yaml:"name"`
	The     bool     `yaml:"the"`
	Names   []string `yaml:"names"`
	Members []string `yaml:"members"`
}

// Region is a state, province or nation inside a country.
type Region struct {
	Country string   `yaml:"country"`
	Code    string   `yaml:"code"`
	Name    string   `yaml:"name"`
	Names   []string `yaml:"names"`
}

// City is a city with its country and, where known, its region's code.
type City struct {
	Name    string   `yaml:"name"`
	Country string   `yaml:"country"`
	Region  string   `yaml:"region"`
	Names   []string `yaml:"names"`
}
