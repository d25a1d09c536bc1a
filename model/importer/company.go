package importer

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
	"amjd/model/checker"
)

// The employer: its name as the posting gives it, told apart from a
// team's, a recruitment agency's or a careers page's.

// companyLead is a company's name opening its description: "Cadence Health
// Cloud builds …", "Lakeshore Table Co. feeds …".
var companyLead = base.LazyRegexp(`^((?:\p{Lu}[\p{L}\d&'.-]*|&|of|and)(?:\s+(?:\p{Lu}[\p{L}\d&'.-]*|&|of|the|and)){0,6}(?:,\s+(?:Inc|Ltd|LLC|Co|Corp|Limited)\.?)?)\s+(?:is|are|was|builds|makes|runs|has|have|helps|sells|supplies|provides|designs|delivers|imports|distributes|feeds|serves|operates|offers|works|started|began|grew|creates|plans|leases|[a-z]{3,}(?:s|es))\b`)

// sinceWhen opens a company's description with when it began: "Since
// 1996, ", "For over 40 years, ".
var sinceWhen = base.LazyRegexp(`^(?:Since|For|In|From|Founded in|Established in|For over|For more than)\s+[^,]{1,30},\s+`)

func (im *importer) company() {
	if im.companyAtTop() || im.adCompany() {
		return
	}
	for i, l := range im.d.all() {
		t := strings.TrimSpace(strings.Trim(l.Text, "*_ "))
		if i < 12 && len(strings.Fields(t)) <= 6 && companyWord().MatchString(t) && !mailHeader().MatchString(t) && !base.LookupPlace(im.c, t).Known() {
			im.a.Company = strings.TrimPrefix(t, "About ") // "Prairie Lithographics Ltd." alone on a line at the top
			return
		}
	}
	about := im.storyLines()
	text := im.d.Title + "\n" + strings.Join(texts(im.d.all()), "\n")
	for _, p := range im.d.Parts {
		text += "\n" + p.Heading
	}
	agency := map[string]bool{} // a recruitment agency's name, wherever it speaks
	for _, l := range im.d.all() {
		if m := companyLead().FindStringSubmatch(l.Text); m != nil && agencyCue().MatchString(l.Text) {
			agency[m[1]] = true
		}
	}
	for i, l := range append(about, im.d.all()...) {
		line := sinceWhen().ReplaceAllString(l.Text, "") // "Since 1996, Swilly Lens Lab has been …"
		m := companyLead().FindStringSubmatch(line)
		if m == nil || l.Bullet || jobWords().MatchString(m[1]) || agency[m[1]] || siteNoun(m[0][strings.LastIndexByte(m[0], ' ')+1:]) || strings.HasSuffix(m[1], "ing") && !strings.Contains(m[1], " ") ||
			notAName(strings.Fields(m[1])[0]) || len(strings.Fields(line)) < 4 || // "Keyboard shortcuts", "Find jobs": a page's links
			!strings.Contains(m[1], " ") && strings.Contains(text, " "+strings.ToLower(m[1])+" ") { // "Free plants every spring", beside "free parking"
			continue
		}
		// Outside the company's description, a name counts once the
		// posting names it twice.
		if i < len(about) || strings.Count(text, m[1]) >= 2 || hiring().MatchString(line[len(m[1]):]) || describing(m[1], line) {
			im.a.Company = im.fullName(strings.TrimSuffix(m[1], "."))
			return
		}
	}
	for _, p := range im.d.parts(checker.RoleAbout) {
		if name, ok := strings.CutPrefix(p.Heading, "About "); ok && !strings.EqualFold(name, "us") && !strings.HasPrefix(strings.ToLower(name), "the ") &&
			!strings.HasPrefix(strings.ToLower(name), "our ") && !strings.EqualFold(name, "you") {
			im.a.Company = im.fullName(name)
			return
		}
	}
}

// describing reports a paragraph that opens by saying what a company of
// two words or more is or makes: "Battle River Oilseeds is a canola
// crusher. We crush …", "Fraser Fort Pellets makes wood pellets".
func describing(name, text string) bool {
	return len(strings.Fields(name)) >= 2 && len(strings.Fields(text)) >= 12 &&
		(describes().MatchString(text[len(name):]) || tradeVerbs().MatchString(strings.TrimLeft(text[len(name):], " ")))
}

var describes = base.LazyRegexp(`^\s+(?:[a-z]+s,?\s+and\s+)?(?:is an?|has (?:\p{Ll}+ed|made|grown|built|sold|run|bred|kept|spun|woven|dug)\b[^.]{0,80}?\b(?:since|for (?:over |more than )?\w+ (?:years|decades|generations))\b|makes|builds|grows|brews|crushes|mills|supplies|runs|leases|installs|services|repairs|hires out|designs|produces|manufactures|distributes|imports|sells|rents|publishes|roasts|packs|bakes)\s`)

// companyAtTop reads the employer where a page names it above the posting:
// a "Company:" field, the page's name, a letterhead, the facts line.
func (im *importer) companyAtTop() bool {
	if v, _, ok := im.d.label("Company", "Employer", "Company name", "Organisation", "Organization"); ok {
		im.a.Company = base.CleanLine(v)
		return true
	}
	for _, p := range im.d.Parts {
		// A form's question: "What's the business called?", "Name of your organisation".
		if companyQuestion.Get().MatchString(p.Heading) && len(p.Lines) > 0 && len(strings.Fields(p.Lines[0].Text)) <= 8 && !p.Lines[0].Bullet {
			im.a.Company = base.CleanLine(p.Lines[0].Text)
			return true
		}
	}
	if t := strings.TrimSpace(im.d.Title); t != "" && !roleName().MatchString(t) && len(strings.Fields(t)) <= 6 && !strings.ContainsAny(t, ":$£€0123456789!?") &&
		!teamName().MatchString(t) && (im.named(t) >= 2 || companyWord().MatchString(t) && im.named(t) >= 1) && !im.describesAnother(t) {
		im.a.Company = base.CleanLine(t) // a page's name above its post, named again below
		return true
	}
	if t := strings.TrimSpace(im.d.Title); companyWord().MatchString(t) && len(strings.Fields(t)) <= 6 && !roleName().MatchString(t) {
		// A letterhead's "Caldew Duct Hygiene Ltd" over a letter that
		// calls the company "Caldew Duct Hygiene": the name the text uses.
		if bare := strings.TrimRight(strings.TrimSpace(companyWord().ReplaceAllString(t, "")), ", "); bare != "" && im.named(bare) >= 1 {
			im.a.Company = base.CleanLine(bare)
			return true
		}
	}
	if segs, _ := im.d.metaLine(); len(segs) > 0 && !base.LookupPlace(im.c, segs[0]).Known() && !jobWords().MatchString(segs[0]) &&
		(capitalName().MatchString(strings.Trim(segs[0], "*_ ")) || companyWord().MatchString(segs[0])) && // not "Job ad master copy – approved for Seek"
		!workplaceWord(segs[0]) && len(strings.Fields(segs[0])) <= 6 && !strings.ContainsAny(segs[0], ":$£€0123456789") &&
		(companyWord().MatchString(segs[0]) || !teamName().MatchString(segs[0])) && !im.namedAsPlace(segs[0]) {
		// A team's name ("Service Sales · Edmonton") is no company's: the
		// company is named again, or by its legal form.
		im.a.Company = base.CleanLine(segs[0])
		return true
	}
	if name := im.nameUnderTitle(); name != "" {
		im.a.Company = name
		return true
	}
	return false
}

// nameUnderTitle is a board's employer line: a name alone on the line
// under the job's title, which the posting names again ("Institutional
// Account Manager – UK & Ireland", then "Radley Academic Publishing").
func (im *importer) nameUnderTitle() string {
	seq := im.d.seq()
	for i := 0; i+1 < len(seq) && i < 40; i++ {
		if !roleName().MatchString(seq[i].Text) || len(strings.Fields(seq[i].Text)) > 12 {
			continue
		}
		t := strings.TrimSpace(strings.Trim(seq[i+1].Text, "*_ "))
		if capitalName().MatchString(t) && len(strings.Fields(t)) >= 2 && !labelWord().MatchString(t) && !roleName().MatchString(t) && !jobWords().MatchString(t) && !base.LookupPlace(im.c, t).Known() &&
			!im.namedAsPlace(t) && im.named(t) >= 2 {
			return t
		}
		return ""
	}
	return ""
}

// companyQuestion asks a form's user for the employer's name.
var companyQuestion = base.Regexp{Expr: `(?i)^(?:what(?:'s|’s| is) (?:the|your) (?:business|company|organi[sz]ation|employer)(?:'s|’s)? (?:called|name)|(?:business|trading|organi[sz]ation|employer)(?:'s|’s)? name|name of (?:the |your )?(?:business|company|organi[sz]ation|employer))\W*$`}

// capitalName is a name of one to six capitalised words.
var capitalName = base.LazyRegexp(`^\p{Lu}[\p{L}'’.&-]*(?:\s+(?:\p{Lu}[\p{L}'’.&-]*|&|of|and|the)){0,5}$`)

// describesAnother reports whether the company's story opens with another
// name than the page's: a classifieds site's name over the ad of
// "Murrumbidgee Traffic Control is a traffic management company".
func (im *importer) describesAnother(page string) bool {
	all := im.d.all()
	for _, l := range append(im.storyLines(), all[:min(len(all), 15)]...) {
		if m := companyLead().FindStringSubmatch(l.Text); m != nil && len(strings.Fields(l.Text)) >= 4 && !strings.Contains(m[1], page) && !jobWords().MatchString(m[1]) && !notAName(strings.Fields(m[1])[0]) {
			return true
		}
	}
	return false
}

// namedAsPlace reports a name the text puts after "in" or "near" as a
// place: the facts line's "Marton" of "our maltings in Marton", a town the
// place table does not hold, is no company.
func (im *importer) namedAsPlace(name string) bool {
	text := strings.Join(texts(im.d.all()), "\n")
	return base.WordIndex(text, "in "+name) >= 0 || base.WordIndex(text, "near "+name) >= 0
}

// adCompany reads the employer of a classified ad: "Accounts Manager wanted
// – Heretaunga Grower Supplies, Napier. We supply …".
func (im *importer) adCompany() bool {
	for i, l := range im.d.seq() {
		if m := adLead().FindStringSubmatch(l.Text); i <= 40 && m != nil && !base.LookupPlace(im.c, m[1]).Known() && !jobWords().MatchString(m[1]) {
			im.a.Company = m[1]
			return true
		}
	}
	return false
}

// adLead opens a classified ad with the role, then the employer: "Accounts
// Manager wanted – Heretaunga Grower Supplies, Napier."
var adLead = base.LazyRegexp(`^(?:(?:Key|Senior|Junior)\s+)?Accounts?\s+(?:Manager|Executive)\s+(?:wanted|needed|required)\s+[–—-]\s+(\p{Lu}[\p{L}&'. -]{2,60}?)\s*[,.]`)

// teamName is a department's name: "Service Sales", "Client Success".
var teamName = base.LazyRegexp(`(?i)\b(sales|service|services|team|department|operations|success|support|marketing|finance|division|customer|client|account management)\b`)

// named counts the lines and headings that name s.
func (im *importer) named(s string) int {
	n := 0
	for _, l := range im.d.seq() {
		if strings.Contains(l.Text, s) {
			n++
		}
	}
	return n
}

// capitalRun is the run of capitalised words opening a line: "Lakeshore
// Managed IT" of "Lakeshore Managed IT looks after …".
var capitalRun = base.LazyRegexp(`^\p{Lu}[\p{L}\d&'.-]*(?:\s+(?:\p{Lu}[\p{L}\d&'.-]*|&|of|and))*`)

var pageOrForm = base.LazyRegexp(`(?i)^(?:of|and|&|careers?|jobs?|hiring|team|home|page|homepage|logo|website|perks|benefits|culture|values|story|intranet|extranet|portal|hub|wiki|sharepoint|workspace|ltd\.?|limited|inc\.?|llc|pty|plc|gmbh|co\.?|corp\.?)$`)

// fullName gives a company's name as the posting writes it in full where a
// heading shortens it: "About Lakeshore" over "Lakeshore Managed IT looks
// after …".
func (im *importer) fullName(name string) string {
	for _, l := range append([]checker.TextLine{{Text: im.d.Title}}, im.d.seq()...) {
		at := strings.Index(l.Text, name+" ")
		if r, _ := utf8.DecodeLastRuneInString(l.Text[:max(at, 0)]); at < 0 || at > 0 && base.IsWordRune(r) {
			continue
		}
		run := untilSentenceEnd(strings.TrimSpace(capitalRun().FindString(l.Text[at:])))
		// Not "of" or "&" left hanging, a careers page's name or a legal
		// form the shorter name went without.
		for w := strings.Fields(run); len(w) > 1 && pageOrForm().MatchString(w[len(w)-1]); w = w[:len(w)-1] {
			run = strings.Join(w[:len(w)-1], " ")
		}
		if len(run) > len(name) && len(strings.Fields(run)) <= 6 && !jobWords().MatchString(run) {
			return strings.TrimSuffix(run, ".")
		}
	}
	return name
}

// siteNoun is a plural a site's menu puts after a verb, not a company's
// verb after its name: "Search jobs", "Latest news".
func siteNoun(w string) bool {
	switch w {
	case "jobs", "news", "careers", "details", "benefits", "salaries", "reviews", "companies", "alerts", "settings", "results", "vacancies":
		return true
	}
	return false
}

// hiring follows an employer's name that says it hires: "Sierra Shield
// Pest Services is hiring an Accounts Manager".
var hiring = base.LazyRegexp(`^\s+(?:is|are)\s+(?:now\s+)?(?:hiring|looking for|recruiting|seeking)\b`)

// agencyCue is a recruitment agency speaking of its client: its own name
// is not the employer's.
var agencyCue = base.LazyRegexp(`(?i)\b(partnering with|partnered with|on behalf of|our client|recruiting for|is recruiting on)\b`)

// storyLines are the lines that may tell the company's story: its About
// part and the text before any heading; in a posting of paragraphs only,
// its first line too, which the reader took for the title ("Fitzroy
// Stockfeeds is a stock feed manufacturer. We mill and deliver").
func (im *importer) storyLines() []checker.TextLine {
	about := im.d.lines(checker.RoleAbout, checker.RoleIntro)
	if !roleName().MatchString(im.d.Title) && len(strings.Fields(im.d.Title)) > 6 {
		about = append([]checker.TextLine{{Text: im.d.Title}}, about...)
	}
	return about
}

// legalForm is a company's legal form after its name: " Ltd", ", Inc.",
// " Pty Ltd", " Co.".
var legalForm = base.LazyRegexp(`^(?:,?\s(?:Pty\.?\s+Ltd|Pte\.?\s+Ltd|Ltd|Limited|Inc|LLC|L\.L\.C|Co|Corp|PLC|plc|GmbH|Oy|AB|A/S|AG|B\.V|N\.V|S\.L|S\.A|SAS|ULC|DAC|LLP)\b\.?)+`)

// withLegalForm is the company's name with the legal form the posting
// gives it somewhere: "Watling Labels" of a posting that signs off as
// "Watling Labels Ltd". A full stop stays after an abbreviation inside a
// sentence ("Whitewater Awards Co. makes …"), not at a sentence's end.
func (im *importer) withLegalForm(name string) string {
	if name == "" || companyWord().MatchString(name) {
		return name
	}
	best := ""
	for _, l := range append([]checker.TextLine{{Text: im.d.Title}}, im.d.seq()...) {
		for at := 0; ; {
			i := strings.Index(l.Text[at:], name)
			if i < 0 {
				break
			}
			at += i + len(name)
			if r, _ := utf8.DecodeRuneInString(l.Text[at:]); base.IsWordRune(r) {
				continue
			}
			form := legalForm().FindString(l.Text[at:])
			if rest := l.Text[at+len(form):]; strings.HasSuffix(form, ".") && !abbreviatedForm(form) &&
				(strings.TrimSpace(rest) == "" || strings.HasPrefix(rest, " ") && unicode.IsUpper(base.FirstRune(strings.TrimSpace(rest)))) {
				form = strings.TrimSuffix(form, ".") // "… supplied by Acme Ltd. We …"
			}
			if len(form) > len(best) {
				best = form // "Co. Pty Ltd" where another line says "Co."
			}
		}
	}
	return name + best
}

// untilSentenceEnd cuts a run of capitalised words at a full stop that
// ends a sentence, not one of a legal form's abbreviations: "Hollin Hats
// Ltd" of "Hollin Hats Ltd. Company no. 123", "Acme Co. Pty Ltd" whole.
func untilSentenceEnd(run string) string {
	for at := 0; ; {
		i := strings.Index(run[at:], ". ")
		if i < 0 {
			return run
		}
		at += i + 1
		if legalForm().FindString(run[at:]) == "" {
			return run[:at-1]
		}
	}
}

// abbreviatedForm is a form that keeps its full stop even at a sentence's
// end: "Inc.", "Co.", "Corp.".
func abbreviatedForm(form string) bool {
	return strings.HasSuffix(form, "Inc.") || strings.HasSuffix(form, "Co.") || strings.HasSuffix(form, "Corp.")
}

// formAnywhere is a legal form written after a name, in any country's
// way: "d.o.o.", "GmbH", "OÜ", "Pty Ltd", ", Inc.".
var formAnywhere = base.LazyRegexp(`,?\s(?:d\.o\.o\.|GmbH|OÜ|Oy|AB|A/S|S\.A\.|S\.L\.|S\.r\.l\.|s\.r\.o\.|Sp\. z o\.o\.|SARL|SAS|Lda\.|Ltda\.|S\.p\.A\.|S\.r\.l\.|Kft\.|B\.V\.|N\.V\.|AG|E?OOD|E?AD|Pty\.? Ltd\.?|Ltd\.?|Limited|Inc\.?|LLC|plc|PLC|ULC|DAC|LLP)(?:\s|$|[,;:)])`)

// companyByForm is the name the posting gives most often with a legal form
// after it, twice or at the start of a line, for a posting whose company
// nothing else names: "Dravka obuća d.o.o. has made children's shoes …".
func (im *importer) companyByForm() string {
	count := map[string]int{}
	best := ""
	for _, l := range append([]checker.TextLine{{Text: im.d.Title}}, im.d.seq()...) {
		for _, m := range formAnywhere().FindAllStringIndex(l.Text, 20) {
			name := nameBefore(l.Text[:m[0]])
			if name == "" {
				continue
			}
			full := name + strings.TrimRight(l.Text[m[0]:m[1]], " ,;:)")
			if l.Text[m[0]] == ',' && base.LookupPlace(im.c, full).Known() {
				continue // "Lacombe, AB": a town and its province, not a company "AB"
			}
			if count[full]++; strings.HasPrefix(l.Text, name) {
				count[full]++ // a line that opens on the name: the company's description
			}
			if count[full] > count[best] {
				best = full
			}
		}
	}
	if count[best] < 2 {
		return ""
	}
	return best
}

// nameBefore is the name that ends text: its last words back to a
// capitalised one, a word in small letters among them ("Dravka obuća"),
// but not a sentence's words before it ("I agree that").
func nameBefore(text string) string {
	words := strings.Fields(text)
	start := -1
	for i := len(words) - 1; i >= 0 && i >= len(words)-5; i-- {
		if unicode.IsUpper(base.FirstRune(words[i])) {
			start = i
		} else if start >= 0 && i > 0 && nameParticle(words[i]) && unicode.IsUpper(base.FirstRune(words[i-1])) {
			continue // "Corticeira Quinta do Sobral"
		} else if start >= 0 || i < len(words)-2 {
			break
		}
	}
	if start < 0 || jobWords().MatchString(strings.Join(words[start:], " ")) {
		return ""
	}
	return strings.Join(words[start:], " ")
}

// nameParticle is a small word inside a name: "Quinta do Sobral", "Van
// der Berg", "Bank of Ireland".
func nameParticle(w string) bool {
	switch w {
	case "do", "da", "dos", "das", "de", "di", "del", "della", "du", "van", "von", "der", "den", "la", "le", "of", "and", "&", "y", "e":
		return true
	}
	return false
}
