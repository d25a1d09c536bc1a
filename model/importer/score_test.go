package importer

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"amjd/model/answers"
)

// score compares imported answers with the answers expected, field by field
// and list item by list item: right counts the values import filled that
// are right, filled the values import filled, wanted the values expected,
// and got the expected values import filled.
type score struct {
	right, filled, wanted, got int
	wrong, missed              []string
}

// same compares two values as a reader would: case, spacing and a final
// full stop aside.
func same(a, b string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.Join(strings.Fields(s), " "))
		return strings.TrimRight(s, ".;: ")
	}
	return norm(a) == norm(b)
}

func (s *score) field(name, got, want string) {
	if got != "" {
		s.filled++
		if same(got, want) {
			s.right++
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("%s = %q, want %q", name, got, want))
		}
	}
	if want != "" {
		s.wanted++
		if got != "" && same(got, want) {
			s.got++
		} else if got == "" {
			s.missed = append(s.missed, name)
		}
	}
}

func (s *score) list(name string, got, want []string) {
	for _, g := range got {
		s.filled++
		if containsSame(want, g) {
			s.right++
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("%s: %q not expected", name, g))
		}
	}
	for _, w := range want {
		s.wanted++
		if containsSame(got, w) {
			s.got++
		} else {
			s.missed = append(s.missed, name+": "+clip(w, 50))
		}
	}
}

func containsSame(list []string, s string) bool {
	for _, x := range list {
		if same(x, s) {
			return true
		}
	}
	return false
}

func num[T ~int | ~int64 | ~float64](n T) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatFloat(float64(n), 'f', -1, 64)
}

// kpis scores measures: one is right when it names the same measure (by id
// or by name) and its target says the same, or the one holds the other.
func (s *score) kpis(got, want []answers.KPIAnswer) {
	match := func(a, b answers.KPIAnswer) bool {
		if a.ID != b.ID || a.ID == "" && !same(a.Name, b.Name) {
			return false
		}
		x, y := strings.ToLower(a.Target), strings.ToLower(b.Target)
		return same(x, y) || x != "" && y != "" && (strings.Contains(x, y) || strings.Contains(y, x))
	}
	for _, g := range got {
		s.filled++
		if slices.ContainsFunc(want, func(w answers.KPIAnswer) bool { return match(g, w) }) {
			s.right++
		} else {
			s.wrong = append(s.wrong, fmt.Sprintf("kpis: %+v not expected", g))
		}
	}
	for _, w := range want {
		s.wanted++
		if slices.ContainsFunc(got, func(g answers.KPIAnswer) bool { return match(g, w) }) {
			s.got++
		}
	}
}

// compare scores every field of the answers format.
func compare(got, want answers.Answers) score {
	var s score
	for _, f := range []struct{ name, got, want string }{
		{"variant", got.Variant, want.Variant}, {"title", got.Title, want.Title}, {"company", got.Company, want.Company},
		{"website", got.Website, want.Website}, {"industry", got.Industry, want.Industry},
		{"industry_name", got.IndustryName, want.IndustryName},
		{"book.accounts", num(got.Book.Accounts), num(want.Book.Accounts)}, {"book.revenue", num(got.Book.Revenue), num(want.Book.Revenue)},
		{"mix", got.Mix, want.Mix}, {"qualifications.years", num(got.Qualifications.Years), num(want.Qualifications.Years)},
		{"reports_to", got.ReportsTo, want.ReportsTo}, {"team.size", num(got.Team.Size), num(want.Team.Size)},
		{"pay.min", num(got.Pay.Min), num(want.Pay.Min)}, {"pay.max", num(got.Pay.Max), num(want.Pay.Max)},
		{"pay.currency", got.Pay.Currency, want.Pay.Currency}, {"pay.period", got.Pay.Period, want.Pay.Period},
		{"pay.variable", got.Pay.Variable, want.Pay.Variable},
		{"location.place", got.Location.Place, want.Location.Place}, {"location.workplace", got.Location.Workplace, want.Location.Workplace},
		{"location.travel", got.Location.Travel, want.Location.Travel}, {"hours", got.Hours, want.Hours},
		{"employment_type", got.EmploymentType, want.EmploymentType}, {"about", got.About, want.About},
		{"how_to_apply", got.HowToApply, want.HowToApply}, {"closing_date", got.ClosingDate, want.ClosingDate},
	} {
		s.field(f.name, f.got, f.want)
	}
	s.list("account_types", got.AccountTypes, want.AccountTypes)
	s.kpis(got.KPIs, want.KPIs)
	s.list("responsibilities", got.Responsibilities.Add, want.Responsibilities.Add)
	s.list("skills", got.Skills.Add, want.Skills.Add)
	s.list("required", got.Qualifications.ExtraRequired, want.Qualifications.ExtraRequired)
	s.list("preferred", got.Qualifications.ExtraPreferred, want.Qualifications.ExtraPreferred)
	s.list("tools.use", got.Tools.Use, want.Tools.Use)
	s.list("tools.add", got.Tools.Add, want.Tools.Add)
	s.list("benefits", got.Benefits, want.Benefits)
	return s
}
