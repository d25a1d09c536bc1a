package answers_test

import (
	"strings"
	"testing"
	"time"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

func TestClosingDateIsReadInTheReadersOrder(t *testing.T) {
	for _, tc := range []struct{ typed, lang, want string }{
		{"2027-01-31", "en-US", "2027-01-31"},
		{"2027-01-31", "en-GB", "2027-01-31"},
		{"2027-1-31", "en-AU", "2027-01-31"},
		{"01/31/2027", "en-US", "2027-01-31"},
		{"1/31/2027", "en-US", "2027-01-31"},
		{"1-31-2027", "en-US", "2027-01-31"},
		{"31/01/2027", "en-GB", "2027-01-31"},
		{"31.1.2027", "en-AU", "2027-01-31"},
		{"31-01-2027", "en-CA", "2027-01-31"},
		{"05/05/2027", "en-US", "2027-05-05"}, // both orders read the same day
		{"January 31, 2027", "en-GB", "2027-01-31"},
		{"31 January 2027", "en-US", "2027-01-31"},
		{"Jan 31 2027", "en-CA", "2027-01-31"},
		{"jan. 31st, 2027", "en-US", "2027-01-31"},
		{"3rd March 2027", "en-GB", "2027-03-03"},
		{"  31 january 2027 ", "en-AU", "2027-01-31"},
	} {
		d, err := answers.ParseClosingDate(tc.typed, tc.lang)
		if err != nil || d.Format(time.DateOnly) != tc.want {
			t.Errorf("ParseClosingDate(%q, %s) = %v, %v; want %s", tc.typed, tc.lang, d.Format(time.DateOnly), err, tc.want)
		}
	}
}

func TestClosingDateThatReadsTwoWaysIsRefused(t *testing.T) {
	for _, tc := range []struct{ typed, lang, want string }{
		{"03/04/2027", "en-US", "03/04/2027 could be March 4, 2027 or April 3, 2027: write it as 2027-03-04 or 2027-04-03"},
		{"03/04/2027", "en-GB", "03/04/2027 could be 3 April 2027 or 4 March 2027: write it as 2027-04-03 or 2027-03-04"},
		{"31/01/2027", "en-US", "31/01/2027 is written day/month/year, but the posting's English (en-US) writes month/day/year: " +
			"if you mean January 31, 2027, write it as 2027-01-31"},
		{"01/31/2027", "en-GB", "01/31/2027 is written month/day/year, but the posting's English (en-GB) writes day/month/year: " +
			"if you mean 31 January 2027, write it as 2027-01-31"},
		{"32/01/2027", "en-GB", "must be a date, such as 2027-01-31, 31/01/2027 or 31 January 2027"},
		{"2027-02-30", "en-US", "must be a date, such as 2027-01-31, 01/31/2027 or January 31, 2027"},
		{"1/31/27", "en-US", "must be a date, such as"},
		{"1/31-2027", "en-US", "must be a date, such as"},
		{"next Friday", "en-US", "must be a date, such as"},
		{"1/+3/2027", "en-US", "must be a date, such as"},
		{"1999-12-31", "en-US", "must be a date from the year 2000 to 2100"},
	} {
		_, err := answers.ParseClosingDate(tc.typed, tc.lang)
		if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
			t.Errorf("ParseClosingDate(%q, %s) = %v; want %q", tc.typed, tc.lang, err, tc.want)
		}
	}
}

// An answers file may give the closing date in its reader's order, the
// English resolved from the place; it is read back as year-month-day.
func TestAnswersFileClosingDateInTheReadersOrder(t *testing.T) {
	c := modeltest.Cat()
	for _, tc := range []struct{ file, want, problem string }{
		{"location:\n  place: Chicago, IL\nclosing_date: 01/31/2027\n", "2027-01-31", ""},
		{"location:\n  place: Leeds, UK\nclosing_date: 31/01/2027\n", "2027-01-31", ""},
		{"language: EN-gb\nclosing_date: 31/01/2027\n", "2027-01-31", ""},
		{"location:\n  place: Leeds, UK\nclosing_date: 01/31/2027\n", "", "writes day/month/year"},
		{"location:\n  place: Sydney\nclosing_date: 03/04/2027\n", "", "could be 3 April 2027 or 4 March 2027"},
	} {
		a, err := answers.ParseAnswers(c, "a.yaml", []byte(tc.file))
		switch {
		case tc.problem != "" && (err == nil || !strings.Contains(err.Error(), tc.problem)):
			t.Errorf("%q: got %v, want a problem with %q", tc.file, err, tc.problem)
		case tc.problem == "" && (err != nil || a.ClosingDate != tc.want):
			t.Errorf("%q: closing date %q, %v; want %s", tc.file, a.ClosingDate, err, tc.want)
		}
	}
}

func TestStampsInTheReadersOrder(t *testing.T) {
	at := time.Date(2026, time.December, 4, 15, 4, 0, 0, time.UTC)
	if got := answers.ShortStamp(at, "en-US"); got != "Dec 4 15:04" {
		t.Errorf("en-US: %q", got)
	}
	if got := answers.ShortStamp(at, ""); got != "4 Dec 15:04" {
		t.Errorf("no language: %q", got)
	}
	for env, want := range map[string]string{"en_US.UTF-8": "en-US", "es_US": "en-US", "en_GB.UTF-8": "en-GB",
		"de_DE@euro": "en-GB", "C": "", "": ""} {
		got := answers.LocaleLanguage(func(name string) string {
			if name == "LANG" {
				return env
			}
			return ""
		})
		if got != want {
			t.Errorf("LANG=%s: %q, want %q", env, got, want)
		}
	}
	lcTime := func(name string) string {
		return map[string]string{"LC_TIME": "en_US.UTF-8", "LANG": "en_GB.UTF-8"}[name]
	}
	if got := answers.LocaleLanguage(lcTime); got != "en-US" {
		t.Errorf("LC_TIME before LANG: %q", got)
	}
	c := modeltest.Cat()
	if got := answers.StatedLanguage(c, answers.Answers{}); got != "" {
		t.Errorf("answers that say nothing state %q", got)
	}
	if got := answers.StatedLanguage(c, answers.Answers{Location: answers.Location{Place: "Toronto"}}); got != "en-CA" {
		t.Errorf("Toronto states %q", got)
	}
}

// FuzzParseClosingDate: whatever is typed, a date taken reads back the same
// as year-month-day and written out, in every English.
func FuzzParseClosingDate(f *testing.F) {
	for _, s := range []string{"01/31/2027", "31/01/2027", "03/04/2027", "2027-1-31", "Jan 31st, 2027", "1/+3/2027", "//", "3rd"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, lang := range []string{"en-US", "en-GB"} {
			d, err := answers.ParseClosingDate(s, lang)
			if err != nil {
				continue
			}
			for _, again := range []string{d.Format(time.DateOnly), answers.LongDate(d, lang)} {
				if back, err := answers.ParseClosingDate(again, lang); err != nil || !back.Equal(d) {
					t.Fatalf("%q (%s) is %v, but %q reads as %v, %v", s, lang, d, again, back, err)
				}
			}
		}
	})
}
