package posting

import (
	"slices"
	"strings"
	"unicode/utf8"

	"amjd/content"
	"amjd/model/base"
)

// KPI targets are typed the way people type them: "94%", "94% or more",
// "at least 4.5 out of 5", ">= 90%", "110%+", "12% a year from existing
// accounts", "every renewal closed 60 days early". kpiSentence reads the
// target's shape so that the line never doubles a comparator or repeats a
// phrase, and always reads as a sentence.

var (
	// A number with an optional currency sign and unit.
	kpiNumber = `[$€£¥]?\s?\d[\d,]*(?:\.\d+)?\s?(?:%|percent|per cent|pp|points?|pts|x|k|m|bn|million|billion|hours?|hrs?|h|days?|working days|business days|working hours|business hours|minutes|mins|weeks?|months?|stars?|out of \d+(?:\.\d+)?|/\s?\d+(?:\.\d+)?)?`
	// Words that say how often the number is measured; they do not make a
	// target "say more than a number".
	kpiPeriod = `(?:a|per|each|every|in the first|in year)\s+(?:year|quarter|month|week|one)|annually|quarterly|monthly|year[- ]on[- ]year|year[- ]over[- ]year|yoy`
	// Comparators that lead: "at least 90%", "within 4 hours".
	kpiLeadMore   = `at least|no less than|not less than|minimum of|min\.?|over|above|more than|greater than|>=|≥|>`
	kpiLeadLess   = `within|under|below|less than|no more than|not more than|at most|maximum of|max\.?|up to|<=|≤|<`
	kpiTrailWords = `or more|or higher|or better|or above|and above|and up|or greater|plus|or less|or lower|or fewer|or under|and below|\+`
	// One expression reads every shape, so the number and period are compiled
	// once: a leading comparator (1), the number (2), a trailing comparator
	// (3), how often it is measured (4).
	kpiTargetRe  = base.LazyRegexp(`(?i)^(?:(` + kpiLeadMore + `|` + kpiLeadLess + `)\s*)?(` + kpiNumber + `)\s*(` + kpiTrailWords + `)?(\s+(?:` + kpiPeriod + `))?$`)
	kpiLessLead  = base.LazyRegexp(`(?i)^(?:` + kpiLeadLess + `)`)
	kpiSymbolSub = strings.NewReplacer(">=", "at least ", "≥", "at least ", "<=", "at most ", "≤", "at most ")
)

// kpiShape is how a target is written.
type kpiShape int

const (
	kpiNone     kpiShape = iota // no target
	kpiBare                     // a number alone: "94%", "12% a year"
	kpiLeading                  // a comparator then a number: "at least 4.5 out of 5"
	kpiTrailing                 // a number then a comparator: "94% or more", "110%+"
	kpiPhrase                   // anything else: "an NPS of 50", "every renewal closed early"
)

// normalizeTarget tidies a typed target: no final full stop, symbols written
// as words, a trailing "+" as "or more".
func normalizeTarget(t string) (string, kpiShape) {
	t = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), ".;,"))
	if t == "" {
		return "", kpiNone
	}
	t = strings.Join(strings.Fields(kpiSymbolSub.Replace(t)), " ")
	switch {
	case strings.HasPrefix(t, ">"):
		t = "over " + strings.TrimSpace(t[1:])
	case strings.HasPrefix(t, "<"):
		t = "under " + strings.TrimSpace(t[1:])
	}
	m := kpiTargetRe().FindStringSubmatch(t)
	switch {
	case m == nil, m[1] != "" && m[3] != "": // both comparators: say it as typed
		return t, kpiPhrase
	case m[1] != "":
		return t, kpiLeading
	case m[3] == "+":
		return strings.TrimSpace(m[2]) + " or more" + m[4], kpiTrailing
	case m[3] != "":
		return t, kpiTrailing
	}
	return t, kpiBare
}

// kpiSentence writes the success line of a catalog KPI for a target as the
// user typed it. fill puts in the industry's words.
func kpiSentence(k content.KPI, typed string, fill func(string) string) string {
	names := append([]string{k.Name, fill(k.Label), fill(k.Subject)}, k.Aliases...)
	target, shape := normalizeTarget(foldTarget(base.Sanitize(typed), names))
	target = base.Inline(target)
	subject := base.UpperFirst(fill(k.Subject)) // "{client} satisfaction" starts the sentence
	qualifier := ""
	if k.Qualifier != "" {
		qualifier = " " + fill(k.Qualifier)
	}
	less := k.Better == "less"
	leadsLess := shape == kpiLeading && kpiLessLead().MatchString(target)
	switch {
	case shape == kpiNone:
		return base.UpperFirst(fill(k.Measure))
	case shape == kpiPhrase, shape == kpiLeading && less && !leadsLess:
		return base.UpperFirst(fill(k.Label)) + ": " + target + "."
	case k.Number != "":
		amount := target
		if shape == kpiBare {
			amount = "at least " + target
		}
		return strings.ReplaceAll(fill(k.Number), "{amount}", amount)
	case shape == kpiBare && less:
		return subject + " within " + target + qualifier + "."
	case shape == kpiBare:
		return subject + " of at least " + target + qualifier + "."
	case leadsLess:
		return subject + " " + target + qualifier + "."
	case less:
		return subject + " in " + target + qualifier + "."
	}
	return subject + " of " + target + qualifier + "."
}

// ownKPISentence writes the line of a KPI the user named themselves.
func ownKPISentence(name, typed string) string {
	target, _ := normalizeTarget(foldTarget(base.Sanitize(typed), []string{name}))
	name = strings.TrimRight(base.Inline(name), ".:; ")
	if target == "" {
		return base.EscapeLineStart(name + ".") // "12" alone must not become a list marker
	}
	return name + ": " + base.Inline(target) + "."
}

// foldTarget drops a name of the metric that a target repeats at its start,
// with the words that tie it to the figure: "GRR at least 92%" for gross
// revenue retention reads "at least 92%", "NRR: 112%" reads "112%". A target
// that is only the name is kept as typed.
func foldTarget(target string, names []string) string {
	t := strings.TrimSpace(target)
	names = slices.Clone(names)
	slices.SortFunc(names, func(a, b string) int { return len(b) - len(a) }) // the longest name first
	for _, n := range names {
		n = strings.TrimSpace(n)
		if n == "" || len(t) <= len(n) || !strings.EqualFold(t[:len(n)], n) {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(t[len(n):]); base.IsWordRune(r) {
			continue // "Retentions", not "Retention"
		}
		rest := strings.TrimLeft(t[len(n):], " :=-–—,")
		rest = dropJoint(rest)
		if strings.TrimSpace(rest) != "" {
			return rest
		}
	}
	return t
}

// dropJoint drops the word that joined a metric's name to its figure ("of
// 90%", "at 95%"), keeping a comparator ("at least 90%").
func dropJoint(rest string) string {
	lower := strings.ToLower(rest)
	if strings.HasPrefix(lower, "at least") || strings.HasPrefix(lower, "at most") {
		return rest
	}
	for _, joint := range []string{"should be ", "target of ", "target ", "rate of ", "of ", "is ", "at "} {
		if strings.HasPrefix(lower, joint) {
			return strings.TrimSpace(rest[len(joint):])
		}
	}
	return rest
}

// knownKPI reads a metric the user named themselves as the catalog's KPI it
// names ("GRR at least 92%" is gross revenue retention, target "at least
// 92%"), so its line reads as the catalog's does. The name must start with
// the KPI's name or one of its aliases, as a whole word.
func knownKPI(c *content.Catalog, name, target string) (content.KPI, string, bool) {
	name = strings.TrimSpace(name)
	for _, k := range c.KPIs {
		for _, alias := range append([]string{k.Name, k.Label}, k.Aliases...) {
			if len(name) < len(alias) || !strings.EqualFold(name[:len(alias)], alias) || strings.Contains(alias, "{") {
				continue
			}
			rest := name[len(alias):]
			if r, _ := utf8.DecodeRuneInString(rest); base.IsWordRune(r) {
				continue
			}
			rest = strings.TrimSpace(dropJoint(strings.TrimLeft(rest, " :=-–—,")))
			if rest != "" && (strings.TrimSpace(target) != "" || !strings.ContainsAny(rest, "0123456789")) {
				continue // "Retention of enterprise clients: 95%" is a metric of its own
			}
			return k, strings.TrimSpace(rest + " " + strings.TrimSpace(target)), true
		}
	}
	return content.KPI{}, "", false
}
