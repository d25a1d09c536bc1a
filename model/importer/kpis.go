package importer

import (
	"sort"
	"strings"
	"unicode"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
)

// targetLead is what joins a measure to its target: "Gross revenue
// retention of 93%", "Quote turnaround: within one day".
var targetLead = base.LazyRegexp(`(?i)^\s*(?:score|rate|rating)?\s*(?::|-|–|—|of|at)\s+|^\s*(?:score|rate|rating)\s+`)

// kpis reads the measures of success: a catalog KPI by its id when the
// line names it, any other in the posting's words, each with its target.
func (im *importer) kpis() {
	var out []answers.KPIAnswer
	for _, p := range im.d.parts(checker.RoleSuccess) {
		for i, l := range pairUp(items(p)) {
			text := l.Text
			cells := tabCells(text)
			if c := strings.Split(text, " | "); len(c) >= 3 {
				cells = c // a Markdown table's row of three or more cells
			}
			if len(cells) >= 2 {
				if i == 0 && !strings.ContainsAny(text, "0123456789%$£€") {
					continue // a table's header row: "Measure	Target	Reviewed"
				}
				text = cells[0] + ": " + cells[1] // the measure and its target; how often it is reviewed goes
			}
			t := strings.TrimSuffix(base.CleanLine(strings.Trim(text, "*_ ")), ".")
			for _, k := range measures(t) {
				out = append(out, im.kpi(k))
			}
		}
	}
	if len(out) > 0 {
		im.a.KPIs = out
	}
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
		if i+1 < len(ls) {
			next := strings.TrimSpace(ls[i+1].Text)
			switch m := targetLabel().FindStringSubmatch(next); {
			case m != nil && !strings.Contains(l.Text, ":"):
				l.Text = strings.TrimSpace(l.Text) + ": " + m[1]
				i++
			case figureOnly().MatchString(strings.TrimSpace(l.Text)) && strings.IndexFunc(next, unicode.IsDigit) < 0 && !figureOnly().MatchString(next):
				l.Text = next + ": " + strings.TrimSpace(l.Text)
				i++
			}
		}
		out = append(out, l)
	}
	return out
}

// alternating reports a list of two or more measures told each over two
// items, the name with no figure and then its target with one.
func alternating(ls []checker.TextLine) bool {
	if len(ls) < 4 || len(ls)%2 != 0 {
		return false
	}
	for i, l := range ls {
		figure := strings.IndexFunc(l.Text, unicode.IsDigit) >= 0
		if figure != (i%2 == 1) || i%2 == 0 && (strings.Contains(l.Text, ":") || len(strings.Fields(l.Text)) > 6) {
			return false
		}
	}
	return true
}

var (
	// targetLabel is a measure's target on a line of its own.
	targetLabel = base.LazyRegexp(`(?i)^(?:target|goal|aim)\s*[:–—-]\s*(\S.*)$`)
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

// measures splits a line naming several measures — "NRR (target 115%),
// gross retention (95%), and on-time renewals" — into them; a line with
// fewer than three short parts is one measure.
func measures(t string) []string {
	if t == "" {
		return nil
	}
	parts := strings.Split(t, ", ")
	if len(parts) < 3 {
		return []string{t}
	}
	var out []string
	for _, p := range parts {
		p = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(p), "and "))
		if len(strings.Fields(p)) > 8 {
			return []string{t}
		}
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// kpi reads one measure.
func (im *importer) kpi(t string) answers.KPIAnswer {
	low := strings.ToLower(strings.ReplaceAll(t, "-", " ")) // "New-business contracts" names new business
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
		if at < 0 || strings.Contains(n.name, "{") || n.name == "retention" && at > 0 {
			// "Account retention", "Customer retention": a count of
			// clients kept, not the revenue they keep.
			continue
		}
		if at > 0 && len(strings.Fields(t[:at])) > 1 {
			return answers.KPIAnswer{ID: n.id, Target: t} // "2 new clients a quarter"
		}
		return answers.KPIAnswer{ID: n.id, Target: targetAfter(t, at+len(n.name))}
	}
	if replyChannel.Get().MatchString(low) && replyVerb.Get().MatchString(low) {
		// "Booking queries – answered within one hour on sailing days",
		// "every client email answered within 4 working hours": a first
		// reply, whatever is answered.
		for _, sep := range []string{":", " – ", " — ", " - "} {
			if name, target, ok := strings.Cut(t, sep); ok && len(strings.Fields(name)) <= 4 && replyVerb.Get().MatchString(strings.ToLower(target)) {
				return answers.KPIAnswer{ID: "response_time", Target: strings.TrimSpace(target)}
			}
		}
		return answers.KPIAnswer{ID: "response_time", Target: t}
	}
	for _, k := range kpiShapes {
		if loc := k.re.Get().FindStringIndex(low); loc != nil {
			return answers.KPIAnswer{ID: k.id, Target: targetAfter(t, loc[1])}
		}
	}
	// "Fleet utilization: 93%", "Case fill rate – 98.5%".
	for _, sep := range []string{":", " – ", " — ", " - ", " -> ", " → ", " = "} {
		// Not inside brackets: "Credit requests closed (target: 90% …)".
		if name, target, ok := strings.Cut(t, sep); ok && len(strings.Fields(name)) <= 10 && len(strings.Fields(target)) <= 12 && strings.TrimSpace(target) != "" &&
			strings.Count(name, "(") == strings.Count(name, ")") {
			return answers.KPIAnswer{Name: strings.TrimSpace(name), Target: strings.TrimSpace(target)}
		}
	}
	// "Client retention above 95%", "On-time handover (95% of vehicles
	// handed over on the agreed date)": a name, then its target.
	if m := nameThenTarget().FindStringSubmatch(t); m != nil {
		return answers.KPIAnswer{Name: m[1], Target: m[2]}
	}
	if m := targetInParens().FindStringSubmatch(t); m != nil {
		return answers.KPIAnswer{Name: m[1], Target: targetLabel().ReplaceAllString(m[2], "$1")}
	}
	return answers.KPIAnswer{Name: t}
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
	{"expansion_revenue", &base.Regexp{Expr: `^(?:\p{L}+\s+){0,2}?(?:sales|sell in|volume)\s+growth\b`}},
	{"renewal_rate", &base.Regexp{Expr: `^re\s?bookings\b`}},
}

// replyChannel and replyVerb make a measure a first reply: what comes in,
// and its answer.
var (
	replyChannel = base.Regexp{Expr: `\b(?:calls?|e-?mails?|quer(?:y|ies)|enquir(?:y|ies)|inquir(?:y|ies)|messages?|chats?|questions?|voicemails?)\b`}
	replyVerb    = base.Regexp{Expr: `\b(?:answered|replied|reply|replies|responded|returned|acknowledged|called back)\b`}
)

// targetInParens is a measure's name with its target in brackets after it.
var targetInParens = base.LazyRegexp(`^(\p{L}[\p{L} -]{2,50}?)\s*\(([^()]*\d[^()]*)\)\W*$`)

// nameThenTarget is a measure's name followed by a target with a figure.
var nameThenTarget = base.LazyRegexp(`^(\p{L}[\p{L} -]{2,50}?)\s+((?:above|below|over|under|at least|at most|no more than|no less than|within|of)\s+[^\n]*\d[^\n]*)$`)
