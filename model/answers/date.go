package answers

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"

	"amjd/content"
	"amjd/model/base"
)

// Dates in the reader's order: American English writes the month first
// (01/31/2027, January 31, 2027), the other Englishes the day (31/01/2027,
// 31 January 2027). A closing date is read in the order of the posting's
// English and kept as year-month-day, which reads one way everywhere.

// MonthFirst reports whether the English lang writes the month before the
// day.
func MonthFirst(lang string) bool { return lang == "en-US" }

// LongDate writes a day as lang's reader reads it: "January 31, 2027" or
// "31 January 2027".
func LongDate(d time.Time, lang string) string {
	if MonthFirst(lang) {
		return d.Format("January 2, 2006")
	}
	return d.Format("2 January 2006")
}

// ShortStamp writes a time of this year's calendar, as a list of drafts
// shows it: "Dec 4 15:04" or "4 Dec 15:04".
func ShortStamp(t time.Time, lang string) string {
	if MonthFirst(lang) {
		return t.Format("Jan 2 15:04")
	}
	return t.Format("2 Jan 15:04")
}

// ReaderLanguage is the English the answers are read in: the one the
// posting is written in, chosen or resolved from the place. A closing date
// is read in its order.
func ReaderLanguage(c *content.Catalog, a Answers) string {
	if id := sameOption(a.Language, languageIDs(c)); id != "" {
		a.Language = id // as SpellOptions writes it
	}
	return LanguageFor(c, a, base.LookupPlace(c, a.Location.Place))
}

// StatedLanguage is ReaderLanguage when the answers say it (a language, a
// place or a currency is given), else "".
func StatedLanguage(c *content.Catalog, a Answers) string {
	if strings.TrimSpace(a.Language+a.Location.Place+a.Pay.Currency) == "" {
		return ""
	}
	return ReaderLanguage(c, a)
}

// LocaleLanguage is the English whose order the machine's locale writes
// dates in: "en-US" for a locale of the United States (en_US.UTF-8), "en-GB"
// (day first) for any other, "" when none is set. getenv reads the
// environment (os.Getenv).
func LocaleLanguage(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_TIME", "LANG"} {
		locale, _, _ := strings.Cut(getenv(name), ".")
		locale, _, _ = strings.Cut(locale, "@")
		switch {
		case locale == "" || locale == "C" || locale == "POSIX":
			continue
		case strings.HasSuffix(locale, "_US"):
			return "en-US"
		}
		return "en-GB"
	}
	return ""
}

// ParseClosingDate reads the last day to apply as the reader of the
// posting's English lang writes it: year-month-day always (2027-01-31);
// month/day/year in American English (01/31/2027, 1-31-2027) and
// day/month/year in the others (31/01/2027); or written out (January 31,
// 2027; 31 January 2027; Jan 31 2027). A date that reads as two days
// (03/04/2027), or as a day only in the other order, is refused with what
// to type instead.
func ParseClosingDate(s, lang string) (time.Time, error) {
	s = strings.TrimSpace(s)
	d, err := readDate(s, lang)
	if err != nil {
		return time.Time{}, err
	}
	if d.Year() < 2000 || d.Year() > 2100 {
		return time.Time{}, errors.New("must be a date from the year 2000 to 2100, such as " + example(lang))
	}
	return d, nil
}

func readDate(s, lang string) (time.Time, error) {
	if strings.ContainsFunc(s, unicode.IsLetter) {
		return readWritten(s, lang)
	}
	s = strings.ReplaceAll(s, " ", "")
	at := strings.IndexAny(s, "/-.")
	if at < 0 {
		return time.Time{}, notADate(lang)
	}
	parts := strings.Split(s, s[at:at+1])
	n := make([]int, len(parts))
	for i, p := range parts {
		x, err := strconv.Atoi(p)
		if err != nil || p == "" || len(p) > 4 || strings.Trim(p, "0123456789") != "" {
			return time.Time{}, notADate(lang)
		}
		n[i] = x
	}
	switch {
	case len(parts) != 3:
	case len(parts[0]) == 4:
		if d, ok := day(n[0], n[1], n[2]); ok {
			return d, nil
		}
	case len(parts[2]) == 4:
		return readOrder(s, n, lang)
	}
	return time.Time{}, notADate(lang)
}

// readWritten reads a date written out, once commas, full stops and
// ordinals are gone: "January 31, 2027", "31st Jan. 2027".
func readWritten(s, lang string) (time.Time, error) {
	words := strings.Fields(strings.NewReplacer(",", " ", ".", " ").Replace(s))
	for i, w := range words {
		if n := len(w); n > 2 && w[0] >= '0' && w[0] <= '9' && slices.Contains([]string{"st", "nd", "rd", "th"}, strings.ToLower(w[n-2:])) {
			words[i] = w[:n-2]
		}
	}
	for _, layout := range []string{"January 2 2006", "Jan 2 2006", "2 January 2006", "2 Jan 2006"} {
		if d, err := time.Parse(layout, strings.Join(words, " ")); err == nil {
			return d, nil
		}
	}
	return time.Time{}, notADate(lang)
}

// readOrder reads a/b/year in the reader's order, when it is the only one.
func readOrder(s string, n []int, lang string) (time.Time, error) {
	monthDay, mdOK := day(n[2], n[0], n[1])
	dayMonth, dmOK := day(n[2], n[1], n[0])
	ours, theirs, oursOK, theirsOK := dayMonth, monthDay, dmOK, mdOK
	order, other := "day/month/year", "month/day/year"
	if MonthFirst(lang) {
		ours, theirs, oursOK, theirsOK = monthDay, dayMonth, mdOK, dmOK
		order, other = other, order
	}
	switch {
	case oursOK && theirsOK && !ours.Equal(theirs):
		return time.Time{}, fmt.Errorf("%s could be %s or %s: write it as %s or %s", s,
			LongDate(ours, lang), LongDate(theirs, lang), ours.Format(time.DateOnly), theirs.Format(time.DateOnly))
	case oursOK:
		return ours, nil
	case theirsOK:
		return time.Time{}, fmt.Errorf("%s is written %s, but the posting's English (%s) writes %s: if you mean %s, write it as %s",
			s, other, lang, order, LongDate(theirs, lang), theirs.Format(time.DateOnly))
	}
	return time.Time{}, notADate(lang)
}

// day is the date of year, month and day, when there is one.
func day(year, month, dom int) (time.Time, bool) {
	d := time.Date(year, time.Month(month), dom, 0, 0, 0, 0, time.UTC)
	return d, month >= 1 && month <= 12 && d.Day() == dom
}

func notADate(lang string) error {
	return errors.New("must be a date, such as " + example(lang))
}

// example is a date written the ways lang's reader may type it.
func example(lang string) string {
	d := time.Date(2027, time.January, 31, 0, 0, 0, 0, time.UTC)
	numeric := d.Format("02/01/2006")
	if MonthFirst(lang) {
		numeric = d.Format("01/02/2006")
	}
	return d.Format(time.DateOnly) + ", " + numeric + " or " + LongDate(d, lang)
}

// closingDate checks the closing date in the order of the answers' English;
// with fix, it writes a date taken as year-month-day.
func (v *validation) closingDate(a *Answers) {
	lang := ReaderLanguage(v.c, *a)
	v.add("closing_date", ClosingDateProblem(a.ClosingDate, lang))
	if d, err := ParseClosingDate(a.ClosingDate, lang); err == nil && v.fix {
		a.ClosingDate = d.Format(time.DateOnly)
	}
}
