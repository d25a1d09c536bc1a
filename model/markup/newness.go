package markup

import (
	"strings"

	"amjd/model/base"
)

// People who are not customers yet are told in many shapes that no word list
// holds: "firms with no first-aid contract yet", "breweries that weren't
// leasing from us before", "co-ops that still use other contractors",
// "growers who currently buy from another supplier", "15 more local employers
// on house accounts". Each pattern below is one shape.
var (
	// notYet: a denial that reaches "yet" or "before" within a clause, and
	// names a tie to the business on the way ("no … contract yet", "weren't …
	// from us before").
	notYet = base.Regexp{Expr: `(?i)(?:\b(?:no|not|never|without)\b|n't\b)[^.;:!?]{0,60}?\b(?:yet|before|so far|until now|previously)\b`}
	// neverBought is people who have never bought the kind of thing the
	// company sells: "shops that have never stocked bog oak", "retailers
	// that have not previously purchased from the Company".
	neverBought = base.Regexp{Expr: `(?i)\b(?:(?:have|has|had)\s+(?:never|not\s+(?:previously|yet|before|ever))|(?:haven|hasn|hadn)['’]t\s+(?:previously|yet|before|ever))\s+(?:\w+\s+)?(?:stocked|bought|purchased|ordered|carried|sold|listed|tried|served|poured|hosted|specified|installed|booked|hired|rented|leased|used|heard of us|dealt with us|traded with us)\b`}
	// elsesBrand is a rival's product in use: "pour somebody else's root
	// beer".
	elsesBrand = base.Regexp{Expr: `(?i)\b(?:pour|pours|pouring|stock|stocks|stocking|sell|sells|selling|carry|carries|carrying|use|uses|using|buy|buys|buying|serve|serves|serving)\s+(?:somebody|someone) else['’]s\b`}
	// tieToUs is what notYet must name between its ends.
	tieToUs = base.Regexp{Expr: `(?i)\b(?:us|our|contracts?|accounts?|customers?|clients?|agreements?|deals?|supplier|supply|sold|stock|stocks|stocked|supplied|carry|carried|serve|served|stockists?|purchased|bought|ordered)\b`}
	// notNew makes notYet a current customer's lapse: "customers who haven't
	// renewed their contract yet", "accounts that haven't paid us yet".
	notNew = base.Regexp{Expr: `(?i)\b(?:renew\w*|paid|pay|payment|invoice\w*|repl\w*|respond\w*|onboard\w*|live|launch\w*|logged|used our (?:app|portal))\b`}
	// elsewhere: buying from someone else, now ("still use other
	// contractors", "currently buy from another roaster").
	elsewhere = base.Regexp{Expr: `(?i)\b(?:still|currently|presently|now|today)\s+(?:use|uses|using|buy|buys|buying|rent|rents|renting|lease|leases|leasing|hire|hires|hiring|order|orders|ordering|source|sources|sourcing|get|gets|getting|go|goes|going|send|sends|sending|run|runs|running)(?:\s+(?:[\w-]+\s+){0,5}?(?:from|through|with|to))?\s+(?:an?\s+|their\s+|the\s+)?(?:other|another|rival|competing|competitors?'?|different|someone|somebody|imported|overseas|foreign)\b(?:\s+[\w-]+)?`}
	// otherProvider: buying from a provider that is not us, without "still":
	// "growers who use other parts suppliers".
	otherProvider = base.Regexp{Expr: `(?i)\b(?:use|uses|using|buy from|buys from|buying from|rent from|rents from|lease from|leases from|order from|orders from|source from|sources from|carry|carries|stock|stocks|sell|sells)\s+(?:an?\s+|the\s+|their\s+)?(?:other|another|rival|competing)\s+(?:[\w-]+\s+){0,2}?(?:contractors?|suppliers?|vendors?|providers?|firms?|compan(?:y|ies)|brands?|carriers?|distributors?|wholesalers?|agenc(?:y|ies)|operators?|dealers?|installers?|brokers?|insurers?|labs?|printers?|roasters?|breweries|mills?|yards?|platforms?|services?|makers['’]?|manufacturers['’]?|producers['’]?|growers['’]?)`}
	// insteadOfUs: buying elsewhere told by what they skip: "buy off the
	// market floor instead of from us", "rather than through us".
	insteadOfUs = base.Regexp{Expr: `(?i)\b(?:instead of|rather than)\s+(?:from\s+|through\s+|with\s+|to\s+)?us\b|\b(?:stock|stocking|carry|carrying|sell|selling|use|using|buy|buying|order|ordering|switch to|try)\s+(?:from\s+)?(?:ours|us|our\s+[\w-]+(?:\s+[\w-]+)?)\s+instead\b|\b(?:first|initial|opening|trial)\s+(?:order|purchase|delivery|booking)\s+(?:with|from)\s+us\b`}
	// trialNotPaid: people who tried and never bought: "studios that
	// started a free trial and never subscribed".
	trialNotPaid = base.Regexp{Expr: `(?i)\btrials?\b[^.;:!?]{0,60}?\b(?:never|didn['’]t|did not|haven['’]t|have not|hasn['’]t|has not|not yet)\s+(?:\w+\s+)?(?:subscribed|signed|converted|bought|paid|upgraded|purchased|ordered|joined)\b`}
	// intoPaying: a count of people to turn into customers, a target by
	// itself: "turn at least five a month into paying studios".
	intoPaying = base.Regexp{Expr: `(?i)\b(?:turn|turns|turning|convert|converts|converting)\s+(?:[\w'-]+\s+){0,6}?into\s+(?:paying|new|regular|active)\s+[\w'-]+|\b(?:placing|place|to place|making|make|taking|take|to take)\s+(?:a|their|its)\s+first\s+(?:order|delivery|shipment)\b`}
	// notOurs: people told as not ours, with no "yet": "forecourts that
	// aren't on our books", "shops that are not customers".
	notOurs = base.Regexp{Expr: `(?i)(?:\bnot|n't)\s+(?:yet\s+)?(?:on our books|on our list|our customers|our clients|customers of ours|clients of ours|buying from us|stocking us|dealing with us|working with us)\b`}
	// ofThemSign: a count of them to win, which needs no verb to say someone
	// must go and get them: "get 15 of them to open an account", "see six
	// of them sign", "40 of them signed up".
	ofThemSign = base.Regexp{Expr: `(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|half)\s+of\s+them\s+(?:to\s+|will\s+)?(?:sign|signs|signed|signing|open|opening|switch|switched|switching|move|moving|join|joining|come on board|on board|on (?:a |an )?(?:standing order|contract|account|our books)|on as (?:customers|clients|accounts|stockists|dealers)|into (?:stockists|customers|clients|accounts|dealers|resellers|placing|ordering|buying|stocking|switching|trying|opening)|(?:pouring|using|stocking|selling|carrying|buying|ordering|serving|listing)\s+(?:ours|our\s+\w+))\b`}
	// ontoOurBooks: new customers brought onto the books, a target by itself:
	// "bring at least 30 new ranches onto our books by fall".
	ontoOurBooks = base.Regexp{Expr: `(?i)\b(?:onto|on to|into)\s+our\s+(?:books|customer list|client list)\b`}
	// startBuying: people who are to start buying, which a verb of reaching
	// out makes a hunt ("kitchens that start buying from us after you walk
	// in their back door"); "new clients who start buying from us get a
	// welcome call" is not one.
	startBuying = base.Regexp{Expr: `(?i)\b(?:start|starts|begin|begins)\s+(?:buying|ordering|stocking|using)\s+(?:from|with)\s+us\b`}
	// moreOn: a count of new customers to win, which needs no verb to say
	// someone must go and get them.
	moreOn = base.Regexp{Expr: `(?i)\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty|a dozen|a few)\s+more\s+(?:[\w'-]+\s+){0,4}?(?:on|onto|signed (?:up|on)|as)\s+(?:[\w'-]+\s+){0,2}?(?:accounts?|contracts?|board|books|customers|clients|plans?|subscriptions?)\b`}
)

// ourSide is a count of more people on our side, not customers: "two more
// people on the accounts team".
var ourSide = base.Regexp{Expr: `(?i)^\S+\s+more\s+(?:[\w'-]+\s+){0,4}?(?:people|staff|hires|colleagues|reps|heads|engineers|drivers|technicians)\b|^[^.;:!?]*?\b(?:accounts?|contracts?|board|books|customers|clients|plans?|subscriptions?)\s+(?:team|desk|department|staff|side|office)\b`}

// NewTie is one place where a text speaks of people who are not customers yet.
type NewTie struct {
	At, End int
	// Kind names the shape, so that a reader can count tries per shape.
	Kind string
	// Target: the text already sets a count of them to win ("15 more
	// employers on house accounts"), so no verb of reaching out is needed.
	Target bool
}

// NotOursYet finds the first place of each shape in text where it speaks of
// people who are not customers yet; lower is the text in small letters
// (its spaces may be collapsed), read only to skip shapes it cannot hold.
func NotOursYet(text, lower string) []NewTie {
	var out []NewTie
	if strings.Contains(lower, "yet") || strings.Contains(lower, "before") || strings.Contains(lower, "so far") || strings.Contains(lower, "until now") || strings.Contains(lower, "previously") {
		for _, m := range notYet.Get().FindAllStringIndex(text, -1) {
			span := text[m[0]:m[1]]
			if tieToUs.Get().MatchString(span) && !notNew.Get().MatchString(span) {
				out = append(out, NewTie{At: m[0], End: m[1], Kind: "not yet"})
				break
			}
		}
	}
	if strings.Contains(lower, "still ") || strings.Contains(lower, "currently ") || strings.Contains(lower, "presently ") || strings.Contains(lower, "now ") || strings.Contains(lower, "today ") {
		if m := elsewhere.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "elsewhere"})
		}
	}
	out = append(out, neverOrElsewhere(text, lower)...)
	if strings.Contains(lower, "other ") || strings.Contains(lower, "rival ") || strings.Contains(lower, "competing ") {
		if m := otherProvider.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "other provider"})
		}
	}
	if strings.Contains(lower, "not ") || strings.Contains(lower, "n't ") {
		if m := notOurs.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "not ours"})
		}
	}
	if strings.Contains(lower, " our ") {
		if m := ontoOurBooks.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "onto our books", Target: true})
		}
	}
	if strings.Contains(lower, " us") {
		if m := startBuying.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "start buying"})
		}
	}
	if strings.Contains(lower, " us") || strings.Contains(lower, " ours") || strings.Contains(lower, " our ") && strings.Contains(lower, "instead") {
		if m := insteadOfUs.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "instead of us"})
		}
	}
	out = append(out, triedOrTurned(text, lower)...)
	if strings.Contains(lower, " of them") {
		if m := ofThemSign.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "of them", Target: true})
		}
	}
	if strings.Contains(lower, " more ") {
		if m := moreOn.Get().FindStringIndex(text); m != nil && !ourSide.Get().MatchString(text[m[0]:]) {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "more on", Target: true})
		}
	}
	return out
}

// neverOrElsewhere finds people who have never bought the kind of thing
// the company sells, or who buy a rival's.
func neverOrElsewhere(text, lower string) []NewTie {
	var out []NewTie
	if strings.Contains(lower, "never ") || strings.Contains(lower, "previously ") || strings.Contains(lower, " yet ") || strings.Contains(lower, " ever ") {
		if m := neverBought.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "never bought"})
		}
	}
	if strings.Contains(lower, " else") {
		if m := elsesBrand.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "other provider"})
		}
	}
	return out
}

// triedOrTurned finds people who tried and never bought, and a count of
// people to turn into customers.
func triedOrTurned(text, lower string) []NewTie {
	var out []NewTie
	if strings.Contains(lower, "trial") {
		if m := trialNotPaid.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "trial not paid"})
		}
	}
	if strings.Contains(lower, "into ") || strings.Contains(lower, "first order") {
		if m := intoPaying.Get().FindStringIndex(text); m != nil {
			out = append(out, NewTie{At: m[0], End: m[1], Kind: "into paying", Target: true})
		}
	}
	return out
}
