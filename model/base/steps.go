package base

// The wizard steps, by id: a line of the posting names the step that changes it.
const (
	StepVariant          = "variant"
	StepCompany          = "company"
	StepIndustry         = "industry"
	StepBook             = "book"
	StepMix              = "mix"
	StepComplexity       = "complexity"
	StepKPIs             = "kpis"
	StepResponsibilities = "responsibilities"
	StepSkills           = "skills"
	StepTools            = "tools"
	StepReporting        = "reporting"
	StepPay              = "pay"
	StepAbout            = "about"
)
