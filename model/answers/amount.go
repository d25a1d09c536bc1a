package answers

import (
	"errors"
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"amjd/model/base"
)

// ReadAmount reads a number the way managers type one: "85,000", "$85k",
// "1.5M", "€90 000", "2bn", "USD 70000". ok is false when it is not one.
func ReadAmount(s string) (x float64, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, code := range []string{"usd", "eur", "gbp", "cad", "aud", "nzd", "chf"} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, code), code))
	}
	s = strings.Trim(s, "$€£¥ ")
	if ambiguousForm().MatchString(s) {
		return 0, false
	}
	s = strings.NewReplacer(",", "", " ", "", "_", "", "\u00a0", "", "\u202f", "", "'", "").Replace(s)
	scale := 1.0
	for _, suffix := range []struct {
		text  string
		scale float64
	}{{"bn", 1e9}, {"mm", 1e6}, {"mn", 1e6}, {"k", 1e3}, {"m", 1e6}, {"b", 1e9}} {
		if rest, cut := strings.CutSuffix(s, suffix.text); cut {
			s, scale = rest, suffix.scale
			break
		}
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(x) || math.IsInf(x, 0) || strings.ContainsAny(s, "xpe_") {
		return 0, false
	}
	v := x * scale
	if r := math.Round(v); scale > 1 && math.Abs(v-r) < 1e-6*scale {
		v = r // "4.1M" is 4,100,000: 4.1 × 1e6 falls just short in floating point
	}
	return v, true
}

// ParseInt reads a typed whole number, in any form ReadAmount accepts, and
// checks it against rng. Empty text is 0, "not given"; the error is the
// message to show beside the field.
func ParseInt(s string, rng NumberRange) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	x, ok := ReadAmount(s)
	if msg := AmbiguousAmount(s); msg != "" {
		return 0, errors.New(msg)
	}
	if !ok || x != math.Trunc(x) {
		return 0, fmt.Errorf("enter a whole number, like %s", rng.example)
	}
	if x < math.MinInt64 || x > math.MaxInt64 {
		return 0, errors.New(rng.problem(math.MaxInt64))
	}
	n := int64(x)
	if msg := rng.problem(n); msg != "" {
		return 0, errors.New(msg)
	}
	return n, nil
}

// ParseMoney reads a typed pay amount, in any form ReadAmount accepts, and
// checks it against the rules for pay. Empty text is 0, "no pay stated"; the
// error is the message to show beside the field.
func ParseMoney(s string) (float64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	x, ok := ReadAmount(s)
	if msg := AmbiguousAmount(s); msg != "" {
		return 0, errors.New(msg)
	}
	if !ok {
		return 0, errors.New("enter an amount, like 65,000 or 65k")
	}
	if msg := payAmountProblem(x); msg != "" {
		return 0, errors.New(msg)
	}
	return x, nil
}

// ParsePay reads what was typed into one end of the pay range: an amount,
// or the whole range ("90-110k"), which then gives both ends (isRange).
// Each amount is checked against the rules for pay; the error is the
// message to show beside the field.
func ParsePay(s string) (lo, hi float64, isRange bool, err error) {
	if lo, hi, ok := ReadRange(s); ok {
		for _, x := range []float64{lo, hi} {
			if msg := payAmountProblem(x); msg != "" {
				return 0, 0, true, fmt.Errorf("%s %s", base.FormatAmount(x), msg)
			}
		}
		return lo, hi, true, nil
	}
	x, err := ParseMoney(s)
	if err != nil && strings.HasPrefix(err.Error(), "enter an amount") {
		err = errors.New("enter an amount, like 65,000 or 65k, or the range, like 60-75k")
	}
	return x, 0, false, err
}

// ReadRange reads a pay range typed into one field, the way managers type
// one: "90-110k", "$90k to $110k", "90,000 – 110,000". A scale written only
// on the top ("90-110k") applies to the bottom too. ok is false when s is
// not a range of two amounts.
func ReadRange(s string) (lo, hi float64, ok bool) {
	m := rangeForm().FindStringSubmatch(strings.TrimSpace(s))
	if m == nil {
		return 0, 0, false
	}
	bottom, top := strings.TrimSpace(m[1]), strings.TrimSpace(m[2])
	lo, okLo := ReadAmount(bottom)
	hi, okHi := ReadAmount(top)
	if !okLo || !okHi {
		return 0, 0, false
	}
	// "90-110k" is 90k to 110k; "90000-110k" is as written. The top's scale
	// carries down when the bottom, scaled, is of the top's size.
	if scale := scaleOf(top); scale > 1 && !strings.ContainsFunc(bottom, unicode.IsLetter) && lo*scale >= hi/10 && lo*scale <= hi*10 {
		lo *= scale
	}
	return lo, hi, true
}

// rangeForm splits "A - B", "A – B", "A — B" and "A to B". The bottom must
// hold a digit, so a leading minus is never read as a range.
var rangeForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`(?i)^([^-–—]*\d[^-–—]*?)\s*(?:-|–|—|\bto\b)\s*(\S.*)$`)
})

// scaleOf is the scale an amount's suffix gives it (k: a thousand), 1 when
// it has none.
func scaleOf(s string) float64 {
	whole, ok := ReadAmount(s)
	if !ok {
		return 1
	}
	bare, ok := ReadAmount(strings.TrimRight(strings.ToLower(strings.TrimSpace(s)), "kmbn"))
	if !ok || bare == 0 {
		return 1
	}
	return whole / bare
}

// ambiguousForm matches amounts written the continental way, which read two
// ways: a decimal comma ("2,1M", "90,5k") and full stops between thousands
// ("90.000", "1.500.000"). They are refused rather than guessed.
var ambiguousForm = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\d+,\d{1,2}\s*[a-z]*$|^[1-9]\d{0,2}(\.\d{3})+$`)
})

// AmbiguousAmount says why an amount written the continental way is not
// read, or "" when s is not one.
func AmbiguousAmount(s string) string {
	t := strings.Trim(strings.ToLower(strings.TrimSpace(s)), "$€£¥ ")
	if !ambiguousForm().MatchString(t) {
		return ""
	}
	return fmt.Sprintf("%s reads two ways here; write it with no separator but a full stop for decimals, like 90000, 2.1M or 90.5k", strings.TrimSpace(s))
}
