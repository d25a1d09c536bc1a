package importer

import (
	"strings"

	"amjd/model/base"
	"amjd/model/checker"
)

// The kinds of client a book holds, as recruiters describe them: "small
// and mid-sized shipper accounts", "our 140 stockists – gift shops and
// garden centres", "85 independent practices, most with one to three
// clinics". A book whose clients are none of the catalog's kinds (farms,
// schools, contractors) holds "other" clients.
var (
	// sizeOfEach is a client's own size: "with one or two stores", "with
	// fewer than 20 staff" (a small business, though it has stores).
	sizeOfEach  = base.Regexp{Expr: `(?i)\bwith (?:just |only )?(?:one|a single|1)(?: (?:or|to) (?:two|three|four|five|2|3|4|5))? (?:stores?|shops?|branch(?:es)?|clinics?|locations?|sites?|outlets?|vets?|trucks?|vans?)\b|\b(?:fewer|less) than (?:\d+|ten|twenty|fifty) (?:staff|employees|people)\b`}
	clientKinds = []struct {
		id string
		re *base.Regexp
	}{
		{"small_business", &base.Regexp{Expr: `(?i)\bsmall\b|\bsm[be]s?\b|\bsole traders?\b|\bowner-operat\w+|\bindependent (?:cafés?|cafes?|pharmacies|practices|clinics|operators|restaurants|garages|salons|firms|businesses)\b|\bindependents\b`}},
		{"mid_market", &base.Regexp{Expr: `(?i)\bmid(?:dle)?[- ]?(?:market|sized?|size)\b|\bmedium(?:-sized)?\b`}},
		{"enterprise", &base.Regexp{Expr: `(?i)\benterprises?\b|\bfortune (?:500|1000)\b|\bftse\b|\basx ?\d+\b|\bmultinationals?\b|\blarge corporate\b`}},
		{"agency_clients", &base.Regexp{Expr: `(?i)\bbrand clients\b|\bretained clients\b`}},
		{"retail_partners", &base.Regexp{Expr: `(?i)\bretail(?:ers?|\s+[\p{L}-]+s)\b|\b(?:stockists|resellers|supermarkets?|grocers?|boutiques|garden cent(?:re|er)s?|department stores?|warehouse clubs?|co-ops)\b|\bgrocery\b|\b(?:shops|stores|dealers|dealerships|merchants?|jewell?ers|discounters?|newsagents|chemists|butchers|florists|bookshops|off-licences)\b|\b(?:shop|store|dealer|stockist|reseller) (?:accounts|customers|partners|network)\b`}},
	}
)

// bookSentence is the sentence that gave the book, the sentences after it
// and its line.
type bookSentence struct {
	s    string
	next []string
	l    checker.TextLine
}

// accountTypes reads the kinds of client from the book's sentence and the
// one or two after it that describe them ("Between them they send us …
// Most are small independents …").
func (im *importer) accountTypes(b bookSentence) {
	s, text := b.s, b.s
	for _, n := range b.next[:min(len(b.next), 2)] {
		if !describesThem.Get().MatchString(n) {
			break
		}
		text += " " + n
	}
	text = sizeOfEach.Get().ReplaceAllStringFunc(text, func(string) string { return " small " })
	text = notResellers.Get().ReplaceAllStringFunc(text, func(string) string { return " " })
	text = notSmallClients.Get().ReplaceAllStringFunc(text, func(string) string { return " " })
	for _, k := range clientKinds {
		if k.id == "agency_clients" && im.a.Industry != "agency" && !strings.Contains(strings.ToLower(text), "brand clients") {
			continue
		}
		if k.id == "retail_partners" {
			if resellers(k.re.Get(), notResellers.Get().ReplaceAllString(sizeOfEach.Get().ReplaceAllString(s, " small "), " ")) {
				im.a.AccountTypes = appendNew(im.a.AccountTypes, k.id)
			}
			continue
		}
		if k.re.Get().MatchString(text) {
			im.a.AccountTypes = appendNew(im.a.AccountTypes, k.id)
		}
	}
	if len(im.a.AccountTypes) == 0 {
		im.a.AccountTypes = []string{"other"}
	}
	sortIDs(im.c, im.a.AccountTypes)
	im.note("account_types", strings.Join(im.a.AccountTypes, ", "), b.l.Line, text)
}

// notResellers are shops and dealers that buy for their own use: "machine
// shops", "car dealers".
var notResellers = base.Regexp{Expr: `(?i)\b(?:machine|body|repair|print|coffee|auto|tyre|tire|paint|panel|job|sweat|car|vehicle|motor|auto|truck|boat|equipment|real estate|multi-site) (?:shops|stores|dealers|dealerships|retail)\b`}

// notSmallClients is small work, not small clients: "small projects".
var notSmallClients = base.Regexp{Expr: `(?i)\bsmall (?:projects?|jobs?|orders?|parts?|changes?|team|number|amounts?|print|runs?|batch\w*|works?)\b`}

// describesThem opens a sentence about the clients just counted.
var describesThem = base.Regexp{Expr: `(?i)^(?:most|mostly|many|nearly all|almost all|all|some|they|these|the majority|a handful|about half|around half|between them)\b`}

// listItems splits a list of clients into its items.
var (
	listItems = base.Regexp{Expr: `[,;]|\band\b|\bplus\b`}
	listOpen  = base.Regexp{Expr: `^\s*(?:[–—]|--?|:|\(|,\s*(?:most|mostly|many|nearly all|almost all|all|chiefly|mainly)(?:\s+of\s+them)?)\s*`}
	listClose = base.Regexp{Expr: `[–—)]|\s--?\s|\b(?:who|which|that|worth|together|between|in|across|around|from|throughout)\b`}
)

// resellers says the clients counted are shops that resell: the counted
// words say so ("320 independent shops", "our six largest retail
// accounts"), or at least half the list that names them does ("220
// accounts – retail florists and grocery-store floral departments"), not
// "two NHS trusts, a university and a national retailer".
func resellers(re *base.Pattern, s string) bool {
	var loc []int
	for _, m := range anyCount().FindAllStringSubmatchIndex(s, -1) {
		if !notClients(strings.ToLower(s[m[4]:m[5]])) {
			loc = m[:2]
			break
		}
	}
	if loc == nil {
		return false
	}
	if re.MatchString(s[loc[0]:loc[1]]) {
		return true
	}
	rest := s[loc[1]:]
	open := listOpen.Get().FindStringIndex(rest)
	if open == nil {
		return false
	}
	list := rest[open[1]:]
	if end := listClose.Get().FindStringIndex(list); end != nil {
		list = list[:end[0]]
	}
	n, r := 0, 0
	for _, item := range listItems.Get().Split(list, -1) {
		if strings.TrimSpace(item) == "" {
			continue
		}
		n++
		if re.MatchString(item) {
			r++
		}
	}
	return r > 0 && 2*r >= n
}
