package importer

import (
	"strings"
	"unicode"

	"amjd/model/base"
)

// titleSep ends a title that runs on into the company or the place:
// "Account Manager – Thamesfold Packaging Ltd, Park Royal".
var titleSep = base.LazyRegexp(`\s+[–—|·]\s+|\s+-\s+|\s+at\s+[A-Z]`)

func (im *importer) title() {
	t := strings.Trim(im.d.Title, "*_ ")
	if v, _, ok := im.d.label("Job title", "Position title", "Title", "Position", "Role"); ok && jobWords().MatchString(v) {
		t = v
	} else if !roleName().MatchString(t) {
		t = im.titleLine() // "Skip to main content", "From: …", "Job posting" are no title
	}
	for _, crumb := range []string{" › ", " » ", " > "} {
		if parts := strings.Split(t, crumb); len(parts) > 1 && roleName().MatchString(parts[len(parts)-1]) && !notATitle().MatchString(parts[len(parts)-1]) {
			t = parts[len(parts)-1] // a breadcrumb: "Jobs › Account Manager"
		}
	}
	if head, rest, ok := strings.Cut(t, ":"); ok && jobWords().MatchString(rest) && !jobWords().MatchString(head) {
		t = rest // "🚀 We're hiring: Senior Account Manager", "Position: Accounts Manager"
	}
	t = strings.TrimLeftFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	seps := titleSep().FindAllStringIndex(t, -1)
	for _, loc := range seps {
		// Where the company's name follows, the title ends: what comes
		// before it is the title's ("KAM – Pharma & Biotech | Fenland").
		if im.a.Company != "" && loc[0] > 0 && strings.HasPrefix(strings.ToLower(strings.TrimSpace(t[loc[1]:])), strings.ToLower(im.a.Company)) {
			seps = [][]int{loc}
			break
		}
	}
	for _, loc := range seps {
		rest := t[loc[1]:]
		if strings.HasPrefix(strings.TrimSpace(t[loc[0]:]), "at ") {
			rest = "at " + rest
		}
		if loc[0] > 0 && im.notTitle(rest) {
			t = t[:loc[0]]
			break
		}
	}
	if len(strings.Fields(t)) > 9 || weHire().MatchString(t) || greeting().MatchString(t) {
		if m := roleName().FindString(t); m != "" {
			t = m // "Tidepool Learning is hiring a Junior Account Manager in Vancouver"
		}
	}
	if !roleName().MatchString(t) {
		// Paragraphs only, no title line: the role the first lines name,
		// "We are looking for a part-time Accounts Manager to …".
		for i, l := range im.d.seq() {
			if m := roleName().FindString(l.Text); i < 12 && m != "" {
				t = m
				break
			}
		}
	}
	t = im.withoutDocumentWords(t)
	im.a.Title = base.CleanTitle(strings.Trim(t, "*_ ")) // Slack's "*Account Manager*"
}

// withoutDocumentWords takes off what a title's end says of the place,
// the contract or the document rather than the job.
func (im *importer) withoutDocumentWords(t string) string {
	// "Account Manager – Research Panels (Madison)": the place is the
	// location's, not the title's.
	if m := trailingParens().FindStringSubmatchIndex(t); m != nil && (base.LookupPlace(im.c, t[m[2]:m[3]]).Known() || employmentWords().MatchString(t[m[2]:m[3]]) ||
		draftWords().MatchString(t[m[2]:m[3]])) {
		t = t[:m[0]] // "Accounts Manager (part-time)": the contract is employment_type's; "(job ad)" is the file's
	}
	if m := draftInside.Get().FindStringSubmatchIndex(t); m != nil && roleName().MatchString(t[:m[0]]) {
		t = t[:m[0]] + t[m[2]:] // "Account Manager ad – Centre Success"
	}
	if m := draftSuffix.Get().FindStringIndex(t); m != nil && roleName().MatchString(t[:m[0]]) {
		t = im.fuller(strings.TrimSpace(t[:m[0]]), -1) // "Account Manager job ad", a document's name over "# Account Manager – Care & Pharmacy"
	}
	t = shortcode.Get().ReplaceAllString(t, "") // MkDocs' ":material-thermometer:"
	return t
}

// draftWords name a document, not the job, in brackets after a title:
// "(posting)", "(job ad)", "(draft 2)".
var draftWords = base.LazyRegexp(`(?i)^(?:job )?(?:` + documentNames + `|copy|template|v\d+|version \d+)(?: \d+)?$`)

// documentNames are what a file calls the posting it holds.
const documentNames = `posting|ad|advert|advertisement|draft|final`

// shortcode is an icon's code in Markdown: ":material-thermometer:",
// ":rocket:".
var shortcode = base.Regexp{Expr: `\s*:[a-z0-9]+(?:[_+-][a-z0-9]+)*:(?:\s|$)|\s*:[a-z0-9]+(?:[_+-][a-z0-9]+)+$`}

// draftInside names a document between the role and the rest of its
// title: "Account Manager ad – Centre Success".
var draftInside = base.Regexp{Expr: `(?i)\s+(?:job\s+)?(?:` + documentNames + `)(\s+[–—-]\s+)`}

// draftSuffix names a document after a title: "– posting", "Ad", "job ad".
var draftSuffix = base.Regexp{Expr: `(?i)\s*(?:[–—-]\s*)?\b(?:job\s+)?(?:` + documentNames + `)$`}

// employmentWords are a kind of contract in brackets after a title.
var employmentWords = base.LazyRegexp(`(?i)^\s*(?:full|part)[- ]?time|^\s*(?:fixed[- ]term|permanent|temporary|contract|casual|maternity cover|parental leave cover)\b`)

// greeting opens a letter: "Dear future Account Manager,".
var greeting = base.LazyRegexp(`(?i)^\W*(?:dear|hi|hello|to the)\b`)

// weHire is a title written as news: "We're hiring an Account Manager!"
var weHire = base.LazyRegexp(`(?i)\b(?:hiring|looking for|is seeking|join us|join our)\b`)

// mailHeader is a line of an e-mail's header: no title.
var mailHeader = base.LazyRegexp(`(?i)^(subject|from|to|sent|cc|date|fw|fwd|re):`)

// roleName is the name of an account role in a line: "Senior Account
// Manager", "Key Account Executive", "Accounts Manager".
var roleName = base.LazyRegexp(`(?i)\b(?:(?:key|senior|sr\.?|junior|jr\.?|national|strategic|associate|global|regional|lead|trainee)\s+)*accounts?\s+(?:manager|executive|director|coordinator|representative|lead|specialist)\b|\baccounting manager\b`)

// titleLine is the first short line of the first lines that names an
// account role, or the outline's title.
// fuller is the title a line names in full soon after the i-th line names
// it bare: a board's search box holds "Account Manager", its heading
// "Account Manager – Plant Accounts".
func (im *importer) fuller(t string, i int) string {
	for j, l := range im.d.seq() {
		if j > i && j <= i+15 && len(l.Text) > len(t) && len(strings.Fields(l.Text)) <= 12 &&
			strings.HasPrefix(strings.ToLower(l.Text), strings.ToLower(t)+" ") && titleSep().MatchString(l.Text[len(t):]) {
			return l.Text
		}
	}
	return t
}

func (im *importer) titleLine() string {
	// A heading may name the role as a section does ("Why join our Account
	// Managers"), and a board's button as its own ("Save Key Account
	// Manager at …"): neither is the title. A title written in capitals
	// comes first ("account manager   Newcastle NSW   Search" is a search
	// box); Job Bank writes its titles in lower case.
	for _, capital := range []bool{true, false} {
		for i, l := range im.d.seq() {
			if i > 40 {
				break
			}
			if m := roleName().FindString(l.Text); m != "" && (!capital || unicode.IsUpper(base.FirstRune(m))) && len(strings.Fields(l.Text)) <= 16 &&
				!strings.Contains(l.Text, "@") && !mailHeader().MatchString(l.Text) && !notATitle().MatchString(l.Text) {
				return im.fuller(l.Text, i)
			}
		}
	}
	// A classified ad in one paragraph: "Accounts Manager wanted –
	// Heretaunga Grower Supplies, Napier. We supply …".
	for i, l := range im.d.seq() {
		if m := roleName().FindStringIndex(l.Text); i <= 40 && m != nil && m[0] == 0 && unicode.IsUpper(base.FirstRune(l.Text)) {
			return l.Text[:m[1]]
		}
	}
	return im.d.Title
}

var (
	trailingParens = base.LazyRegexp(`\s*\(([^()]+)\)\s*$`)
	// boardSuffix is what a job board adds to a title: "Accounts Manager -
	// job post".
	boardSuffix = base.LazyRegexp(`(?i)^(?:job post(?:ing)?|job description|job ad(?:vert)?|careers?|vacancy|jobs)\b`)
)

// notTitle reports whether what follows a dash in a title is the company,
// a place or how the job is worked, not part of the title.
func (im *importer) notTitle(rest string) bool {
	rest = strings.TrimSpace(rest)
	first, _, _ := strings.Cut(rest, ",")
	return im.a.Company != "" && strings.HasPrefix(strings.ToLower(rest), strings.ToLower(im.a.Company)) ||
		base.OnlyPlace(im.c, parens().ReplaceAllString(rest, "")) || workplaceRe().MatchString(rest) ||
		companyWord().MatchString(first) || strings.HasPrefix(rest, "at ") || titleSep().FindString(rest) != "" || boardSuffix().MatchString(rest)
}

// companyWord ends a company's name.
var companyWord = base.LazyRegexp(`(?i)\b(ltd|limited|inc|llc|plc|gmbh|pty|corp|co)\.?$`)
