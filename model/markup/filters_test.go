package markup

import (
	"regexp"
	"slices"
	"testing"
)

// sentenceEnds counts what the expression `[.!?]+(\s|$)` finds, a run of
// stops before white space or the end, without compiling it for every line.
func TestSentenceEndsCountsWhatThePatternFinds(t *testing.T) {
	pattern := regexp.MustCompile(`[.!?]+(\s|$)`)
	for _, l := range []string{
		"", ".", "Hi.", "Hi. Bye!", "Really?! Yes...", "3.5 million", "e.g., this", "Done.\u00a0Next",
		"Wait\t. .", "a.b.c.", "?!?", "end.\r\n", "Ends here.\fnext", "no stop at all",
	} {
		if got, want := sentenceEnds(l), len(pattern.FindAllStringIndex(l, -1)); got != want {
			t.Errorf("sentenceEnds(%q) = %d, the pattern finds %d", l, got, want)
		}
	}
}

func FuzzSentenceEnds(f *testing.F) {
	pattern := regexp.MustCompile(`[.!?]+(\s|$)`)
	f.Add("Hi. Bye!? 3.5 e.g.")
	f.Fuzz(func(t *testing.T, l string) {
		if got, want := sentenceEnds(l), len(pattern.FindAllStringIndex(l, -1)); got != want {
			t.Errorf("sentenceEnds(%q) = %d, the pattern finds %d", l, got, want)
		}
	})
}

// The byte filter before a template field's marks turns away no text that
// holds one.
func FuzzTemplateFieldFilter(f *testing.F) {
	for _, s := range []string{"Dear [NAME]", "«Salary»", "$ 55,000", "a__b", "sal (name)", "Jane Doe", "£ 30k", "%SALARY%", "[●]", "pay is 00,000"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if fieldMarks(s) && !hasFieldByte(s) {
			t.Errorf("%q holds a template field's mark the byte filter misses", s)
		}
	})
}

// A kind of template field's marks are in every text its expression
// matches, so that turning away text without them loses no field.
func FuzzTemplateFieldGates(f *testing.F) {
	for _, s := range []string{"<<start date>>", "{ MERGEFIELD Close }", "%%JOB%%", "*|FNAME|*", "John Public", "A. N.\tOther", "€[○]", "since 19XX",
		"£\t– $ ", "#CLOSEDATE#", "@@A@@", "$$AB$$", "~JOB_REF~", "?? March", "12/??/2027", "£??,???", "DD-MM-2027", "March __", "by Sept TK", "«Name»",
		"$000,000", "LINK TO COME", "COMPANY_NAME", "(insert hiring manager’s email address and a phone number for the office)"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for k := range fieldKinds {
			if fieldKinds[k].re.Get().MatchString(s) && !fieldKinds[k].may(s) {
				t.Errorf("%q holds a field %s finds, but its marks are not seen", s, fieldKinds[k].re.Expr)
			}
		}
	})
}

// Each kind of field is found where it stands, and two that overlap are one.
func TestTemplateFieldsFindsEachKind(t *testing.T) {
	for _, c := range []struct {
		text string
		want []string
	}{
		{"Apply by «Close_Date» to {hiring_manager} at %COMPANY%.", []string{"«Close_Date»", "{hiring_manager}", "%COMPANY%"}},
		{"Pay: £ – £ per annum, team of XX people since 20XX", []string{"£ – £ ", "XX people", "20XX"}},
		{"Starts ??/03/2027; closes MM/DD/YYYY; ask (hiring manager name, title)", []string{"??/03/2027", "MM/DD/YYYY", "(hiring manager name, title)"}},
		{"{{hiring_manager}} and Approved by: ______", nil},
		{"Write to #CLOSEDATE# or @@CONTACT_NAME@@ before Feb. TK", []string{"#CLOSEDATE#", "@@CONTACT_NAME@@", "Feb. TK"}},
		{"=#NAME? =#VALUE! lodges a $ 5 cheque", nil},
	} {
		var got []string
		for _, m := range TemplateFields(c.text) {
			got = append(got, c.text[m[0]:m[1]])
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("TemplateFields(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
