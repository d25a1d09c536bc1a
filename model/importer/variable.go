package importer

import (
	"strings"

	"amjd/model/base"
)

// variableOf is the variable pay a line about pay states. After the base
// pay, it is what is paid on top in the same sentence ("$82,000 base plus
// super, plus commission on new work" gives "commission on new work"), or
// else a later sentence that names it.
func variableOf(v string) string {
	loc := payRange().FindStringIndex(v)
	if loc == nil {
		loc = payOne().FindStringIndex(v)
	}
	if loc == nil {
		loc = payLead().FindStringIndex(v)
	}
	if loc == nil {
		return v
	}
	first, later, _ := strings.Cut(v[loc[1]:], ". ")
	if c := variableClauses(first); c != "" {
		return c
	}
	for s := range strings.SplitSeq(later, ". ") {
		if variableW().MatchString(s) {
			return strings.TrimSuffix(eligibleFor().ReplaceAllString(strings.TrimSpace(s), ""), ".")
		}
	}
	return ""
}

// variableClauses keeps the clauses of what follows a base pay that are
// variable pay: not "base", "super" or "a company vehicle".
func variableClauses(rest string) string {
	var keep []string
	for _, c := range clauseSplit().Split(rest, -1) {
		if c = strings.Trim(strings.TrimSpace(c), ",;."); variableW().MatchString(c) {
			keep = append(keep, dropLeadingPerks(c))
		}
	}
	return strings.Join(keep, ", ")
}

// dropLeadingPerks drops what a clause names before its variable pay:
// "car and bonus" is a car and a bonus ("commission on new and existing
// accounts" stays whole).
func dropLeadingPerks(c string) string {
	for {
		head, rest, ok := strings.Cut(c, " and ")
		if !ok || variableW().MatchString(head) {
			return c
		}
		c = strings.TrimSpace(rest)
	}
}

var (
	// clauseSplit parts what is paid on top of a base: ", plus", " + ", a
	// board's "•" between chips.
	clauseSplit = base.LazyRegexp(`,?\s*\bplus\b\s*|(?:^|\s)[+•·|]\s|,\s+and\s+`)
	// eligibleFor opens a sentence that names the variable pay: "This role
	// is also eligible for an annual incentive …", "You'll also earn
	// commission …".
	eligibleFor = base.LazyRegexp(`(?i)^(?:(?:this (?:role|position|job) is|you are|you['’]re|you will be|you['’]ll be)(?: also)? eligible for|you(?:'ll| will)? (?:also )?(?:earn|receive))\s+`)
	// bareVariable is a board's chip that only names a kind of pay: "Offers
	// Bonus", "Commission".
	bareVariable = base.LazyRegexp(`(?i)^(?:offers )?(?:bonus|commission|equity)$`)
)

// addVariable adds what a line says of variable pay to what earlier lines
// said: a fuller wording of the same pay replaces the shorter one.
func (im *importer) addVariable(v string) {
	old := im.a.Pay.Variable
	switch low := strings.ToLower(v); {
	case v == "" || strings.Contains(strings.ToLower(old), low):
	case old == "" || strings.Contains(low, strings.ToLower(old)) || bareVariable().MatchString(old):
		im.a.Pay.Variable = v
	default:
		im.a.Pay.Variable = old + ", " + v
	}
}
