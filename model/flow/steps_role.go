package flow

import (
	"errors"
	"strconv"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/posting"
)

// The steps that decide what the job is: the role, the company and title,
// the industry, the book of business, the commercial mix and the internal
// complexity.

var stepVariant = Step{
	ID:    base.StepVariant,
	Title: "Which role are you hiring for?",
	Why:   "The variant sets the book size, seniority and defaults for everything that follows.",
	build: func(in stepInput) []Field {
		opts := catalogOptions(in.c.Variants, func(v content.Variant) string { return v.ID },
			func(v content.Variant) string { return v.Name }, func(v content.Variant) string { return v.Blurb })
		f := Field{
			Key: "variant", Label: "Role", Kind: Choice, Options: opts, Placeholder: posting.DefaultVariant,
			Value: Value{Text: orDefault(in.a.Variant, posting.DefaultVariant)},
			set: func(a *answers.Answers, v Value) error {
				if !hasOption(opts, v.Text) {
					return errors.New("choose one of the options")
				}
				a.Variant = v.Text
				return nil
			},
		}
		return []Field{f}
	},
	block: func(in stepInput) string {
		if v, ok := in.c.Variant(in.a.Variant); ok && v.Refused {
			return strings.TrimSpace(v.Refusal)
		}
		return ""
	},
	blockKeys: []string{"variant"},
}

var stepCompany = Step{
	ID:    base.StepCompany,
	Title: "Company and job title",
	Why:   "Use the title candidates search for; put seniority in it only if it is real.",
	build: func(in stepInput) []Field {
		company := textField("company", "Company name", "Leave empty to write \"we\" throughout.", answers.MaxTitleLen,
			func(a *answers.Answers) *string { return &a.Company }, in.a.Company, "")
		title := titleField("title", "Job title", func(a *answers.Answers) *string { return &a.Title }, in.a.Title, in.r.Title)
		website := withRule(textField("website", "Company website", "Optional; job boards link to it", answers.MaxLineLen,
			func(a *answers.Answers) *string { return &a.Website }, in.a.Website, "https://"), answers.WebsiteProblem)
		website = withPrefix(website, answers.WithScheme)
		website.Example = true
		return []Field{company, title, website}
	},
}

var stepIndustry = Step{
	ID:    base.StepIndustry,
	Title: "Industry",
	Why:   "Industry changes the emphasis: adoption in software, scope in agencies, ordering in distribution.",
	build: func(in stepInput) []Field {
		opts := catalogOptions(in.c.Industries, func(v content.Industry) string { return v.ID },
			func(v content.Industry) string { return v.Name }, nil)
		industry := choiceField("industry", "Industry", opts, stringSlot(func(a *answers.Answers) *string { return &a.Industry }), in.r.Industry, "other")
		name := textField("industry_name", "Your industry in your own words", "Optional, e.g. card payments, freight: the posting names it and words the trade neutrally",
			answers.MaxTitleLen, func(a *answers.Answers) *string { return &a.IndustryName }, in.a.IndustryName, "e.g. renewable energy")
		name.Example = true
		return []Field{industry, name}
	},
}

var stepBook = Step{
	ID:    base.StepBook,
	Title: "Accounts and book of business",
	Why:   "Leaving out the book of business is a classic mistake: say how many accounts and how much revenue.",
	build: func(in stepInput) []Field {
		opts := catalogOptions(in.c.AccountTypes, func(v content.AccountType) string { return v.ID },
			func(v content.AccountType) string { return v.Name }, nil)
		types := Field{
			Key: "account_types", Label: "Kinds of clients", Kind: Multi, Options: opts,
			Value: Value{IDs: in.r.AccountTypes},
			set: func(a *answers.Answers, v Value) error {
				if len(v.IDs) == 0 {
					return errors.New("choose at least one kind of client")
				}
				a.AccountTypes = append([]string(nil), v.IDs...)
				return nil
			},
		}
		accounts := integerField("accounts", "Number of accounts", answers.AccountsRange, func(a *answers.Answers) *int { return &a.Book.Accounts })
		accounts.Value.Text, accounts.Placeholder, accounts.Suggested = numberText(in.a.Book.Accounts), strconv.Itoa(in.r.Book.Accounts), true
		cur, _ := in.c.Currency(in.r.Pay.Currency)
		revenue := integerField("revenue", "Annual revenue of the book ("+cur.ID+")", answers.RevenueRange, func(a *answers.Answers) *int64 { return &a.Book.Revenue })
		revenue.Value.Text, revenue.Placeholder, revenue.Suggested = numberText(in.a.Book.Revenue), strconv.FormatInt(in.r.Book.Revenue, 10), true
		return []Field{types, accounts, revenue}
	},
}

var stepMix = Step{
	ID:    base.StepMix,
	Title: "Commercial mix",
	Why:   "Is this keeping clients, growing them, or also winning new ones? Candidates need to know.",
	build: func(in stepInput) []Field {
		v, _ := in.c.Variant(in.r.Variant)
		opts := catalogOptions(in.c.Mixes, func(v content.Mix) string { return v.ID },
			func(v content.Mix) string { return v.Name }, func(v content.Mix) string { return v.Blurb })
		mix := choiceField("mix", "Commercial mix", opts, stringSlot(func(a *answers.Answers) *string { return &a.Mix }), in.r.Mix, v.Mix)
		return []Field{mix, someNewBusinessField(in.a)}
	},
	notice: func(in stepInput) string {
		if m, ok := in.c.Mix(in.r.Mix); ok && m.Disclosure != "" {
			return "The posting will say openly that this role includes new-business targets: it is partly a sales role."
		}
		if in.r.SomeNewBusiness {
			return "The posting will say openly that part of the role is winning new clients: it is partly a sales role."
		}
		return ""
	},
}

// stepComplexity asks one question per axis of the catalog.
var stepComplexity = Step{
	ID:    base.StepComplexity,
	Title: "Internal complexity",
	Why:   "How many teams, how custom the work, how long the contracts: it decides the coordination load.",
	build: func(in stepInput) []Field {
		v, _ := in.c.Variant(in.r.Variant)
		var fields []Field
		for _, ax := range in.c.Complexity {
			axis := ax.ID
			at := slot{
				get: func(a answers.Answers) string { return a.Complexity[axis] },
				put: func(a *answers.Answers, id string) {
					if a.Complexity == nil {
						a.Complexity = answers.Complexity{}
					}
					a.Complexity[axis] = id // a is a clone: see Field.Apply
				},
			}
			fields = append(fields, choiceField(axis, ax.Question, unstated(phraseOptions(ax.Options), v.Complexity[axis]), at, in.a.Complexity[axis], ""))
		}
		return fields
	},
}

// someNewBusinessField adds some new business to a mix about existing
// clients: the posting then says the role is partly a sales role.
func someNewBusinessField(a answers.Answers) Field {
	opts := []Option{{ID: "no", Label: "No new business beyond the mix"},
		{ID: "yes", Label: "Some new business too (the posting says it is partly a sales role)"}}
	now := map[bool]string{false: "no", true: "yes"}[a.SomeNewBusiness]
	return Field{
		Key: "some_new_business", Label: "New business", Kind: Choice, Options: opts, Value: Value{Text: now}, Placeholder: "no",
		set: func(a *answers.Answers, v Value) error {
			if !hasOption(opts, v.Text) {
				return errors.New("choose yes or no")
			}
			a.SomeNewBusiness = v.Text == "yes"
			return nil
		},
	}
}
