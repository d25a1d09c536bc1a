package posting

import (
	"regexp"
	"sort"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// sentenceEndRe splits amjd's lines into sentences.
var sentenceEndRe = regexp.MustCompile(`[.!?](?:\s+|$)`)

// amjdSentences returns the set of sentences amjd wrote in a posting: the
// user's own text and the equal-opportunity statement are left out, as a
// reader comparing two postings would discount them.
func amjdSentences(p Posting) map[string]bool {
	out := map[string]bool{}
	for _, s := range p.Sections {
		if s.ID == SecEqualOpp {
			continue
		}
		for _, b := range s.blocks {
			if b.kind == label {
				continue // "Required", "Nice to have": labels, not sentences
			}
			for _, l := range b.lines {
				if l.Origin == Typed {
					continue
				}
				for _, sentence := range sentenceEndRe.Split(l.Text, -1) {
					if sentence = strings.ToLower(strings.TrimSpace(sentence)); sentence != "" {
						out[sentence] = true
					}
				}
			}
		}
	}
	return out
}

// shared is the share of the smaller posting's sentences that the other
// posting also has, word for word.
func shared(a, b map[string]bool) float64 {
	if len(a) > len(b) {
		a, b = b, a
	}
	n := 0
	for s := range a {
		if b[s] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

type tailored struct {
	variant, industry, mix string
	sentences              map[string]bool
}

// A candidate reading two amjd postings for different roles must see two
// jobs. Over every variant × industry × commercial mix, with the other
// answers fixed, two postings that differ in variant or industry share a
// median of at most 25% of their sentences and never more than 55%.
func TestDifferentRolesReadDifferently(t *testing.T) {
	c := modeltest.Cat()
	var all []tailored
	for _, v := range c.Variants {
		if v.Refused {
			continue
		}
		for _, ind := range c.Industries {
			for _, m := range c.Mixes {
				// The other answers fixed, as a manager gives them: the set-up
				// of the team and the contracts is what an industry words its own way.
				p := Assemble(c, answers.Answers{Variant: v.ID, Industry: ind.ID, Mix: m.ID, Company: "Northwind",
					Complexity: answers.Complexity{"teams": "teams_several", "work": "work_custom", "contracts": "contracts_long"}})
				all = append(all, tailored{v.ID, ind.ID, m.ID, amjdSentences(p)})
			}
		}
	}
	var shares []float64
	worst, worstPair := 0.0, ""
	var worstA, worstB tailored
	for i := range all {
		for j := i + 1; j < len(all); j++ {
			a, b := all[i], all[j]
			// Industry "other" names no trade, so its wording is the neutral
			// one every industry's posting shares: no pair with it says much.
			if a.variant == b.variant && a.industry == b.industry || a.industry == "other" || b.industry == "other" {
				continue
			}
			s := shared(a.sentences, b.sentences)
			shares = append(shares, s)
			if s > worst {
				worst, worstPair = s, a.variant+"/"+a.industry+"/"+a.mix+" vs "+b.variant+"/"+b.industry+"/"+b.mix
				worstA, worstB = a, b
			}
		}
	}
	sort.Float64s(shares)
	median := shares[len(shares)/2]
	t.Logf("%d postings, %d pairs: median shared sentences %.0f%%, worst %.0f%% (%s)", len(all), len(shares), median*100, worst*100, worstPair)
	if median > 0.25 {
		t.Errorf("median share of sentences %.0f%%, want at most 25%%", median*100)
	}
	// Two postings of one variant and mix in different industries share the
	// variant's own lines; the industry's lines and words must still make up
	// nearly half of each.
	if worst > 0.55 {
		var same []string
		for s := range worstA.sentences {
			if worstB.sentences[s] {
				same = append(same, s)
			}
		}
		sort.Strings(same)
		t.Errorf("worst pair shares %.0f%% of sentences, want at most 55%%: %s\n%s", worst*100, worstPair, strings.Join(same, "\n"))
	}
}
