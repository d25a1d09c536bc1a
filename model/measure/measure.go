// Package measure reads a success measure as a posting tells it: a name
// and its target, several in one sentence, the catalog measure its shape
// names, a list of targets. Pure Go: no terminal, no files.
package measure

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// A measure told as a name and its target: "Repeat orders: €3.6m ordered
// by your operators", "Clinic visits -- 15 a week", "Volume kept | 95% of
// last season's tonnes", "Brewer survey. a score of 8 out of 10",
// "Specification wins ≥ 10 new part numbers a year".

// measureSeps join a measure's name to its target, the likeliest first.
var measureSeps = []string{": ", " – ", " — ", " -- ", " - ", " | ", " · ", " → ", " ➜ ", " ⇒ ", " => ", " -> ", " = "}

var (
	// KPINumber is a measure's number before its name: "KPI 4: ",
	// "Measure 2 – ", "Goal #1. ", "2/ ".
	KPINumber = base.Regexp{Expr: `(?i)^(?:(?:kpi|measure|metric|goal|objective|target)\s*#?\d{1,2}\s*(?:[:.)–—-]\s*)|#\d{1,2}\s+|\d{1,2}/\s+)`}
	// comparedTo opens a target told by a sign: "≥ 10", ">= 95%", "< 2 days".
	comparedTo = base.Regexp{Expr: `\s(?:[≥≤]|[<>]=?)\s*\d`}
	// nameInParens is a target with its measure's name in brackets after
	// it, a name of a few words without a figure.
	nameInParens = base.Regexp{Expr: `^(.+?)\s*\(([\p{L}][\p{L} '’-]{2,40})\)\W*$`}
	// measureTargetWord is a target's label left at the end of a name.
	measureTargetWord = base.Regexp{Expr: `(?i)\s*[|–—-]?\s*\b(?:target|goal)$`}
	// aTargetLabel is a target's own label: "Target: 40 signed in the year".
	aTargetLabel = base.Regexp{Expr: `(?i)^(?:target|goal|aim)\s*[:–—-]\s*`}
)

// Measures splits a line naming several measures — "NRR (target 115%),
// gross retention (95%), and on-time renewalsName", "You'll be measured on
// four things: a (…), b (…) and c (…)" — into them; a line with fewer
// than three short parts is one measure.
func Measures(t string) []string {
	if t == "" {
		return nil
	}
	if lead, rest, ok := strings.Cut(t, ": "); ok && len(strings.Fields(lead)) <= 8 {
		limit := 8
		if countedLead.Get().MatchString(lead) {
			limit = 14 // "We'll look at four things: …": the lead says a list follows
		}
		if parts := listParts(rest, limit); len(parts) >= 3 {
			return parts
		}
	}
	if parts := listParts(t, 8); len(parts) >= 3 {
		return parts
	}
	return []string{t}
}

// countedLead says how many measures follow it: "We'll look at four
// things", "three numbers matter".
var countedLead = base.Regexp{Expr: `(?i)\b(?:two|three|four|five|six|[2-6])\s+(?:things|measures|numbers|metrics|goals|targets|areas|kpis)\b`}

// listParts splits a list told in a sentence at its commas and its last
// "and", outside brackets; nil if a part is too long to be a measure (a
// part with its target in brackets may be longer).
func listParts(t string, most int) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '(':
			depth++
		case t[i] == ')':
			depth = max(depth-1, 0)
		case depth == 0 && (strings.HasPrefix(t[i:], ", ") || strings.HasPrefix(t[i:], "; ")):
			parts, from = append(parts, t[from:i]), i+2
		case depth == 0 && i > 0 && t[i-1] == ')' && strings.HasPrefix(t[i:], " and "):
			parts, from = append(parts, t[from:i]), i+5 // "… (no more than 40) and call-backs (…)"
		}
	}
	parts = append(parts, t[from:])
	out := parts[:0]
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		limit := most
		if _, _, ok := SplitMeasure(p); ok || strings.HasSuffix(p, ")") {
			limit = 16 // "fleet on hire – 88% of the rental fleet out on hire"
		}
		if len(strings.Fields(p)) > limit {
			return nil
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// LabelledMeasure is a form's measure: "Measure: Service contract
// renewalsName Target: 90% renewed before they expire".
var LabelledMeasure = base.Regexp{Expr: `(?i)^(?:measure|metric|kpi)\s*:\s*(.+?)(?:\s+[—–-])?\s+(?:target|goal)\s*:\s*(.+)$`}

// SplitMeasure reads a measure as its name and its target, if it is told
// so: a short name, then a separator and the target.
func SplitMeasure(t string) (name, target string, ok bool) {
	if m := LabelledMeasure.Get().FindStringSubmatch(t); m != nil {
		return m[1], m[2], true
	}
	for _, sep := range measureSeps {
		name, target, ok = strings.Cut(t, sep)
		if ok && shortName(name) && strings.TrimSpace(target) != "" && len(strings.Fields(target)) <= 30 {
			return strings.TrimRight(measureTargetWord.Get().ReplaceAllString(name, ""), ". "), cleanTarget(target), true // "Volume growth | Target: 8% more", "Renewals. Target: 11 of 12"
		}
	}
	// "Name. target": a capitalised name of a few words without a figure.
	if name, target, ok = strings.Cut(t, ". "); ok && shortName(name) && len(strings.Fields(name)) <= 5 &&
		!hasDigit(name) && base.FirstRune(name) >= 'A' && base.FirstRune(name) <= 'Z' && target != "" {
		return strings.TrimSpace(name), cleanTarget(target), true
	}
	// "95% of your employers still with us (employer retention)": the
	// target first, its name in brackets.
	if m := nameInParens.Get().FindStringSubmatch(t); m != nil && hasDigit(m[1]) {
		return m[2], m[1], true
	}
	if loc := comparedTo.Get().FindStringIndex(t); loc != nil && shortName(t[:loc[0]]) {
		return strings.TrimSpace(t[:loc[0]]), strings.TrimSpace(t[loc[0]:]), true
	}
	return "", "", false
}

// shortName reports a measure's name: a few words, no brackets left open.
func shortName(name string) bool {
	n := len(strings.Fields(name))
	return n > 0 && n <= 8 && strings.Count(name, "(") == strings.Count(name, ")")
}

func cleanTarget(t string) string {
	t = strings.TrimSpace(t)
	if loc := aTargetLabel.Get().FindStringIndex(t); loc != nil {
		t = t[loc[1]:]
	}
	return strings.TrimSpace(t)
}

// Shapes of a measure's name and target that name a catalog measure,
// however the clients are called.
var (
	// newClients: "New stockists", "New builder accounts" — clients won,
	// counted; not new products, lines or part numbers.
	newClients = base.Regexp{Expr: `^new\s+(?:\p{L}+\s+){0,2}?(?:accounts|customers|clients|stockists|dealers|shops|stores|importers|programs|programmes|independents|members|venues|outlets|logos|distributors|retailers|practices|clinics|schools|districts|operators|buyers|resellers|partners|brands|pubs|bars|restaurants|hotels|growers|farms|sites|contracts|agreements|centres|centers|employers|advertisers|councils|estates|libraries|homes)(?:\s+(?:signed|opened|won|added|onboarded|ordering|live))?$`}
	// revenueName and grewBy: money from the clients one has, or its
	// growth — "Repeat orders: €3.6m", "Purchases through the group: up
	// 6%", "Sales through your stores: 10% on FY27".
	revenueName  = base.Regexp{Expr: `\b(?:sales|revenue|purchases|spend|upgrades?|add ons?|added services|repeat orders|orders|billings)\b`}
	notExpansion = base.Regexp{Expr: `\b(?:pre ?orders?|early|trade spend|share|days sales|sales tax|same day|on time|entered|invoiced|per cent of|margin)\b`}
	// MoneyFigure is an amount of money: "€3.6m", "$40k".
	MoneyFigure = base.Regexp{Expr: `[$£€]\s?\d|\b\d[\d,.]*\s?(?:k|m|bn|million|thousand)\b`}
	grewBy      = base.Regexp{Expr: `(?:\+|\bup\s+|\bgrow\w*\s+(?:by\s+)?)\d[\d.]*\s?%|\d[\d.]*\s?%\s+(?:more|up|growth|increase|on\b|over\b|above\b|vs\b|year on year|yoy)`}
	// keptRevenue: a share of last year's money kept — "97% of 2027
	// agreement revenue", "95% of fee income retained"; accounts, tonnes
	// or units kept keep their name.
	keptName     = base.Regexp{Expr: `\b(?:retention|retained|kept|keep)\b`}
	keptRevenue  = base.Regexp{Expr: `%\s+of\s+(?:[\p{L}\d']+\s+){0,4}?(?:sales|revenue|income|fees|spend|billings)\b`}
	surveyName   = base.Regexp{Expr: `\b(?:survey|satisfaction|rating|nps|csat)\b`}
	surveyScore  = base.Regexp{Expr: `\d(?:\.\d)?\s*(?:out of|/)\s*(?:5|10)\b`}
	reviewsName  = base.Regexp{Expr: `^(?:\p{L}+\s+){0,2}(?:business\s+|account\s+)?reviews$|^(?:qbrs?|joint business plans?|(?:account\s+)?health checks?)$`}
	renewalsName = base.Regexp{Expr: `\brenewals$`}
)

// ShapeID is the catalog measure a name and target are shaped as, or "".
// name and target are in small letters, hyphens as spaces.
func ShapeID(name, target string) string {
	switch {
	case newClients.Get().MatchString(name) && !strings.HasPrefix(target, "within"):
		return "new_business"
	case keptName.Get().MatchString(name) && keptRevenue.Get().MatchString(target):
		return "gross_retention"
	case revenueName.Get().MatchString(name) && !notExpansion.Get().MatchString(name) &&
		(MoneyFigure.Get().MatchString(target) || grewBy.Get().MatchString(target)):
		return "expansion_revenue"
	case surveyName.Get().MatchString(name) && !strings.Contains(name, "promotion"), strings.Contains(target, "survey") && surveyScore.Get().MatchString(target):
		return "csat_nps"
	case reviewsName.Get().MatchString(name) && !strings.Contains(name, "promotion"):
		return "account_reviews"
	case renewalsName.Get().MatchString(name):
		return "renewal_rate"
	}
	return ""
}

// hasDigit reports a figure of any kind in s.
func hasDigit(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

// targetShape is what a measure's target looks like: a share, a bound, a
// date or a time to act within.
var targetShape = base.Regexp{Expr: `(?i)\d\s*%|\d+ cents of every|\bwithin (?:one|two|three|\d+)\b|\bby (?:the end of |\d{1,2}(?:st|nd|rd|th)? )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b|\bby \d|\bor (?:better|more|higher)\b|\bsame or next\b|\b(?:under|below|fewer than|less than) \d`}

// askedWords are what a requirement asks, not a measure sets: "8+ years
// managing accounts", "experience with Sage".
var askedWords = base.Regexp{Expr: `(?i)\b(?:years?|experience|degree|licen[cs]e|qualification|knowledge|skills?)\b`}

// List reports a list whose items, three or more, nearly all set
// targets ("Keep 92% of last year's spending", "Reply within one working
// day"), whatever its heading says: it is how the job is judged, not what
// it asks for.
func List(items []string) bool {
	if len(items) < 3 {
		return false
	}
	n := 0
	for _, it := range items {
		if targetShape.Get().MatchString(it) && !askedWords.Get().MatchString(it) {
			n++
		}
	}
	return n*3 >= len(items)*2
}
