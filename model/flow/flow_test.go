package flow

import (
	"slices"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"
	"amjd/model/posting"
)

func field(t *testing.T, stepID, key string, a answers.Answers) Field {
	t.Helper()
	i := StepIndex(stepID)
	if i < 0 {
		t.Fatalf("no step %q", stepID)
	}
	for _, f := range Steps()[i].For(modeltest.Cat(), a).Fields {
		if f.Key == key {
			return f
		}
	}
	t.Fatalf("step %s has no field %q", stepID, key)
	return Field{}
}

func apply(t *testing.T, a *answers.Answers, stepID, key string, v Value) {
	t.Helper()
	if err := field(t, stepID, key, *a).Apply(a, v); err != nil {
		t.Fatalf("%s.%s = %+v: %v", stepID, key, v, err)
	}
}

// Accepting every field as shown, step after step, must give the default
// posting: this is what pressing enter through the wizard does.
func TestAcceptingEveryDefaultGivesTheDefaultPosting(t *testing.T) {
	for _, variant := range []string{"", "key_account_manager", "accounts_manager"} {
		a := answers.Answers{Variant: variant}
		want := posting.Assemble(modeltest.Cat(), a).Markdown()
		for _, step := range Steps() {
			for _, f := range step.For(modeltest.Cat(), a).Fields {
				if err := f.Apply(&a, f.Value); err != nil {
					t.Fatalf("%s/%s: default value rejected: %v", step.ID, f.Key, err)
				}
			}
			if msg := step.For(modeltest.Cat(), a).Block; msg != "" {
				t.Fatalf("%s: defaults blocked: %s", step.ID, msg)
			}
			if msg := step.For(modeltest.Cat(), a).Warn; msg != "" {
				t.Fatalf("%s: defaults warned: %s", step.ID, msg)
			}
		}
		if got := posting.Assemble(modeltest.Cat(), a).Markdown(); got != want {
			t.Errorf("variant %q: enter-through posting differs from the defaults:\n%s", variant, modeltest.DiffLines(want, got))
		}
	}
}

func TestStepsAreWellFormed(t *testing.T) {
	seen := map[string]bool{}
	for _, step := range Steps() {
		if step.ID == "" || step.Title == "" || step.Why == "" {
			t.Errorf("step %+v lacks id, title or why", step.ID)
		}
		if seen[step.ID] {
			t.Errorf("duplicate step %s", step.ID)
		}
		seen[step.ID] = true
		keys := map[string]bool{}
		for _, f := range step.For(modeltest.Cat(), answers.Answers{}).Fields {
			if f.Label == "" || keys[f.Key] {
				t.Errorf("%s: field %q has no label or a duplicate key", step.ID, f.Key)
			}
			keys[f.Key] = true
			if (f.Kind == Choice || f.Kind == Multi || f.Kind == Cycle) && len(f.Options) == 0 {
				t.Errorf("%s/%s: no options", step.ID, f.Key)
			}
		}
	}
}

// Choosing the Accounting Manager is refused where it is chosen, with the
// reason: it never reaches the answers, so no posting or saved file holds it.
func TestAccountingManagerIsRefusedWithAnExplanation(t *testing.T) {
	a := answers.Answers{Variant: "key_account_manager"}
	err := field(t, "variant", "variant", a).Apply(&a, Value{Text: "accounting_manager"})
	if err == nil || !strings.Contains(err.Error(), "finance job") || !strings.Contains(err.Error(), "not a client-facing role") {
		t.Errorf("choosing the Accounting Manager: %v; want the reason it is a finance role", err)
	}
	if a.Variant != "key_account_manager" {
		t.Errorf("the refused variant reached the answers: %q", a.Variant)
	}
	apply(t, &a, "variant", "variant", Value{Text: "account_manager"})
	if msg := Steps()[StepIndex("variant")].For(modeltest.Cat(), a).Block; msg != "" {
		t.Errorf("account manager blocked: %s", msg)
	}
}

func TestBlendedMixNoticeSaysItIsPartlySales(t *testing.T) {
	a := answers.Answers{}
	step := Steps()[StepIndex("mix")]
	if n := step.For(modeltest.Cat(), a).Notice; n != "" {
		t.Errorf("expansion mix should have no notice, got %q", n)
	}
	apply(t, &a, "mix", "mix", Value{Text: "blended"})
	if n := step.For(modeltest.Cat(), a).Notice; !strings.Contains(n, "new-business targets") {
		t.Errorf("blended notice = %q", n)
	}
}

func TestKPIStepWarnsAboveFiveAndBlocksAtZero(t *testing.T) {
	step := Steps()[StepIndex("kpis")]
	a := answers.Answers{}
	apply(t, &a, "kpis", "kpis", Value{IDs: []string{"nrr", "renewal_rate", "gross_retention", "csat_nps", "response_time", "forecast_accuracy"}})
	if w := step.For(modeltest.Cat(), a).Warn; !strings.Contains(w, "6 KPIs") || !strings.Contains(w, "4-5") {
		t.Errorf("warning = %q", w)
	}
	if b := step.For(modeltest.Cat(), a).Block; b != "" {
		t.Errorf("six KPIs must be allowed after the warning, got block %q", b)
	}
	apply(t, &a, "kpis", "kpis", Value{IDs: nil})
	if b := step.For(modeltest.Cat(), a).Block; !strings.Contains(b, "at least one KPI") {
		t.Errorf("block = %q", b)
	}
}

func TestKPITargetsFollowTheChosenKPIs(t *testing.T) {
	a := answers.Answers{}
	apply(t, &a, "kpis", "kpis", Value{IDs: []string{"nrr", "renewal_rate"}})
	// The target amjd suggests for NRR stays a suggestion, not an answer;
	// renewal rate gets a field of its own.
	if f := field(t, "kpis", "kpi_target.nrr", a); f.Value.Text != "" || f.Placeholder != "110%" || !f.Suggested {
		t.Errorf("nrr target: value %q, placeholder %q, suggested %v; want amjd's 110%% as a suggestion", f.Value.Text, f.Placeholder, f.Suggested)
	}
	apply(t, &a, "kpis", "kpi_target.renewal_rate", Value{Text: "95%"})
	apply(t, &a, "kpis", "kpi_own", Value{Text: "Referrals: 4 a year\n\nUpsell meetings"})
	md := posting.Assemble(modeltest.Cat(), a).Markdown()
	for _, w := range []string{"Net revenue retention of at least 110% with growth and losses counted. " + base.SuggestionMarker, "A renewal rate of at least 95% across the accounts due to renew", "- Referrals: 4 a year.", "- Upsell meetings."} {
		if !strings.Contains(md, w) {
			t.Errorf("posting lacks %q", w)
		}
	}
	for _, f := range Steps()[StepIndex("kpis")].For(modeltest.Cat(), a).Fields {
		if f.Key == "kpi_target.gross_retention" {
			t.Error("an unchosen KPI still has a target field")
		}
	}
}

func TestNumbersAreValidated(t *testing.T) {
	a := answers.Answers{}
	accounts := field(t, "book", "accounts", a)
	for _, bad := range []string{"abc", "-3", "0", "1.5", "1000001"} {
		if err := accounts.Check(a, Value{Text: bad}); err == nil {
			t.Errorf("accounts %q accepted", bad)
		}
	}
	apply(t, &a, "book", "accounts", Value{Text: "1,200"})
	if a.Book.Accounts != 1200 {
		t.Errorf("accounts = %d", a.Book.Accounts)
	}
	payMin := field(t, "pay", "pay_min", a)
	for _, bad := range []string{"lots", "-1", "NaN", "1e12"} {
		if err := payMin.Check(a, Value{Text: bad}); err == nil {
			t.Errorf("pay %q accepted", bad)
		}
	}
	// One end alone is not a range, and a top below the bottom is refused:
	// neither reaches the answers.
	if err := payMin.Apply(&a, Value{Text: "90000"}); err == nil || !strings.Contains(err.Error(), "both ends") || a.Pay.Min != 0 {
		t.Errorf("pay from alone: %v, pay %+v", err, a.Pay)
	}
	applyPay(t, &a, "90000", "110000")
	if err := field(t, "pay", "pay_max", a).Apply(&a, Value{Text: "70000"}); err == nil || !strings.Contains(err.Error(), "below its bottom") || a.Pay.Max != 110_000 {
		t.Errorf("a top below the bottom: %v, pay %+v", err, a.Pay)
	}
}

// applyPay types both ends of the pay range, as one change: each alone is
// not a range.
func applyPay(t *testing.T, a *answers.Answers, low, high string) {
	t.Helper()
	err := ApplyTogether(a, Change{field(t, base.StepPay, "pay_min", *a), Value{Text: low}},
		Change{field(t, base.StepPay, "pay_max", *a), Value{Text: high}})
	if err != nil {
		t.Fatalf("pay %s to %s: %v", low, high, err)
	}
}

// A range typed into either end fills both; a reversed or half range is
// refused with the reason, and the answers keep what they had.
func TestARangeTypedInOneEndFillsBoth(t *testing.T) {
	for _, key := range []string{"pay_min", "pay_max"} {
		for typed, want := range map[string][2]answers.Amount{"90-110k": {90_000, 110_000}, "$85,000 to $95,000": {85_000, 95_000}, "1.2M-1.5M": {1.2e6, 1.5e6}} {
			a := answers.Answers{}
			f := field(t, base.StepPay, key, a)
			if err := f.Apply(&a, Value{Text: typed}); err != nil || a.Pay.Min != want[0] || a.Pay.Max != want[1] {
				t.Errorf("%s %q: pay %v-%v (%v), want %v", key, typed, a.Pay.Min, a.Pay.Max, err, want)
			}
			if r := f.Reading(typed); !strings.Contains(r, "both ends") {
				t.Errorf("%s %q echoes %q", key, typed, r)
			}
		}
		a := answers.Answers{}
		if err := field(t, base.StepPay, key, a).Apply(&a, Value{Text: "110-90k"}); err == nil || !strings.Contains(err.Error(), "below its bottom") || a.Pay != (answers.Pay{}) {
			t.Errorf("%s reversed range: %v, pay %+v", key, err, a.Pay)
		}
		if err := field(t, base.StepPay, key, a).Apply(&a, Value{Text: "90k-ish"}); err == nil || !strings.Contains(err.Error(), "like 60-75k") {
			t.Errorf("%s 90k-ish: %v", key, err)
		}
	}
}

func TestTextLimitsAndPastedLines(t *testing.T) {
	a := answers.Answers{}
	title := field(t, "company", "title", a)
	if err := title.Check(a, Value{Text: strings.Repeat("x", answers.MaxTitleLen+1)}); err == nil || !strings.Contains(err.Error(), "at most 120") {
		t.Errorf("over-long title: %v", err)
	}
	apply(t, &a, "company", "title", Value{Text: "Account Manager\nignored second line"})
	if a.Title != "Account Manager" {
		t.Errorf("title = %q, want the first line only", a.Title)
	}
	apply(t, &a, "company", "company", Value{Text: "Acme\x1b[31m Ltd\a"})
	if a.Company != "Acme Ltd" {
		t.Errorf("company = %q, want control sequences removed", a.Company)
	}
}

func TestChoosingTheDefaultKeepsFollowingTheVariant(t *testing.T) {
	a := answers.Answers{}
	apply(t, &a, "mix", "mix", Value{Text: "expansion"}) // the account manager default
	if a.Mix != "" {
		t.Fatalf("mix stored as %q; the default should stay implicit", a.Mix)
	}
	apply(t, &a, "variant", "variant", Value{Text: "accounts_manager"})
	if got := posting.Resolve(modeltest.Cat(), a).Mix; got != "retention" {
		t.Errorf("after switching variant the mix is %q, want the new default retention", got)
	}
}

func TestPoolTogglesBecomeIncludeAndRemove(t *testing.T) {
	a := answers.Answers{}
	f := field(t, "responsibilities", "responsibilities", a)
	ids := slices.DeleteFunc(slices.Clone(f.Value.IDs), func(id string) bool { return id == "crm_records" })
	apply(t, &a, "responsibilities", "responsibilities", Value{IDs: append(ids, "risk_flags")})
	if !slices.Equal(a.Responsibilities.Remove, []string{"crm_records"}) {
		t.Errorf("remove = %v", a.Responsibilities.Remove)
	}
	md := posting.Assemble(modeltest.Cat(), a).Markdown()
	if strings.Contains(md, "in the CRM current") {
		t.Error("unticked responsibility still in the posting")
	}
	apply(t, &a, "responsibilities", "responsibilities_add", Value{Text: "Run the client summit.\n"})
	if md := posting.Assemble(modeltest.Cat(), a).Markdown(); !strings.Contains(md, "- Run the client summit.") {
		t.Error("added responsibility missing")
	}
}

func TestQualificationsCycleBetweenRequiredAndPreferred(t *testing.T) {
	a := answers.Answers{Tools: answers.Tools{Use: []string{"salesforce"}}}
	f := field(t, "skills", "qualifications", a)
	states := slices.Clone(f.Value.IDs)
	for i, o := range f.Options {
		if o.ID == "crm_experience" {
			states[i] = "preferred"
		}
		if o.ID == "degree_business" {
			states[i] = "off"
		}
	}
	apply(t, &a, "skills", "qualifications", Value{IDs: states})
	p := posting.Assemble(modeltest.Cat(), a)
	md := p.Markdown()
	req, pref, _ := strings.Cut(md[strings.Index(md, "**Required**"):], "**Nice to have**")
	if strings.Contains(req, "Hands-on use of Salesforce") || !strings.Contains(pref, "Hands-on use of Salesforce") {
		t.Error("CRM experience did not move to nice to have")
	}
	if strings.Contains(md, "bachelor's degree") {
		t.Error("degree was left out but still appears")
	}
}

// Pressing enter through a step leaves amjd's suggestions marked; typing a
// fact makes it the user's.
func TestSuggestionsStayMarkedUntilTheUserGivesTheFact(t *testing.T) {
	a := answers.Answers{}
	for _, step := range Steps() {
		for _, f := range step.For(modeltest.Cat(), a).Fields {
			if err := f.Apply(&a, f.Value); err != nil {
				t.Fatalf("%s: %v", f.Key, err)
			}
		}
	}
	if n := len(posting.Assemble(modeltest.Cat(), a).Suggestions()); n != 6 {
		t.Errorf("%d suggestions after entering through, want the 6 of the default posting", n)
	}
	applyPay(t, &a, "70000", "80000")
	apply(t, &a, "book", "accounts", Value{Text: "20"})
	apply(t, &a, "book", "revenue", Value{Text: "2500000"})
	md := posting.Assemble(modeltest.Cat(), a).Markdown()
	if !strings.Contains(md, "Base pay: $70,000 to $80,000 per year.\n") || strings.Contains(md, "annual revenue. [amjd") {
		t.Errorf("typed facts still marked as suggestions:\n%s", md)
	}
	f := field(t, "kpis", "kpi_target.nrr", answers.Answers{})
	if !f.Suggested || f.Value.Text != "" || f.Placeholder != "110%" {
		t.Errorf("a suggested KPI target should show as a suggestion, not a value: %+v", f)
	}
}

func TestPlaceSetsCurrencyAndSpellingInTheWizard(t *testing.T) {
	a := answers.Answers{}
	apply(t, &a, "pay", "place", Value{Text: "Toronto, Ontario"})
	if f := field(t, "pay", "currency", a); f.Value.Text != "CAD" {
		t.Errorf("currency %q after Toronto, want CAD", f.Value.Text)
	}
	if f := field(t, "pay", "language", a); f.Value.Text != "en-CA" {
		t.Errorf("spelling %q after Toronto, want en-CA", f.Value.Text)
	}
	if f := field(t, "pay", "workplace", a); f.Value.Text != "" || f.Options[0].Label != "Not stated" {
		t.Errorf("workplace should start as not stated: %+v", f.Value)
	}
	apply(t, &a, "pay", "language", Value{Text: "en-GB"})
	if !strings.Contains(posting.Assemble(modeltest.Cat(), a).Markdown(), "your CV") {
		t.Error("the chosen spelling was not used")
	}
}

// A line the user took out stays out when another industry is tried and
// then the first one again: choices about lines not offered are kept.
func TestRemovedLinesStayRemovedAcrossIndustries(t *testing.T) {
	a := answers.Answers{Industry: "software"}
	f := field(t, base.StepResponsibilities, "responsibilities", a)
	other := field(t, base.StepResponsibilities, "responsibilities", answers.Answers{Industry: "hospitality"})
	dropped := ""
	for _, id := range f.Value.IDs {
		if !hasOption(other.Options, id) {
			dropped = id // a software line hospitality does not offer
		}
	}
	if dropped == "" {
		t.Fatal("no responsibility is particular to software")
	}
	apply(t, &a, base.StepResponsibilities, "responsibilities", Value{IDs: slices.DeleteFunc(slices.Clone(f.Value.IDs), func(id string) bool { return id == dropped })})
	apply(t, &a, base.StepIndustry, "industry", Value{Text: "hospitality"})
	g := field(t, base.StepResponsibilities, "responsibilities", a)
	var ids []string // a change on the responsibilities step under the other industry
	for _, id := range g.Value.IDs {
		if id != dropped {
			ids = append(ids, id)
		}
	}
	if len(ids) > 1 {
		ids = ids[1:]
	}
	apply(t, &a, base.StepResponsibilities, "responsibilities", Value{IDs: ids})
	apply(t, &a, base.StepIndustry, "industry", Value{Text: "software"})
	if back := field(t, base.StepResponsibilities, "responsibilities", a); slices.Contains(back.Value.IDs, dropped) {
		t.Errorf("%q came back after a visit to another industry", dropped)
	}
}

// The lists of a step read as the posting will: no placeholder shows.
func TestListOptionsAreWordedAsThePostingWordsThem(t *testing.T) {
	for _, a := range []answers.Answers{{}, {Industry: "software"}, {Industry: "agency", Mix: "blended"}} {
		for _, step := range Steps() {
			for _, f := range step.For(modeltest.Cat(), a).Fields {
				for _, o := range f.Options {
					if strings.ContainsAny(o.Label, "{}") {
						t.Errorf("%s.%s: option %q shows a placeholder", step.ID, f.Key, o.Label)
					}
				}
			}
		}
	}
}

// Numbers are read the way managers type them, and the reading is echoed.
func TestNumbersAsManagersTypeThem(t *testing.T) {
	for _, c := range []struct {
		step, key, typed string
		got              func(answers.Answers) float64
		want             float64
	}{
		{base.StepBook, "revenue", "$12M", func(a answers.Answers) float64 { return float64(a.Book.Revenue) }, 12e6},
		{base.StepBook, "revenue", "1.5m", func(a answers.Answers) float64 { return float64(a.Book.Revenue) }, 1.5e6},
		{base.StepBook, "revenue", "2bn", func(a answers.Answers) float64 { return float64(a.Book.Revenue) }, 2e9},
		{base.StepBook, "accounts", "1 200", func(a answers.Answers) float64 { return float64(a.Book.Accounts) }, 1200},
		{base.StepPay, "pay_min", "85k", func(a answers.Answers) float64 { return float64(a.Pay.Min) }, 85_000},
		{base.StepPay, "pay_min", "€ 90 000", func(a answers.Answers) float64 { return float64(a.Pay.Min) }, 90_000},
		{base.StepPay, "pay_min", "USD 70,000", func(a answers.Answers) float64 { return float64(a.Pay.Min) }, 70_000},
	} {
		a := answers.Answers{Pay: answers.Pay{Max: 1_000_000}} // the top of the range, for the bottom typed
		f := field(t, c.step, c.key, a)
		if err := f.Apply(&a, Value{Text: c.typed}); err != nil {
			t.Errorf("%s %q: %v", c.key, c.typed, err)
			continue
		}
		if got := c.got(a); got != c.want {
			t.Errorf("%s %q read as %v, want %v", c.key, c.typed, got, c.want)
		}
		if f.Reading(c.typed) == "" {
			t.Errorf("%s %q: no reading echoed", c.key, c.typed)
		}
	}
	a := answers.Answers{}
	for _, bad := range []string{"twelve", "1.5", "0x10", "5e4", "$"} {
		if err := field(t, base.StepBook, "accounts", a).Apply(&a, Value{Text: bad}); err == nil || strings.Contains(err.Error(), "100000") {
			t.Errorf("accounts %q: %v; want a refusal with a sensible example", bad, err)
		}
	}
	if field(t, base.StepBook, "accounts", a).Reading("25") != "" {
		t.Error("a plain number is echoed back for nothing")
	}
}

// Taking one KPI out of amjd's suggested set leaves the other targets
// amjd's suggestions, marked as such, until the user types them.
func TestKPITargetsStaySuggestionsWhenTheListChanges(t *testing.T) {
	a := answers.Answers{}
	f := field(t, base.StepKPIs, "kpis", a)
	apply(t, &a, base.StepKPIs, "kpis", Value{IDs: f.Value.IDs[:len(f.Value.IDs)-1]})
	p := posting.Assemble(modeltest.Cat(), a)
	success, _ := p.Section(posting.SecSuccess)
	marked := 0
	for _, l := range success.Lines() {
		if l.Origin == posting.Suggested {
			marked++
		}
	}
	if want := len(f.Value.IDs) - 1; marked != want {
		t.Errorf("%d of %d KPI lines are marked as amjd's suggestions:\n%s", marked, want, p.Markdown())
	}
	apply(t, &a, base.StepKPIs, "kpi_target."+f.Value.IDs[0], Value{Text: "97%"})
	if s, _ := posting.Assemble(modeltest.Cat(), a).Section(posting.SecSuccess); countOrigin(s.Lines(), posting.Suggested) != len(f.Value.IDs)-2 {
		t.Error("typing one target changed whether the others are suggestions")
	}
}

func countOrigin(lines []posting.Line, o posting.Origin) int {
	n := 0
	for _, l := range lines {
		if l.Origin == o {
			n++
		}
	}
	return n
}

// A new location does not change the currency of amounts already typed; the
// pay step says which currency they stay in.
func TestTypedAmountsKeepTheirCurrencyWhenThePlaceChanges(t *testing.T) {
	a := answers.Answers{}
	applyPay(t, &a, "95k", "125k")
	apply(t, &a, base.StepPay, "place", Value{Text: "Toronto, ON"})
	md := posting.Assemble(modeltest.Cat(), a).Markdown()
	if !strings.Contains(md, "$95,000 to $125,000") || strings.Contains(md, "CA$95,000") {
		t.Errorf("typed dollars became Canadian dollars:\n%s", md)
	}
	if n := Steps()[StepIndex(base.StepPay)].For(modeltest.Cat(), a).Notice; !strings.Contains(n, "stay in USD") || !strings.Contains(n, "CAD") {
		t.Errorf("no word of the currency kept: %q", n)
	}
	b := answers.Answers{}
	apply(t, &b, base.StepPay, "place", Value{Text: "Toronto, ON"})
	if posting.Resolve(modeltest.Cat(), b).Pay.Currency != "CAD" {
		t.Error("with no amounts typed, the currency no longer follows the place")
	}
}

// A web address typed as people type it, without https://, is taken.
func TestWebsiteTakesAnAddressWithoutScheme(t *testing.T) {
	var a answers.Answers
	for typed, want := range map[string]string{"maasbrug-logistics.nl": "https://maasbrug-logistics.nl",
		"http://acme.example": "http://acme.example", "www.acme.example/jobs": "https://www.acme.example/jobs"} {
		if err := field(t, base.StepCompany, "website", a).Apply(&a, Value{Text: typed}); err != nil || a.Website != want {
			t.Errorf("%q: website %q (%v), want %q", typed, a.Website, err, want)
		}
	}
	for _, bad := range []string{"acme", "jobs@acme.example", "javascript:alert(1)"} {
		if err := field(t, base.StepCompany, "website", a).Apply(&a, Value{Text: bad}); err == nil {
			t.Errorf("%q was taken as a website", bad)
		}
	}
}
