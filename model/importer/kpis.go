package importer

import (
	"sort"
	"strings"
	"unicode"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/measure"
)

// targetLead is what joins a measure to its target: "Gross revenue
// retention of 93%", "Quote turnaround: within one day".
var targetLead = base.LazyRegexp(`(?i)^\s*(?:score|rate|rating)?\s*(?::|-|–|—|of|at)\s+|^\s*(?:score|rate|rating)\s+`)

// kpis reads the measures of success: a catalog KPI by its id when the
// line names it, any other in the posting's words, each with its target.
func (im *importer) kpis() {
	var out []answers.KPIAnswer
	var names []string
	for _, p := range im.d.parts(checker.RoleSuccess) {
		nameCol, targetCol := tableHeader(p)
		ls := pairUp(itemsJoined(p, true))
		for i, l := range ls {
			text := l.Text
			if p.Heading != "" && p.Line == l.Line && !successHeading.Get().MatchString(p.Heading) && !loneLabel.Get().MatchString(p.Heading) {
				text = p.Heading + ": " + text // an inline label names the measure: "KPI 1 – Revenue growth: €1.2m more …"
			}
			if m := targetLabel().FindStringSubmatch(strings.TrimSpace(text)); i == 0 && m != nil && measureLabel.Get().MatchString(p.Heading) {
				text = measureLabel.Get().ReplaceAllString(p.Heading, "") + ": " + m[1] // "Measure: Breakages" heads "Target: …"
			}
			cells := tabCells(text)
			if c := strings.Split(text, " | "); len(c) >= 3 || len(c) == 2 && len(cells) < 2 {
				cells = c // a Markdown table's row; a table's header row of two cells
			} else if a, b, ok := strings.Cut(text, ": "); ok && len(cells) < 2 && targetCol < nameCol {
				cells = []string{a, b} // a two-cell row read as "cell: cell" under a header that puts the target first
			}
			if len(cells) >= 3 && rowNumber.Get().MatchString(cells[0]) {
				cells = cells[1:] // a numbered table's "1 | Plan renewals | 90% …"
			}
			if len(cells) >= 2 {
				if n, t, ok := headerColumns(cells); i == 0 && ok {
					nameCol, targetCol = n, t
					continue // a table's header row: "Measure	Target	Reviewed"
				} else if i == 0 && areaFirst(ls) {
					nameCol, targetCol = 1, 2 // "Retention	Gross revenue retention	95%": an area, then the measure
				}
				if max(nameCol, targetCol) >= len(cells) {
					nameCol, targetCol = 0, 1
				}
				text = cells[nameCol] + ": " + cells[targetCol] // the measure and its target; how often it is reviewed goes
			}
			t := strings.TrimSuffix(base.CleanLine(strings.Trim(text, "*_ ")), ".")
			if n, tg, ok := strings.Cut(strings.ToLower(t), ":"); strings.HasSuffix(t, ":") || ok && measureHeader.Get().MatchString(n) && targetHeader.Get().MatchString(tg) ||
				!ok && len(strings.Fields(t)) <= 4 && targetHeader.Get().MatchString(strings.ToLower(t)) {
				continue // a group's label ("In your first year:"), a table's header ("Measure: Target")
			}
			for _, m := range measure.Measures(t) {
				k, name := im.kpi(m)
				out, names = append(out, k), append(names, name)
			}
		}
	}
	if len(out) > 0 {
		im.a.KPIs = oneNewBusiness(out, names)
	}
}

// tableHeader is the columns a table's header row above the part's items
// gives the measure and its target ("Target for 2028 | What we measure"),
// or 0 and 1: the items are the rows, the header no item.
func tableHeader(p checker.Part) (name, target int) {
	for _, l := range p.Lines {
		if l.Bullet {
			break
		}
		if c := strings.Split(l.Text, " | "); len(c) == 2 {
			if n, t, ok := headerColumns(c); ok {
				return n, t
			}
		}
	}
	return 0, 1
}

// headerColumns reads a table's header row: which column names the
// measure and which its target ("Result area	Measure	Target", "Metric |
// 2027 actual | 2028 target"), and whether the row is a header at all.
func headerColumns(cells []string) (name, target int, ok bool) {
	name, target = 0, 1
	for i, c := range cells {
		switch low := strings.ToLower(c); {
		case measureHeader.Get().MatchString(low):
			name, ok = i, true
		case targetHeader.Get().MatchString(low):
			target, ok = i, true
		}
	}
	ok = ok && !strings.ContainsAny(strings.Join(cells, " "), "%$£€")
	if name == target {
		return 0, 1, ok
	}
	return name, target, ok
}

// areaFirst reports a table of three columns whose first two hold no
// figure and whose third holds one in some row: an area of the job, the
// measure, its target.
func areaFirst(ls []checker.TextLine) bool {
	third := false
	for _, l := range ls {
		cells := tabCells(l.Text)
		if strings.TrimSpace(l.Text) == "" {
			continue
		}
		if len(cells) < 3 || hasFigure(cells[0]) || hasFigure(cells[1]) {
			return false
		}
		third = third || hasFigure(cells[2])
	}
	return third
}

// loneLabel is a form's label for the measure, read with its line.
var loneLabel = base.Regexp{Expr: `(?i)^(?:measure|metric|kpi)$`}

// rowNumber is a table's first cell that numbers its rows: "1", "#",
// "No.".
var rowNumber = base.Regexp{Expr: `(?i)^\W*(?:#|no\.?)?\s*\d{0,2}\W*$`}

// successHeading is a heading over measures, not a measure's own name.
var successHeading = base.Regexp{Expr: `(?i)\b(?:measures?d?|success|look(?:s|ing)? (?:at|like)|know|scorecard|indicators|kpis|targets|goals|numbers|objectives)\b|\|`}

func hasFigure(s string) bool { return strings.IndexFunc(s, unicode.IsDigit) >= 0 }

var (
	measureHeader = base.Regexp{Expr: `^[\W_]*(?:measure|metric|kpi|indicator|what we measure)s?\W*$`}
	targetHeader  = base.Regexp{Expr: `\b(?:target|goal|aim)s?(?:\s+(?:for|in)\s+(?:\d{4}|the year|year one|your first year))?\W*$`}
)

// oneNewBusiness keeps one measure of new business, the one in money when
// there is one: a count of clients won beside it keeps its own name.
func oneNewBusiness(ks []answers.KPIAnswer, names []string) []answers.KPIAnswer {
	keep := -1
	for i, k := range ks {
		if k.ID == "new_business" && (keep < 0 || measure.MoneyFigure.Get().MatchString(k.Target) && !measure.MoneyFigure.Get().MatchString(ks[keep].Target)) {
			keep = i
		}
	}
	for i, k := range ks {
		if k.ID == "new_business" && i != keep && names[i] != "" {
			ks[i] = answers.KPIAnswer{Name: names[i], Target: k.Target}
		}
	}
	return ks
}

// pairUp joins a measure told over two lines into one "name: target": a
// name over its "Target: …" sub-item (a nested list), a card's figure over
// its name ("90%" then "Gross revenue retention"); and reads a dot leader
// ("Order accuracy....... 99.5%") as the colon it stands for.
func pairUp(ls []checker.TextLine) []checker.TextLine {
	out := make([]checker.TextLine, 0, len(ls))
	if alternating(ls) {
		// An outline's measure over its target, a level in: every name
		// without a figure, every target with one ("Urgent deliveries",
		// then "90% delivered within 4 hours").
		for i := 0; i+1 < len(ls); i += 2 {
			l := ls[i]
			l.Text = strings.TrimSpace(l.Text) + ": " + strings.TrimSpace(ls[i+1].Text)
			out = append(out, l)
		}
		return out
	}
	for i := 0; i < len(ls); i++ {
		l := ls[i]
		l.Text = dotLeader().ReplaceAllString(l.Text, ": ")
		if m := measure.LabelledMeasure.Get().FindStringSubmatch(l.Text); m != nil {
			l.Text = strings.TrimRight(m[1], ". ") + ": " + m[2] // "Measure: Renewals. Target: 11 of 12"
		}
		if i+1 < len(ls) {
			next := strings.TrimSpace(ls[i+1].Text)
			m := targetLabel().FindStringSubmatch(next)
			if m != nil {
				l.Text = measureLabel.Get().ReplaceAllString(l.Text, "") // "Measure: Renewals" over "Target: …"
			}
			switch {
			case m != nil && !strings.Contains(l.Text, ":"):
				l.Text = strings.TrimSpace(l.Text) + ": " + m[1]
				i++
			case figureOnly().MatchString(strings.TrimSpace(l.Text)) && !hasFigure(next) && !figureOnly().MatchString(next):
				l.Text = next + ": " + strings.TrimSpace(l.Text)
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

// measureLabel is a measure's own label: "Measure: Agreement renewals".
var measureLabel = base.Regexp{Expr: `(?i)^\s*(?:measure|metric|kpi)\s*(?:\d{1,2}\s*)?:\s*`}

// alternating reports a list of two or more measures told each over two
// items: the name, capitalised and with no figure, then its target, with a
// figure or in small letters ("Shelf checks", then "photos from every
// retailer each quarter").
func alternating(ls []checker.TextLine) bool {
	if len(ls) < 4 || len(ls)%2 != 0 {
		return false
	}
	for i, l := range ls {
		t := strings.TrimSpace(l.Text)
		figure := hasFigure(t)
		small := unicode.IsLower(base.FirstRune(t)) || strings.ContainsRune("+-±<>≥≤$£€", base.FirstRune(t))
		if i%2 == 1 && !figure && !small || i%2 == 0 && (figure || small || strings.Contains(t, ":") || len(strings.Fields(t)) > 6) {
			return false
		}
	}
	return true
}

var (
	// targetLabel is a measure's target on a line of its own.
	targetLabel = base.LazyRegexp(`(?i)^(?:target|goal|aim)\s*(?:\d{1,2}\s*)?[:–—-]\s*(\S.*)$`)
	// figureOnly is a card's figure alone: "90%", "£250k", "8.5/10", "2 days".
	figureOnly = base.LazyRegexp(`(?i)^[£$€]?\d[\d.,]*\s*(?:%|k|m|/\s?\d+|out of \d+|(?:working |business )?(?:days?|hours?|weeks?))?$`)
	// dotLeader is a run of dots between a name and its value.
	dotLeader = base.LazyRegexp(`\s*\.{4,}\s*`)
)

// moreNames are what postings call the catalog's measures besides the
// catalog's own names and aliases.
var moreNames = map[string][]string{
	"csat_nps":          {"csat", "nps", "customer satisfaction", "client satisfaction", "satisfaction score", "net promoter score"},
	"account_reviews":   {"account reviews", "business reviews", "quarterly reviews", "account plans"},
	"new_business":      {"new clients", "new customers", "new accounts", "new logos"},
	"expansion_revenue": {"revenue growth", "account growth", "upsell revenue", "expansion bookings"},
	"renewal_rate":      {"contract renewal rate", "renewal rate"},
}

// kpi reads one measure, and gives the name it was told by.
func (im *importer) kpi(t string) (answers.KPIAnswer, string) {
	if loc := measure.KPINumber.Get().FindStringIndex(t); loc != nil {
		t = t[loc[1]:] // "KPI 4: Store rating – 8/10"
	}
	if name, target, ok := measure.SplitMeasure(t); ok {
		return im.namedMeasure(name, target), name
	}
	low := strings.ToLower(strings.ReplaceAll(t, "-", " ")) // "New-business contracts" names new business
	if id, at, end := im.catalogID(low); id != "" {
		if at > 0 && len(strings.Fields(t[:at])) > 1 {
			return answers.KPIAnswer{ID: id, Target: t}, "" // "2 new clients a quarter"
		}
		return answers.KPIAnswer{ID: id, Target: targetAfter(t, end)}, ""
	}
	if replyChannel.Get().MatchString(low) && replyVerb.Get().MatchString(low) {
		if m := targetInParens().FindStringSubmatch(t); m != nil {
			return answers.KPIAnswer{ID: "response_time", Target: m[2]}, m[1] // "call-backs (every message returned …)"
		}
		return answers.KPIAnswer{ID: "response_time", Target: t}, ""
	}
	for _, k := range kpiShapes {
		if loc := k.re.Get().FindStringIndex(low); loc != nil {
			return answers.KPIAnswer{ID: k.id, Target: targetAfter(t, loc[1])}, ""
		}
	}
	// "Client retention above 95%", "On-time handover (95% of vehicles
	// handed over on the agreed date)": a name, then its target.
	if m := nameThenTarget().FindStringSubmatch(t); m != nil {
		return im.namedMeasure(m[1], m[2]), m[1]
	}
	if m := targetInParens().FindStringSubmatch(t); m != nil {
		return im.namedMeasure(m[1], targetLabel().ReplaceAllString(m[2], "$1")), m[1]
	}
	return answers.KPIAnswer{Name: t}, t
}

// namedMeasure is a measure told by its name and target: the catalog's
// measure when the name (or, naming none, the target) says which, its
// own name otherwise.
func (im *importer) namedMeasure(name, target string) answers.KPIAnswer {
	low := strings.ToLower(strings.ReplaceAll(name, "-", " "))
	lowTarget := strings.ToLower(strings.ReplaceAll(target, "-", " "))
	if id, _, _ := im.catalogID(low); id != "" {
		return answers.KPIAnswer{ID: id, Target: target}
	}
	if replyChannel.Get().MatchString(low+" "+lowTarget) && replyVerb.Get().MatchString(low+" "+lowTarget) {
		// "Booking queries – answered within one hour on sailing days":
		// a first reply, whatever is answered.
		return answers.KPIAnswer{ID: "response_time", Target: target}
	}
	if id := measure.ShapeID(low, lowTarget); id != "" {
		return answers.KPIAnswer{ID: id, Target: target}
	}
	for _, k := range kpiShapes {
		if k.re.Get().MatchString(low) && !strings.Contains(low, "promotion") { // a promotion's review is no account's
			return answers.KPIAnswer{ID: k.id, Target: target}
		}
	}
	// "Measure: Gross revenue retention Target: 94%", "Revenue kept: 97%
	// gross revenue retention": the catalog's name told after a label, in
	// more than one word ("a rolling 13-week forecast" names none).
	if id, at, end := im.catalogID(lowTarget); id != "" && strings.Contains(lowTarget[at:end], " ") {
		if at == 0 {
			target = targetAfter(target, end)
		}
		return answers.KPIAnswer{ID: id, Target: target}
	}
	return answers.KPIAnswer{Name: name, Target: target}
}

// catalogID is the catalog measure whose name or alias low holds, and
// where: the longest name first. A count of accounts kept ("Account
// retention") is no revenue retention, and a cash forecast is no
// forecast of the accounts.
func (im *importer) catalogID(low string) (id string, at, end int) {
	type cand struct{ id, name string }
	var names []cand
	for _, k := range im.c.KPIs {
		for _, n := range append(append([]string{k.Name, k.Label, k.Subject}, k.Aliases...), moreNames[k.ID]...) {
			if n != "" {
				names = append(names, cand{k.ID, strings.ToLower(n)})
			}
		}
	}
	sort.SliceStable(names, func(i, j int) bool { return len(names[i].name) > len(names[j].name) })
	for _, n := range names {
		at := base.WordIndex(low, n.name)
		if at < 0 || strings.Contains(n.name, "{") || n.name == "retention" && at > 0 || n.name == "forecast" && strings.Contains(low, "cash forecast") {
			continue
		}
		return n.id, at, at + len(n.name)
	}
	return "", 0, 0
}

// targetAfter is the target that follows a measure's name ending at end:
// "Client retention above 95%", "New-business contracts: $1.2 million".
func targetAfter(t string, end int) string {
	rest := strings.TrimSpace(t[end:])
	if i := strings.Index(rest, ": "); i >= 0 && len(strings.Fields(rest[:i])) <= 3 {
		rest = rest[i+1:] // the name runs on to its colon
	}
	if loc := targetLead().FindStringIndex(rest); loc != nil {
		rest = rest[loc[1]:]
	}
	return strings.TrimSpace(strings.TrimPrefix(strings.Trim(rest, "() "), "target "))
}

// kpiShapes name a catalog measure by its shape, whatever the clients are
// called: "Grower satisfaction", "Dealer reviews", "Sell-in growth",
// "Rebookings" (the line in lower case, hyphens as spaces). A count of new
// clients signed is no new-business revenue, and keeps its name.
var kpiShapes = []struct {
	id string
	re *base.Regexp
}{
	{"csat_nps", &base.Regexp{Expr: `^\p{L}+\s+satisfaction\b|^(?:\p{L}+\s+){0,2}(?:survey|rating)\b[^%]*\b(?:\d+(?:\.\d)?\s*(?:out of|/)\s*(?:5|10))\b`}},
	{"response_time", &base.Regexp{Expr: `^(?:first\s+)?(?:repl(?:y|ies)|responses?)\b`}},
	{"account_reviews", &base.Regexp{Expr: `^\p{L}+\s+(?:business\s+|account\s+)?reviews\b`}},
	{"expansion_revenue", &base.Regexp{Expr: `^(?:\p{L}+\s+){0,2}?(?:sales|sell in)\s+growth\b`}},
	{"renewal_rate", &base.Regexp{Expr: `^re\s?bookings\b`}},
}

// replyChannel and replyVerb make a measure a first reply: what comes in,
// and its answer.
var (
	replyChannel = base.Regexp{Expr: `\b(?:calls?|call outs?|callouts?|e-?mails?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|messages?|chats?|questions?|voicemails?|requests?|tickets?|reports?|complaints?)\b`}
	replyVerb    = base.Regexp{Expr: `\b(?:answered|replied|reply|replies|responded|returned|acknowledged|called back|on the way|on the phone)\b`}
)

// targetInParens is a measure's name with its target in brackets after it.
// The bracket holds a figure or three words or more ("call-backs (every
// message returned the same working day)").
var targetInParens = base.LazyRegexp(`^(\p{L}[\p{L} -]{2,50}?)\s*\(([^()]*(?:\d|\pL+\s+\pL+\s+\pL+)[^()]*)\)\W*$`)

// nameThenTarget is a measure's name followed by a target with a figure.
var nameThenTarget = base.LazyRegexp(`^(\p{L}[\p{L} -]{2,50}?)\s+((?:above|below|over|under|at least|at most|no more than|no less than|within|of)\s+[^\n]*\d[^\n]*)$`)
