package checker

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
	"time"

	"amjd/content"
	"amjd/model/base"
)

// Severity ranks a finding.
type Severity int

// The severities, least serious first: Info is worth knowing, Warning is
// worth fixing, and Error is a problem to fix before publishing.
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
	// Step is the wizard step that fixes it, when the posting came from
	// answers; Field is the field of that step, when one is known.
	Step  string `json:"-"`
	Field string `json:"-"`
}

// CheckOptions tune a check.
type CheckOptions struct {
	// Input is the format the text is in; empty tells it from the text,
	// with Name's extension as a hint.
	Input Format
	// Name is the file the text came from, if any.
	Name string
	// Short checks the job-board form (80-150 words) instead of a full posting.
	Short bool
	// Now decides which laws are in force; zero means today.
	Now time.Time
	// Location is where the job is, when known from answers; without it the
	// whole text is searched for places.
	Location string
}

type checker struct {
	c           *content.Catalog
	d           document
	opts        CheckOptions
	findings    []Finding
	sentences   map[int][][]int // each line's sentence bounds, found once
	people      map[int]named   // who each line names, found once
	others      map[string]bool // whether a sentence names someone else as the doer
	names       []string        // first names of the people named in full
	shown, more map[string]int  // findings listed, and not, by rule
	protecting  map[int]bool    // lines of an equal-opportunity statement
	finance     bool            // an Accounting Manager's posting: a finance job, no book
}

// wholeItem are the rules whose finding is about a whole list item.
var wholeItem = map[string]bool{"qualifications-mixed": true, "soft-skills-only": true}

// perRule is the most findings of one rule listed: no real posting comes
// near it, and a megabyte of one phrase is told in one line, not 100,000.
const perRule = 500

func (k *checker) add(f Finding) {
	if k.full(f.Rule) {
		return
	}
	k.shown[f.Rule]++
	k.findings = append(k.findings, f)
}

// full reports whether rule has its perRule findings, counting one more not
// shown; a rule asks before costly work on a hit.
func (k *checker) full(rule string) bool {
	k.counting()
	if k.shown[rule] < perRule {
		return false
	}
	k.more[rule]++
	return true
}

// counting makes the counts of findings listed and not.
func (k *checker) counting() {
	if k.shown == nil {
		k.shown, k.more = map[string]int{}, map[string]int{}
	}
}

// notListed counts n findings of rule that were not collected.
func (k *checker) notListed(rule string, n int) {
	if n > 0 {
		k.counting()
		k.more[rule] += n
	}
}

// notShown adds, for each rule over perRule, how many findings were left
// out.
func (k *checker) notShown() {
	for _, rule := range slices.Sorted(maps.Keys(k.more)) {
		k.findings = append(k.findings, Finding{Rule: rule, Severity: Info,
			Message: fmt.Sprintf("%d more findings of this kind are not listed; the first %d are.", k.more[rule], perRule),
			Fix:     "Fix the ones listed, then check again."})
	}
}

// Check reviews a posting given as Markdown or plain text. Findings come back
// most severe first, then in line order.
func Check(c *content.Catalog, text string, opts CheckOptions) []Finding {
	fs, _ := CheckContext(context.Background(), c, text, opts)
	return fs
}

// CheckContext is Check, stopped soon after ctx is done: then it returns
// ctx's error and no findings, for a check that a newer one has replaced.
func CheckContext(ctx context.Context, c *content.Catalog, text string, opts CheckOptions) ([]Finding, error) {
	if opts.Now.IsZero() {
		opts.Now = time.Now()
	}
	f := opts.Input
	if f == "" {
		f = DetectFormat(opts.Name, text)
	}
	doc := parseAs(text, f)
	doc.done = ctx.Done()
	k := &checker{c: c, d: doc, opts: opts}
	rules := []func(){
		k.suggestions, k.placeholders, k.hiddenSales, k.accounting, k.book, k.metrics, k.kpiLines,
		k.skills, k.requirements, k.severalJobs, k.vague, k.exclusionary, k.gender, k.pronouns, k.age, k.protected, k.screens,
		k.length, k.voice, k.callToAction, k.payTransparency,
	}
	if !opts.Short {
		// A job-board summary points to the full posting; these belong there.
		rules = append(rules, k.toolsAndReporting, k.qualifications)
	}
	for _, rule := range rules {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		rule()
	}
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	k.findings = payToldOnce(oneName(withoutRepeats(k.findings)))
	k.notShown()
	// The rules count the document's lines; a finding names the source's:
	// where its phrase is, or where the item starts for a rule about a
	// whole item (a wrapped nice-to-have among the requirements).
	for i := range k.findings {
		if n := k.findings[i].Line; n > 0 && n <= len(doc.lines) {
			k.findings[i].Line = doc.lines[n-1].sourceLine(k.findings[i].Phrase)
			if wholeItem[k.findings[i].Rule] {
				k.findings[i].Line = doc.lines[n-1].src
			}
		}
	}
	sort.SliceStable(k.findings, func(i, j int) bool {
		a, b := k.findings[i], k.findings[j]
		if a.Severity != b.Severity {
			return a.Severity > b.Severity
		}
		return a.Line < b.Line
	})
	return k.findings, nil
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

// Summary is a one-line count of findings, such as "1 error, 2 warnings, 3 notes".
func Summary(fs []Finding) string {
	e, w, i := Count(fs)
	plural := func(n int, one, many string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, one)
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	return plural(e, "error", "errors") + ", " + plural(w, "warning", "warnings") + ", " + plural(i, "note", "notes")
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

// withoutRepeats drops a finding another one says already: the same rule on
// the same line, its phrase the same or part of the other's ("fast-paced"
// within "fast-paced environment"). Linear in the findings of a line.
// payToldOnce drops "competitive salary" as a vague phrase where the pay
// law's finding already says the posting gives no range: one problem, one
// finding.
func payToldOnce(fs []Finding) []Finding {
	if !slices.ContainsFunc(fs, func(f Finding) bool { return f.Rule == "pay-transparency" }) {
		return fs
	}
	return slices.DeleteFunc(fs, func(f Finding) bool {
		return f.Rule == "vague-phrase" && vaguePay.Get().MatchString(f.Phrase)
	})
}

// vaguePay is a vague phrase that stands for a salary.
var vaguePay = base.Regexp{Expr: `(?i)^(?:(?:highly |very )?(?:competitive|attractive|market[- ]rate|excellent|generous)\s+(?:salary|pay|compensation|package|remuneration|rates?|base)|doe|commensurate.*)$`}

// oneName drops an exclusionary finding whose phrase shares a word with a
// protected characteristic or an age found on its line: "Australian-born
// applicants only" is one problem, told by its most specific rule.
func oneName(fs []Finding) []Finding {
	specific := map[int][]string{}
	for _, f := range fs {
		if f.Rule == "protected-characteristic" || f.Rule == "age-bias" {
			specific[f.Line] = append(specific[f.Line], strings.Fields(strings.ToLower(strings.ReplaceAll(f.Phrase, "-", " ")))...)
		}
	}
	out := fs[:0]
	for _, f := range fs {
		named := false
		for _, w := range strings.Fields(strings.ToLower(strings.ReplaceAll(f.Phrase, "-", " "))) {
			named = named || f.Rule == "exclusionary" && f.Line > 0 && slices.Contains(specific[f.Line], w)
		}
		if !named {
			out = append(out, f)
		}
	}
	return out
}

// sharesWord reports two phrases that share a word of four letters or
// more: "no young children" and "children at home" found on one line are
// one problem.
func sharesWord(a, b string) bool {
	words := strings.Fields(strings.ToLower(b))
	for _, w := range strings.Fields(strings.ToLower(a)) {
		if len(w) >= 4 && slices.Contains(words, w) {
			return true
		}
	}
	return false
}

func withoutRepeats(fs []Finding) []Finding {
	type at struct {
		rule string
		line int
	}
	byLine := map[at][]int{}
	for i, f := range fs {
		// Each suggestion marker stands for its own suggestion.
		if f.Line > 0 && f.Phrase != "" && f.Rule != RuleSuggestion {
			byLine[at{f.Rule, f.Line}] = append(byLine[at{f.Rule, f.Line}], i)
		}
	}
	drop := map[int]bool{}
	for _, idx := range byLine {
		if len(idx) > 64 {
			continue // a line this full of one rule's phrases is shown as found
		}
		for _, i := range idx {
			for _, j := range idx {
				if i != j && !drop[j] && (strings.Contains(strings.ToLower(fs[j].Phrase), strings.ToLower(fs[i].Phrase)) &&
					(len(fs[j].Phrase) > len(fs[i].Phrase) || j < i) || j < i && sharesWord(fs[i].Phrase, fs[j].Phrase)) {
					drop[i] = true
					break
				}
			}
		}
	}
	out := fs[:0]
	for i, f := range fs {
		if !drop[i] {
			out = append(out, f)
		}
	}
	return out
}
