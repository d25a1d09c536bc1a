package answers

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
)

// ReadAmount reads a number the way managers type one: "85,000", "$85k",
// "1.5M", "€90 000", "2bn", "USD 70000". ok is false when it is not one.
func ReadAmount(s string) (x float64, ok bool) {
	s = strings.ToLower(strings.TrimSpace(s))
	for _, code := range []string{"usd", "eur", "gbp", "cad", "aud", "nzd", "chf"} {
		s = strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(s, code), code))
	}
	s = strings.Trim(s, "$€£¥ ")
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
	return x * scale, true
}

// ParseInt reads a typed whole number, in any form ReadAmount accepts, and
// checks it against rng. Empty text is 0, "not given"; the error is the
// message to show beside the field.
func ParseInt(s string, rng NumberRange) (int64, error) {
	if strings.TrimSpace(s) == "" {
		return 0, nil
	}
	x, ok := ReadAmount(s)
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
	if !ok {
		return 0, errors.New("enter an amount, like 65,000 or 65k")
	}
	if msg := payAmountProblem(x); msg != "" {
		return 0, errors.New(msg)
	}
	return x, nil
}
