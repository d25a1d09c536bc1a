package importer

import (
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/checker"
)

var (
	workplaceRe = base.LazyRegexp(`(?i)\b(hybrid|remote|on-?site|in-office|in the office full[- ]time)\b`)
	travelLabel = base.LazyRegexp(`(?i)^\W*(?:travel|travel required|travel requirements?)\s*[:–-]`)
	travelPct   = base.LazyRegexp(`(?i)(?:up to|around|about|roughly|approximately|~)?\s*(\d{1,3})\s?%`)
	travelRare  = base.LazyRegexp(`(?i)\b(a few (?:times|trips) a year|rare(?:ly)?|occasional(?:ly)? overnight|once a quarter|twice a year|once a year)\b`)
	officeIn    = base.LazyRegexp(`\b(?:based in|office in|offices in|located in|studio in|depot in|HQ in|headquarters in|team in|branch in|site in)\s+((?:[A-Z][\w'.-]+)(?:,?\s+[A-Z][\w'.-]+){0,2})`)
	noTravel    = base.LazyRegexp(`(?i)\bno (?:travel|overnight travel)\b|\bdoes not (?:need|require) travel\b|\bneeds no travel\b`)
	// workplaceSaid is how a job is worked, said in a sentence: "hybrid",
	// "a remote role", "fully remote", "office-based"; not a thing the
	// company sells ("our hybrid systems").
	workplaceSaid   = base.LazyRegexp(`(?i)\b(hybrid)(?:\s+(?:role|job|position|working|work|model|arrangement|schedule|pattern|basis|set-?up|team|office)\b|\s*(?:[.,;:)(·|–—/-]|\n|$))|\b(?:fully |100% |a )(remote)\b|\b(on-?site|office[- ]based)\b`)
	eitherWorkplace = base.LazyRegexp(`(?i)\b(?:hybrid|remote|on-?site|in-office)\s+(?:or|/)\s+(?:hybrid|remote|on-?site|in-office)\b`)
	parens          = base.LazyRegexp(`\s*\([^)]*\)`)
	atsPlace        = base.LazyRegexp(`^([A-Z]{2})-([A-Z]{2})-([A-Z][\p{L} .'-]+)$`)
	inPerson        = base.LazyRegexp(`(?i)^(?:in[- ]person|on[- ]?site|in (?:the )?office)\.?$`)
)

// place reads where the job is, how it is worked and how much it travels.
func (im *importer) place() {
	if v, _, ok := im.d.label("Location", "Job location", "Work location", "Based in", "Office"); ok {
		if ss := sentences(v); len(ss) > 0 {
			v = ss[0] // "Arklow, Co. Wicklow. Hybrid.": the first sentence, past "Co."
		}
		im.setPlace(v)
		if im.a.Location.Place == "" && placeName(v) {
			im.a.Location.Place = strings.TrimSpace(v) // a town amjd's table does not hold is still the place stated
		}
	}
	segs, _ := im.d.meta()
	for _, s := range segs {
		if im.a.Location.Place == "" && base.OnlyPlace(im.c, withoutPostcode(parens().ReplaceAllString(s, ""))) {
			im.setPlace(s)
		}
	}
	for i, s := range segs {
		s = strings.TrimSpace(parens().ReplaceAllString(s, "")) // "Keswick, Cumbria (hybrid)"
		if town, region, ok := strings.Cut(s, ", "); ok && im.a.Location.Place == "" && i > 0 &&
			placeName(town) && placeName(region) && !jobWords().MatchString(s) && !companyWord().MatchString(s) && !workplaceWord(s) {
			im.a.Location.Place = town + ", " + region // "Keswick, Cumbria" after the employer: a town and its region the table does not hold
		}
	}
	if im.a.Location.Place == "" {
		im.placeUnderTitle()
	}
	if im.a.Location.Place == "" {
		im.placeInText()
	}
	if v, _, ok := im.d.label("Work location", "Workplace", "Workplace type", "Work type", "Location type", "Work model"); ok && inPerson().MatchString(v) {
		im.a.Location.Workplace = "onsite" // Indeed's "Work Location: In person"
	}
	// "Onsite or remote" is a board's filter, which says neither.
	where := eitherWorkplace().ReplaceAllString(strings.Join(append(segs, texts(im.d.lines(checker.RoleLocation))...), " \n"), "")
	if m := workplaceRe().FindString(where + " " + im.d.Title); m != "" {
		im.a.Location.Workplace = workplaceID(m)
	} else if m := workplaceSaid().FindStringSubmatch(eitherWorkplace().ReplaceAllString(strings.Join(texts(im.d.all()), "\n"), "")); m != nil {
		im.a.Location.Workplace = workplaceID(m[1] + m[2] + m[3])
	}
	im.travel()
}

// placeUnderTitle finds the place a job board prints on a line of its own
// in the few lines under the title: "Tauranga, Bay of Plenty".
func (im *importer) placeUnderTitle() {
	seq := im.d.seq()
	if strings.Contains(im.d.Title, im.a.Title) {
		// The outline's title is the first line; the lines under it open seq.
		seq = append([]checker.TextLine{{Text: im.d.Title}}, seq...)
	}
	for i, l := range seq {
		if im.a.Title == "" || !strings.Contains(l.Text, im.a.Title) {
			continue
		}
		for _, next := range seq[i+1 : min(len(seq), i+5)] {
			if t := strings.TrimSpace(next.Text); len(strings.Fields(t)) <= 6 && !strings.HasSuffix(t, ".") && base.OnlyPlace(im.c, withoutPostcode(parens().ReplaceAllString(t, ""))) {
				im.setPlace(t)
				return
			}
		}
		return
	}
}

// withoutPostcode drops the postcode after a place's name: "Wagga Wagga,
// NSW 2650", "Winnipeg, MB R3H 0T4" (its last one or two words, each with
// a digit).
func withoutPostcode(t string) string {
	w := strings.Fields(t)
	for n := 0; n < 2 && len(w) > 1 && strings.IndexFunc(w[len(w)-1], unicode.IsDigit) >= 0; n++ {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// placeInText finds "based in Toronto", "our head office in Sydney": the
// longest run of the words after it that names a known place.
func (im *importer) placeInText() {
	for _, l := range append(im.d.lines(checker.RoleLocation), im.d.all()...) {
		m := officeIn().FindStringSubmatch(l.Text)
		if m == nil {
			continue
		}
		words := strings.Fields(m[1])
		for n := len(words); n > 0; n-- {
			cand := strings.TrimRight(strings.Join(words[:n], " "), ",.")
			if base.LookupPlace(im.c, cand).Known() {
				im.a.Location.Place = cand
				return
			}
		}
	}
}

// notAPlace are what a location field holds when it names no place.
var notAPlace = base.LazyRegexp(`(?i)\b(?:multiple|various|several|flexible|anywhere|nationwide|tbc|tbd|negotiable|remote|hybrid|on-?site|office|home|see below|other)\b`)

// placeName reports a location field's value that reads as a place's name:
// a few capitalised words and nothing else ("Derby", "Thunder Bay, ON").
func placeName(v string) bool {
	words := strings.Fields(v)
	if len(words) == 0 || len(words) > 4 || notAPlace().MatchString(v) || strings.IndexFunc(v, unicode.IsDigit) >= 0 ||
		strings.ContainsAny(v, ".:;!?()[]{}|/@$£€") {
		return false
	}
	for _, w := range words {
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
	}
	return true
}

func (im *importer) setPlace(v string) {
	if m := workplaceRe().FindString(v); m != "" && im.a.Location.Workplace == "" {
		im.a.Location.Workplace = workplaceID(m)
	}
	v = strings.TrimSpace(strings.TrimSuffix(parens().ReplaceAllString(v, ""), "."))
	// "Galway, Ireland – hybrid, Tuesday to Thursday": the place is what
	// comes before the dash; "US-OR-Portland" is an ATS's code for it.
	if head, _, ok := strings.Cut(v, " – "); ok {
		v = strings.TrimSpace(head)
	} else if head, _, ok := strings.Cut(v, " - "); ok {
		v = strings.TrimSpace(head)
	}
	if m := atsPlace().FindStringSubmatch(v); m != nil {
		v = m[3] + ", " + m[2]
	}
	// "Chicago, IL 60607": a postcode the catalog's places do not hold.
	for w := strings.Fields(v); len(w) > 1 && !base.LookupPlace(im.c, v).Known() && strings.IndexFunc(w[len(w)-1], unicode.IsDigit) >= 0; w = w[:len(w)-1] {
		v = strings.Join(w[:len(w)-1], " ")
	}
	if v == "" || !base.LookupPlace(im.c, v).Known() {
		return
	}
	// "Winnipeg, MB R3H 0T4": the words after the place (a postcode) go.
	words := strings.Fields(v)
	for len(words) > 1 && base.LookupPlace(im.c, strings.Join(words[:len(words)-1], " ")) == base.LookupPlace(im.c, v) &&
		strings.IndexFunc(words[len(words)-1], unicode.IsDigit) >= 0 {
		words = words[:len(words)-1]
	}
	im.a.Location.Place = strings.TrimRight(base.CleanLine(strings.Join(words, " ")), ",;: ") // "Omaha, NE, US, 68102"
}

func workplaceID(m string) string {
	switch strings.ToLower(strings.TrimPrefix(strings.TrimPrefix(m, "fully "), "a ")) {
	case "hybrid":
		return "hybrid"
	case "remote":
		return "remote"
	}
	return "onsite"
}

// travel maps what the text says of travel to the catalog's options: a
// share of time, "a few times a year", or none.
func (im *importer) travel() {
	for _, l := range im.d.all() {
		low := strings.ToLower(l.Text)
		if !strings.Contains(low, "travel") {
			for _, s := range sentences(l.Text) {
				if pct := travelShare(s); pct > 0 {
					im.a.Location.Travel = travelOption(pct) // "about a day a week on the road"
					return
				}
			}
			continue
		}
		switch {
		case noTravel().MatchString(l.Text):
			im.a.Location.Travel = "none"
		case travelRare().MatchString(l.Text) || strings.Contains(low, "a few times a year"):
			im.a.Location.Travel = "rare"
		default:
			if pct := travelShare(l.Text); pct > 0 { // "Travel ... is required, typically one day a week."
				im.a.Location.Travel = travelOption(pct)
				return
			}
			m := travelPct().FindStringSubmatch(l.Text)
			if m == nil || !travelLabel().MatchString(l.Text) {
				continue // "95% of travel management agreements renewed"
			}
			im.a.Location.Travel = travelFor(m[1]) // "Travel: 25%"
		}
		return
	}
}

func travelFor(pct string) string { return travelOption(atoiSmall(pct)) }
