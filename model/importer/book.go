package importer

import (
	"amjd/model/base"
	"math"
	"slices"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/checker"
)

var (
	bookCount = base.LazyRegexp(`(?i)\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\+?\s+(?:[\p{L}-]+\s+){0,5}?(?:accounts|clients|customers|partners|brands|retailers|stores|groups|companies|businesses|firms|practices|clinics|hotels|restaurants|schools|hospitals|dealers|distributors|shippers|fleets|venues|sites|organi[sz]ations|advertisers|institutions|operators|members|merchants|households|policyholders)\b`)
	bookMoney = base.LazyRegexp(`(?i)(CA\$|A\$|AU\$|NZ\$|US\$|[$£€])\s?(\d[\d,.]*\s?(?:k|m|mm|bn|million|billion)?)\b`)
	weOnly    = base.LazyRegexp(`(?i)\b(we|we['’]re|we['’]ve|our|us)\b`)
	roleNoun  = base.LazyRegexp(`(?i)\b(role|portfolio|book|account manager|accounts manager|key account manager|the successful|this person|the person)\b`)
	roleWord  = base.LazyRegexp(`(?i)\b(you|your|you['’]ll|role|portfolio|book|look after|manage|own|take over|inherit|account manager|accounts manager)\b`)
	payish    = base.LazyRegexp(`(?i)\b(salary|bonus|commission|ote|budget|per hour|your pay|pay and benefits)\b|\bpay (?:range|band|rate|scale|is|of)\b`)
)

// book reads the book of business from a sentence about the role: how many
// accounts, and their revenue. A sentence about the company alone ("We
// serve 1,100 clinic groups") is its size, not the book.
func (im *importer) book() {
	// A sentence told to the reader ("You'll look after about 140 swim
	// schools") is the book before one that is not ("Around 420 swim
	// schools run on Splashbook"), wherever each stands.
	for _, toReader := range []bool{true, false} {
		if im.bookFrom(toReader) {
			return
		}
	}
}

// bookFrom reads the book from the first sentence that counts clients,
// among those told to the reader or among all.
func (im *importer) bookFrom(toReader bool) bool {
	for _, l := range im.d.lines(checker.RoleIntro, checker.RoleDuties, checker.RoleOther, checker.RoleSuccess) {
		ss := sentences(l.Text)
		for i, s := range ss {
			// "… and we manage around 4,000 moves a year": the company's
			// verb, no reader and no role in it.
			ours := weOnly().MatchString(s) && (!roleWord().MatchString(s) || !youWord().MatchString(s) && !roleNoun().MatchString(s))
			if ours || payish().MatchString(s) || im.aboutCompany(s) || toReader && !youWord().MatchString(s) && !roleNoun().MatchString(s) {
				continue
			}
			n := bookCountIn(s)
			if n < 1 || n > 100000 {
				continue
			}
			im.a.Book.Accounts = n
			// The revenue in the same sentence, or the next: "Between them
			// these accounts spend around £3.2 million a year".
			im.bookRevenue(s)
			if next := i + 1; im.a.Book.Revenue == 0 && next < len(ss) && refersBack().MatchString(ss[next]) && !payish().MatchString(ss[next]) && !im.aboutCompany(ss[next]) {
				im.bookRevenue(ss[next])
			}
			im.clients = &bookSentence{s, ss[i+1:], l}
			return true
		}
	}
	return false
}

// bookCountIn is the count of clients a sentence gives, or 0: a count
// before a word for clients ("45 restaurant accounts"), not "one of three
// accounts managers"; else, after the words that give the role its
// clients, a count before any plural ("look after the orders of around 400
// independent hair salons"), not of people, time or things.
func bookCountIn(s string) int {
	if m := twoGroups.Get().FindStringSubmatch(s); m != nil && together.Get().MatchString(s) {
		// "about 140 merchant branches and 60 insulation installers, who
		// together buy …": the book is both.
		if a, b := countWord(m[1]), countWord(m[2]); a > 0 && b > 0 {
			return a + b
		}
	}
	for _, m := range bookCount().FindAllStringSubmatchIndex(s, -1) {
		if strings.HasPrefix(strings.ToLower(s[m[1]:]), " manager") {
			continue // "one of three accounts managers"
		}
		return countWord(s[m[2]:m[3]])
	}
	at := lookedAfter().FindStringIndex(s)
	if at == nil {
		return 0
	}
	for _, m := range anyCount().FindAllStringSubmatch(s[at[1]:], -1) {
		if !notClients(strings.ToLower(m[2])) {
			return countWord(m[1])
		}
	}
	return 0
}

var (
	// twoGroups is two counts of clients joined by "and": "140 merchant
	// branches and 60 insulation installers".
	twoGroups = base.Regexp{Expr: `(?i)\b(\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+s\s+(?:and|plus|&)\s+(?:about\s+|around\s+|some\s+)?(\d[\d,]*)\s+(?:[\p{L}-]+\s+){0,3}?[\p{L}-]+s\b`}
	// together says the counts before it make one book.
	together = base.Regexp{Expr: `(?i)\b(?:together|between them|combined|in all|in total)\b`}
	// lookedAfter is a sentence that gives the role its clients.
	lookedAfter = base.LazyRegexp(`(?i)\b(?:look(?:s|ing)? after|manag(?:e|es|ing)|portfolio of|book of|accounts of|responsible for)\b`)
	// anyCount is a count before a plural: "around 400 independent hair
	// salons", "45 of our largest grain farms", "seven tier 1 and tier 2
	// builders".
	anyCount = base.LazyRegexp(`(?i)\b(\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty)\+?\s+(?:[\p{L}\d-]+\s+){0,5}?([\p{L}-]*[a-z]s)\b`)
)

// notClients is a plural that counts no clients (people, time, things),
// or a word that only ends as one does.
func notClients(noun string) bool {
	switch noun {
	case "years", "months", "weeks", "days", "hours", "minutes", "people", "staff", "employees", "colleagues", "reps",
		"representatives", "managers", "members", "engineers", "drivers", "vans", "trucks", "branches", "offices", "products",
		"lines", "skus", "calls", "visits", "meetings", "countries", "states", "regions", "languages", "times", "percent", "points",
		"acres", "hectares", "tonnes", "tons", "litres", "liters", "kilometres", "miles", "dollars", "euros", "pounds",
		// and words that end in "s" but count nothing
		"across", "always", "perhaps", "its", "this", "has", "was", "is", "us", "plus", "less", "unless", "towards", "sometimes":
		return true
	}
	return false
}

func (im *importer) bookRevenue(s string) {
	for _, r := range bookMoney().FindAllStringSubmatchIndex(s, -1) {
		before, after := s[max(r[0]-40, 0):r[0]], s[r[1]:]
		if clientSize().MatchString(before) || notRevenue().MatchString(after) || balancesBefore().MatchString(s[max(r[0]-80, 0):r[0]]) {
			continue // the clients' own size, or money that is not revenue
		}
		amount := strings.NewReplacer(" million", "m", "million", "m", " billion", "bn", "billion", "bn").Replace(strings.ToLower(s[r[4]:r[5]]))
		if v, ok := answers.ReadAmount(amount); ok && v >= 1000 {
			im.a.Book.Revenue = int64(math.Round(v)) // "£4.1 million" is 4,100,000, not 4,099,999
			return
		}
	}
}

var (
	// refersBack is a sentence about the accounts just counted: "Between
	// them these accounts spend around £3.2 million a year".
	refersBack = base.LazyRegexp(`(?i)\b(these|between them|together|combined|they|which|this book|the book|your book|your portfolio)\b`)
	// notRevenue follows an amount that is no revenue: deposits, assets.
	notRevenue = base.LazyRegexp(`(?i)^\s*(?:in |of )?(?:annual |yearly )?(?:operating )?(?:deposits|assets|loans|lending|under management|aum|premiums?)\b|^\s*and \S+ (?:million|billion)`)
	// balancesBefore is money the clients hold, not spend: "Their loans and
	// deposits with us come to about $180 million".
	balancesBefore = base.LazyRegexp(`(?i)\b(deposits|loans|assets|balances|under management|aum)\b[^,;.]*$`)
	// clientSize is the clients' own size before an amount: "with a
	// turnover of up to £2 million", "annual revenues between".
	clientSize = base.LazyRegexp(`(?i)(turnover|revenues? (?:of|between)|revenues|sized|between)\s+(?:of\s+)?(?:up to\s+|about\s+|around\s+|over\s+)?\S*$|\bbetween\s+\S+(?:\s+\S+)?\s+and\s+$`)
)

// aboutCompany reports whether a sentence is about the company: it opens
// with its name or as a company's description does.
func (im *importer) aboutCompany(s string) bool {
	if im.a.Company != "" && strings.HasPrefix(s, im.a.Company) {
		return true
	}
	m := companyLead().FindStringSubmatch(s)
	return m != nil && !jobWords().MatchString(m[1]) && !notAName(strings.Fields(m[1])[0])
}

// notAName opens a sentence whose subject is no company's name.
func notAName(w string) bool {
	switch w {
	case "We", "You", "Your", "Our", "The", "This", "These", "That", "It", "Its", "In", "As", "At", "Their", "Each", "Every",
		"All", "Most", "Both", "Some", "Many", "They", "He", "She", "If", "When", "Once", "A", "An", "My", "I", "His", "Her", "Home", "Menu":
		return true
	}
	return false
}

// sortIDs puts account types in the catalog's order.
func sortIDs(c *content.Catalog, ids []string) {
	order := map[string]int{}
	for i, t := range c.AccountTypes {
		order[t.ID] = i
	}
	slices.SortFunc(ids, func(a, b string) int { return order[a] - order[b] })
}
