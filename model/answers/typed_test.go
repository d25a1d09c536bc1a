package answers_test

import (
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// An answers file takes numbers the way managers type them, as the wizard
// does: quoted, with separators, a currency, a scale, or the whole pay range
// in one end; the book's revenue and accounts too.
func TestAnswersFilesTakeNumbersAsManagersTypeThem(t *testing.T) {
	for _, tc := range []struct {
		yaml              string
		min, max          answers.Amount
		accounts, revenue int64
	}{
		{"pay: {min: '50000', max: '60000'}", 50_000, 60_000, 0, 0},
		{"pay: {min: '90,000', max: 90 500}", 90_000, 90_500, 0, 0},
		{"pay: {min: 90k, max: 90.5K}", 90_000, 90_500, 0, 0},
		{"pay: {min: $90k, max: '$110,000'}", 90_000, 110_000, 0, 0},
		{"pay: {min: 90-110k}", 90_000, 110_000, 0, 0},
		{"pay: {max: '$90k to $110k'}", 90_000, 110_000, 0, 0},
		{"book: {revenue: 2.1M, accounts: '45'}", 0, 0, 45, 2_100_000},
		{"book: {revenue: '$3,500,000'}", 0, 0, 0, 3_500_000},
	} {
		a, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(tc.yaml+"\n"))
		if err != nil {
			t.Errorf("%s: %v", tc.yaml, err)
			continue
		}
		if a.Pay.Min != tc.min || a.Pay.Max != tc.max || int64(a.Book.Accounts) != tc.accounts || a.Book.Revenue != tc.revenue {
			t.Errorf("%s: pay %v-%v, book %d accounts, %d revenue", tc.yaml, a.Pay.Min, a.Pay.Max, a.Book.Accounts, a.Book.Revenue)
		}
	}
}

// Anything else is refused where it is, with an example of what is taken.
func TestNumbersThatAreNotNumbersAreRefusedWithAnExample(t *testing.T) {
	for yaml, want := range map[string]string{
		"pay: {min: 90k-ish, max: 100000}": `a.yaml:1:12: pay.min: expected an amount such as 95000, 95k or 90-110k, got "90k-ish"`,
		"book: {revenue: lots}":            `book.revenue: expected a whole number, like 45, 3500000 or 3.5M; got "lots"`,
		"book: {accounts: 4.5}":            `book.accounts: expected a whole number written out, like 50000; got 4.5`,
		"pay: {min: 90-110k, max: 120k}":   "a.yaml:1:12: pay.min: a whole range here leaves no room for the other end",
		"pay: {min: 95000, max: 80000}":    "pay.max: the top of the pay range (80,000) is below its bottom (95,000)",
		"team: {size: '5'}":                `team.size: expected a whole number, got "5"`,
	} {
		_, err := answers.ParseAnswers(modeltest.Cat(), "a.yaml", []byte(yaml+"\n"))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: %v\nwant %s", yaml, err, want)
		}
	}
}
