package checker

import (
	"strings"
	"testing"
	"time"

	"amjd/model/base"
	"amjd/model/internal/modeltest"
)

// day is a date at midnight UTC, as the checker compares a law's date.
func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// payLawFindings are the pay-transparency findings of a check of text for a
// job at where, on the given day.
func payLawFindings(text, where string, on time.Time) []Finding {
	var out []Finding
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: on, Location: where}) {
		if f.Rule == RulePayTransparency {
			out = append(out, f)
		}
	}
	return out
}

// worst is the most severe finding naming the jurisdiction, and whether there
// is one.
func worst(fs []Finding, jurisdiction string) (Finding, bool) {
	var out Finding
	found := false
	for _, f := range fs {
		// The range's finding, not the benefits' (an error too where asked).
		if strings.Contains(f.Message, jurisdiction) && !strings.Contains(f.Message, "benefits") && (!found || f.Severity > out.Severity) {
			out, found = f, true
		}
	}
	return out, found
}

const noPay = "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Success is measured by retention.\n\nApply at jobs.example.\n"

// The range laws the table gained: each one brings a posting without pay
// under it from its date, and only notes before it that the law is coming.
func TestRangeLawsApplyFromTheirDate(t *testing.T) {
	cases := []struct {
		where, jurisdiction string
		before, from        time.Time // a day before the law applies (zero: none checked) and one on which it does
		benefits            bool
	}{
		{"Jersey City", "Jersey City", time.Time{}, modeltest.CheckDate, true},
		{"Columbus, Ohio", "Columbus", day(2026, 12, 4), day(2027, 2, 1), false},
		{"Wilmington, Delaware", "Delaware", day(2027, 9, 25), day(2027, 9, 26), true},
		{"Charlottetown, Prince Edward Island", "Prince Edward Island", time.Time{}, modeltest.CheckDate, false},
	}
	for _, tc := range cases {
		t.Run(tc.jurisdiction, func(t *testing.T) {
			if f, ok := worst(payLawFindings(noPay, tc.where, tc.from), tc.jurisdiction); !ok || f.Severity != Error || !strings.HasPrefix(f.Message, "No pay range") {
				t.Errorf("on %s: want an error for the missing range naming %s, got %+v", tc.from.Format(time.DateOnly), tc.jurisdiction, f)
			}
			asked := false
			for _, f := range payLawFindings(noPay, tc.where, tc.from) {
				asked = asked || strings.Contains(f.Message, "benefits") && strings.Contains(f.Message, tc.jurisdiction)
			}
			if asked != tc.benefits {
				t.Errorf("asks for benefits: %v, want %v", asked, tc.benefits)
			}
			if tc.before.IsZero() {
				return
			}
			if f, ok := worst(payLawFindings(noPay, tc.where, tc.before), tc.jurisdiction); !ok || f.Severity != Info || !strings.Contains(f.Message, "will require") {
				t.Errorf("on %s, before the law applies: want only a note that it is coming, got %+v", tc.before.Format(time.DateOnly), f)
			}
			own := strings.Replace(noPay, "Apply", "Pay: $70,000 to $80,000 per year. Health cover and a pension. Apply", 1)
			if f, ok := worst(payLawFindings(own, tc.where, tc.before), tc.jurisdiction); ok {
				t.Errorf("a posting with its own range needs no note of a coming law: %+v", f)
			}
		})
	}
}

// A range amjd suggested, marked as such, does not meet a law that wants
// the employer's range; the same range as the employer's own does.
func TestSuggestedRangeDoesNotMeetAPayLaw(t *testing.T) {
	suggested := "# Account Manager\n\nYou manage 18 accounts worth $3M a year.\n\n## Pay\n\n- Base pay: $65,000 to $85,000 per year. " + base.SuggestionMarker + "\n\nApply at jobs.example.\n"
	fs := payLawFindings(suggested, "Albany, New York State", modeltest.CheckDate)
	f, ok := worst(fs, "New York State")
	if !ok || f.Severity != Error || !strings.Contains(f.Message, "amjd's suggestion") || !strings.Contains(f.Message, "own range") || f.Line == 0 {
		t.Fatalf("want an error on the range's line saying it is amjd's suggestion, got %+v", fs)
	}
	own := strings.Replace(suggested, " "+base.SuggestionMarker, "", 1)
	if fs := payLawFindings(own, "Albany, New York State", modeltest.CheckDate); len(fs) != 0 {
		t.Errorf("the employer's own range: %+v", fs)
	}
	// The marker of the next sentence on the line is not the range's.
	after := "# Account Manager\n\nYou manage 18 accounts worth $3M a year. Pay: $65,000 to $85,000 per year. Apply with your résumé. " + base.SuggestionMarker + "\n"
	if fs := payLawFindings(after, "Albany, New York State", modeltest.CheckDate); len(fs) != 0 {
		t.Errorf("a suggestion after the range was read as the range's: %+v", fs)
	}
	// Where no law wants a range, a suggested one is no pay-law matter.
	if fs := payLawFindings(suggested, "Austin, Texas", modeltest.CheckDate); len(fs) != 0 {
		t.Errorf("Texas has no pay law: %+v", fs)
	}
	// A law that allows the pay before the first interview: a warning.
	if f, ok := worst(payLawFindings(strings.ReplaceAll(suggested, "$", "€"), "Berlin, Germany", modeltest.CheckDate), "European Union"); !ok || f.Severity != Warning || !strings.Contains(f.Message, "amjd's suggestion") {
		t.Errorf("EU: want a warning that the range is amjd's suggestion, got %+v", f)
	}
}

// Every law in the table names the public page its facts were checked
// against, so a reader of a finding can check them too.
func TestEveryPayLawHasASource(t *testing.T) {
	for _, law := range modeltest.Cat().PayLaws.Laws {
		if !strings.HasPrefix(law.Source, "https://") && !strings.HasPrefix(law.Source, "http://") {
			t.Errorf("law %s: source %q is not a web address", law.ID, law.Source)
		}
	}
}

// A benefits requirement is judged on what the text offers, not on a heading
// that names benefits over a pay line alone.
func TestBenefitsJudgedOnWhatIsOffered(t *testing.T) {
	heading := "# Account Manager\n\nDenver, Colorado.\n\n## Pay and benefits\n\n- Base pay: $60,000 to $70,000 per year.\n"
	offered := strings.Replace(heading, "per year.\n", "per year.\n- Medical and dental cover.\n", 1)
	wants := func(text string) bool {
		for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
			if f.Rule == RulePayTransparency && strings.Contains(f.Message, "benefits") {
				return true
			}
		}
		return false
	}
	if !wants(heading) {
		t.Error("a Colorado posting offering no benefits under a \"Pay and benefits\" heading passes")
	}
	if wants(offered) {
		t.Error("a Colorado posting offering medical cover is asked for benefits")
	}
}
