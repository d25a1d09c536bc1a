package answers

import (
	"fmt"
	"net/url"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
)

// The rules an answer must meet, written once: the wizard, line mode and
// answers files all call these, so a problem reads the same wherever it is
// found. A rule returns "" when the answer is fine.

// Bounds on numbers.
const (
	MaxAccounts = 100_000
	MaxRevenue  = 1_000_000_000_000
	MaxPay      = 100_000_000
	MaxLines    = 50 // items in one list the user writes
)

// NumberRange bounds a whole-number answer. Zero means "not given" and is
// not checked by callers: the default stands. example is a typical value,
// for messages.
type NumberRange struct {
	min, max int64
	example  string
}

// The ranges of the whole-number answers, which validation and the wizard's
// fields both check.
var (
	AccountsRange = NumberRange{1, MaxAccounts, "25"}
	RevenueRange  = NumberRange{1, MaxRevenue, "3,500,000 or 3.5M"}
	YearsRange    = NumberRange{0, 40, "3"}
	TeamSizeRange = NumberRange{1, 10_000, "8"}
)

func (r NumberRange) problem(n int64) string {
	if n < r.min || n > r.max {
		return fmt.Sprintf("must be from %s to %s", base.FormatAmount(float64(r.min)), base.FormatAmount(float64(r.max)))
	}
	return ""
}

// payAmountProblem checks one end of the pay range.
func payAmountProblem(x float64) string {
	switch {
	case x < 0:
		return "must not be negative"
	case x > 0 && x < 1:
		return "must be at least 1 (empty or 0 states no pay)"
	case x > MaxPay:
		return fmt.Sprintf("must be at most %s", base.FormatAmount(MaxPay))
	}
	return ""
}

// PayRangeProblem checks the range as a whole: a posting states a range from
// its bottom to its top, or no pay at all. path is the answer concerned.
func PayRangeProblem(p Pay) (path, msg string) {
	switch {
	case p.Min > 0 && p.Max > 0 && p.Min > p.Max:
		return "pay.max", fmt.Sprintf("the top of the pay range (%s) is below its bottom (%s)",
			base.FormatAmount(float64(p.Max)), base.FormatAmount(float64(p.Min)))
	case (p.Min > 0) != (p.Max > 0):
		return "pay", "give both ends of the pay range, or neither: one figure is not a range"
	}
	return "", ""
}

// KpiCountProblem caps the KPIs; 4-5 are advised, and the flow warns above 5.
func KpiCountProblem(n int) string {
	if n > MaxKPIs {
		return fmt.Sprintf("%d KPIs is more than the %d amjd accepts; 4-5 are advised", n, MaxKPIs)
	}
	return ""
}

// KpiAdviceWarning is the softer rule: more than 5 KPIs suggests the role is
// not designed yet. The user may keep them after being told.
func KpiAdviceWarning(n int) string {
	if n > 5 {
		return fmt.Sprintf("%d KPIs chosen. The guides advise 4-5: more suggests the role is not designed yet.", n)
	}
	return ""
}

// LengthProblem caps typed text, so a paste cannot flood the posting.
func LengthProblem(s string, max int) string {
	if n := utf8.RuneCountInString(s); n > max {
		return fmt.Sprintf("has %s characters; at most %s fit", base.FormatAmount(float64(n)), base.FormatAmount(float64(max)))
	}
	return ""
}

// LineCountProblem caps a list the user writes.
func LineCountProblem(n int) string {
	if n > MaxLines {
		return fmt.Sprintf("has %d lines; at most %d fit", n, MaxLines)
	}
	return ""
}

// WebsiteProblem checks a company's web address: a full http(s) address.
func WebsiteProblem(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || strings.ContainsAny(s, " <>\"") {
		return "must be a web address starting with https://, such as https://example.com"
	}
	return LengthProblem(s, MaxLineLen)
}

// WithScheme adds https:// to an address typed without one
// ("acme.example"); anything else is left for websiteProblem to judge.
func WithScheme(s string) string {
	if s == "" || strings.Contains(s, "://") || strings.ContainsAny(s, " <>\"@") || !strings.Contains(s, ".") {
		return s
	}
	return "https://" + s
}

// ClosingDateProblem checks the last day to apply, read in the order the
// posting's English lang writes a date (ParseClosingDate).
func ClosingDateProblem(s, lang string) string {
	if _, err := ParseClosingDate(s, lang); err != nil {
		return err.Error()
	}
	return ""
}

// CountryCodeProblem checks a two-letter ISO 3166 country code.
func CountryCodeProblem(s string) string {
	if len(s) != 2 || s[0] < 'A' || s[0] > 'Z' || s[1] < 'A' || s[1] > 'Z' {
		return "must be a two-letter country code in capitals, such as DE or US"
	}
	return ""
}

// Sentence turns a rule's message into a sentence of its own, for the places
// that show it without the field's name.
func Sentence(msg string) string {
	if msg == "" {
		return ""
	}
	r, size := utf8.DecodeRuneInString(msg)
	out := string(unicode.ToUpper(r)) + msg[size:]
	if last := out[len(out)-1]; last != '.' && last != '?' && last != '!' {
		out += "."
	}
	return out
}
