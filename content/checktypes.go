package content

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
	Vague            []PhraseFix `yaml:"vague"`
	Exclusionary     []PhraseFix `yaml:"exclusionary"`
	Gender           GenderWords `yaml:"gender"`
	Age              []PhraseFix `yaml:"age"`
	Protected        []PhraseFix `yaml:"protected"`
	GenderedPronouns []string    `yaml:"gendered_pronouns"`
	OtherPeople      []string    `yaml:"other_people"`
	CandidateWords   []string    `yaml:"candidate_words"`
	SalesDuties      []string    `yaml:"sales_duties"`
	SalesNot         []string    `yaml:"sales_not"`
	// SalesNewness and SalesReach, in one sentence, tell hunting in plain
	// words: reaching people who are not clients yet.
	SalesNewness      []string `yaml:"sales_newness"`
	SalesReach        []string `yaml:"sales_reach"`
	SalesDisclosure   []string `yaml:"sales_disclosure"`
	Accounting        []string `yaml:"accounting"`
	AccountManagement []string `yaml:"account_management"`
	Rigour            []string `yaml:"rigour"`
	Soft              []string `yaml:"soft"`
	Tools             []string `yaml:"tools"`
	Reporting         []string `yaml:"reporting"`
	Metrics           []string `yaml:"metrics"`
	// RequirementsProse states requirements in a paragraph, with no list.
	RequirementsProse []string `yaml:"requirements_prose"`
	// NotFinance qualifies a finance word as something else: a site audit.
	NotFinance   []string     `yaml:"not_finance"`
	Families     []DutyFamily `yaml:"families"`
	Placeholders []string     `yaml:"placeholders"`
	ThirdPerson  []string     `yaml:"third_person"`
}

// GenderWords are Gender Decoder's word stems and how its words are split.
type GenderWords struct {
	Masculine  []string `yaml:"masculine"`
	Feminine   []string `yaml:"feminine"`
	Exceptions []string `yaml:"exceptions"`
	Hyphenated []string `yaml:"hyphenated"`
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
	BeforeInterview bool `yaml:"before_interview"`
	// Places are where the law applies.
	Places []LawPlace `yaml:"places"`
	// Source is a public page that states the law's date, the employers it
	// covers and what a posting must give, where the table's facts were
	// checked.
	Source string `yaml:"source"`
}

// LawPlace is a place a law covers: a country's state or province, a city, or
// a union of countries. Empty fields match anything.
type LawPlace struct {
	Country string `yaml:"country"`
	Region  string `yaml:"region"`
	City    string `yaml:"city"`
	Union   string `yaml:"union"`
}
