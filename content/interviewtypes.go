package content

// Interview is the wording of the interview kit (interview.yaml): the
// competencies it can test, the stages of the plan and the work samples.
type Interview struct {
	Headings     InterviewHeadings `yaml:"headings"`
	Phrases      InterviewPhrases  `yaml:"phrases"`
	Competencies []Competency      `yaml:"competencies"`
	Stages       []Stage           `yaml:"stages"`
	Exercises    []Exercise        `yaml:"exercises"`
}

// InterviewHeadings are the headings and labels of a kit.
type InterviewHeadings struct {
	Title        string `yaml:"title"`
	Plan         string `yaml:"plan"`
	Stages       string `yaml:"stages"`
	Exercise     string `yaml:"exercise"`
	Competencies string `yaml:"competencies"`
	Scorecard    string `yaml:"scorecard"`
	FromPosting  string `yaml:"from_posting"`
	Behavioural  string `yaml:"behavioural"`
	Situational  string `yaml:"situational"`
	Probe        string `yaml:"probe"`
	Strong       string `yaml:"strong"`
	Warnings     string `yaml:"warnings"`
	Rating       string `yaml:"rating"`
	Asks         string `yaml:"asks"`
	LookFor      string `yaml:"look_for"`
}

// InterviewPhrases are the kit's fixed sentences, with placeholders.
type InterviewPhrases struct {
	Intro string `yaml:"intro"`
	// Book* name the book in a question: the user's figures, or amjd's
	// typical ones said to be typical, never the company's.
	BookGiven    string `yaml:"book_given"`
	BookAccounts string `yaml:"book_accounts"`
	BookRevenue  string `yaml:"book_revenue"`
	BookTypical  string `yaml:"book_typical"`
	// Account* name one account like those in the book.
	AccountGiven   string `yaml:"account_given"`
	AccountTypical string `yaml:"account_typical"`
	// Manager* name the hiring manager, with the reporting line when given.
	Manager      string `yaml:"manager"`
	ManagerNamed string `yaml:"manager_named"`
	Peer         string `yaml:"peer"`
	PeerTeam     string `yaml:"peer_team"`
	// Colleague* name someone from the teams the role works with.
	Colleague    string `yaml:"colleague"`
	ColleagueOne string `yaml:"colleague_one"`
	Everyone     string `yaml:"everyone"`
	// ScreenSales is added to the screening call of a partly sales role.
	ScreenSales string `yaml:"screen_sales"`
	// SectionOf names the posting's sections in "from the posting".
	SuccessLine   string `yaml:"success_line"`
	DutyLine      string `yaml:"duty_line"`
	RequiredLine  string `yaml:"required_line"`
	SuggestedNote string `yaml:"suggested_note"`
	// ProbeLine and ProbeKPI ask about a line no competency's questions
	// reach by themselves: the user's own, or one over the kit's size.
	ProbeLine string `yaml:"probe_line"`
	ProbeKPI  string `yaml:"probe_kpi"`
	// Scorecard sentences and columns.
	ScorecardIntro  string   `yaml:"scorecard_intro"`
	ScorecardFields []string `yaml:"scorecard_fields"`
	ScorecardCols   []string `yaml:"scorecard_columns"`
	ScorecardSample string   `yaml:"scorecard_sample"`
	ScorecardRule   string   `yaml:"scorecard_rule"`
	Fairness        string   `yaml:"fairness"`
	// EarlyCareer tells interviewers of an early-career role how to rate.
	EarlyCareer string `yaml:"early_career"`
}

// Competency is one thing the interviews test, and the lines of a posting it
// tests: KPI ids and qualification or skill ids.
type Competency struct {
	ID   string `yaml:"id"`
	Name string `yaml:"name"`
	// When lists the answers for which the competency suits the role (any
	// one matching); the kit fills up to its size from these.
	When         []When   `yaml:"when"`
	KPIs         []string `yaml:"kpis"`
	Requirements []string `yaml:"requirements"`
	// Duties are ownership and responsibility ids the area tests too: an
	// area the kit adds to reach its size cites them.
	Duties []string `yaml:"duties"`
	// Keywords place a line the user wrote (a KPI or a requirement of their
	// own) under this competency when it contains one of them.
	Keywords []string `yaml:"keywords"`
	// Each question is the first of its list whose When matches.
	Behavioural []Phrasing `yaml:"behavioural"`
	Situational []Phrasing `yaml:"situational"`
	Strong      []Phrasing `yaml:"strong"`
	Warnings    []string   `yaml:"warnings"`
	// Anchors describe ratings 1 to 4, in that order.
	Anchors []string `yaml:"anchors"`
}

// Phrasing is a sentence for the answers its When matches.
type Phrasing struct {
	When When   `yaml:"when"`
	Text string `yaml:"text"`
}

// Stage is a step of the interview plan; Who and What use the kit's
// placeholders ({manager}, {peer}, {teams}).
type Stage struct {
	ID     string `yaml:"id"`
	Name   string `yaml:"name"`
	Length string `yaml:"length"`
	Who    string `yaml:"who"`
	What   string `yaml:"what"`
	When   When   `yaml:"when"`
}

// Exercise is a work sample; the first whose When matches is the kit's.
type Exercise struct {
	ID      string   `yaml:"id"`
	Name    string   `yaml:"name"`
	When    When     `yaml:"when"`
	Brief   string   `yaml:"brief"`
	Asks    []string `yaml:"asks"`
	Time    string   `yaml:"time"`
	LookFor string   `yaml:"look_for"`
}
