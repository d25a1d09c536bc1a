package base

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"

	"amjd/content"
)

// Place is what amjd recognised in a location answer. Empty fields were not
// recognised; Country is an ISO 3166 code ("US"), Region a state or province
// code ("CO"), Union a group of countries ("EU").
type Place struct {
	City    string
	Region  string
	Country string
	Union   string
}

// Known reports whether anything was recognised.
func (p Place) Known() bool { return p.Country != "" || p.Union != "" }

// placeCandidate is one reading of one part of a location.
type placeCandidate struct {
	country, region, city, union string
}

// placeIndex maps lower-case names to their readings, built once per catalog.
type placeIndex struct {
	names map[string][]placeCandidate // whole names, matched as words
	codes map[string][]placeCandidate // state and province codes, matched as a whole part
	// countryCodes are ISO codes, matched like state codes ("Remote, US").
	countryCodes map[string][]placeCandidate
	longest      int // most words in any name
}

var (
	placeMu      sync.Mutex
	placeIndexes = map[*content.Catalog]*placeIndex{}
)

// IsPlaceName reports whether a name is a place the catalog knows by
// that whole name: "Delaware" after a comma is a state, not a person.
func IsPlaceName(c *content.Catalog, name string) bool {
	key, _ := placeKey(name)
	return len(indexPlaces(c).names[key]) > 0
}

func indexPlaces(c *content.Catalog) *placeIndex {
	placeMu.Lock()
	defer placeMu.Unlock()
	if ix, ok := placeIndexes[c]; ok {
		return ix
	}
	ix := &placeIndex{names: map[string][]placeCandidate{}, codes: map[string][]placeCandidate{},
		countryCodes: map[string][]placeCandidate{}}
	add := func(name string, pc placeCandidate) {
		key, words := placeKey(name)
		if words == 0 {
			return
		}
		ix.names[key] = append(ix.names[key], pc)
		ix.longest = max(ix.longest, words)
	}
	for _, co := range c.Places.Countries {
		for _, n := range append([]string{co.Name}, co.Names...) {
			add(n, placeCandidate{country: co.Code})
		}
		ix.countryCodes[co.Code] = []placeCandidate{{country: co.Code}}
	}
	for _, u := range c.Places.Unions {
		for _, n := range append([]string{u.Name}, u.Names...) {
			add(n, placeCandidate{union: u.Code})
		}
	}
	for _, r := range c.Places.Regions {
		pc := placeCandidate{country: r.Country, region: r.Code}
		for _, n := range append([]string{r.Name}, r.Names...) {
			add(n, pc)
		}
		ix.codes[r.Code] = append(ix.codes[r.Code], pc)
	}
	for _, ci := range c.Places.Cities {
		pc := placeCandidate{country: ci.Country, region: ci.Region, city: ci.Name}
		for _, n := range append([]string{ci.Name}, ci.Names...) {
			add(n, pc)
		}
	}
	placeIndexes[c] = ix
	return ix
}

// placeKey lowers text and keeps its words, joined by single spaces, with
// how many there are. A word is letters and digits; dots and apostrophes
// inside it are kept ("u.s.", "st.", "o'hare"), so abbreviations match as
// written. The index keys every catalog name this way, in one pass.
func placeKey(text string) (string, int) {
	var b strings.Builder
	b.Grow(len(text))
	words, inWord := 0, false
	for _, r := range text {
		r = unicode.ToLower(r)
		switch {
		case r == 'ʻ' || r == '‘':
			// The ʻokina is part of the word and not of its key: "Hawaiʻi"
			// is Hawaii.
		case !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' && r != '\'':
			inWord = false
		case inWord:
			b.WriteRune(r)
		default:
			if words > 0 {
				b.WriteByte(' ')
			}
			b.WriteRune(r)
			words, inWord = words+1, true
		}
	}
	return b.String(), words
}

// placeWords are the words of placeKey, as a typed location is read.
func placeWords(text string) []string {
	key, _ := placeKey(text)
	return strings.Fields(key)
}

// LookupPlace reads a location such as "Denver, CO", "Munich" or "London,
// Ontario". The location is read from its most general part (the last) to the
// most specific: the first part that names a country fixes it, and the other
// parts are read inside that country, so "London, Ontario" is in Canada.
func LookupPlace(c *content.Catalog, location string) Place {
	return LookupPlaceHinted(c, location, nil)
}

// LookupPlaceHinted is LookupPlace with a hint for a code two countries
// share: the country the rest of the posting points to ("Broome, WA" in a
// posting that pays "+ super" elsewhere), asked only when needed.
func LookupPlaceHinted(c *content.Catalog, location string, hint func() string) Place {
	lookups.Add(1)
	ix := indexPlaces(c)
	parts := strings.FieldsFunc(sentencesCut(location), func(r rune) bool { return strings.ContainsRune(",;/()·|\n", r) })
	readings := make([][]placeCandidate, len(parts))
	for i, part := range parts {
		readings[i] = ix.read(part)
	}
	var p Place
	for i := len(readings) - 1; i >= 0 && !p.Known(); i-- {
		if pc, ok := pick(i, readings, func() string {
			if code := CountryClue(c, location); code != "" || hint == nil {
				return code
			}
			return hint()
		}); ok {
			p = Place{Country: pc.country, Union: pc.union}
		}
	}
	if !p.Known() {
		return p
	}
	// Fill in the region and city from the parts that agree with the country.
	for i := len(readings) - 1; i >= 0; i-- {
		for _, pc := range readings[i] {
			if pc.country != p.Country || pc.union != p.Union {
				continue
			}
			if p.Region == "" && pc.region != "" {
				p.Region = pc.region
			}
			if p.City == "" && pc.city != "" && (p.Region == "" || pc.region == "" || pc.region == p.Region) {
				p.City = pc.city
			}
		}
	}
	return p
}

// sentencesCut ends a part of a location where a sentence ends ("Summerside,
// PEI. Full-time, permanent."), except after the short words of a place's
// name ("St. John's", "Mt. Maunganui").
func sentencesCut(s string) string {
	if !strings.Contains(s, ". ") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, ". ")
		if i < 0 {
			b.WriteString(s)
			return b.String()
		}
		word := s[strings.LastIndexAny(s[:i], " ,;(")+1 : i]
		b.WriteString(s[:i+1])
		switch strings.ToLower(word) {
		case "st", "ste", "mt", "ft", "pt", "n", "s", "e", "w", "co":
			b.WriteByte(' ')
		default:
			b.WriteByte('|')
		}
		s = s[i+2:]
	}
}

// pick chooses one reading of part i: the one whose country another part of
// the location also names, else the one of the country the location's
// words point to (clue), else the first.
func pick(i int, all [][]placeCandidate, clue func() string) (placeCandidate, bool) {
	own := all[i]
	if len(own) == 0 {
		return placeCandidate{}, false
	}
	for _, pc := range own {
		for j, other := range all {
			for _, o := range other {
				if j != i && o.country == pc.country && o.union == pc.union {
					return pc, true
				}
			}
		}
	}
	if len(own) > 1 && own[1].country != own[0].country {
		// "Manjimup, WA · … + super": Western Australia, not Washington.
		if code := clue(); code != "" {
			for _, pc := range own {
				if pc.country == code {
					return pc, true
				}
			}
		}
	}
	return own[0], true
}

// postcodeAfter is a postcode after a region's code: a US ZIP, an
// Australian postcode, a Canadian postal code.
var postcodeAfter = Regexp{Expr: `\s+(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z]\s?\d[A-Z]\d)$`}

// read returns the readings of one part of a location: a state or province
// code when the part is only that code, else every known name in it, longest
// names first and without overlaps.
func (ix *placeIndex) read(part string) []placeCandidate {
	trimmed := strings.TrimSpace(part)
	if m := postcodeAfter.Get().FindStringIndex(trimmed); m != nil && m[0] > 0 {
		trimmed = trimmed[:m[0]] // "MD 21921", "QLD 4870", "ON K1A 0B1": the region
		part = trimmed
	}
	if code := strings.TrimSuffix(trimmed, "."); len(code) >= 2 && len(code) <= 3 && strings.ToUpper(code) == code {
		// "UK", "USA" and "UAE" are countries first; then state and province
		// codes ("CA" is California in "San Jose, CA"); then country codes.
		out := append([]placeCandidate(nil), ix.names[strings.ToLower(code)]...)
		out = append(out, ix.codes[code]...)
		out = append(out, ix.countryCodes[code]...)
		if len(out) > 0 {
			return out
		}
	}
	words := placeWords(part)
	var out []placeCandidate
	for i := 0; i < len(words); {
		matched := ix.nameAt(words, i)
		// "Little Italy", "Little Saigon": a neighbourhood named after a
		// country, not the country.
		if matched > 0 && (i == 0 || words[i-1] != "little") {
			out = append(out, ix.names[strings.Join(words[i:i+matched], " ")]...)
		}
		i += max(matched, 1)
	}
	return out
}

// Country returns the catalog entry of an ISO country code.
func Country(c *content.Catalog, code string) (content.Country, bool) {
	for _, co := range c.Places.Countries {
		if co.Code == code {
			return co, true
		}
	}
	return content.Country{}, false
}

// PlaceName writes a country or union as running text, with "the" where
// English puts it ("the United States").
func PlaceName(c *content.Catalog, p Place) string {
	if p.Union != "" {
		for _, u := range c.Places.Unions {
			if u.Code == p.Union {
				return theName(u.The, u.Name)
			}
		}
	}
	if co, ok := Country(c, p.Country); ok {
		return theName(co.The, co.Name)
	}
	return ""
}

func theName(the bool, name string) string {
	if the {
		return "the " + name
	}
	return name
}

// WholePlaceName reads text that is nothing but the name of a country or a
// union ("US", "the United Kingdom"), as a hiring region often is.
func WholePlaceName(c *content.Catalog, text string) (Place, bool) {
	ix := indexPlaces(c)
	key := strings.TrimPrefix(strings.Join(placeWords(text), " "), "the ")
	for _, pc := range append(ix.names[key], ix.countryCodes[strings.TrimSpace(text)]...) {
		if pc.region == "" && pc.city == "" {
			return Place{Country: pc.country, Union: pc.union}, true
		}
	}
	return Place{}, false
}

// ForgetPlaceIndexes drops every place index built so far, so that a
// benchmark can time a process's first lookup again.
func ForgetPlaceIndexes() {
	placeMu.Lock()
	clear(placeIndexes)
	placeMu.Unlock()
}

// lookups counts the locations looked up in this process.
var lookups atomic.Int64

// PlaceLookups is how many locations this process has looked up, so that a
// test can hold a writer to the place its posting read once.
func PlaceLookups() int64 { return lookups.Load() }

// OnlyPlace reports whether text names a place and nothing else but the
// words around a place ("Leeds", "Greater Manchester or remote", "North
// West England", "Rocklea, Brisbane QLD"): a title's "– UK & Irish Retail"
// names a market that has a country in it, not where the job is. A part
// with no name in it, before the parts that name the place, is a suburb or
// a street amjd's table does not hold.
func OnlyPlace(c *content.Catalog, text string) bool {
	if !LookupPlace(c, text).Known() {
		return false
	}
	ix := indexPlaces(c)
	for _, part := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(",;/()·|", r) }) {
		if len(ix.read(part)) > 0 && len(strings.Fields(part)) == 1 {
			continue // a code or a one-word name
		}
		words, named, others := placeWords(part), false, 0
		for i := 0; i < len(words); {
			n := ix.nameAt(words, i)
			switch {
			case n > 0 || len(ix.codes[strings.ToUpper(words[i])]) > 0:
				named = true
			case legalForm(words[i]):
				return false // "Harrow & Pike Ltd, Leeds": a company, then its town
			case !placeFiller(words[i]):
				others++
			}
			i += max(n, 1)
		}
		if named && others > 0 {
			return false
		}
	}
	return true
}

// nameAt is how many words from words[i] make a place's name, or 0.
func (ix *placeIndex) nameAt(words []string, i int) int {
	for n := min(ix.longest, len(words)-i); n > 0; n-- {
		if _, ok := ix.names[strings.Join(words[i:i+n], " ")]; ok {
			return n
		}
	}
	return 0
}

// legalForm is a company's legal form, which no place's name has.
func legalForm(w string) bool {
	switch w {
	case "ltd", "limited", "inc", "llc", "plc", "pty", "gmbh", "corp", "llp":
		return true
	}
	return false
}

// placeFiller is a word said around a place's name.
func placeFiller(w string) bool {
	switch w {
	case "and", "or", "the", "of", "area", "region", "based", "greater", "metro", "north", "south", "east", "west",
		"central", "northern", "southern", "eastern", "western", "remote", "hybrid", "office", "county", "co", "city", "in", "near":
		return true
	}
	return false
}
