package checker

import (
	"math/rand/v2"
	"regexp"
	"strings"
	"testing"

	"amjd/model/gendercode"
	"amjd/model/internal/modeltest"
)

// referenceGenderDecoder is Gender Decoder's own algorithm (app/models.py,
// JobAd: clean_up_word_list, de_hyphen_non_coded_words,
// find_and_count_coded_words, assess_coding), written out independently of
// amjd's implementation so the two can be compared.
func referenceGenderDecoder(text string) (masculine, feminine int, verdict string) {
	g := modeltest.Cat().Checks.Gender
	var b strings.Builder
	for _, r := range text {
		if r < 128 {
			b.WriteRune(r)
		} else {
			b.WriteByte(' ')
		}
	}
	cleaned := regexp.MustCompile(`\s`).ReplaceAllString(b.String(), " ")
	cleaned = regexp.MustCompile(`[.\t,“”‘’<>*?!"\[\]@':;()/&]`).ReplaceAllString(cleaned, " ")
	var words []string
	for _, w := range strings.Split(cleaned, " ") {
		if w == "" {
			continue
		}
		w = strings.ToLower(w)
		coded := false
		for _, h := range g.Hyphenated {
			if strings.HasPrefix(w, h) {
				coded = true
			}
		}
		if strings.Contains(w, "-") && !coded {
			for _, part := range strings.Split(w, "-") {
				if part != "" {
					words = append(words, part)
				}
			}
			continue
		}
		words = append(words, w)
	}
	count := func(stems []string) int {
		n := 0
		for _, w := range words {
			for _, s := range stems {
				excepted := false
				for _, e := range g.Exceptions {
					excepted = excepted || w == e
				}
				if strings.HasPrefix(w, s) && !excepted {
					n++
				}
			}
		}
		return n
	}
	masculine, feminine = count(g.Masculine), count(g.Feminine)
	switch score := feminine - masculine; {
	case score == 0 && feminine == 0:
		verdict = "empty"
	case score == 0:
		verdict = "neutral"
	case score > 3:
		verdict = "strongly feminine-coded"
	case score > 0:
		verdict = "feminine-coded"
	case score < -3:
		verdict = "strongly masculine-coded"
	default:
		verdict = "masculine-coded"
	}
	return masculine, feminine, verdict
}

// The gender verdict equals Gender Decoder's on random mixes of coded words,
// plain words, endings, capitals, hyphens and punctuation.
func TestGenderVerdictMatchesGenderDecoder(t *testing.T) {
	g := modeltest.Cat().Checks.Gender
	plain := []string{"the", "accounts", "clients", "revenue", "our", "team", "sharepoint", "results", "servant", "first", "community"}
	endings := []string{"", "s", "ing", "ed", "ership", "ly", "ness"}
	seps := []string{" ", ", ", ". ", "-", " (", ") ", "; ", " — ", "\n", "/"}
	rng := rand.New(rand.NewPCG(1, 2))
	pick := func(list []string) string { return list[rng.IntN(len(list))] }
	for i := range 3000 {
		var b strings.Builder
		for range rng.IntN(40) + 1 {
			var w string
			switch rng.IntN(3) {
			case 0:
				w = pick(g.Masculine) + pick(endings)
			case 1:
				w = pick(g.Feminine) + pick(endings)
			default:
				w = pick(plain)
			}
			if rng.IntN(5) == 0 {
				w = strings.ToUpper(w[:1]) + w[1:]
			}
			b.WriteString(w + pick(seps))
		}
		text := b.String()
		wantM, wantF, want := referenceGenderDecoder(text)
		k := &checker{c: modeltest.Cat(), d: parseDocument("Title\n\n" + text)}
		masc, fem := k.genderCounts()
		if got := gendercode.Verdict(masc.n, fem.n); got != want || masc.n != wantM || fem.n != wantF {
			t.Fatalf("case %d: %q\namjd %d/%d %s, Gender Decoder %d/%d %s", i, text, masc.n, fem.n, got, wantM, wantF, want)
		}
	}
}

func TestGenderVerdictBands(t *testing.T) {
	for _, tc := range []struct {
		text, verdict string
		severity      Severity
	}{
		{"We want someone driven, competitive and confident to lead our accounts.", "strongly masculine-coded", Warning},
		{"You will lead and analyse.", "masculine-coded", Info},
		{"You support clients and share results.", "feminine-coded", Info},
		{"You lead and support.", "neutral", Info},
	} {
		fs := Check(modeltest.Cat(), "# Account Manager\n\n"+tc.text+"\n", CheckOptions{Now: modeltest.CheckDate})
		f, ok := findRule(fs, "gender-coded")
		if !ok || !strings.Contains(strings.ToLower(f.Message), tc.verdict) || f.Severity != tc.severity {
			t.Errorf("%q: got %+v, want %s at %s", tc.text, f, tc.verdict, tc.severity)
		}
	}
}
