package posting

import (
	"regexp"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// Spellings that give a British or an American text away, written out here
// independently of the catalog's table so that a word the table misses is
// still caught.
var (
	britishForms  = regexp.MustCompile(`(?i)\b(\w+is(e|es|ed|ing|ation|ations)|\w+our(s|ed|ing|ite|ites|able)?|centre[sd]?|programmes?|catalogues?|travell\w*|cancell\w*|modell\w*|enrol|fulfil|judgement|licence|defence|whilst|amongst|cv|cvs|holidays?|per cent|financial year|maths|grey|organis\w*)\b`)
	americanForms = regexp.MustCompile(`(?i)\b(\w+iz(e|es|ed|ing|ation|ations)|color\w*|favor\w*|behavior\w*|labor\w*|honor\w*|neighbor\w*|endeavor\w*|rigor|center(s|ed)?|catalog|catalogs|traveling|traveled|traveler\w*|canceled|modeling|enroll|fulfill|judgment|résumé|resume|vacation|percent|fiscal year|math|gray)\b`)
	// Words the patterns above catch although every English writes them so.
	sharedForms = map[string]bool{
		"advise": true, "otherwise": true, "promise": true, "promises": true, "enterprise": true, "enterprises": true,
		"expertise": true, "premises": true, "surprise": true, "raise": true, "raised": true, "praise": true,
		"precise": true, "concise": true, "revise": true, "supervise": true, "comprise": true, "rise": true,
		"wise": true, "noise": true, "exercise": true, "franchise": true, "merchandise": true, "compromise": true,
		"our": true, "ours": true, "your": true, "yours": true, "hour": true, "hours": true, "four": true,
		"tour": true, "tours": true, "detour": true, "contour": true, "pour": true, "flour": true, "sour": true,
		"devour": true, "size": true, "sizes": true, "seize": true, "prize": true, "prizes": true, "citizen": true,
		"likewise": true, "paradise": true, "poise": true, "disguise": true, "cruise": true, "bruise": true,
		"treatise": true, "despise": true, "devise": true, "improvise": true, "reprise": true, "chemise": true,
	}
)

func spellingGiveaways(re *regexp.Regexp, text string) []string {
	var out []string
	for _, m := range re.FindAllString(text, -1) {
		if !sharedForms[strings.ToLower(m)] {
			out = append(out, m)
		}
	}
	return out
}

// amjdText is every line amjd wrote in both forms of the posting: the user's
// own words are theirs to spell.
func amjdText(p Posting) string {
	var b strings.Builder
	for _, sections := range [][]Section{p.Sections, p.Short} {
		for _, s := range sections {
			b.WriteString(s.Heading + "\n")
			for _, l := range s.Lines() {
				if l.Origin != Typed {
					b.WriteString(l.Text + "\n")
				}
			}
		}
	}
	return b.String()
}

// Every sentence amjd writes comes out in the posting's English: no British
// form in an American posting and no American form in a British one, over
// every combination of the answers that select lines.
func TestPostingsAreWrittenInTheirEnglish(t *testing.T) {
	t.Parallel() // every combination of the answers: the longest tests here
	if testing.Short() {
		t.Skip("every combination in each English: skipped with -short")
	}
	checked := 0
	modeltest.Combinations(modeltest.Cat(), func(a answers.Answers) {
		for lang, giveaway := range map[string]*regexp.Regexp{"en-US": britishForms, "en-GB": americanForms} {
			a.Language = lang
			// The place and company are the user's words, kept as typed.
			text := strings.NewReplacer(a.Location.Place, "", a.Company, "").Replace(amjdText(Assemble(modeltest.Cat(), a)))
			if found := spellingGiveaways(giveaway, text); len(found) > 0 {
				t.Errorf("%s posting for %s/%s/%s: %q", lang, a.Variant, a.Industry, a.Mix, found)
			}
			checked++
		}
	})
	t.Logf("%d postings checked", checked)
}

func TestLanguageFollowsThePlaceThenTheCurrency(t *testing.T) {
	cases := []struct {
		answers answers.Answers
		want    string
	}{
		{answers.Answers{}, "en-US"},
		{answers.Answers{Location: answers.Location{Place: "New York, NY"}}, "en-US"},
		{answers.Answers{Location: answers.Location{Place: "Manchester, United Kingdom"}}, "en-GB"},
		{answers.Answers{Location: answers.Location{Place: "Toronto"}}, "en-CA"},
		{answers.Answers{Location: answers.Location{Place: "Sydney NSW"}}, "en-AU"},
		{answers.Answers{Location: answers.Location{Place: "Munich"}}, "en-GB"},
		{answers.Answers{Pay: answers.Pay{Currency: "GBP"}}, "en-GB"},
		{answers.Answers{Pay: answers.Pay{Currency: "CAD"}}, "en-CA"},
		{answers.Answers{Pay: answers.Pay{Currency: "EUR"}}, "en-GB"},
		{answers.Answers{Location: answers.Location{Place: "Austin, Texas"}, Pay: answers.Pay{Currency: "GBP"}}, "en-US"},
		{answers.Answers{Language: "en-AU", Location: answers.Location{Place: "Denver"}}, "en-AU"},
	}
	for _, tc := range cases {
		if got := Resolve(modeltest.Cat(), tc.answers).Language; got != tc.want {
			t.Errorf("%+v: language %s, want %s", tc.answers.Location, got, tc.want)
		}
	}
}

func TestSpellingKeepsCaseAndLeavesUserTextAlone(t *testing.T) {
	us := spellerFor(modeltest.Cat(), "en-US")
	gb := spellerFor(modeltest.Cat(), "en-GB")
	for in, want := range map[string]string{
		"Organisation that keeps": "Organization that keeps",
		"send your CV today":      "send your résumé today",
		"CV, please.":             "Résumé, please.",
		"the centre of things":    "the center of things",
		"centres and programmes":  "centers and programs",
		"no change here":          "no change here",
		// İ lowers to more bytes than it takes: the words after it must
		// still be found where they are.
		"İZMİR: the Centre and programmes": "İZMİR: the Center and programs",
	} {
		if got := us.spell(in); got != want {
			t.Errorf("en-US spell(%q) = %q, want %q", in, got, want)
		}
	}
	if got := gb.spell("Your résumé and 10 percent travel"); got != "Your CV and 10 per cent travel" {
		t.Errorf("en-GB spell = %q", got)
	}
	a := answers.Answers{Company: "Organisation Colour Ltd", Location: answers.Location{Place: "Denver"}}
	if md := Assemble(modeltest.Cat(), a).Markdown(); !strings.Contains(md, "Organisation Colour Ltd") {
		t.Error("the company's own name was respelled")
	}
}
