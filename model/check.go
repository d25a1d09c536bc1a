package model

import (
	"fmt"
	"math"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"

	"amjd/content"
)

// Severity ranks a finding.
type Severity int

const (
	Info Severity = iota
	Warning
	Error
)

func (s Severity) String() string {
	return [...]string{"info", "warning", "error"}[s]
}

// MarshalText makes severities read as words in JSON.
func (s Severity) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// Finding is one thing the checker noticed about a posting.
type Finding struct {
	Rule     string   `json:"rule"`
	Severity Severity `json:"severity"`
	Message  string   `json:"message"`
	Fix      string   `json:"fix"`
	// Line is the 1-based line concerned; 0 means the posting as a whole.
	Line int `json:"line,omitempty"`
	// Phrase is the text concerned, when there is one.
	Phrase string `json:"phrase,omitempty"`
	// Step is the wizard step that fixes it, when the posting came from answers.
	Step string `json:"-"`
}

// CheckOptions tune a check.
type CheckOptions struct {
	// Short checks the job-board form (80-150 words) instead of a full posting.
	Short bool
	// Now decides which laws are in force; zero means today.
	Now time.Time
	// Location is where the job is, when known from answers; without it the
	// whole text is searched for places.
	Location string
}

// CheckAnswers assembles the posting for the answers and checks it. Each
// finding on a line names the step that wrote that line, and a suggestion
// left in says exactly what it stands in for.
func CheckAnswers(c *content.Catalog, a Answers, short bool, now time.Time) []Finding {
	out := Assemble(c, a).Render(short)
	r := Resolve(c, a)
	findings := Check(c, out.Markdown, CheckOptions{Short: short, Now: now, Location: r.Location.Place + " ; " + r.Location.Region})
	markers := map[int]int{} // suggestion markers already matched, by line
	for i := range findings {
		f := &findings[i]
		if f.Line < 1 || f.Line > len(out.Lines) {
			continue
		}
		src, ok := sourceOf(out.Lines[f.Line-1].Sources, f.Phrase, markers[f.Line])
		if f.Rule == ruleSuggestion {
			markers[f.Line]++
		}
		if !ok {
			continue
		}
		if f.Step == "" {
			f.Step = src.Step
		}
		if f.Rule == ruleSuggestion && src.Origin == Suggested {
			f.Message = src.Note
		}
	}
	return findings
}

// sourceOf picks the posting line a finding is about: for the nth
// suggestion marker on a line, the nth suggested line written on it; else the
// one holding the finding's phrase, else the first.
func sourceOf(sources []Line, phrase string, nth int) (Line, bool) {
	if len(sources) == 0 {
		return Line{}, false
	}
	if phrase == suggestionMarker {
		for _, l := range sources {
			if l.Origin == Suggested {
				if nth == 0 {
					return l, true
				}
				nth--
			}
		}
	}
	if phrase != "" {
		for _, l := range sources {
			if strings.Contains(strings.ToLower(l.Text), strings.ToLower(phrase)) {
				return l, true
			}
		}
	}
	return sources[0], true
}

// --- the document ---

type section string

const (
	secTitle    section = "title"
	secIntro    section = "intro"
	secDuties   section = "duties"
	secRequired section = "required"
	secPrefer   section = "preferred"
	secSuccess  section = "success"
	secTools    section = "tools"
	secReport   section = "reporting"
	secPay      section = "pay"
	secPlace    section = "location"
	secAbout    section = "about"
	secApply    section = "apply"
	secOther    section = "other"
)

type line struct {
	n       int
	text    string // markup removed, escapes resolved
	flat    string // text in lower case, white space collapsed: for quick tests
	heading bool
	bullet  bool
	sec     section
}

type document struct {
	lines []line
	title string
	body  string // all lines' flat text, one per line
	words int
}

var (
	mdEscape   = regexp.MustCompile(`\\([!-/:-@\[-` + "`" + `{-~])`)
	bulletMark = regexp.MustCompile(`^\s*(?:[-*+•·▪◦]|\d{1,2}[.)])\s+`)
	headingMd  = regexp.MustCompile(`^\s{0,3}#{1,6}\s+`)
	boldOnly   = regexp.MustCompile(`^\s*(?:\*\*|__)(.+?)(?:\*\*|__):?\s*$`)
)

var sectionWords = []struct {
	sec   section
	words []string
}{
	{secPrefer, []string{"nice to have", "preferred", "bonus points", "a plus", "desirable"}},
	{secRequired, []string{"requirement", "qualification", "what you bring", "about you", "you have", "must have", "skills", "who you are", "what we're looking for", "what we are looking for", "required"}},
	{secSuccess, []string{"success", "kpi", "metric", "measure", "goals", "targets"}},
	{secDuties, []string{"responsibilit", "what you will do", "what you'll do", "duties", "what you will own", "the role", "your day", "day to day"}},
	{secTools, []string{"tools", "tech stack", "systems"}},
	{secReport, []string{"reporting", "report to", "team"}},
	{secPay, []string{"pay", "salary", "compensation", "benefit", "perks", "rewards"}},
	{secPlace, []string{"location", "travel", "where you"}},
	{secApply, []string{"apply", "application", "next steps"}},
	{secAbout, []string{"about", "who we are", "company", "equal opportunity", "diversity"}},
}

func classify(heading string) section {
	h := strings.ToLower(heading)
	for _, sw := range sectionWords {
		for _, w := range sw.words {
			if strings.Contains(h, w) {
				return sw.sec
			}
		}
	}
	return secOther
}

// looksLikeHeading spots headings in plain text: short lines with no final
// full stop that end in a colon, are in capitals, or are in title case.
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 7 || strings.HasSuffix(s, ".") {
		return false
	}
	if strings.HasSuffix(s, ":") || strings.ToUpper(s) == s && strings.IndexFunc(s, unicode.IsLetter) >= 0 {
		return true
	}
	capital := 0
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			capital++
		}
	}
	return len(words) <= 5 && capital*2 > len(words) && capital >= 1 && !strings.ContainsAny(s, ",;")
}

func parseDocument(text string) document {
	// CRLF, and a lone CR as old Mac editors write it, both end a line, so
	// line numbers match what an editor shows for such files.
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	raw := strings.Split(text, "\n")
	d := document{lines: make([]line, 0, len(raw))}
	sec := secIntro
	var body strings.Builder
	for i, r := range raw {
		l := line{n: i + 1}
		// Cheap byte tests first: the regular expressions run only on lines
		// that could match them.
		t := r
		if strings.IndexByte(t, '\\') >= 0 {
			t = mdEscape.ReplaceAllString(t, "$1")
		}
		lead := strings.TrimLeft(t, " \t")
		switch {
		case strings.HasPrefix(lead, "#") && headingMd.MatchString(t):
			t = headingMd.ReplaceAllString(t, "")
			l.heading = true
		case (strings.HasPrefix(lead, "**") || strings.HasPrefix(lead, "__")) && boldOnly.MatchString(t):
			t = boldOnly.FindStringSubmatch(t)[1]
			l.heading = true
		case lead != "" && strings.ContainsAny(lead[:1], "-*+•·▪◦0123456789") && bulletMark.MatchString(t):
			t = bulletMark.ReplaceAllString(t, "")
			l.bullet = true
		case looksLikeHeading(t) && i > 0:
			l.heading = true
		}
		t = strings.TrimSpace(strings.NewReplacer("**", "", "__", "").Replace(t))
		l.text = t
		l.flat = strings.ToLower(strings.Join(strings.Fields(t), " "))
		if l.heading {
			if d.title == "" && i == firstContentLine(raw) {
				sec = secTitle
				d.title = t
			} else {
				sec = classify(t)
			}
		} else if d.title == "" && t != "" && i == firstContentLine(raw) {
			d.title, sec = t, secTitle
			l.heading = true
		}
		l.sec = sec
		if sec == secTitle && !l.heading && t != "" {
			l.sec = secIntro
			sec = secIntro
		}
		d.lines = append(d.lines, l)
		body.WriteString(l.flat)
		body.WriteByte('\n')
		if !l.heading {
			d.words += WordCount(t)
		}
	}
	d.body = body.String()
	return d
}

func firstContentLine(raw []string) int {
	for i, r := range raw {
		if strings.TrimSpace(r) != "" {
			return i
		}
	}
	return -1
}

// --- word matching ---

var (
	patternMu    sync.Mutex
	patternCache = map[string]*regexp.Regexp{}
)

// wordPattern compiles a list word into a case-insensitive whole-word pattern;
// a trailing * matches any ending.
func wordPattern(w string) *regexp.Regexp {
	patternMu.Lock()
	defer patternMu.Unlock()
	if re, ok := patternCache[w]; ok {
		return re
	}
	stem := strings.TrimSuffix(w, "*")
	expr := regexp.QuoteMeta(stem)
	expr = strings.ReplaceAll(expr, `\ `, `\s+`)
	expr = strings.ReplaceAll(expr, " ", `\s+`)
	if isWordRune(firstRune(stem)) {
		expr = `\b` + expr
	}
	switch {
	case strings.HasSuffix(w, "*"):
		expr += `[\p{L}\-]*`
	case isWordRune(lastRune(stem)):
		expr += `\b`
	}
	re := regexp.MustCompile(`(?i)` + expr)
	patternCache[w] = re
	return re
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}
func lastRune(s string) rune {
	r := []rune(s)
	if len(r) == 0 {
		return 0
	}
	return r[len(r)-1]
}

type hit struct {
	word   string // the list entry
	phrase string // the text found
	line   int
	sec    section
}

// literal is the fixed text every match of a list word contains, used to skip
// the regular expression when the text cannot match: most words of most lists
// are absent from any one posting, and this keeps a check to about a millisecond.
func literal(w string) string {
	return strings.Join(strings.Fields(strings.ToLower(strings.TrimSuffix(w, "*"))), " ")
}

// find returns every match of the list's words, line by line.
func (d document) find(words []string, keep func(line) bool) []hit {
	var hits []hit
	for _, w := range words {
		lit := literal(w)
		if !strings.Contains(d.body, lit) {
			continue
		}
		re := wordPattern(w)
		for _, l := range d.lines {
			if keep != nil && !keep(l) || !strings.Contains(l.flat, lit) {
				continue
			}
			for _, m := range re.FindAllString(l.text, -1) {
				hits = append(hits, hit{word: w, phrase: m, line: l.n, sec: l.sec})
			}
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].line < hits[j].line })
	return hits
}

func (d document) has(words []string) bool {
	for _, w := range words {
		if strings.Contains(d.body, literal(w)) && wordPattern(w).MatchString(d.body) {
			return true
		}
	}
	return false
}

func (d document) hasSection(s section) bool {
	for _, l := range d.lines {
		if l.heading && l.sec == s {
			return true
		}
	}
	return false
}

func all(line) bool { return true }

// --- the check ---

type checker struct {
	c        *content.Catalog
	d        document
	opts     CheckOptions
	findings []Finding
}

func (k *checker) add(f Finding) {
	k.findings = append(k.findings, f)
}

// Check reviews a posting given as Markdown or plain text. Findings come back
// most severe first, then in line order.
func Check(c *content.Catalog, text string, opts CheckOptions) []Finding {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	k := &checker{c: c, d: parseDocument(text), opts: opts}
	k.suggestions()
	k.placeholders()
	k.hiddenSales()
	k.accounting()
	k.book()
	k.metrics()
	k.skills()
	if !opts.Short {
		// A job-board summary points to the full posting; these belong there.
		k.toolsAndReporting()
		k.qualifications()
	}
	k.severalJobs()
	k.vague()
	k.inclusive()
	k.length()
	k.voice()
	k.callToAction()
	k.payTransparency()
	sort.SliceStable(k.findings, func(i, j int) bool {
		a, b := k.findings[i], k.findings[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Line < b.Line
	})
	return k.findings
}

// Count tallies findings by severity.
func Count(fs []Finding) (errors, warnings, infos int) {
	for _, f := range fs {
		switch f.Severity {
		case Error:
			errors++
		case Warning:
			warnings++
		default:
			infos++
		}
	}
	return
}

func quoteList(hits []hit, most int) string {
	seen := map[string]bool{}
	var out []string
	for _, h := range hits {
		p := strings.ToLower(h.phrase)
		if !seen[p] {
			seen[p] = true
			out = append(out, `"`+p+`"`)
		}
	}
	if len(out) == 0 {
		return "none"
	}
	if len(out) > most {
		out = append(out[:most], fmt.Sprintf("and %d more", len(out)-most))
	}
	return strings.Join(out, ", ")
}

const ruleSuggestion = "suggestion-left-in"

// suggestionNotes says what a marked suggestion stands in for, by section.
var suggestionNotes = map[section]string{
	secPay:     "The pay is amjd's suggested figure, not your approved band.",
	secDuties:  "The book of business is amjd's typical figure, not your real book.",
	secSuccess: "The KPIs and targets are amjd's suggestion, not targets you have set.",
	secReport:  "The reporting line is amjd's typical one for this role.",
	secAbout:   "The text about the company is amjd's placeholder.",
	secApply:   "How to apply is amjd's placeholder: say where to apply and what to send.",
	secPlace:   "The working hours are not stated yet.",
}

// suggestions reports every line that still carries amjd's suggestion marker:
// a fact the hiring manager has not given yet.
func (k *checker) suggestions() {
	for _, l := range k.d.lines {
		n := strings.Count(l.text, suggestionMarker)
		msg, ok := suggestionNotes[l.sec]
		if !ok {
			msg = "This line states amjd's suggestion, not a fact you gave."
		}
		for range n {
			k.add(Finding{Rule: ruleSuggestion, Severity: Warning, Line: l.n, Phrase: suggestionMarker, Message: msg,
				Fix: "Replace it with your own detail (or confirm it by typing it in), then the marker goes."})
		}
	}
}

func (k *checker) placeholders() {
	for _, h := range k.d.find(k.c.Checks.Placeholders, all) {
		k.add(Finding{Rule: "placeholder", Severity: Error, Line: h.line, Phrase: h.phrase,
			Message: fmt.Sprintf("Template text left in: %q.", h.phrase),
			Fix:     "Replace it with the real detail before publishing."})
	}
}

func (k *checker) hiddenSales() {
	duties := k.d.find(k.c.Checks.SalesDuties, func(l line) bool { return l.sec != secPay })
	if len(duties) == 0 || k.d.has(k.c.Checks.SalesDisclosure) {
		return
	}
	k.add(Finding{Rule: "hidden-sales", Severity: Error, Line: duties[0].line, Phrase: duties[0].phrase, Step: "mix",
		Message: fmt.Sprintf("New-business duties (%s) but the posting never says the role is partly sales.", quoteList(duties, 3)),
		Fix:     "Say it plainly near the top, e.g. \"This role includes new-business targets\", and how much of the time or pay depends on it."})
}

func (k *checker) accounting() {
	acct := k.d.find(k.c.Checks.Accounting, all)
	title := strings.ToLower(k.d.title)
	switch {
	case strings.Contains(title, "accounting manager"):
		if len(acct) == 0 && len(k.d.find(k.c.Checks.AccountManagement, all)) >= 3 {
			k.add(Finding{Rule: "accounting-title", Severity: Error, Line: 1, Step: "variant",
				Message: "The title says Accounting Manager, a finance job, but the duties are client account management.",
				Fix:     "Use Account Manager (or Key Account Manager) as the title."})
		}
	case len(distinct(acct)) >= 2 || len(acct) > 0 && k.d.hasTitleWord("account"):
		k.add(Finding{Rule: "accounting-duties", Severity: Error, Line: acct[0].line, Phrase: acct[0].phrase, Step: "variant",
			Message: fmt.Sprintf("Finance duties (%s) belong to an Accounting Manager, not an Account Manager.", quoteList(acct, 3)),
			Fix:     "Remove them, or post the role as an Accounting Manager in finance."})
	}
}

func (d document) hasTitleWord(w string) bool {
	return strings.Contains(strings.ToLower(d.title), w)
}

func distinct(hits []hit) map[string]bool {
	m := map[string]bool{}
	for _, h := range hits {
		m[h.word] = true
	}
	return m
}

var (
	accountsCount = regexp.MustCompile(`(?i)\b\d[\d,]*\+?\s+(?:[\p{L}-]+\s+){0,3}?(?:accounts|clients|customers|partners|brands|retailers|stores|client companies)\b`)
	revenueFigure = regexp.MustCompile(`(?i)(?:[$€£]\s?\d[\d,.]*\s?(?:k|m|mm|bn|b|million|billion)\b|\b\d[\d,.]*\s?(?:k|m|mm|million|billion)\s+(?:in\s+)?(?:annual\s+)?(?:revenue|arr|billings|sales)|(?:revenue|arr|book|portfolio|billings)[^.\n]{0,40}?[$€£]\s?\d)`)
)

func (k *checker) book() {
	accounts := accountsCount.MatchString(k.d.body)
	revenue := revenueFigure.MatchString(k.d.body)
	switch {
	case !accounts && !revenue:
		k.add(Finding{Rule: "no-book", Severity: Error, Step: "book",
			Message: "No book of business: the posting says neither how many accounts nor how much revenue they bring.",
			Fix:     "Add a line such as \"You manage 18 mid-market accounts worth about $3.5M a year\"."})
	case !accounts:
		k.add(Finding{Rule: "no-book", Severity: Warning, Step: "book",
			Message: "The book of business has no number of accounts.",
			Fix:     "Say how many accounts the role manages."})
	case !revenue:
		k.add(Finding{Rule: "no-book", Severity: Warning, Step: "book",
			Message: "The book of business has no revenue figure.",
			Fix:     "Say roughly how much annual revenue the accounts bring."})
	}
}

func (k *checker) metrics() {
	if !k.d.has(k.c.Checks.Metrics) {
		k.add(Finding{Rule: "no-metrics", Severity: Error, Step: "kpis",
			Message: "No success metrics: candidates cannot tell how the job is judged.",
			Fix:     "Add 4-5 KPIs with targets, e.g. gross retention of 92% and NRR of 110%."})
		return
	}
	n, first := 0, 0
	for _, l := range k.d.lines {
		if l.sec == secSuccess && l.bullet {
			n++
			if first == 0 {
				first = l.n
			}
		}
	}
	if n > 5 {
		k.add(Finding{Rule: "too-many-kpis", Severity: Warning, Line: first, Step: "kpis",
			Message: fmt.Sprintf("%d success metrics. More than 4-5 suggests the role is not designed yet.", n),
			Fix:     "Keep the 4-5 that matter most."})
	}
}

func (k *checker) skills() {
	req := func(l line) bool { return l.sec == secRequired || l.sec == secPrefer }
	soft := k.d.find(k.c.Checks.Soft, req)
	rigour := k.d.find(k.c.Checks.Rigour, req)
	if len(soft) >= 2 && len(rigour) == 0 {
		k.add(Finding{Rule: "soft-skills-only", Severity: Warning, Line: soft[0].line, Step: "skills",
			Message: fmt.Sprintf("The requirements ask only for soft skills (%s).", quoteList(soft, 3)),
			Fix:     "Add operating rigour: CRM discipline, forecasting, renewal tracking, working with numbers."})
	}
}

func (k *checker) toolsAndReporting() {
	if !k.d.has(k.c.Checks.Tools) {
		k.add(Finding{Rule: "no-tools", Severity: Warning, Step: "tools",
			Message: "No tools named: nothing says which CRM or reporting tools the job uses.",
			Fix:     "Name the CRM (e.g. Salesforce, HubSpot) and the reporting tools."})
	}
	if !k.d.has(k.c.Checks.Reporting) {
		k.add(Finding{Rule: "no-reporting-line", Severity: Warning, Step: "reporting",
			Message: "No reporting line: candidates cannot see where the job sits.",
			Fix:     "Add \"You report to the Head of Account Management\" (a role, not a name)."})
	}
}

func (k *checker) severalJobs() {
	var names []string
	first := 0
	for _, fam := range k.c.Checks.Families {
		hits := k.d.find(fam.Words, all)
		if len(hits) > 0 {
			names = append(names, fam.Name)
			if first == 0 || hits[0].line < first {
				first = hits[0].line
			}
		}
	}
	if len(names) >= 3 {
		k.add(Finding{Rule: "several-jobs", Severity: Warning, Line: first, Step: "responsibilities",
			Message: "Several jobs in one: the duties span " + joinAnd(names) + ", alongside account management.",
			Fix:     "Keep the account management core; move the rest to the people who own it, or pay for the wider role."})
	}
}

var preferredWording = regexp.MustCompile(`(?i)\b(preferred|nice to have|a plus|is a bonus|ideally|desirable)\b`)

func (k *checker) qualifications() {
	if !k.d.hasSection(secRequired) {
		k.add(Finding{Rule: "qualifications-missing", Severity: Warning, Step: "skills",
			Message: "No requirements section: candidates cannot tell what is essential.",
			Fix:     "Add a list of required qualifications, and a separate one for nice-to-haves."})
		return
	}
	if k.d.hasSection(secPrefer) {
		return
	}
	for _, l := range k.d.lines {
		if l.sec == secRequired && !l.heading && preferredWording.MatchString(l.text) {
			k.add(Finding{Rule: "qualifications-mixed", Severity: Warning, Line: l.n, Phrase: preferredWording.FindString(l.text),
				Message: "Required and preferred qualifications are mixed in one list.",
				Fix:     "Move the nice-to-haves to their own list, so people who meet the essentials still apply."})
			return
		}
	}
}

func (k *checker) vague() {
	for _, v := range k.c.Checks.Vague {
		for _, h := range k.d.find([]string{v.Phrase}, all) {
			k.add(Finding{Rule: "vague-phrase", Severity: Warning, Line: h.line, Phrase: h.phrase,
				Message: fmt.Sprintf("%q fits any job and tells the reader nothing.", h.phrase), Fix: v.Fix})
		}
	}
}

func (k *checker) inclusive() {
	for _, v := range k.c.Checks.Exclusionary {
		for _, h := range k.d.find([]string{v.Phrase}, all) {
			k.add(Finding{Rule: "exclusionary", Severity: Warning, Line: h.line, Phrase: h.phrase,
				Message: fmt.Sprintf("%q can put people off for reasons unrelated to the job.", h.phrase),
				Fix:     "Use: " + v.Fix + "."})
		}
	}
	masc := k.d.find(k.c.Checks.Masculine, func(l line) bool { return !l.heading })
	fem := k.d.find(k.c.Checks.Feminine, func(l line) bool { return !l.heading })
	m, f := len(masc), len(fem)
	if m+f == 0 {
		return
	}
	counts := fmt.Sprintf("%d masculine-coded (%s) and %d feminine-coded (%s)", m, quoteList(masc, 5), f, quoteList(fem, 5))
	// An Account Manager posting legitimately uses some coded words; only a
	// clear masculine lean is worth a warning. The research found masculine
	// wording put women off, while feminine wording barely moved men.
	switch {
	case m >= 5 && m >= f+4 && m >= 2*f:
		k.add(Finding{Rule: "gender-coded", Severity: Warning, Line: masc[0].line, Step: "responsibilities",
			Message: "The wording leans masculine: " + counts + " words. Research finds this makes a job less appealing to women.",
			Fix:     "Swap some for neutral words (lead → run, competitive → strong, driven → motivated) or describe how the person works with others."})
	case f >= 5 && f >= m+4 && f >= 2*m:
		k.add(Finding{Rule: "gender-coded", Severity: Info,
			Message: "The wording leans feminine: " + counts + " words. Research found this barely affects men's interest.",
			Fix:     "Nothing needed; make sure targets and decisions are stated as plainly as the teamwork."})
	default:
		k.add(Finding{Rule: "gender-coded", Severity: Info,
			Message: "Gendered wording is balanced: " + counts + " words.", Fix: "Nothing to do."})
	}
}

func (k *checker) length() {
	n := k.d.words
	lo, hi, form := 300, 700, "full posting"
	if k.opts.Short {
		lo, hi, form = 80, 150, "short form"
	}
	switch {
	case n < lo:
		k.add(Finding{Rule: "length", Severity: Info,
			Message: fmt.Sprintf("%d words is short for a %s (%d-%d reads best).", n, form, lo, hi),
			Fix:     "Add the book of business, KPIs and what success looks like."})
	case n > hi:
		k.add(Finding{Rule: "length", Severity: Warning, Step: "responsibilities",
			Message: fmt.Sprintf("%d words is long for a %s (%d-%d reads best).", n, form, lo, hi),
			Fix:     "Cut generic duties and merge similar lines."})
	}
	if grade, ok := k.readingGrade(); ok {
		if grade > 12 {
			k.add(Finding{Rule: "reading-grade", Severity: Warning,
				Message: fmt.Sprintf("Reading grade %.1f (Flesch-Kincaid): hard going for many readers.", grade),
				Fix:     "Use shorter sentences and plainer words; aim for grade 8-10."})
		} else {
			fix := "Nothing to do: grade 8-10 suits a job ad."
			if grade < 8 {
				fix = "Nothing to do: it is easy to read."
			}
			k.add(Finding{Rule: "reading-grade", Severity: Info,
				Message: fmt.Sprintf("Reading grade %.1f (Flesch-Kincaid).", grade), Fix: fix})
		}
	}
	if k.opts.Short {
		return
	}
	bullets, prose := 0, 0
	for _, l := range k.d.lines {
		switch {
		case l.heading || l.text == "":
		case l.bullet:
			bullets++
		default:
			prose++
		}
	}
	if total := bullets + prose; total >= 10 {
		share := float64(bullets) / float64(total)
		switch {
		case share > 0.9:
			k.add(Finding{Rule: "bullets", Severity: Info,
				Message: fmt.Sprintf("%.0f%% of lines are bullets.", share*100),
				Fix:     "Open with two or three sentences on what the role is for."})
		case share < 0.2 && k.d.words > 200:
			k.add(Finding{Rule: "bullets", Severity: Info,
				Message: fmt.Sprintf("Only %.0f%% of lines are bullets: duties and requirements are hard to scan.", share*100),
				Fix:     "List responsibilities and requirements as bullets."})
		}
	}
}

var sentenceEnd = regexp.MustCompile(`[.!?]+(\s|$)`)

// readingGrade is the Flesch-Kincaid grade of the prose and bullets.
func (k *checker) readingGrade() (float64, bool) {
	words, sentences, syllables := 0, 0, 0
	for _, l := range k.d.lines {
		if l.heading || l.text == "" {
			continue
		}
		s := len(sentenceEnd.FindAllString(l.text, -1))
		if s == 0 {
			s = 1 // a bullet without a full stop is still one sentence
		}
		sentences += s
		for _, w := range strings.Fields(l.text) {
			if strings.IndexFunc(w, unicode.IsLetter) < 0 {
				continue
			}
			words++
			syllables += countSyllables(w)
		}
	}
	if words < 30 {
		return 0, false
	}
	g := 0.39*float64(words)/float64(sentences) + 11.8*float64(syllables)/float64(words) - 15.59
	return math.Round(g*10) / 10, true
}

// countSyllables estimates syllables from vowel groups, as readability tools do.
func countSyllables(w string) int {
	w = strings.ToLower(strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) }))
	if w == "" {
		return 0
	}
	n, prevVowel := 0, false
	for _, r := range w {
		v := strings.ContainsRune("aeiouy", r)
		if v && !prevVowel {
			n++
		}
		prevVowel = v
	}
	if strings.HasSuffix(w, "e") && !strings.HasSuffix(w, "le") && n > 1 {
		n--
	}
	return max(n, 1)
}

var youWords = regexp.MustCompile(`(?i)\b(you|your|you'll|you're)\b`)

func (k *checker) voice() {
	third := k.d.find(k.c.Checks.ThirdPerson, all)
	if len(third) == 0 {
		return
	}
	you := len(youWords.FindAllString(k.d.body, -1))
	k.add(Finding{Rule: "voice", Severity: Warning, Line: third[0].line, Phrase: third[0].phrase,
		Message: fmt.Sprintf("Written about %s (%d times) rather than to the reader (\"you\" %d times).", quoteList(third, 2), len(third), you),
		Fix:     "Address the reader: \"you will manage\", \"you bring\"."})
}

var applyWords = regexp.MustCompile(`(?i)\b(apply|application|send (?:us )?your|email|e-mail)\b`)

func (k *checker) callToAction() {
	if !applyWords.MatchString(k.d.body) {
		k.add(Finding{Rule: "no-call-to-action", Severity: Warning, Step: "about",
			Message: "No call to action: the posting never says how to apply.",
			Fix:     "End with where to apply, what to send, and when you will reply."})
	}
}

// --- pay transparency ---

var (
	amountExpr  = `(?:[$€£]|ca\$|a\$|nz\$|(?:usd|cad|eur|gbp|aud|nzd)\s?)\s?(\d[\d,]*(?:\.\d+)?)\s?(k\b)?`
	payRangeRe  = regexp.MustCompile(`(?i)` + amountExpr + `\s*(?:to|-|–|—|and)\s*` + amountExpr)
	openEndedRe = regexp.MustCompile(`(?i)\b(up to|from|starting (?:at|from)|at least|minimum of|as much as)\s+` + amountExpr + `|` + amountExpr + `\s?\+`)
	usNamed     = regexp.MustCompile(`(?i)\b(united states|usa|u\.s\.a?\.?)`)
	usCode      = regexp.MustCompile(`\bUS\b`) // case matters: "us" is a pronoun
	remoteWord  = regexp.MustCompile(`(?i)\bremote\b`)
	benefitWord = regexp.MustCompile(`(?i)\b(benefits?|health|dental|pension|401\(?k\)?|paid time off|holidays?|insurance|parental leave)\b`)
)

func parseAmount(num, k string) float64 {
	x, _ := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if k != "" {
		x *= 1000
	}
	return x
}

// nationwide reports whether the role is open to candidates across the US: the
// answers' hiring region names the country, or a line of the text offers
// remote work in it.
func (k *checker) nationwide(where string) bool {
	us := func(s string) bool { return usNamed.MatchString(s) || usCode.MatchString(s) }
	if k.opts.Location != "" {
		return us(where)
	}
	for _, l := range k.d.lines {
		if remoteWord.MatchString(l.text) && us(l.text) {
			return true
		}
	}
	return false
}

// lawsFor returns the laws whose places appear in where.
func (k *checker) lawsFor(where string) []content.PayLaw {
	var out []content.PayLaw
	lower := strings.ToLower(where)
	nationwide := k.nationwide(where)
	for _, law := range k.c.PayLaws.Laws {
		if nationwide && law.Country == "us" {
			out = append(out, law)
			continue
		}
		for _, m := range law.Match {
			if matchPlace(lower, m) {
				out = append(out, law)
				break
			}
		}
	}
	return out
}

func matchPlace(lower, place string) bool {
	if strings.HasPrefix(place, ", ") {
		re := wordPattern(strings.TrimPrefix(place, ", "))
		for _, loc := range re.FindAllStringIndex(lower, -1) {
			before := strings.TrimRight(lower[:loc[0]], " ")
			if strings.HasSuffix(before, ",") {
				return true
			}
		}
		return false
	}
	return wordPattern(place).MatchString(lower)
}

func (k *checker) payTransparency() {
	where := k.opts.Location
	if where == "" {
		where = strings.Join(func() []string {
			var out []string
			for _, l := range k.d.lines {
				out = append(out, l.text)
			}
			return out
		}(), "\n")
	}
	laws := k.lawsFor(where)
	if len(laws) == 0 {
		return
	}
	payLine := 0
	var min, max float64
	hasRange := false
	hasMoney := func(l line) bool {
		return strings.ContainsAny(l.text, "$€£") || strings.Contains(l.flat, "usd") || strings.Contains(l.flat, "cad") ||
			strings.Contains(l.flat, "eur") || strings.Contains(l.flat, "gbp") || strings.Contains(l.flat, "aud") || strings.Contains(l.flat, "nzd")
	}
	for _, l := range k.d.lines {
		if !hasMoney(l) {
			continue
		}
		if m := payRangeRe.FindStringSubmatch(l.text); m != nil {
			min, max = parseAmount(m[1], m[2]), parseAmount(m[3], m[4])
			hasRange, payLine = true, l.n
			break
		}
	}
	openLine, openPhrase := 0, ""
	if !hasRange {
		for _, l := range k.d.lines {
			if !hasMoney(l) {
				continue
			}
			if m := openEndedRe.FindString(l.text); m != "" {
				openLine, openPhrase = l.n, m
				break
			}
		}
	}
	asOf := "Table as of " + k.c.PayLaws.AsOf + "; not legal advice."
	// Laws that are missed the same way are reported together, so a role open
	// across the US gives one finding, not fourteen.
	type miss struct {
		severity Severity
		names    []string
		detail   string
	}
	var missing, open []*miss
	var needBenefits []string
	note := func(list *[]*miss, sev Severity, name, detail string) {
		for _, m := range *list {
			if m.severity == sev {
				m.names = append(m.names, name)
				return
			}
		}
		*list = append(*list, &miss{severity: sev, names: []string{name}, detail: detail})
	}
	for _, law := range laws {
		effective, err := time.Parse("2006-01-02", law.Effective)
		name := fmt.Sprintf("%s (%s, in force from %s; applies to %s)", law.Jurisdiction, law.Law, humanDate(law.Effective), law.Employers)
		if err == nil && k.opts.Now.Before(effective) {
			k.add(Finding{Rule: "pay-transparency", Severity: Info, Step: "pay",
				Message: fmt.Sprintf("%s will require a pay range from %s. %s", law.Jurisdiction, humanDate(law.Effective), asOf),
				Fix:     "Add the range now so the posting stays valid."})
			continue
		}
		severity, where := Error, "in the posting"
		if law.BeforeInterview {
			severity, where = Warning, "in the posting or before the first interview"
		}
		switch {
		case openLine > 0:
			note(&open, severity, name, where)
		case !hasRange:
			note(&missing, severity, name, where)
		case law.MaxRange > 0 && max-min > law.MaxRange && max <= 200000:
			k.add(Finding{Rule: "pay-transparency", Severity: Error, Line: payLine, Step: "pay",
				Message: fmt.Sprintf("The range is %s wide; %s allows at most %s. %s", formatAmount(max-min), name, formatAmount(law.MaxRange), asOf),
				Fix:     "Narrow the range."})
		}
		if law.Benefits && !k.opts.Short && !benefitWord.MatchString(k.d.body) {
			needBenefits = append(needBenefits, law.Jurisdiction)
		}
	}
	if len(needBenefits) > 0 {
		verb := "asks"
		if len(needBenefits) > 1 {
			verb = "ask"
		}
		k.add(Finding{Rule: "pay-transparency", Severity: Warning, Step: "pay",
			Message: fmt.Sprintf("%s also %s for a general description of benefits, and the posting has none. %s", joinAnd(needBenefits), verb, asOf),
			Fix:     "List the main benefits."})
	}
	lawList := func(m *miss) string {
		if len(m.names) <= 2 {
			return strings.Join(m.names, " and ")
		}
		return fmt.Sprintf("%d pay-transparency laws, including %s", len(m.names), m.names[0])
	}
	verb := func(m *miss) string {
		if len(m.names) == 1 {
			return "requires"
		}
		return "require"
	}
	for _, m := range open {
		k.add(Finding{Rule: "pay-transparency", Severity: m.severity, Line: openLine, Phrase: openPhrase, Step: "pay",
			Message: fmt.Sprintf("%q is open-ended; %s %s a range %s. %s", openPhrase, lawList(m), verb(m), m.detail, asOf),
			Fix:     "Give a minimum and a maximum, e.g. \"$65,000 to $85,000 per year\"."})
	}
	for _, m := range missing {
		k.add(Finding{Rule: "pay-transparency", Severity: m.severity, Step: "pay",
			Message: fmt.Sprintf("No pay range; %s %s one %s. %s", lawList(m), verb(m), m.detail, asOf),
			Fix:     "Add the good-faith pay range for the role."})
	}
}

func humanDate(iso string) string {
	t, err := time.Parse("2006-01-02", iso)
	if err != nil {
		return iso
	}
	return t.Format("2 January 2006")
}
