package flow

import (
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/posting"
)

// stepPayPlace asks pay, benefits, where the job is, in which English the
// posting is written, the schedule and the travel.
var stepPayPlace = Step{
	ID:    base.StepPay,
	Title: "Pay, benefits, location and travel",
	Why:   "A stated pay range draws qualified applicants, and many places now require one.",
	build: func(in stepInput) []Field {
		return append(payFields(in), placeFields(in)...)
	},
	block: func(in stepInput) string {
		_, msg := answers.PayRangeProblem(in.a.Pay)
		return answers.Sentence(msg)
	},
	notice: func(in stepInput) string {
		local := answers.CurrencyFor(in.c, base.LookupPlace(in.c, in.a.Location.Place))
		if in.a.Pay.Currency != "" && in.a.Pay.Currency != local && strings.TrimSpace(in.a.Location.Place) != "" {
			return "Amounts stay in " + in.a.Pay.Currency + ", though " + base.Printable(in.a.Location.Place) + " pays in " + local +
				": choose " + local + " under Currency if that is what your amounts are in."
		}
		return ""
	},
	blockKeys: []string{"pay_min", "pay_max"},
}

// payFields ask the range, its currency and period, variable pay and benefits.
func payFields(in stepInput) []Field {
	c, a, r := in.c, in.a, in.r
	low := moneyField("pay_min", "Pay from", func(a *answers.Answers) *answers.Amount { return &a.Pay.Min })
	low.Help, low.Suggested, low.Example = payHint(c, a, r), r.Pay.Min > 0, r.Pay.Min == 0
	low.Value.Text, low.Placeholder = numberText(a.Pay.Min), optionalNumber(r.Pay.Min)
	high := moneyField("pay_max", "Pay to", func(a *answers.Answers) *answers.Amount { return &a.Pay.Max })
	high.Suggested, high.Example = r.Pay.Max > 0, r.Pay.Max == 0
	high.Value.Text, high.Placeholder = numberText(a.Pay.Max), optionalNumber(r.Pay.Max)
	currencies := catalogOptions(c.Currencies, func(v content.Currency) string { return v.ID },
		func(v content.Currency) string { return v.ID + " (" + strings.TrimSpace(v.Symbol) + ")" }, nil)
	currency := choiceField("currency", "Currency", currencies, stringSlot(func(a *answers.Answers) *string { return &a.Pay.Currency }),
		r.Pay.Currency, answers.CurrencyFor(c, base.LookupPlace(c, a.Location.Place)))
	periods := catalogOptions(c.PayPeriods, func(v content.Option) string { return v.ID }, func(v content.Option) string { return v.Name }, nil)
	period := choiceField("period", "Pay period", periods, stringSlot(func(a *answers.Answers) *string { return &a.Pay.Period }), r.Pay.Period, "year")
	variable := textField("variable", "Variable pay (bonus or commission)", "Left out of the posting when empty", answers.MaxLineLen,
		func(a *answers.Answers) *string { return &a.Pay.Variable }, a.Pay.Variable, "")
	if m, ok := c.Mix(r.Mix); ok && m.VariableHint != "" {
		variable.Placeholder, variable.Example = "optional, e.g. "+m.VariableHint, true
	}
	benefits := linesField("benefits", "Benefits", "One per line; left out of the posting when empty",
		func(a *answers.Answers) *[]string { return &a.Benefits }, a.Benefits)
	sp := posting.SpellerFor(c, r.Language)
	var examples []string
	for _, b := range c.Defaults.Benefits {
		examples = append(examples, sp.Spell(b))
	}
	benefits.Placeholder, benefits.Example = "optional, e.g. "+strings.Join(examples, "\n"), true
	return []Field{low, high, currency, period, variable, benefits}
}

// payHint says what the pay suggestion is, or that there is none for the
// market; once the user has typed a range, what amjd had suggested.
func payHint(c *content.Catalog, a, r answers.Answers) string {
	h, ok := posting.PayHintFor(c, r.Variant, base.LookupPlace(c, r.Location.Place), r.Pay.Currency)
	switch {
	case a.Pay.Min > 0 || a.Pay.Max > 0:
		if ok {
			return "Your own range (amjd's figure: " + h.Describe + ")."
		}
		return "Your own range."
	case ok:
		return "Suggested: " + h.Describe + "; type your own band."
	}
	return "No sourced figure for this role and market: type your range, or none is stated."
}

// optionalNumber shows a suggested amount in a field's placeholder, or that
// the field may stay empty.
func optionalNumber(x answers.Amount) string {
	if x == 0 {
		return "optional"
	}
	return numberText(x)
}

// placeFields ask where the job is, in which English the posting is written,
// the schedule and the travel.
func placeFields(in stepInput) []Field {
	c, a, r := in.c, in.a, in.r
	place := textField("place", "Location", "City and state or country; it sets the currency and the spelling", answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.Location.Place }, a.Location.Place, "")
	setPlace := place.set
	place.set = func(a *answers.Answers, v Value) error {
		before := answers.CurrencyFor(c, base.LookupPlace(c, a.Location.Place))
		if err := setPlace(a, v); err != nil {
			return err
		}
		// Amounts already typed were typed in the currency of the time: a
		// new place does not turn $125,000 into CA$125,000.
		typedAmounts := a.Pay.Min > 0 || a.Pay.Max > 0 || a.Book.Revenue > 0
		if a.Pay.Currency == "" && typedAmounts && answers.CurrencyFor(c, base.LookupPlace(c, a.Location.Place)) != before {
			a.Pay.Currency = before
		}
		return nil
	}
	workplaces := append([]Option{{ID: "", Label: "Not stated"}}, phraseOptions(c.Workplaces)...)
	workplace := choiceField("workplace", "Workplace", workplaces, stringSlot(func(a *answers.Answers) *string { return &a.Location.Workplace }), a.Location.Workplace, "")
	region := textField("region", "Where you can hire", "Optional, e.g. anywhere in Canada", answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.Location.Region }, a.Location.Region, "")
	hours := textField("hours", "Working hours", "Optional; always shown for hourly pay, e.g. Monday to Friday, 9 to 5", answers.MaxLineLen,
		func(a *answers.Answers) *string { return &a.Hours }, a.Hours, "")
	languages := catalogOptions(c.Languages.List, func(v content.Option) string { return v.ID }, func(v content.Option) string { return v.Name }, nil)
	byPlace := r
	byPlace.Language = "" // the English the place would pick
	language := choiceField("language", "Spelling of the posting", languages, stringSlot(func(a *answers.Answers) *string { return &a.Language }),
		r.Language, answers.LanguageFor(c, byPlace, base.LookupPlace(c, a.Location.Place)))
	v, _ := c.Variant(r.Variant)
	travel := choiceField("travel", "Travel", unstated(phraseOptions(c.Travel), v.Travel), stringSlot(func(a *answers.Answers) *string { return &a.Location.Travel }), a.Location.Travel, "")
	types := append([]Option{{ID: "", Label: "Not stated (job boards are told full-time)"}},
		catalogOptions(c.EmploymentTypes, func(e content.EmploymentType) string { return e.ID }, func(e content.EmploymentType) string { return e.Name }, nil)...)
	employment := choiceField("employment_type", "Employment type", types, stringSlot(func(a *answers.Answers) *string { return &a.EmploymentType }), a.EmploymentType, "")
	fields := []Field{place, workplace, region, hours, employment, language, travel}
	if strings.TrimSpace(a.Location.Place) != "" && !base.LookupPlace(c, a.Location.Place).Known() {
		fields = append(fields, addressFields(a)...)
	}
	return fields
}

// addressFields ask the postal address job boards read, when amjd's place
// table does not know the place.
func addressFields(a answers.Answers) []Field {
	city := textField("address_city", "City, for job boards", "amjd does not know this place", answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.Location.Address.City }, a.Location.Address.City, "")
	region := textField("address_region", "State or region, for job boards", "Optional", answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.Location.Address.Region }, a.Location.Address.Region, "")
	country := withRule(textField("address_country", "Country code, for job boards", "Two letters, such as DE or US", answers.MaxTitleLen,
		func(a *answers.Answers) *string { return &a.Location.Address.Country }, a.Location.Address.Country, ""), answers.CountryCodeProblem)
	return []Field{city, region, country}
}
