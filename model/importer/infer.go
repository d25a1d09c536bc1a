package importer

import (
	"amjd/model/base"
	"strings"

	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/markup"
)

var (
	financeDuty = base.LazyRegexp(`(?i)\b(month-end close|general ledger|reconcil\w*|accruals?|journals?|gaap|ifrs|financial statements|accounts payable|accounts receivable|audit)\b`)
	// industryCues name each catalog industry in a company's description.
	industryCues = []struct {
		id string
		re func() *base.Pattern
	}{
		// An agency of another trade is no marketing agency: its trade is
		// outside the catalog, and the industry is left to the user.
		{"-", base.LazyRegexp(`(?i)\b(staffing|recruitment|recruiting|employment|travel|insurance|real estate|temp|nursing|talent) agenc(?:y|ies)\b`)},
		{"it_services", base.LazyRegexp(`(?i)\b(managed (it )?services?|it services|msp|it support|cloud services provider|network services)\b`)},
		{"software", base.LazyRegexp(`(?i)\b(software|saas|platform|app|cloud)\b`)},
		{"agency", base.LazyRegexp(`(?i)\b((?:creative|marketing|digital|advertising|media|design|pr|branding|brand|content|social|full-service|integrated)(?:\s+(?:and|&)\s+[\w-]+)?\s+agency|creative studio|marketing studio|media buying)\b`)},
		{"banking", base.LazyRegexp(`(?i)\b(bank|banking|credit union|lender|lending)\b`)},
		{"hospitality", base.LazyRegexp(`(?i)\b(hotels?|hospitality|resorts?|venues?|restaurants?|catering|tour operator)\b`)},
		{"manufacturing", base.LazyRegexp(`(?i)\b(manufactur\w*|factory|factories|fabricat\w*|machining)\b`)},
		{"wholesale", base.LazyRegexp(`(?i)\b(wholesale\w*|distribut\w*|distributor)\b`)},
	}
	newBusiness  = base.LazyRegexp(`(?i)\b(new[- ]business (target|quota|goal)s?|win(ning)? new (clients|customers|accounts|business)|new (clients|customers|accounts) (won|signed)|prospect\w*|hunting|cold call\w*|partly a sales role)\b`)
	othersSell   = base.LazyRegexp(`(?i)\b(separate|our|a) (new[- ]business|sales|business development) (team|reps|colleagues)\b|\bare won by\b|\bnew logos are\b`)
	renewalWords = base.LazyRegexp(`(?i)\brenew\w*`)
	growthWords  = base.LazyRegexp(`(?i)\b(upsell\w*|cross-sell\w*|expansion|expand\w*|grow(th)?)\b`)
)

// noSales says the role sells nothing new: "a service role with no sales
// targets", "not a sales role".
var noSales = base.LazyRegexp(`(?i)\bno (?:sales|new[- ]business) (?:targets?|quotas?)\b|\bnot a sales role\b|\ba (?:true |pure )?service role\b|\bno cold[- ]calling\b`)

func (im *importer) serviceOnly(ls []checker.TextLine) (checker.TextLine, bool) {
	for _, l := range ls {
		if noSales().MatchString(l.Text) {
			return l, true
		}
	}
	return checker.TextLine{}, false
}

// denied is a negation just before a phrase: "no cold calling".
// othersWin is a sentence whose new business is colleagues' work: "our two
// territory managers visit customers and win new business".
var othersWin = base.LazyRegexp(`(?i)^\W*(?:[^.]*[:;,]\s+)?our\s+(?:\w+\s+){0,3}(?:managers|reps|representatives|salespeople|sellers|team|colleagues|founder|owner)\b`)

// sentenceAt is the sentence of text that holds position at.
func sentenceAt(text string, at int) string {
	start := strings.LastIndex(text[:at], ". ") + 1
	end := strings.Index(text[at:], ". ")
	if end < 0 {
		return text[start:]
	}
	return text[start : at+end+1]
}

var denied = base.LazyRegexp(`(?i)\b(no|not|never|without|isn['’]t|aren['’]t)\b[^.]*$`)

// infer fills what the text implies but does not write as a field: the
// variant, the industry and the commercial mix, each noted with its line.
func (im *importer) infer() {
	im.variant()
	im.industry()
	im.mix()
	switch {
	case im.a.Variant == "accounting_manager":
		// A finance role keeps no book of clients: "three staff in
		// accounts payable" counts its team.
		im.a.Book, im.a.AccountTypes = answers.Book{}, nil
	case im.clients != nil:
		im.accountTypes(*im.clients)
	}
}

func (im *importer) variant() {
	t := strings.ToLower(im.a.Title + " " + im.d.Title)
	id := "account_manager"
	switch {
	case strings.Contains(t, "accounting manager") || strings.Contains(t, "accounting") && len(financeDuty().FindAllString(strings.Join(texts(im.d.all()), " "), 3)) >= 2:
		id = "accounting_manager"
	case strings.Contains(t, "key account"), strings.Contains(t, "strategic account"), strings.Contains(t, "national account"), strings.Contains(t, "global account"):
		id = "key_account_manager"
	case strings.Contains(t, "junior"), strings.Contains(t, "associate account"), strings.Contains(t, "graduate"), strings.Contains(t, "trainee"):
		id = "junior_account_manager"
	case strings.Contains(t, "senior"), strings.Contains(t, "sr."), strings.Contains(t, "lead account"):
		id = "senior_account_manager"
	case strings.Contains(t, "accounts manager"):
		id = "accounts_manager"
	}
	im.a.Variant = id
	line, text := im.d.TitleLine, im.d.Title
	if im.a.Title != "" && !strings.Contains(text, im.a.Title) {
		for _, l := range im.d.seq() { // the line the title was read from, past any page chrome
			if strings.Contains(l.Text, im.a.Title) {
				line, text = l.Line, l.Text
				break
			}
		}
	}
	im.note("variant", id, line, text)
}

// industry: the trade the company's definition names, or else the cue met
// first in the company's description, or in the text before the first
// heading; or else a definition of the company anywhere in the posting
// ("Willamette Workwear & Linen is a uniform and linen rental company"
// under "Overview").
func (im *importer) industry() {
	for _, roles := range [][]string{{checker.RoleAbout}, {checker.RoleIntro}} {
		for _, l := range im.d.lines(roles...) {
			if roles[0] == checker.RoleIntro && !im.aboutCompany(l.Text) {
				continue // before the headings, only the company's own description tells its trade
			}
			if done, stop := im.industryFrom(l); done || stop {
				return
			}
		}
	}
	for _, l := range im.d.seq() {
		for _, s := range sentences(l.Text) {
			if im.definesCompany(s) {
				if id, name, ok := im.tradeName(s); ok {
					im.setIndustry(id, name, l)
					return
				}
				if id := cueIn(headClause(s)); id != "" && id != "-" {
					im.setIndustry(id, "", l)
					return
				}
			}
		}
	}
	for _, l := range im.d.seq() {
		for _, s := range sentences(l.Text) {
			if im.tradeVerb(s) {
				// "Mangawhero Growers grows, washes and packs carrots": a
				// trade of its own, which the user names, unless it is
				// the catalog's ("makes box office software").
				id := cueIn(headClause(s))
				if id != "software" && id != "it_services" && id != "banking" {
					id = "other" // "makes hot sauces in our kitchen": a trade of its own, not the catalog's manufacturing
				}
				im.setIndustry(id, "", l)
				return
			}
		}
	}
}

// tradeVerbs are what a company does for a living: "makes", "has grown",
// "designs and sews", "templates, fabricates and installs".
var tradeVerbs = base.LazyRegexp(`^(?:has |have )?(?:been )?(?:[a-z-]+(?:,\s+|\s+and\s+)){0,3}(?:mak|made|build|built|grow|grew|run|ran|sell|sold|suppl|design|manufactur|produc|distribut|import|export|roast|brew|mill|process|pack|rent|hir|leas|repair|install|servic|publish|print|bak|blend|shap|knit|sew|operat|own|keep|kept|breed|bred|farm|fish|ship|haul|deliver|clean|train|teach|taught|host|insur|lend|develop|fabricat|forg|cast|weld|assembl|refin|recycl|collect|stor|treat|test|inspect|maintain|gin|churn|pour|press|crush|roll-form|compound|formulat)\w*\b`)

// tradeVerb reports a sentence in which the company, by name or as "we",
// says what it does for a living.
func (im *importer) tradeVerb(s string) bool {
	s = sinceWhen().ReplaceAllString(s, "")
	rest, ok := strings.CutPrefix(s, "We ")
	if !ok {
		if im.a.Company == "" || !strings.HasPrefix(s, im.a.Company+" ") {
			return false
		}
		rest = s[len(im.a.Company)+1:]
	}
	return tradeVerbs().MatchString(rest)
}

// cueIn is the catalog industry whose cue comes first in text, past any
// that names the company's clients; "-" for a trade import leaves to the
// user.
func cueIn(text string) string {
	best, at := "", len(text)
	for _, cue := range industryCues {
		if loc := cue.re().FindStringIndex(text); loc != nil && loc[0] < at && !clientsBefore.Get().MatchString(text[:loc[0]]) {
			best, at = cue.id, loc[0]
		}
	}
	return best
}

// headClause is a sentence up to its first colon: what the company is,
// before the list of what it offers ("… system: cataloguing, e-book
// lending, …").
func headClause(s string) string {
	if i := strings.IndexByte(s, ':'); i > 0 {
		return s[:i]
	}
	return s
}

// clientsBefore ends where the company's clients are named, not its
// trade: "signage for hotels", "supplying restaurants".
var clientsBefore = base.Regexp{Expr: `(?i)\b(?:for|to|serving|serves?|supplying|supplies|supply|into|across|with)\s+(?:[\p{L}'’-]+,?\s+){0,8}$`}

// definesCompany is a sentence whose subject is the company: "Kaimai
// Fuels Limited is …", "We are …", "We're …".
func (im *importer) definesCompany(s string) bool {
	if strings.HasPrefix(s, "We are ") || strings.HasPrefix(s, "We're ") || strings.HasPrefix(s, "We’re ") {
		return true
	}
	first := strings.Fields(im.a.Company)
	return len(first) > 0 && strings.HasPrefix(s, first[0]+" ") && definedAs().MatchString(s)
}

// industryFrom reads the industry from one line of the company's
// description; stop says the line names a trade outside the catalog that
// import leaves to the user.
func (im *importer) industryFrom(l checker.TextLine) (done, stop bool) {
	text := l.Text
	for _, s := range sentences(text) {
		if id, name, ok := im.tradeName(s); ok {
			im.setIndustry(id, name, l)
			return true, false
		}
	}
	if m := definedAs().FindStringIndex(text); m != nil {
		// "Slieve Bloom Motor Group is a motor dealership group. We
		// sell … four manufacturer brands": the company is what its
		// definition says, not what the sentences after it mention.
		text = sentenceAt(text, m[0])
	}
	best := cueIn(text)
	switch {
	case best == "-":
		return false, true
	case best != "":
		im.setIndustry(best, "", l)
		return true, false
	}
	return false, false
}

func (im *importer) setIndustry(id, name string, l checker.TextLine) {
	im.a.Industry, im.a.IndustryName = id, name
	im.note("industry", id, l.Line, l.Text)
	if name != "" {
		im.note("industry_name", name, l.Line, l.Text)
	}
}

// definedAs opens a company's definition: "… is a motor dealership group",
// "… is an industrial scale and calibration company".
var definedAs = base.LazyRegexp(`^[^.]{2,80}?\b(?:is|are)\s+(?:a|an|the)\s`)

// mix: new business the role itself wins makes it blended; else renewals,
// growth or keeping clients, by what the duties speak of most.
func (im *importer) mix() {
	ls := im.d.lines(checker.RoleIntro, checker.RoleDuties, checker.RoleSuccess, checker.RoleOther)
	if mix, l, ok := im.statedMix(ls); ok {
		im.a.Mix = mix
		im.note("mix", mix, l.Line, l.Text)
		return
	}
	renew, grow := 0, 0
	var renewLine, growLine int
	for _, l := range ls {
		if loc := newBusiness().FindStringIndex(l.Text); loc != nil && !othersSell().MatchString(l.Text) && !denied().MatchString(l.Text[max(loc[0]-24, 0):loc[0]]) &&
			!othersWin().MatchString(sentenceAt(l.Text, loc[0])) && !markup.OthersDo(sentenceAt(l.Text, loc[0])) && !someoneElses.Get().MatchString(sentenceAt(l.Text, loc[0])) {
			im.a.Mix = "blended"
			im.note("mix", "blended", l.Line, l.Text)
			return
		}
		if renewalWords().MatchString(l.Text) {
			renew++
			renewLine = l.Line
		}
		if growthWords().MatchString(l.Text) {
			grow++
			growLine = l.Line
		}
	}
	if l, ok := im.serviceOnly(ls); ok {
		im.a.Mix = "retention"
		im.note("mix", "retention", l.Line, l.Text)
		return
	}
	switch {
	case grow >= 2 && grow > renew:
		im.a.Mix = "expansion"
		im.note("mix", "expansion", growLine, "the duties speak of growing accounts most")
	case renew >= 3 && grow == 0:
		im.a.Mix = "renewal_heavy"
		im.note("mix", "renewal_heavy", renewLine, "the duties speak of renewals most")
	}
}
