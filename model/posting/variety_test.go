package posting

import (
	"fmt"
	"regexp"
	"strings"
	"testing"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// clientNoun matches the industry's full word for its clients, singular or
// plural, as a whole word: "trade customer", "trade customers".
func clientNoun(c *content.Catalog, industry string) *regexp.Regexp {
	ind, _ := c.Industry(industry)
	return regexp.MustCompile(`(?i)\b(?:` + regexp.QuoteMeta(ind.Words.Clients) + `|` + regexp.QuoteMeta(ind.Words.Client) + `)\b`)
}

// A reader notices a noun said over and over: the industry's full word for
// its clients ("trade customers", "banking clients") appears at most 8 times
// in a full posting, whatever the answers; a plain one ("clients",
// "customers") is also the word the rest of the posting uses; where it can,
// it gives way to "accounts" past 16 uses where it can, and never appears
// more than 18 times.
func TestClientNounAtMostEightTimes(t *testing.T) {
	t.Parallel()
	c := modeltest.Cat()
	worst := map[bool]int{}
	worstCase := map[bool]string{}
	nouns := map[string]*regexp.Regexp{}
	modeltest.Combinations(c, func(a answers.Answers) {
		for _, some := range []bool{false, true} {
			a.SomeNewBusiness = some
			a.Location.Travel, a.Tools.Use = "occasional", []string{"salesforce"}
			md := Assemble(c, a).Markdown()
			ind, _ := c.Industry(a.Industry)
			full := strings.Contains(ind.Words.Clients, " ")
			if nouns[a.Industry] == nil {
				nouns[a.Industry] = clientNoun(c, a.Industry)
			}
			n := 0
			for _, m := range nouns[a.Industry].FindAllStringIndex(md, -1) {
				if !strings.HasPrefix(md[m[1]:], "-") { // "client-facing" is not the noun
					n++
				}
			}
			if n > worst[full] {
				worst[full], worstCase[full] = n, fmt.Sprintf("%s/%s/%s/%v", a.Variant, a.Industry, a.Mix, a.Complexity)
			}
		}
	})
	t.Logf("a full noun at most %d times (%s), a plain one %d (%s)", worst[true], worstCase[true], worst[false], worstCase[false])
	if worst[true] > 8 {
		t.Errorf("the client noun appears %d times in %s, want at most 8", worst[true], worstCase[true])
	}
	if worst[false] > 18 {
		t.Errorf("the plain client noun appears %d times in %s, want at most 18", worst[false], worstCase[false])
	}
}

// stopWords carry no meaning of their own: two lines are not alike for
// sharing them.
var stopWords = map[string]bool{"a": true, "an": true, "the": true, "of": true, "in": true, "and": true, "or": true,
	"to": true, "for": true, "with": true, "your": true, "you": true, "our": true, "we": true, "each": true, "is": true,
	"are": true, "when": true, "at": true, "on": true, "from": true, "so": true, "it": true, "their": true, "they": true}

// words are the lower-case words of a line that carry meaning.
func words(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return (r < 'a' || r > 'z') && r != '\'' && (r < '0' || r > '9')
	}) {
		if !stopWords[w] {
			out[w] = true
		}
	}
	return out
}

// overlap is the share of the shorter line's words found in the other.
func overlap(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// No two lines of amjd's wording in one posting say nearly the same thing:
// none shares more than 60% of its words with another.
func TestNoTwoLinesNearlyTheSame(t *testing.T) {
	t.Parallel()
	c := modeltest.Cat()
	seen := map[string]bool{}
	modeltest.Combinations(c, func(a answers.Answers) {
		a.SomeNewBusiness = a.Mix == "expansion"
		p := Assemble(c, a)
		var lines []Line
		for _, s := range p.Sections {
			for _, l := range s.Lines() {
				if l.Origin != Typed && len(words(l.Text)) >= 5 {
					lines = append(lines, l)
				}
			}
		}
		ws := make([]map[string]bool, len(lines))
		for i, l := range lines {
			ws[i] = words(l.Text)
		}
		for i := range lines {
			for j := i + 1; j < len(lines); j++ {
				if o := overlap(ws[i], ws[j]); o > 0.6 {
					key := lines[i].Text + "\n" + lines[j].Text
					if !seen[key] {
						seen[key] = true
						t.Errorf("%s/%s/%s: two lines share %.0f%% of their words:\n  %s\n  %s", a.Variant, a.Industry, a.Mix, o*100, lines[i].Text, lines[j].Text)
					}
				}
			}
		}
	})
}
