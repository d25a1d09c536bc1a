package checker

import (
	"fmt"
	"slices"
	"strings"
	"sync"
	"time"

	"amjd/content"
	"amjd/model/base"
	"amjd/model/markup"
)

// Pay transparency: where the posting's place falls under a law that wants a
// pay range (content/paylaws.yaml), a missing, open-ended or too-wide range
// is reported with the law and its date.

var (
	usNamed     = base.Regexp{Expr: `(?i)\b(united states|usa|u\.s\.a?\.?)`}
	usCode      = base.Regexp{Expr: `\bUS\b`} // case matters: "us" is a pronoun
	remoteWord  = base.Regexp{Expr: `(?i)\bremote\b`}
	benefitWord = base.Regexp{Expr: `(?i)\b(benefits?|health|dental|vision|medical|pension|retirement|401\(?k\)?|paid time off|pto|vacation|holidays?|sick (?:leave|days?|pay)|insurance|parental leave|wellness)\b`}
	// benefitOffered names a benefit outside the pay section: "medical" or
	// "health" alone may be the customers' ("medical device customers").
	benefitOffered = base.Regexp{Expr: `(?i)\b(benefits|dental|pension|retirement (?:plan|savings|match)|401\(?k\)?|paid time off|pto|vacation|paid holidays?|sick (?:leave|days?|pay)|insurance|parental leave|(?:health|medical|vision) (?:insurance|plan|cover|coverage|care|benefits))\b`}
	placeLabel     = base.Regexp{Expr: `(?i)^(location|based in|where|office|workplace)\b`}
)

// maxPlaceLine is the longest line read for a place.
const maxPlaceLine = 600

// postingPlaces are the places the posting is for: from the answers when the
// posting came from them; else from the lines that say where the job is (the
// lines under the title, a "Location:" line, the location section); else
// from anywhere in the text. Whole place names only: "on-site" is not Ontario.
func (k *checker) postingPlaces() []base.Place {
	var out []base.Place
	tried := map[string]bool{}
	clue := sync.OnceValue(func() string { return base.CountryByClues(k.c, k.d.body) }) // "+ super" on the pay line settles "Broome, WA"
	add := func(text string) {
		if len(text) > maxPlaceLine || tried[text] {
			return // a place is named in a short line, not in a wall of text; a line is looked up once
		}
		tried[text] = true
		where := text
		if markup.TravelCue(text) {
			if m := markup.TravelTail.Get().FindStringIndex(text); m != nil {
				where = text[:m[0]]
			}
		}
		p := base.LookupPlaceHinted(k.c, where, clue)
		if !p.Known() && where != text {
			p = base.LookupPlace(k.c, text) // the travel names the only place
		}
		if p.Known() && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	if k.opts.Location != "" {
		for _, part := range strings.Split(k.opts.Location, ";") {
			add(part)
		}
		return out
	}
	for i, l := range k.d.lines {
		if i < 8 || l.sec == secPlace || strings.ContainsAny(l.flat[:min(1, len(l.flat))], "lbwo") && placeLabel.Get().MatchString(l.text) {
			add(l.text)
		}
	}
	if len(out) == 0 {
		for _, l := range k.d.lines {
			add(l.text)
		}
	}
	return out
}

// nationwide reports whether the role is open to candidates across the US:
// the answers' hiring region is the country, or a line of the text offers
// remote work in it.
func (k *checker) nationwide() bool {
	us := func(s string) bool { return usNamed.Get().MatchString(s) || usCode.Get().MatchString(s) }
	if k.opts.Location != "" {
		return us(k.opts.Location)
	}
	for _, l := range k.d.lines {
		if remoteWord.Get().MatchString(l.text) && us(l.text) {
			return true
		}
	}
	return false
}

// lawsFor returns the laws that cover any of the places.
func (k *checker) lawsFor(places []base.Place) []content.PayLaw {
	return base.PayLawsFor(k.c, places, k.nationwide())
}

// payStatement is what the posting says about pay: a range and its line, or
// an open-ended figure ("up to $90,000") and its line.
type payStatement struct {
	line, openLine int
	min, max       float64
	hasRange       bool
	rangeText      string
	// suggested is set when the range is amjd's suggestion, marked as such,
	// and not a range the employer gave.
	suggested  bool
	blank      bool // a pay line with a template field for its figures
	payLine    int  // the first line that speaks of pay, with or without a figure
	openPhrase string
	perYear    float64 // how many of the range's period make a year: 12 for "a month"
}

// ownRange reports whether the posting states a range of the employer's own.
func (ps payStatement) ownRange() bool { return ps.hasRange && !ps.suggested }

func (k *checker) findPay() payStatement {
	hasMoney := func(l line) bool {
		return strings.ContainsAny(l.text, "$€£") || strings.Contains(l.flat, "usd") || strings.Contains(l.flat, "cad") ||
			strings.Contains(l.flat, "eur") || strings.Contains(l.flat, "gbp") || strings.Contains(l.flat, "aud") || strings.Contains(l.flat, "nzd")
	}
	var ps payStatement
	for _, l := range k.d.lines {
		if ps.payLine == 0 && !l.heading && (l.sec == secPay || base.PayLabel.Get().MatchString(l.text)) && base.PayTold.Get().MatchString(l.text) {
			ps.payLine = l.n // "Pay: a base salary plus 8% to 12% commission"
		}
		if !hasMoney(l) {
			if m := base.VaguePay(l.text, l.flat, l.sec == secPay); m != "" && ps.openLine == 0 {
				ps.openLine, ps.openPhrase = l.n, m // "Pay: somewhere in the mid-60s to low 70s"
			}
			continue
		}
		if m := base.OtherScale.Get().FindString(l.text); m != "" && ps.openLine == 0 {
			ps.openLine, ps.openPhrase = l.n, m // "above our coordinator scale ($46,000 to $52,000)"
			continue
		}
		if m := base.NoCeiling.Get().FindString(l.text); m != "" && base.PayRange.Get().MatchString(l.text) && ps.openLine == 0 {
			ps.openLine, ps.openPhrase = l.n, m // "$58,000 – $66,000 to start, and no ceiling after that"
			continue
		}
		if m := base.PayRange.Get().FindStringSubmatchIndex(l.text); m != nil && !base.VariablePayOnly(l.text[:m[0]]) {
			group := func(i int) string {
				if m[2*i] < 0 {
					return ""
				}
				return l.text[m[2*i]:m[2*i+1]]
			}
			ps.min, ps.max = base.ParseAmount(group(1), group(2)), base.ParseAmount(group(3), group(4))
			ps.hasRange, ps.line, ps.rangeText = true, l.n, group(0)
			ps.perYear = base.PeriodsAYear(l.text[m[1]:])
			ps.suggested = k.markedAsSuggestion(l.n, m[1])
			return ps
		}
		ps.blank = ps.blank || len(markup.TemplateFields(l.text)) > 0 // "Salary: €[●] – €[●]": the placeholder finding tells it
		m := base.OpenEnded.Get().FindString(l.text)
		if m == "" && l.sec == secPay {
			m = base.ApproxPay.Get().FindString(l.text) // under "Pay:", "about $78,000 in a typical year"
		}
		if m == "" {
			m = base.OnePay.Get().FindString(l.text) // "the last person in this job earned a base salary of $57,500"
		}
		if m != "" && ps.openLine == 0 {
			ps.openLine, ps.openPhrase = l.n, strings.TrimSpace(m)
		}
	}
	return ps
}

// markedAsSuggestion reports whether the sentence holding byte at of line n
// is amjd's suggestion: amjd ends each sentence that states a figure the
// user did not give with base.SuggestionMarker.
func (k *checker) markedAsSuggestion(n, at int) bool {
	text := k.d.lines[n-1].text
	if !strings.Contains(text, base.SuggestionMarker) {
		return false
	}
	_, end := k.sentenceBounds(n, at)
	after := strings.TrimLeft(text[end:], ".!? \t")
	return strings.HasPrefix(after, base.SuggestionMarker) || strings.Contains(text[at:end], base.SuggestionMarker)
}

// lawMiss gathers the laws that are missed the same way, so a role open
// across the US gives one finding, not one a law.
type lawMiss struct {
	severity Severity
	names    []string
	detail   string
}

type lawMisses []*lawMiss

func (ms *lawMisses) note(sev Severity, name, detail string) {
	for _, m := range *ms {
		if m.severity == sev {
			m.names = append(m.names, name)
			return
		}
	}
	*ms = append(*ms, &lawMiss{severity: sev, names: []string{name}, detail: detail})
}

func (m *lawMiss) laws() string {
	if len(m.names) <= 2 {
		return strings.Join(m.names, " and ")
	}
	return fmt.Sprintf("%d pay-transparency laws, including %s", len(m.names), m.names[0])
}

func (m *lawMiss) verb() string {
	if len(m.names) == 1 {
		return "requires"
	}
	return "require"
}

// RulePayTransparency is the rule of the findings about the pay laws.
const RulePayTransparency = "pay-transparency"

// payMisses are the laws a posting misses, by how it misses them.
type payMisses struct {
	open, missing, suggested lawMisses
	needBenefits             []string
}

func (k *checker) payTransparency() {
	laws := k.lawsFor(k.postingPlaces())
	if len(laws) == 0 {
		return
	}
	ps := k.findPay()
	asOf := "Table as of " + k.c.PayLaws.AsOf + "; not legal advice."
	var ms payMisses
	for _, law := range laws {
		effective, err := time.Parse("2006-01-02", law.Effective)
		name := fmt.Sprintf("%s (%s, in force from %s; applies to %s)", law.Jurisdiction, law.Law, base.HumanDate(law.Effective), law.Employers)
		if err == nil && k.opts.Now.Before(effective) {
			if !ps.ownRange() {
				k.add(Finding{Rule: RulePayTransparency, Severity: Info, Step: base.StepPay,
					Message: fmt.Sprintf("%s will require a pay range from %s. %s", law.Jurisdiction, base.HumanDate(law.Effective), asOf),
					Fix:     "Add the range now so the posting stays valid."})
			}
			continue
		}
		severity, where := Error, "in the posting"
		if law.BeforeInterview {
			severity, where = Warning, "in the posting or before the first interview"
		}
		switch {
		case ps.suggested:
			ms.suggested.note(severity, name, where)
		case ps.blank && !ps.hasRange:
		case !ps.hasRange && ps.openLine > 0:
			ms.open.note(severity, name, where)
		case !ps.hasRange:
			ms.missing.note(severity, name, where)
		case law.MaxRange > 0 && (ps.max-ps.min)*ps.perYear > law.MaxRange && ps.max*ps.perYear <= 200000:
			k.add(Finding{Rule: RulePayTransparency, Severity: Error, Line: ps.line, Step: base.StepPay,
				Message: fmt.Sprintf("The range is %s wide%s; %s allows at most %s. %s", base.FormatAmount((ps.max-ps.min)*ps.perYear), base.OverAYear(ps.perYear), name, base.FormatAmount(law.MaxRange), asOf),
				Fix:     "Narrow the range."})
		}
		if law.Benefits && !k.offersBenefits() {
			ms.needBenefits = append(ms.needBenefits, law.Jurisdiction)
		}
	}
	k.reportPayMisses(ps, ms, asOf)
}

func (k *checker) reportPayMisses(ps payStatement, ms payMisses, asOf string) {
	if len(ms.needBenefits) > 0 {
		verb := "asks"
		if len(ms.needBenefits) > 1 {
			verb = "ask"
		}
		// The law asks for it as it asks for the range: an error, as that is.
		k.add(Finding{Rule: RulePayTransparency, Severity: Error, Step: base.StepPay,
			Message: fmt.Sprintf("%s also %s for a general description of benefits, and the posting has none. %s", base.JoinAnd(ms.needBenefits), verb, asOf),
			Fix:     "List the main benefits."})
	}
	for _, m := range ms.suggested {
		k.add(Finding{Rule: RulePayTransparency, Severity: m.severity, Line: ps.line, Phrase: ps.rangeText, Step: base.StepPay,
			Message: fmt.Sprintf("The range shown is amjd's suggestion, not yours; %s %s the employer's own range %s. %s", m.laws(), m.verb(), m.detail, asOf),
			Fix:     "Give the range you expect in good faith to pay for this role."})
	}
	for _, m := range ms.open {
		k.add(Finding{Rule: RulePayTransparency, Severity: m.severity, Line: ps.openLine, Phrase: ps.openPhrase, Step: base.StepPay,
			Message: fmt.Sprintf("%q is %s; %s %s a range %s. %s", ps.openPhrase, base.OpenKind(ps.openPhrase), m.laws(), m.verb(), m.detail, asOf),
			Fix:     "Give a minimum and a maximum, e.g. \"$65,000 to $85,000 per year\"."})
	}
	for _, m := range ms.missing {
		told := ""
		if ps.payLine > 0 {
			told = " where the posting speaks of pay"
		}
		k.add(Finding{Rule: RulePayTransparency, Severity: m.severity, Step: base.StepPay, Line: ps.payLine,
			Message: fmt.Sprintf("No pay range%s; %s %s one %s. %s", told, m.laws(), m.verb(), m.detail, asOf),
			Fix:     "Add the good-faith pay range for the role."})
	}
}

// offersBenefits reports whether the text offers any benefit: a line, not
// a heading, that names one ("Pay and benefits" over a pay line alone
// offers none), outside what the job asks and does, and not put off to the
// interview.
func (k *checker) offersBenefits() bool {
	if !benefitWord.Get().MatchString(k.d.body) {
		return false
	}
	for _, l := range k.d.lines {
		if l.sec == secRequired || l.sec == secPrefer || l.sec == secDuties || l.sec == secSuccess {
			continue // "the Department of Public Health exam" is asked of the candidate, not offered
		}
		offer := benefitWord.Get()
		if l.sec != secPay {
			offer = benefitOffered.Get() // "for medical customers" offers nothing
		}
		if !l.heading && offer.MatchString(l.text) && offer.MatchString(deferredBenefits.Get().ReplaceAllString(l.text, "")) {
			return true
		}
	}
	return false
}

// deferredBenefits puts the benefits off to later, naming none: "Benefits
// will be discussed during the interview process", "Benefits: we'll go
// through these at offer".
var deferredBenefits = base.Regexp{Expr: `(?i)\bbenefits?\s+(?:will|would|are|is|to|can)\s+(?:be\s+)?(?:discussed|shared|explained|confirmed|outlined|detailed|provided on request)\b[^.]*` +
	// "Benefits and other compensation: we'll go through these with you
	// when we make an offer."
	`|\bbenefits?\b[^.]{0,40}?:\s*(?:we['’]ll|we will|we can|we['’]d|to be)\s+(?:go through|discuss|share|explain|confirm|talk (?:through|about)|cover|tell you about)\b[^.]*`}
