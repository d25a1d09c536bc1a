package importer

import (
	"fmt"
	"strings"
	"unicode"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/markup"
)

var (
	money = `(CA\$|C\$|A\$|AU\$|NZ\$|US\$|KSh|GH₵|J\$|[$£€¥₦]|[A-Z]{3})?\s?(\d[\d,. ]*\d(?:\.\d+)?\s?[kK]?|\d\s?[kK]?)`
	// "--" is an en dash as Pandoc and typists write it; LinkedIn writes
	// "NZ$85,000.00/yr - NZ$95,000.00/yr".
	payRange      = base.LazyRegexp(money + `(?:\s?/\s?(?:yr|year|hr|hour|mo|month))?\s*(?:--?|–|—|to|and)\s*` + money)
	payOne        = base.LazyRegexp(`(?i)(?:salary|pay|rate|wage|package|remuneration)[^.\d]{0,30}?` + money)
	perHour       = base.LazyRegexp(`(?i)per hour|an hour|/\s?h(?:ou)?r\b|hourly`)
	perMonth      = base.LazyRegexp(`(?i)per month|a month|/\s?month|monthly`)
	variableW     = base.LazyRegexp(`(?i)\b(bonus|commission|variable|ote|on-target|incentive|profit.?shar)`)
	payLabel      = base.LazyRegexp(`(?i)^(?:base (?:pay|salary)|salary|pay|compensation|wage|rate|variable(?: pay)?|bonus|commission|incentives?|ote|on-target earnings)\s*:\s*`)
	workplaceLead = base.LazyRegexp(`(?i)^(hybrid|remote|on-?site|flexible)\b(?: (?:working|work|role))?\s*(?::|\(|–|-|$)`)
	superLine     = base.LazyRegexp(`(?i)^\+?\s*super(annuation)?\b`)
)

// pay reads the base range, its currency and period, the variable pay and
// the benefits.
func (im *importer) pay() {
	used := im.basePay()
	plainList := false
	for _, p := range im.d.parts(checker.RolePay) {
		plainList = plainList || !hasBullets(p) && isList(p)
	}
	summary := 0 // a job board's summary of the benefits, told again below
	valueOf := 0 // the line of a board's field label just read
	chrome := false
	for _, l := range im.d.lines(checker.RolePay) {
		// "Set alert for similar jobs": the board's page goes on, and
		// what follows it is no benefit.
		if chrome = chrome || boardLink().MatchString(l.Text); chrome && !l.Bullet {
			continue
		}
		if boardSummary().MatchString(l.Text) {
			summary = l.Line
		}
		if summary > 0 && l.Line >= summary && l.Line-summary < 12 && !l.Bullet {
			continue
		}
		if fieldName().MatchString(l.Text) || otherField().MatchString(l.Text) || boardRating().MatchString(l.Text) {
			continue // "Job type", "Schedule: Monday to Friday": another field
		}
		if valueOf == l.Line-1 && valueOf > 0 {
			continue // the value under a board's field label
		}
		if boardField().MatchString(strings.TrimSpace(l.Text)) {
			valueOf = l.Line
			continue
		}
		if markup.PageChrome(l.Text) || markup.PageFurniture(l.Text) || siteLink.Get().MatchString(strings.TrimSpace(l.Text)) {
			continue // "Sign in", "Career advice", "Based on 34 salaries": the site's, not the job's
		}
		switch {
		case variableW().MatchString(l.Text) && (payRange().MatchString(l.Text) || payOne().MatchString(l.Text) || !strings.Contains(strings.ToLower(l.Text), "holiday") && len(l.Text) < 200):
			// The base pay's own line names what comes on top of it, however
			// long it runs on (to the holidays, the car).
			im.addVariable(variableOf(base.CleanLine(payLabel().ReplaceAllString(l.Text, ""))))
		case used[l.Line]:
			// the base pay's line: no benefit
		case (l.Bullet || plainList && !proseLine(l.Text) && !notAnItem(l.Text)) && !superLine().MatchString(l.Text) && !workplaceLead().MatchString(l.Text) && !schedule().MatchString(l.Text) && !payRange().MatchString(l.Text):
			im.a.Benefits = append(im.a.Benefits, commaList(l.Text)...)
		case benefitLabel().MatchString(l.Text):
			im.a.Benefits = append(im.a.Benefits, commaList(benefitLabel().ReplaceAllString(l.Text, ""))...)
		}
	}
}

// siteLink is a line of a job site's own: its menu, its account links, its
// salary widget, a tab's name.
var siteLink = base.Regexp{Expr: `(?i)^(?:sign in|sign up|log in|login|register|career advice|salary guide|company reviews|find jobs|post a job|employers|job seekers|my jobs|saved jobs|privacy(?: policy)?|terms(?: of use| and conditions)?|cookies|help|contact us|job description|job details|company profile|overview` +
	`|last updated:?\s.*|posted \d+ \w+ ago|based on \d[\d,]* salaries|average salary:?\s.*|low:\s.*|high:\s.*|salary insights)$`}

// notAnItem is a line among unmarked benefits that is none: a pay figure,
// the contract, a web address, a letter's sign-off, the job's title ("Key
// Account Manager in Grantham").
func notAnItem(t string) bool {
	return payFigure.Get().MatchString(t) || contractWords.Get().MatchString(t) || strings.Contains(t, "://") || payWordOnly.Get().MatchString(t) ||
		strings.HasSuffix(t, ",") || roleName().MatchString(t) // "Kind regards,"
}

var (
	payFigure     = base.Regexp{Expr: `(?i)^\W*\d[\d,.]*k?\s*(?:per|a|an)\s+(?:year|annum|hour|month|week)\b`}
	payWordOnly   = base.Regexp{Expr: `(?i)^\W*(?:competitive|negotiable|doe|dependent on experience|depending on experience|attractive|market rate|hourly|salary|salaried|annual|yearly|monthly|weekly|per (?:hour|year|annum|month|week)|(?:(?:minimum|maximum|min|max|from|to):?\s+)?[$£€]?\s?\d[\d,.]*k?)\W*$`}
	contractWords = base.Regexp{Expr: `(?i)\b(?:permanent|full[- ]time|part[- ]time|fixed[- ]term)\b`}
)

// basePay reads the base range, its currency and period, from the first
// line that states it; it returns that line, which holds no benefit.
func (im *importer) basePay() map[int]bool {
	used := map[int]bool{}
	cands := im.d.lines(checker.RolePay)
	if v, line, ok := im.d.label("Salary", "Pay", "Base pay", "Base salary", "Compensation", "Pay range", "Salary range", "Rate", "Salary amount"); ok {
		cands = append([]checker.TextLine{{Text: v, Line: line}}, cands...)
	}
	// A form's two fields: "Salary from (per year)  $62,000", "Salary to …".
	if lo, line, ok := im.d.label("Salary from", "Pay from", "Minimum salary", "Salary minimum", "Salary min"); ok {
		if hi, _, ok := im.d.label("Salary to", "Pay to", "Maximum salary", "Salary maximum", "Salary max"); ok {
			cands = append([]checker.TextLine{{Text: lo + " to " + hi, Line: line}}, cands...)
		}
	}
	paid := len(cands) // lines about pay: one figure there is the pay
	segs, line := im.d.meta()
	for _, s := range segs {
		cands = append(cands, checker.TextLine{Text: s, Line: line})
	}
	cands = append(cands, im.d.all()...)
	// "$100,000 - $124,999" is a board's search band: the employer's own
	// figure is the pay, the band only where there is none.
	for _, band := range []bool{false, true} {
		for i, l := range cands {
			if boardBand().MatchString(l.Text) != band {
				continue
			}
			if im.readRange(l.Text, l.Line) || i < paid && im.readLead(l.Text, l.Line) {
				used[l.Line] = true
				break
			}
		}
		if len(used) > 0 {
			break
		}
	}
	return used
}

// proseLine is a sentence after a list whose marks were lost: "Based at
// our Wilsonton site, with trips to Sydney …", not a benefit.
func proseLine(t string) bool {
	return strings.HasSuffix(strings.TrimSpace(t), ".") && len(strings.Fields(t)) >= 10
}

// clauseLead opens a clause, not an item of a list.
var clauseLead = base.LazyRegexp(`^(?:with|for|from|including|which|that|plus|as|in|on|up to)\b`)

// schedule is a line of hours or place, not a benefit: "30 hours a week",
// "Monday to Thursday", "Office based at our branch".
var schedule = base.LazyRegexp(`(?i)^\d+(?:\.\d+)? hours\b|^(?:monday|tuesday|wednesday|thursday|friday)\b|^\d{1,2}[.:]?\d{0,2}\s?(?:am|pm)\b|^(?:office|site|home)[- ]based\b`)

var codeAfter = base.LazyRegexp(`^\s*([A-Z]{3})\b`)

var (
	// boardSummary opens a job board's list of what it found in the text
	// below it: Indeed's "Pulled from the full job description".
	boardSummary = base.LazyRegexp(`(?i)^pulled from the (?:full )?job description$`)
	// boardRating is a job board's own line among benefits: "Health
	// Insurance 3.8 ★ 14 Ratings", "How we calculate this".
	boardRating = base.LazyRegexp(`(?i)★|\b\d+ ratings?\b|^how we calculate|\(glassdoor est\.?\)|\bemployer est\.`)
	// fieldName is a job board's field label on its own line.
	fieldName = base.LazyRegexp(`(?i)^(?:job type|employment type|shift(?: and schedule)?|schedule|work location|location|pay|salary|job details|full job description|benefits|perks)$`)
	// boardField is a board's field label alone on its line, its value on
	// the next: "Closing date" over "24 Sep 2027".
	boardField = base.LazyRegexp(`(?i)^(?:closing date|posted|date posted|ref|reference|job ref|contract type|hours|sector|salary band|job level|industry|category|job type|type of position|start date|job id|vacancy id)$`)
	// otherField is a "Label: value" line of a field that is no benefit.
	otherField = base.LazyRegexp(`(?i)^(?:schedule|hours|working hours|shift|location|work location|job type|employment type|contract|contract type|application deadline|closing date|closes|deadline|start date|starting date|reports? to|posted|date posted|posting date|published|date published|job id|job ref|ref|reference|vacancy id|experience|education|education level|cause area|organi[sz]ation type|sector|industry|category|job level|seniority|remote|categories|sectors|tags|skills|listed|listed on|closing|closes on|expires|expiry date|valid until|art form)\s*:\s*\S`)
)

// boardLink is a job board's own button or link under a posting.
var boardLink = base.LazyRegexp(`(?i)^(?:set alert(?: for similar jobs)?|report this job|save job|show (?:more|less)|see (?:more|all) jobs|follow)$`)

var benefitLabel = base.LazyRegexp(`(?i)^(?:benefits|perks)\s*:\s*`)

// commaList splits "Unlimited PTO, top-tier health coverage, $2K
// home-office stipend" into its items when every item is short; a sentence
// with commas stays whole.
func commaList(s string) []string {
	s = strings.TrimSuffix(strings.TrimSpace(s), ".")
	parts := strings.Split(s, ", ") // not "£52,000"
	if len(parts) < 3 {
		return []string{base.CleanLine(s)}
	}
	var out []string
	for i, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if n := len(strings.Fields(p)); n == 0 || n > 7 || clauseLead().MatchString(p) {
			return []string{base.CleanLine(s)}
		}
		// "Health, dental and vision benefits": a word that only modifies
		// the item after it; "…, 100% employer-paid": a detail of the one
		// before.
		if i+1 < len(parts) && len(strings.Fields(p)) == 1 && strings.Contains(parts[i+1], " and ") ||
			i > 0 && strings.IndexFunc(p[:1], unicode.IsDigit) == 0 && !strings.ContainsAny(p, "$£€") && strings.Contains(p, "%") {
			return []string{base.CleanLine(s)}
		}
		out = append(out, base.CleanLine(p))
	}
	return out
}

// readRange reads "$78,000 – $95,000", "£32k-£38k", "CA$75,000 to
// CA$90,000 a year" or one figure after "salary".
func (im *importer) readRange(s string, line int) bool {
	m := payRange().FindStringSubmatch(s)
	if m == nil {
		if one := payOne().FindStringSubmatch(s); one != nil && !ceiling().MatchString(one[0]) {
			m = []string{one[0], one[1], one[2], one[1], one[2]} // "up to $90,000" is no range: left out
		}
	}
	return m != nil && im.readAmounts(s, m, line)
}

// readLead reads the one amount that opens a line about pay, as min and
// max: "$82,000 base plus super" under "Package:".
func (im *importer) readLead(s string, line int) bool {
	m := payLead().FindStringSubmatch(s)
	return m != nil && im.readAmounts(s, []string{m[0], m[1], m[2], m[1], m[2]}, line)
}

// readAmounts reads a range found in s: m holds the whole match, then the
// currency and amount of its low and its high end.
func (im *importer) readAmounts(s string, m []string, line int) bool {
	lo, ok1 := answers.ReadAmount(m[2])
	hi, ok2 := answers.ReadAmount(m[4])
	if !ok1 || !ok2 || lo <= 0 || hi < lo {
		return false
	}
	if strings.HasSuffix(strings.ToLower(strings.TrimSpace(m[4])), "k") && !strings.HasSuffix(strings.ToLower(strings.TrimSpace(m[2])), "k") && lo < 1000 {
		lo *= 1000 // "£32-38k"
	}
	near := s[strings.Index(s, m[0]):]
	near = near[:min(len(near), len(m[0])+24)] // "… to $145,000 per year", not "commission paid monthly"
	period := "year"
	switch {
	case perHour().MatchString(near):
		period = "hour"
	case perMonth().MatchString(near):
		period = "month"
	}
	if period == "year" && lo < 1000 {
		return false // not a salary: "2 to 4 years", "10-15 clients"
	}
	cur, ok := im.currencyOf(m[1]+m[3], s[strings.Index(s, m[0])+len(m[0]):])
	if !ok {
		im.cut = append(im.cut, fmt.Sprintf("pay: left out (a currency amjd does not write: %q)", strings.TrimSpace(m[0])))
		return true // the pay line is read; its figures are not guessed at
	}
	im.a.Pay.Min, im.a.Pay.Max = answers.Amount(lo), answers.Amount(hi)
	im.a.Pay.Period, im.a.Pay.Currency = period, cur
	if period == "year" && !perYear().MatchString(near) {
		im.note("pay.period", "year", line, "no period stated; the amounts read as yearly")
	}
	return true
}

var (
	ceiling  = base.LazyRegexp(`(?i)\b(up to|max(?:imum)?|as much as)\s*\S*$`)
	perYear  = base.LazyRegexp(`(?i)per (?:year|annum)|a year|/\s?y(?:ea)?r|annual|yearly|p\.?a\.?\b`)
	letters3 = base.LazyRegexp(`^[A-Z]{3}`)
	// yen is how postings write the yen.
	yen = base.LazyRegexp(`(?i)^\s*(?:yen|jpy)\b`)
)

// currencyOf is the currency of a range: the code or sign written before
// its amounts, or a code after them ("$55,000–$62,000 CAD"), or else the
// place's. ok is false for a currency amjd does not write.
func (im *importer) currencyOf(before, after string) (string, bool) {
	code := strings.ToUpper(strings.TrimSpace(before))
	if m := codeAfter().FindStringSubmatch(after); m != nil {
		code = m[1]
	} else if yen().MatchString(after) || strings.Contains(code, "¥") {
		code = "JPY"
	}
	if strings.HasPrefix(code, "KSH") {
		code = "KES" // Kenya's "KSh 80,000"
	}
	if letters3().MatchString(code) {
		code = code[:3]
		for _, c := range im.c.Currencies {
			if c.ID == code {
				return code, true
			}
		}
		return "", false
	}
	return im.currency(code), true
}

func (im *importer) currency(sym string) string {
	switch strings.ToUpper(strings.TrimSpace(sym)) {
	case "£", "GBP", "££":
		return "GBP"
	case "€", "EUR", "€€":
		return "EUR"
	case "CA$", "C$", "CAD", "CA$CA$", "C$C$":
		return "CAD"
	case "A$", "AU$", "AUD", "A$A$", "AU$AU$":
		return "AUD"
	case "NZ$", "NZD", "NZ$NZ$":
		return "NZD"
	case "":
		return ""
	}
	if h := len(sym) / 2; len(sym) > 0 && len(sym)%2 == 0 && sym[:h] == sym[h:] {
		sym = sym[:h] // both ends of a range signed: "₦300,000 – ₦400,000"
	}
	for _, c := range im.c.Currencies {
		if sym != "$" && (strings.TrimSpace(c.Symbol) == strings.TrimSpace(sym) || c.ID == strings.ToUpper(strings.TrimSpace(sym))) {
			return c.ID // the catalog's own sign: "₦", "GH₵", "J$"
		}
	}
	country := im.country()
	if country == "" {
		country = base.CountryClue(im.c, im.d.text())
	}
	switch country {
	case "CA":
		return "CAD"
	case "AU":
		return "AUD"
	case "NZ":
		return "NZD"
	}
	return "USD"
}

// country is the country of the place, or else of the first place named
// in the posting's first lines: a "$" is Canadian in Winnipeg.
func (im *importer) country() string {
	if p := base.LookupPlace(im.c, im.a.Location.Place); p.Known() {
		return p.Country
	}
	for i, l := range im.d.all() {
		if i > 30 {
			break
		}
		for _, part := range strings.FieldsFunc(l.Text, func(r rune) bool { return strings.ContainsRune("|·–(),", r) }) {
			if len(strings.Fields(part)) <= 4 {
				if p := base.LookupPlace(im.c, part); p.Known() {
					return p.Country
				}
			}
		}
	}
	return ""
}

// boardBand is a job board's salary band: a range whose top ends in 999.
var boardBand = base.LazyRegexp(`\d[\d,]*\s*(?:-|–|to)\s*[$£€]?\d{0,3},?\d*999\b`)

// payLead is one amount opening a line.
var payLead = base.LazyRegexp(`^\s*` + strings.Replace(money, ")?", ")", 1) + `\b`) // its currency written
