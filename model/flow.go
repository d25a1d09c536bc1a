package model

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"amjd/content"
)

// The question flow: every question the wizard and the line-prompt mode ask is
// defined here once, with its options, default, validation and help.

// Kind is how a field is answered.
type Kind int

const (
	// Choice picks one option.
	Choice Kind = iota
	// Multi picks any number of options.
	Multi
	// Cycle gives each option one of a few states (e.g. required / preferred / off).
	Cycle
	// Text is one line of text.
	Text
	// LongText is free text of one or more paragraphs.
	LongText
	// Lines is a list, one item per line.
	Lines
	// Integer is a whole number.
	Integer
	// Money is an amount that may have cents.
	Money
)

// Limits on typed text, so a paste cannot flood a posting.
const (
	MaxTitleLen = 120
	MaxLineLen  = 300
	MaxTextLen  = 4000
)

// Option is one choice of a field.
type Option struct {
	ID    string
	Label string
	Help  string
}

// Value is an answer in the form a field takes it: Text for text, number and
// choice fields (a choice's Text is the option id), IDs for Multi (chosen ids)
// and Cycle (one state id per option, in option order).
type Value struct {
	Text string   `yaml:"text,omitempty"`
	IDs  []string `yaml:"ids,omitempty"`
}

// Field is one question. Value is its current answer, Placeholder the default
// that an empty answer stands for.
type Field struct {
	Key         string
	Label       string
	Help        string
	Kind        Kind
	Options     []Option
	States      []Option // Cycle only
	Value       Value
	Placeholder string
	// Suggested marks a placeholder that is amjd's suggestion of a fact only
	// the user knows (pay, the book, a KPI target): left empty, the posting
	// states it marked as a suggestion.
	Suggested bool
	// Example marks a placeholder that only shows what could go here: left
	// empty, the posting says nothing about it.
	Example bool
	MaxLen  int
	set     func(a *Answers, v Value) error
	// built is the value the field was built with from the answers.
	built Value
}

// Apply validates v and stores it in a. On error a is unchanged. Applying
// the value the field was built with changes nothing, so pressing enter
// through a step leaves amjd's suggestions marked as suggestions.
func (f Field) Apply(a *Answers, v Value) error {
	if v.Text == f.built.Text && slices.Equal(v.IDs, f.built.IDs) {
		return nil
	}
	if f.Kind == Text || f.Kind == LongText || f.Kind == Lines {
		if !utf8.ValidString(v.Text) {
			return errors.New("the text is not valid UTF-8")
		}
		if n := utf8.RuneCountInString(v.Text); f.MaxLen > 0 && n > f.MaxLen {
			return fmt.Errorf("%d characters; at most %d fit here", n, f.MaxLen)
		}
	}
	trial := *a
	if err := f.set(&trial, v); err != nil {
		return err
	}
	*a = trial
	return nil
}

// Check validates v without storing it.
func (f Field) Check(a Answers, v Value) error {
	return f.Apply(&a, v)
}

// Step is one screen of the wizard: a group of related questions.
type Step struct {
	ID    string
	Title string
	// Why says in one line why the question matters.
	Why string
	// build lists the questions for the current answers: some depend on
	// earlier answers (KPI targets follow the chosen KPIs).
	build func(c *content.Catalog, a Answers) []Field
	// Notice returns something the user should know about the current answers
	// (for example that a blended mix makes the posting disclose sales targets).
	Notice func(c *content.Catalog, a Answers) string
	// Block returns why the step cannot be confirmed, if it cannot.
	Block func(c *content.Catalog, a Answers) string
	// Warn returns a warning the user must confirm once before moving on.
	Warn func(c *content.Catalog, a Answers) string
}

// Fields lists the step's questions for the current answers, each holding
// the value it was built with.
func (s Step) Fields(c *content.Catalog, a Answers) []Field {
	fields := s.build(c, a)
	for i := range fields {
		fields[i].built = fields[i].Value
	}
	return fields
}

// NoticeFor, BlockFor and WarnFor return "" when the step has no such rule.
func (s Step) NoticeFor(c *content.Catalog, a Answers) string {
	if s.Notice == nil {
		return ""
	}
	return s.Notice(c, a)
}

// BlockFor returns why the step cannot be confirmed, or "".
func (s Step) BlockFor(c *content.Catalog, a Answers) string {
	if s.Block == nil {
		return ""
	}
	return s.Block(c, a)
}

// WarnFor returns a warning to confirm before moving on, or "".
func (s Step) WarnFor(c *content.Catalog, a Answers) string {
	if s.Warn == nil {
		return ""
	}
	return s.Warn(c, a)
}

// Steps returns the question flow in order.
func Steps() []Step {
	return []Step{
		stepVariant, stepCompany, stepIndustry, stepBook, stepMix, stepComplexity,
		stepKPIs, stepResponsibilities, stepSkills, stepTools, stepReporting,
		stepPayPlace, stepAbout,
	}
}

// StepIndex returns the position of the step with the given id, or -1.
func StepIndex(id string) int {
	for i, s := range Steps() {
		if s.ID == id {
			return i
		}
	}
	return -1
}

// --- field builders ---

func textField(key, label, help string, maxLen int, get func(*Answers) *string, def string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: Text, MaxLen: maxLen, Placeholder: def,
		set: func(a *Answers, v Value) error {
			*get(a) = firstLine(v.Text)
			return nil
		},
	}
}

func longTextField(key, label, help string, get func(*Answers) *string, def string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: LongText, MaxLen: MaxTextLen, Placeholder: def,
		set: func(a *Answers, v Value) error {
			*get(a) = strings.TrimSpace(Sanitize(v.Text))
			return nil
		},
	}
}

func linesField(key, label, help string, get func(*Answers) *[]string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: Lines, MaxLen: MaxTextLen,
		set: func(a *Answers, v Value) error {
			var out []string
			for _, line := range strings.Split(Sanitize(v.Text), "\n") {
				line = strings.TrimSpace(line)
				if n := utf8.RuneCountInString(line); n > MaxLineLen {
					return fmt.Errorf("a line has %d characters; keep each under %d", n, MaxLineLen)
				}
				if line != "" {
					out = append(out, line)
				}
			}
			*get(a) = out
			return nil
		},
	}
}

func choiceField(key, label string, opts []Option, get func(*Answers) *string, def string) Field {
	return Field{
		Key: key, Label: label, Kind: Choice, Options: opts, Placeholder: def,
		set: func(a *Answers, v Value) error {
			if !hasOption(opts, v.Text) {
				return fmt.Errorf("choose one of the options")
			}
			// Storing the default as empty lets it follow later changes (of the
			// variant, say), unless the user had chosen it explicitly before.
			if v.Text == def && *get(a) == "" {
				return nil
			}
			*get(a) = v.Text
			return nil
		},
	}
}

func hasOption(opts []Option, id string) bool {
	for _, o := range opts {
		if o.ID == id {
			return true
		}
	}
	return false
}

// firstLine keeps the first line of pasted multi-line text in a one-line field.
func firstLine(s string) string {
	s = Sanitize(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// HasExtraLines reports whether text pasted into a one-line field lost lines.
func HasExtraLines(s string) bool {
	return strings.Contains(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n")
}

func parseInt(s string, min, max int64) (int64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" {
		return 0, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("enter a whole number, like %d", max/10)
	}
	if n < min || n > max {
		return 0, fmt.Errorf("enter a number from %s to %s", formatAmount(float64(min)), formatAmount(float64(max)))
	}
	return n, nil
}

func parseMoney(s string) (float64, error) {
	s = strings.ReplaceAll(strings.TrimSpace(s), ",", "")
	if s == "" {
		return 0, nil
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) {
		return 0, fmt.Errorf("enter an amount, like 65000")
	}
	if x < 0 {
		return 0, fmt.Errorf("the amount cannot be negative")
	}
	if x > MaxPay {
		return 0, fmt.Errorf("enter an amount up to %s", formatAmount(MaxPay))
	}
	if x > 0 && x < 1 {
		return 0, fmt.Errorf("enter an amount of at least 1")
	}
	return x, nil
}

func numberText[T ~int | ~int64 | ~float64](v T) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(float64(v), 'f', -1, 64)
}

func catalogOptions[T any](list []T, id, label, help func(T) string) []Option {
	out := make([]Option, len(list))
	for i, v := range list {
		out[i] = Option{ID: id(v), Label: label(v)}
		if help != nil {
			out[i].Help = help(v)
		}
	}
	return out
}

// --- the steps ---

var stepVariant = Step{
	ID:    "variant",
	Title: "Which role are you hiring for?",
	Why:   "The variant sets the book size, seniority and defaults for everything that follows.",
	build: func(c *content.Catalog, a Answers) []Field {
		opts := catalogOptions(c.Variants, func(v content.Variant) string { return v.ID },
			func(v content.Variant) string { return v.Name }, func(v content.Variant) string { return v.Blurb })
		f := Field{
			Key: "variant", Label: "Role", Kind: Choice, Options: opts, Placeholder: DefaultVariant,
			Value: Value{Text: orDefault(a.Variant, DefaultVariant)},
			set: func(a *Answers, v Value) error {
				if !hasOption(opts, v.Text) {
					return fmt.Errorf("choose one of the options")
				}
				a.Variant = v.Text
				return nil
			},
		}
		return []Field{f}
	},
	Block: func(c *content.Catalog, a Answers) string {
		if v, ok := c.Variant(a.Variant); ok && v.Refused {
			return strings.TrimSpace(v.Refusal)
		}
		return ""
	},
}

var stepCompany = Step{
	ID:    "company",
	Title: "Company and job title",
	Why:   "Use the title candidates search for; put seniority in it only if it is real.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		title := textField("title", "Job title", "", MaxTitleLen, func(a *Answers) *string { return &a.Title }, r.Title)
		title.Value.Text = a.Title
		company := textField("company", "Company name", "Leave empty to write \"we\" throughout.", MaxTitleLen, func(a *Answers) *string { return &a.Company }, "")
		company.Value.Text = a.Company
		return []Field{company, title}
	},
}

var stepIndustry = Step{
	ID:    "industry",
	Title: "Industry",
	Why:   "Industry changes the emphasis: adoption in software, scope in agencies, ordering in distribution.",
	build: func(c *content.Catalog, a Answers) []Field {
		opts := catalogOptions(c.Industries, func(v content.Industry) string { return v.ID },
			func(v content.Industry) string { return v.Name }, nil)
		r := Resolve(c, a)
		f := choiceField("industry", "Industry", opts, func(a *Answers) *string { return &a.Industry }, "other")
		f.Value.Text = r.Industry
		return []Field{f}
	},
}

var stepBook = Step{
	ID:    "book",
	Title: "Accounts and book of business",
	Why:   "Leaving out the book of business is a classic mistake: say how many accounts and how much revenue.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		opts := catalogOptions(c.AccountTypes, func(v content.AccountType) string { return v.ID },
			func(v content.AccountType) string { return v.Name }, nil)
		types := Field{
			Key: "account_types", Label: "Kinds of clients", Help: "space toggles", Kind: Multi, Options: opts,
			Value: Value{IDs: r.AccountTypes},
			set: func(a *Answers, v Value) error {
				if len(v.IDs) == 0 {
					return errors.New("choose at least one kind of client")
				}
				a.AccountTypes = append([]string(nil), v.IDs...)
				return nil
			},
		}
		accounts := Field{
			Key: "accounts", Label: "Number of accounts", Kind: Integer,
			Value: Value{Text: numberText(a.Book.Accounts)}, Placeholder: strconv.Itoa(r.Book.Accounts), Suggested: true,
			set: func(a *Answers, v Value) error {
				n, err := parseInt(v.Text, 1, MaxAccounts)
				a.Book.Accounts = int(n)
				return err
			},
		}
		cur, _ := c.Currency(r.Pay.Currency)
		revenue := Field{
			Key: "revenue", Label: "Annual revenue of the book (" + cur.ID + ")", Kind: Integer,
			Value: Value{Text: numberText(a.Book.Revenue)}, Placeholder: strconv.FormatInt(r.Book.Revenue, 10), Suggested: true,
			set: func(a *Answers, v Value) error {
				n, err := parseInt(v.Text, 1, MaxRevenue)
				a.Book.Revenue = n
				return err
			},
		}
		return []Field{types, accounts, revenue}
	},
}

var stepMix = Step{
	ID:    "mix",
	Title: "Commercial mix",
	Why:   "Is this keeping clients, growing them, or also winning new ones? Candidates need to know.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		v, _ := c.Variant(r.Variant)
		opts := catalogOptions(c.Mixes, func(v content.Mix) string { return v.ID },
			func(v content.Mix) string { return v.Name }, func(v content.Mix) string { return v.Blurb })
		f := choiceField("mix", "Commercial mix", opts, func(a *Answers) *string { return &a.Mix }, v.Mix)
		f.Value.Text = r.Mix
		return []Field{f}
	},
	Notice: func(c *content.Catalog, a Answers) string {
		if m, ok := c.Mix(Resolve(c, a).Mix); ok && m.Disclosure != "" {
			return "The posting will say openly that this role includes new-business targets: it is partly a sales role."
		}
		return ""
	},
}

var stepComplexity = Step{
	ID:    "complexity",
	Title: "Internal complexity",
	Why:   "How many teams, how custom the work, how long the contracts: it decides the coordination load.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		v, _ := c.Variant(r.Variant)
		current := map[string]*string{"teams": &r.Complexity.Teams, "work": &r.Complexity.Work, "contracts": &r.Complexity.Contracts}
		defaults := map[string]string{"teams": v.Complexity.Teams, "work": v.Complexity.Work, "contracts": v.Complexity.Contracts}
		var fields []Field
		for _, ax := range c.Complexity {
			ax := ax
			opts := catalogOptions(ax.Options, func(o content.PhraseOption) string { return o.ID },
				func(o content.PhraseOption) string { return o.Name }, nil)
			get := func(a *Answers) *string {
				switch ax.ID {
				case "teams":
					return &a.Complexity.Teams
				case "work":
					return &a.Complexity.Work
				}
				return &a.Complexity.Contracts
			}
			f := choiceField(ax.ID, ax.Question, opts, get, defaults[ax.ID])
			f.Value.Text = *current[ax.ID]
			fields = append(fields, f)
		}
		return fields
	},
}

var stepKPIs = Step{
	ID:    "kpis",
	Title: "How success is measured",
	Why:   "Pick 4-5 KPIs with targets; more signals a role that is not designed yet.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		opts := catalogOptions(c.KPIs, func(v content.KPI) string { return v.ID },
			func(v content.KPI) string { return v.Name }, nil)
		var chosen []string
		targets := map[string]string{}
		var own []string
		for _, k := range r.KPIs {
			if k.ID != "" {
				chosen = append(chosen, k.ID)
				targets[k.ID] = k.Target
			} else {
				own = append(own, kpiLine(k))
			}
		}
		pick := Field{
			Key: "kpis", Label: "KPIs", Help: "space toggles", Kind: Multi, Options: opts, Value: Value{IDs: chosen},
			set: func(a *Answers, v Value) error {
				old := Resolve(c, *a).KPIs
				var next []KPIAnswer
				for _, id := range v.IDs {
					k := KPIAnswer{ID: id}
					for _, o := range old {
						if o.ID == id {
							k.Target = o.Target
						}
					}
					next = append(next, k)
				}
				for _, o := range old {
					if o.ID == "" {
						next = append(next, o)
					}
				}
				if next == nil {
					next = []KPIAnswer{}
				}
				a.KPIs = next
				return nil
			},
		}
		fields := []Field{pick}
		for _, id := range chosen {
			id := id
			k, _ := c.KPI(id)
			target := Field{
				Key: "kpi_target." + id, Label: "Target: " + k.Name, Kind: Text, MaxLen: MaxLineLen,
				Value: Value{Text: targets[id]}, Placeholder: "optional, e.g. " + kpiExample(c, id), Example: true,
				set: func(a *Answers, v Value) error {
					a.KPIs = append([]KPIAnswer(nil), Resolve(c, *a).KPIs...)
					for i := range a.KPIs {
						if a.KPIs[i].ID == id {
							a.KPIs[i].Target = firstLine(v.Text)
						}
					}
					return nil
				},
			}
			if a.KPIs == nil {
				// amjd's suggested set: the targets show as suggestions until
				// the user changes the step.
				target.Value.Text, target.Placeholder, target.Suggested = "", targets[id], targets[id] != ""
			}
			fields = append(fields, target)
		}
		fields = append(fields, Field{
			Key: "kpi_own", Label: "KPIs of your own", Help: "one per line, as name: target", Kind: Lines, MaxLen: MaxTextLen,
			Value: Value{Text: strings.Join(own, "\n")},
			set: func(a *Answers, v Value) error {
				var next []KPIAnswer
				for _, k := range Resolve(c, *a).KPIs {
					if k.ID != "" {
						next = append(next, k)
					}
				}
				for _, line := range strings.Split(Sanitize(v.Text), "\n") {
					name, target, _ := strings.Cut(line, ":")
					if name = strings.TrimSpace(name); name != "" {
						next = append(next, KPIAnswer{Name: name, Target: strings.TrimSpace(target)})
					}
				}
				if next == nil {
					next = []KPIAnswer{}
				}
				a.KPIs = next
				return nil
			},
		})
		return fields
	},
	Block: func(c *content.Catalog, a Answers) string {
		if len(Resolve(c, a).KPIs) == 0 {
			return "Choose at least one KPI: a posting without success metrics leaves candidates guessing."
		}
		if n := len(Resolve(c, a).KPIs); n > MaxKPIs {
			return fmt.Sprintf("%d KPIs is more than the %d amjd accepts.", n, MaxKPIs)
		}
		return ""
	},
	Warn: func(c *content.Catalog, a Answers) string {
		if n := len(Resolve(c, a).KPIs); n > 5 {
			return fmt.Sprintf("%d KPIs chosen. The guides advise 4-5: more suggests the role is not designed yet. Press enter again to keep them all.", n)
		}
		return ""
	},
}

func kpiLine(k KPIAnswer) string {
	if k.Target == "" {
		return k.Name
	}
	return k.Name + ": " + k.Target
}

// kpiExample suggests a target from the variants' defaults.
func kpiExample(c *content.Catalog, id string) string {
	for _, v := range c.Variants {
		for _, k := range v.KPIs {
			if k.ID == id && k.Target != "" {
				return k.Target
			}
		}
	}
	return "a number and a period"
}

// poolStep builds the fields for a pool the user can toggle and extend.
func poolFields(key, label, addLabel string, pool []content.Item, limit int, c *content.Catalog, a Answers, get func(*Answers) *ListEdit) []Field {
	r := Resolve(c, a)
	sel := selectionOf(r)
	edit := *get(&r)
	defaults := Selected(pool, sel, ListEdit{}, limit)
	chosen := Selected(pool, sel, edit, limit)
	// Offer what applies to these answers plus anything already included.
	var opts []Option
	for _, it := range pool {
		if it.When.Matches(sel) || slices.Contains(edit.Include, it.ID) {
			opts = append(opts, Option{ID: it.ID, Label: it.Text})
		}
	}
	toggle := Field{
		Key: key, Label: label, Help: "space toggles; chosen from your answers", Kind: Multi, Options: opts, Value: Value{IDs: chosen},
		set: func(a *Answers, v Value) error {
			e := get(a)
			e.Include, e.Remove = nil, nil
			for _, o := range opts {
				on, def := slices.Contains(v.IDs, o.ID), slices.Contains(defaults, o.ID)
				switch {
				case on && !def:
					e.Include = append(e.Include, o.ID)
				case !on && def:
					e.Remove = append(e.Remove, o.ID)
				}
			}
			return nil
		},
	}
	add := linesField(key+"_add", addLabel, "one per line", func(a *Answers) *[]string { return &get(a).Add })
	add.Value.Text = strings.Join(edit.Add, "\n")
	return []Field{toggle, add}
}

var stepResponsibilities = Step{
	ID:    "responsibilities",
	Title: "Responsibilities",
	Why:   "Specific duties beat generic ones; these were picked from your answers, so trim or add.",
	build: func(c *content.Catalog, a Answers) []Field {
		return poolFields("responsibilities", "Responsibilities", "Add your own", c.Responsibilities, maxResponsibilities, c, a,
			func(a *Answers) *ListEdit { return &a.Responsibilities })
	},
}

var stepSkills = Step{
	ID:    "skills",
	Title: "Skills and qualifications",
	Why:   "Keep required and preferred apart, and ask for operating rigour, not only soft skills.",
	build: func(c *content.Catalog, a Answers) []Field {
		fields := poolFields("skills", "Skills", "Skills of your own", c.Skills, maxSkills, c, a,
			func(a *Answers) *ListEdit { return &a.Skills })
		r := Resolve(c, a)
		sel := selectionOf(r)
		var opts []Option
		var states []string
		for _, q := range c.Qualifications {
			in := func(list []string) bool { return slices.Contains(list, q.ID) }
			if !q.When.Matches(sel) && !in(r.Qualifications.Required) && !in(r.Qualifications.Preferred) {
				continue
			}
			opts = append(opts, Option{ID: q.ID, Label: fillQualification(c, r, q.Text)})
			switch {
			case in(r.Qualifications.Required):
				states = append(states, "required")
			case in(r.Qualifications.Preferred):
				states = append(states, "preferred")
			default:
				states = append(states, "off")
			}
		}
		quals := Field{
			Key: "qualifications", Label: "Qualifications", Help: "space cycles required → nice to have → left out",
			Kind: Cycle, Options: opts, Value: Value{IDs: states},
			States: []Option{{ID: "required", Label: "required"}, {ID: "preferred", Label: "nice to have"}, {ID: "off", Label: "left out"}},
			set: func(a *Answers, v Value) error {
				if len(v.IDs) != len(opts) {
					return errors.New("one state per qualification is needed")
				}
				req, pref := []string{}, []string{}
				for i, o := range opts {
					switch v.IDs[i] {
					case "required":
						req = append(req, o.ID)
					case "preferred":
						pref = append(pref, o.ID)
					}
				}
				a.Qualifications.Required, a.Qualifications.Preferred = req, pref
				return nil
			},
		}
		v, _ := c.Variant(r.Variant)
		years := Field{
			Key: "years", Label: "Years of experience asked for", Kind: Integer,
			Value: Value{Text: numberText(a.Qualifications.Years)}, Placeholder: strconv.Itoa(v.Years),
			set: func(a *Answers, v Value) error {
				n, err := parseInt(v.Text, 0, 40)
				a.Qualifications.Years = int(n)
				return err
			},
		}
		extraReq := linesField("extra_required", "Other requirements", "one per line", func(a *Answers) *[]string { return &a.Qualifications.ExtraRequired })
		extraReq.Value.Text = strings.Join(a.Qualifications.ExtraRequired, "\n")
		extraPref := linesField("extra_preferred", "Other nice-to-haves", "one per line", func(a *Answers) *[]string { return &a.Qualifications.ExtraPreferred })
		extraPref.Value.Text = strings.Join(a.Qualifications.ExtraPreferred, "\n")
		return append(fields, quals, years, extraReq, extraPref)
	},
	Block: func(c *content.Catalog, a Answers) string {
		r := Resolve(c, a)
		sel := selectionOf(r)
		if len(r.Qualifications.Required)+len(r.Qualifications.ExtraRequired)+len(r.Skills.Add) == 0 &&
			len(Selected(c.Skills, sel, r.Skills, maxSkills)) == 0 {
			return "Keep at least one requirement: candidates need to know what is essential."
		}
		return ""
	},
}

func fillQualification(c *content.Catalog, r Answers, text string) string {
	ind, _ := c.Industry(r.Industry)
	return strings.NewReplacer("{years}", strconv.Itoa(r.Qualifications.Years), "{industry}", ind.Field).Replace(text)
}

var stepTools = Step{
	ID:    "tools",
	Title: "Tools",
	Why:   "Naming the CRM and reporting tools signals the discipline the job needs.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		opts := catalogOptions(c.Tools, func(v content.Item) string { return v.ID }, func(v content.Item) string { return v.Text }, nil)
		pick := Field{
			Key: "tools", Label: "Tools", Help: "space toggles", Kind: Multi, Options: opts, Value: Value{IDs: r.Tools.Use},
			set: func(a *Answers, v Value) error {
				a.Tools.Use = append([]string{}, v.IDs...)
				return nil
			},
		}
		add := linesField("tools_add", "Other tools", "one per line", func(a *Answers) *[]string { return &a.Tools.Add })
		add.Value.Text = strings.Join(a.Tools.Add, "\n")
		return []Field{pick, add}
	},
}

var stepReporting = Step{
	ID:    "reporting",
	Title: "Reporting line and team",
	Why:   "Say who the role reports to and who it works with; use a role, not a name.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		f := textField("reports_to", "Reports to", "For example: "+strings.Join(c.ReportingLines[:3], ", "), MaxTitleLen,
			func(a *Answers) *string { return &a.ReportsTo }, r.ReportsTo)
		f.Value.Text = a.ReportsTo
		f.Suggested = true
		size := Field{
			Key: "team_size", Label: "Team size (people, including the new hire)", Help: "Optional", Kind: Integer,
			Value: Value{Text: numberText(a.Team.Size)}, Placeholder: "optional", Example: true,
			set: func(a *Answers, v Value) error {
				n, err := parseInt(v.Text, 1, 10_000)
				a.Team.Size = int(n)
				return err
			},
		}
		as := newAssembly(c, Answers{Variant: a.Variant, Industry: a.Industry, Language: r.Language})
		growth := longTextField("career_path", "How the role can grow", "Empty keeps amjd's wording for this role",
			func(a *Answers) *string { return &a.CareerPath }, as.fill(as.v.CareerPath))
		growth.Value.Text = a.CareerPath
		return []Field{f, size, growth}
	},
}

var stepPayPlace = Step{
	ID:    "pay",
	Title: "Pay, benefits, location and travel",
	Why:   "A stated pay range draws qualified applicants, and many places now require one.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		min := Field{
			Key: "pay_min", Label: "Pay from", Help: payHint(c, r), Kind: Money, Suggested: r.Pay.Min > 0,
			Value: Value{Text: numberText(a.Pay.Min)}, Placeholder: optionalNumber(r.Pay.Min), Example: r.Pay.Min == 0,
			set: func(a *Answers, v Value) error {
				x, err := parseMoney(v.Text)
				a.Pay.Min = Amount(x)
				return err
			},
		}
		max := Field{
			Key: "pay_max", Label: "Pay to", Kind: Money, Suggested: r.Pay.Max > 0,
			Value: Value{Text: numberText(a.Pay.Max)}, Placeholder: optionalNumber(r.Pay.Max), Example: r.Pay.Max == 0,
			set: func(a *Answers, v Value) error {
				x, err := parseMoney(v.Text)
				a.Pay.Max = Amount(x)
				return err
			},
		}
		currencies := catalogOptions(c.Currencies, func(v content.Currency) string { return v.ID }, func(v content.Currency) string { return v.ID + " (" + strings.TrimSpace(v.Symbol) + ")" }, nil)
		currency := choiceField("currency", "Currency", currencies, func(a *Answers) *string { return &a.Pay.Currency }, currencyFor(c, LookupPlace(c, a.Location.Place)))
		currency.Value.Text = r.Pay.Currency
		periods := catalogOptions(c.PayPeriods, func(v content.Option) string { return v.ID }, func(v content.Option) string { return v.Name }, nil)
		period := choiceField("period", "Pay period", periods, func(a *Answers) *string { return &a.Pay.Period }, "year")
		period.Value.Text = r.Pay.Period
		variable := textField("variable", "Variable pay (bonus or commission)", "Optional; left out of the posting when empty", MaxLineLen, func(a *Answers) *string { return &a.Pay.Variable }, "")
		if m, ok := c.Mix(r.Mix); ok && m.VariableHint != "" {
			variable.Placeholder, variable.Example = "optional, e.g. "+m.VariableHint, true
		}
		variable.Value.Text = a.Pay.Variable
		benefits := linesField("benefits", "Benefits", "One per line; left out of the posting when empty", func(a *Answers) *[]string { return &a.Benefits })
		benefits.Value.Text = strings.Join(a.Benefits, "\n")
		sp := spellerFor(c, r.Language)
		var examples []string
		for _, b := range c.Defaults.Benefits {
			examples = append(examples, sp.spell(b))
		}
		benefits.Placeholder, benefits.Example = "optional, e.g. "+strings.Join(examples, "\n"), true
		return append([]Field{min, max, currency, period, variable, benefits}, placeFields(c, a, r)...)
	},
	Block: func(c *content.Catalog, a Answers) string {
		if a.Pay.Max > 0 && a.Pay.Max < a.Pay.Min {
			return fmt.Sprintf("Pay to (%s) is below pay from (%s).", formatAmount(float64(a.Pay.Max)), formatAmount(float64(a.Pay.Min)))
		}
		if (a.Pay.Min > 0) != (a.Pay.Max > 0) {
			return "Give both ends of the range: an open-ended figure is not a range."
		}
		return ""
	},
}

// payHint says what the pay suggestion is, or that there is none for the market.
func payHint(c *content.Catalog, r Answers) string {
	if h, ok := PayHintFor(c, r.Variant, LookupPlace(c, r.Location.Place), r.Pay.Currency); ok {
		return "Suggested: " + h.Describe + "; type your own band."
	}
	return "No sourced figure for this role and market: type your range, or none is stated."
}

// optionalNumber shows a suggested amount in a field's placeholder, or that
// the field may stay empty.
func optionalNumber(x Amount) string {
	if x == 0 {
		return "optional"
	}
	return numberText(x)
}

// placeFields ask where the job is, in which English the posting is written,
// the schedule and the travel.
func placeFields(c *content.Catalog, a Answers, r Answers) []Field {
	place := textField("place", "Location", "City and state or country; it sets the currency and the spelling", MaxTitleLen, func(a *Answers) *string { return &a.Location.Place }, "")
	place.Value.Text = a.Location.Place
	workplaces := catalogOptions(c.Workplaces, func(v content.PhraseOption) string { return v.ID }, func(v content.PhraseOption) string { return v.Name }, nil)
	workplaces = append([]Option{{ID: "", Label: "Not stated"}}, workplaces...)
	workplace := choiceField("workplace", "Workplace", workplaces, func(a *Answers) *string { return &a.Location.Workplace }, "")
	workplace.Value.Text = a.Location.Workplace
	region := textField("region", "Where you can hire", "Optional, e.g. anywhere in Canada", MaxTitleLen, func(a *Answers) *string { return &a.Location.Region }, "")
	region.Value.Text = a.Location.Region
	hours := textField("hours", "Working hours", "Optional; always shown for hourly pay, e.g. Monday to Friday, 9 to 5", MaxLineLen, func(a *Answers) *string { return &a.Hours }, "")
	hours.Value.Text = a.Hours
	languages := catalogOptions(c.Languages.List, func(v content.Option) string { return v.ID }, func(v content.Option) string { return v.Name }, nil)
	auto := a
	auto.Language = ""
	language := choiceField("language", "Spelling of the posting", languages, func(a *Answers) *string { return &a.Language }, languageFor(c, Resolve(c, auto), LookupPlace(c, a.Location.Place)))
	language.Value.Text = r.Language
	travels := catalogOptions(c.Travel, func(v content.PhraseOption) string { return v.ID }, func(v content.PhraseOption) string { return v.Name }, nil)
	v, _ := c.Variant(r.Variant)
	travel := choiceField("travel", "Travel", travels, func(a *Answers) *string { return &a.Location.Travel }, v.Travel)
	travel.Value.Text = r.Location.Travel
	return []Field{place, workplace, region, hours, language, travel}
}

var stepAbout = Step{
	ID:    "about",
	Title: "About the company and how to apply",
	Why:   "Close with who you are and a clear call to action: where to apply, what to send.",
	build: func(c *content.Catalog, a Answers) []Field {
		r := Resolve(c, a)
		p := Assemble(c, Answers{Variant: a.Variant, Company: a.Company, Industry: a.Industry, Language: r.Language})
		about := longTextField("about", "About the company", "A short paragraph; empty keeps a marked placeholder", func(a *Answers) *string { return &a.About }, strings.Join(p.Texts(SecAbout), "\n\n"))
		about.Value.Text = a.About
		about.Suggested = true
		apply := longTextField("how_to_apply", "How to apply", "Where to apply, what to send, when you reply", func(a *Answers) *string { return &a.HowToApply }, strings.Join(p.Texts(SecApply), "\n\n"))
		apply.Value.Text = a.HowToApply
		apply.Suggested = true
		eeoOpts := []Option{{ID: "yes", Label: "Include an equal-opportunity statement"}, {ID: "no", Label: "Leave it out"}}
		include := "yes"
		if r.EqualOpportunity.Include != nil && !*r.EqualOpportunity.Include {
			include = "no"
		}
		eeo := Field{
			Key: "eeo_include", Label: "Equal opportunity", Kind: Choice, Options: eeoOpts, Value: Value{Text: include}, Placeholder: "yes",
			set: func(a *Answers, v Value) error {
				switch v.Text {
				case "yes":
					a.EqualOpportunity.Include = nil
				case "no":
					no := false
					a.EqualOpportunity.Include = &no
				default:
					return errors.New("choose yes or no")
				}
				return nil
			},
		}
		eeoText := longTextField("eeo_text", "Equal-opportunity wording", "Empty uses the standard wording", func(a *Answers) *string { return &a.EqualOpportunity.Text }, strings.Join(p.Texts(SecEqualOpp), "\n\n"))
		eeoText.Value.Text = a.EqualOpportunity.Text
		return []Field{about, apply, eeo, eeoText, sectionsField(a)}
	},
}

// sectionsField turns the optional sections of the posting on and off.
func sectionsField(a Answers) Field {
	names := map[string]string{SectionTeam: "Team context (team size, who you work with)", SectionFirst90Days: "Your first 90 days",
		SectionGrowth: "How you will grow", SectionHours: "Working hours (always shown for hourly pay)"}
	var opts []Option
	var on []string
	for _, id := range OptionalSections {
		opts = append(opts, Option{ID: id, Label: names[id]})
		if !slices.Contains(a.LeaveOut, id) {
			on = append(on, id)
		}
	}
	return Field{
		Key: "sections", Label: "Optional sections", Help: "space toggles", Kind: Multi, Options: opts, Value: Value{IDs: on},
		set: func(a *Answers, v Value) error {
			a.LeaveOut = nil
			for _, id := range OptionalSections {
				if !slices.Contains(v.IDs, id) {
					a.LeaveOut = append(a.LeaveOut, id)
				}
			}
			return nil
		},
	}
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
