package checker

import (
	"strconv"
	"strings"
	"unicode"

	"amjd/model/base"
)

// A posting as the checker reads it: lines with their markup removed, each
// knowing whether it is a heading or a list item and which section it is in.
// Markdown and plain text are read alike, so a plain-text posting with
// headings in capitals, in sentence case or ending in a colon is understood
// the way a person reads it. Every pass over the text is linear.

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
	secGrowth   section = "growth" // how the role can grow: no rule reads it
	secOther    section = "other"
)

type line struct {
	n       int    // the document's line: its place among the lines, from 1
	src     int    // the source file's line its text starts on
	text    string // markup removed, escapes resolved
	flat    string // text in lower case, white space collapsed: for quick tests
	heading bool
	bullet  bool
	// numbered: a list item numbered "1." or "3.1", which may be a
	// section's number instead
	numbered bool
	num      int // the number of a numbered line: 4 in "4. Tools"
	sec      section
	// wraps are where in text each source line after the first starts, when
	// the line joins a sentence the source wraps (see joinWrapped)
	wraps []int
}

type document struct {
	lines []line
	title string
	body  string // all lines' flat text, one per line
	// tokens are body's words, to skip list words the text cannot hold
	tokens map[string]struct{}
	words  int
	done   <-chan struct{} // closed when the check reading it is cancelled
}

var (
	mdEscape   = base.Regexp{Expr: `\\([!-/:-@\[-` + "`" + `{-~])`}
	bulletMark = base.Regexp{Expr: `^\s*(?:[-*+•·▪◦‣–]|\(?\d{1,2}(?:[.)]|\.\d{1,2}\.?|\s*[→➔])|[a-z][.)]|\([a-z]\))\s+`}
	headingMd  = base.Regexp{Expr: `^\s{0,3}#{1,6}\s+`}
	boldOnly   = base.Regexp{Expr: `^\s*(?:\*\*|__)(.+?)(?:\*\*|__):?\s*$`}
	emphasis   = strings.NewReplacer("____", "____", "**", "", "__", "") // a blank to fill in stays
)

// factLine is a field of facts above a posting's title ("Location:
// Cardiff", "Salary: £44,000"): not its title.
var factLine = base.Regexp{Expr: `(?i)^(?:location|salary|pay|contract|hours|closing date|deadline|department|team|reports to|employment type|job type|type|posted|date posted|start date|req(?:uisition)? id|reference|ref)\s*:\s*\S`}

// looksLikeHeading spots a heading in plain text: a short line that is not
// a sentence (no final full stop) and ends in a colon, is in capitals, is in
// title case, or names a section a posting has ("What we're looking for").
func looksLikeHeading(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	if isQuestionHeading(s, words) {
		return true
	}
	if len(words) == 0 || len(words) > 8 || strings.ContainsAny(s[len(s)-1:], ".!?,;") || sentenceBreak(s) {
		return false // a sentence, or two: "You report to the Director. [amjd suggestion]"
	}
	letters := strings.IndexFunc(s, unicode.IsLetter) >= 0
	switch {
	case !letters:
		return false
	case strings.HasSuffix(s, ":"):
		// "£27,500 – £31,000 per annum, plus:" leads into a list; it names
		// no section.
		return !strings.Contains(strings.TrimSuffix(s, ":"), ":") && !strings.ContainsAny(s, "$€£")
	case strings.ToUpper(s) == s:
		// "$74,000—$88,000 USD" has no small letters, and is no heading.
		return strings.IndexFunc(s, unicode.IsDigit) < 0 || wordsWithLetters(words) >= 2
	case strings.HasSuffix(strings.ToLower(s), "pay range") || strings.HasSuffix(strings.ToLower(s), "salary range"):
		return true // Greenhouse's "St. Paul, MN Pay Range"
	}
	capital := 0
	for _, w := range words {
		if r := []rune(w)[0]; unicode.IsUpper(r) {
			capital++
		}
	}
	if len(words) <= 6 && capital*2 > len(words) && !strings.ContainsAny(s, ",;") {
		return true
	}
	// A section's words at the start: "What you'll get", "It would be great
	// if you have"; not "Curiosity about how schools use technology".
	lead := strings.Join(words[:min(4, len(words))], " ")
	named := classify(lead) != secOther || whLead.Get().MatchString(s) && classify(s) != secOther
	return len(words) <= 8 && named && !strings.ContainsAny(s, ",;@/$€£") && !strings.Contains(s, "://")
}

// sentenceBreak reports a full stop inside s that ends a sentence, not an
// abbreviation's: "St. Paul, MN Pay Range" is one line of words.
func sentenceBreak(s string) bool {
	for rest := s; ; {
		i := strings.Index(rest, ". ")
		if i < 0 {
			return false
		}
		switch word := strings.ToLower(rest[strings.LastIndexAny(rest[:i], " ,(")+1 : i]); word {
		case "st", "ste", "mt", "ft", "dr", "mr", "ms", "mrs", "no", "co", "inc", "ltd", "jr", "sr":
		default:
			return true
		}
		rest = rest[i+2:]
	}
}

// wordsWithLetters counts the words that have a letter.
func wordsWithLetters(words []string) int {
	n := 0
	for _, w := range words {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			n++
		}
	}
	return n
}

// questionWords open a heading written as a question.
var questionWords = map[string]bool{"what": true, "what's": true, "who": true, "where": true, "how": true, "why": true,
	"when": true, "which": true, "do": true, "does": true, "is": true, "are": true, "will": true, "can": true, "could": true}

// isQuestionHeading is a short question alone on its line, as postings
// written for candidates head their sections: "What will I do?".
func isQuestionHeading(s string, words []string) bool {
	return len(words) > 0 && len(words) <= 9 && strings.HasSuffix(s, "?") &&
		questionWords[strings.ToLower(strings.Trim(words[0], "*_\"'"))]
}

// leadIn is a line ending in a colon that is a sentence, not a label.
func leadIn(s string) bool {
	return strings.HasSuffix(strings.TrimSpace(s), ":") && (len(strings.Fields(s)) > 3 || leadInStart.Get().MatchString(s))
}

// leadInStart opens a short lead-in that names who does what follows: "The
// Account Manager:", "You will:".
var leadInStart = base.Regexp{Expr: `(?i)^\W*(?:you|the|candidates|applicants|this|in this|we|our|ideally)\b`}

// shortLabel is a line of at most four words that is not a sentence.
func shortLabel(s string) bool {
	s = strings.TrimSpace(s)
	words := strings.Fields(s)
	return len(words) > 0 && len(words) <= 4 && !strings.ContainsAny(s, ".!?,;:@/$€£%") &&
		strings.IndexFunc(s, unicode.IsDigit) < 0
}

func parseDocument(text string) document { return parseAs(text, DetectFormat("", text)) }

// parseAs reads text in the format given: its reader gives the lines, and
// every format's lines are then sectioned alike.
func parseAs(text string, f Format) document {
	raw := withoutTranslation(readSource(text, f))
	var d document
	read := make([]line, len(raw))
	for i, r := range raw {
		read[i] = readRaw(r)
	}
	numberedSections(read)
	if f != FormatHTML {
		raw, read = joinWrapped(raw, read)
	}
	sec, before := secIntro, section("")
	var body strings.Builder
	body.Grow(len(text))
	titleAt := pageTitle(raw)
	for i, r := range raw {
		l := &read[i]
		l.n, l.src = i+1, r.n
		switch {
		case r.inline && l.heading:
			if before == "" {
				// After the labelled paragraph, the text before any heading
				// goes on; after another section, what follows is unknown.
				before = secOther
				if sec == secIntro || sec == secTitle {
					before = sec
				}
			}
			sec = classify(l.text)
		case before != "" && l.text == "":
			// An inline label's section ends with its paragraph: "Location:
			// Bristol" says nothing of the paragraph after it.
			sec, before = before, ""
		case d.title == "" && i >= titleAt && l.text != "" && !factLine.Get().MatchString(l.text) && !breadcrumb(l.text):
			// The first line with words is the title, whatever its markup;
			// a whole posting on one line is a paragraph its title opens.
			d.title, l.heading, sec = titleLine(l.text)
		case l.heading:
			before = ""
			// A lead-in such as "The successful candidate will demonstrate:"
			// introduces the list of the section it is in.
			if next := classify(l.text); next != secOther || !leadIn(r.text) {
				sec = next
			}
		case sec == secTitle && l.text != "":
			sec = secIntro
		case showLess.Get().MatchString(l.text):
			sec = secOther // a board's "Show less" ends the description: what follows is the page's
		}
		l.sec = sec
		body.WriteString(l.flat)
		body.WriteByte('\n')
		if !l.heading && !pageChrome(l.text) {
			d.words += base.WordCount(strings.ReplaceAll(l.text, base.SuggestionMarker, ""))
		}
	}
	d.lines, d.body = read, body.String()
	d.tokens = tokensOf(d.body)
	return d
}

// readRaw makes a line of the document from a reader's line: what the
// reader knows from the markup stands; the rest the plain-text rules decide.
func readRaw(r rawLine) line {
	if r.kind == kindUnknown {
		if r.clean {
			// Markup is read away already: only "•" bullets, capitals and
			// the like are left to find.
			return readLine(r.n, strings.ReplaceAll(r.text, "\\", "\\\\"), r.alone, true)
		}
		return readLine(r.n, r.text, r.alone, false)
	}
	t := strings.TrimSpace(r.text)
	l := line{n: r.n, heading: r.kind == kindHeading, bullet: r.kind == kindBullet}
	if l.heading {
		// "4. What does the work involve?": a numbered term or heading.
		t = strings.TrimSpace(strings.TrimRight(bulletMark.Get().ReplaceAllString(t, ""), ":"))
	}
	if l.bullet {
		// "1." or "•" kept in an HTML list item's text is still its marker.
		t = bulletMark.Get().ReplaceAllString(t, "")
	}
	l.text = t
	l.flat = strings.ToLower(strings.Join(strings.Fields(quotes.Replace(t)), " "))
	return l
}

// readLine removes one line's markup and says whether it is a heading or a
// list item. Cheap byte tests first: the regular expressions run only on
// lines that could match them.
func readLine(n int, r string, alone, clean bool) line {
	l := line{n: n}
	t := r
	if strings.IndexByte(t, '\\') >= 0 {
		t = mdEscape.Get().ReplaceAllString(t, "$1")
	}
	lead := strings.TrimLeft(t, " \t")
	switch {
	case !clean && strings.HasPrefix(lead, "#") && headingMd.Get().MatchString(t):
		// (A reader that read the markup away leaves a "#" as text.)
		t = headingMd.Get().ReplaceAllString(t, "")
		l.heading = true
	case !clean && (strings.HasPrefix(lead, "**") || strings.HasPrefix(lead, "__")) && boldOnly.Get().MatchString(t):
		t = boldOnly.Get().FindStringSubmatch(t)[1]
		l.heading = true
	case pageFurniture(lead):
		t = "" // "Nokomis Benefit Services logo", "Back to jobs": the page's, not the posting's
	case emojiRune(base.FirstRune(lead)) && reactionCounts(lead):
		t = "" // "💬 1   🔁 2   ❤️ 33": a social post's counts, no text
	case emojiLead(lead) != "" && !strings.ContainsRune("•·▪◦‣", base.FirstRune(lead)):
		// "👉 A book of 30 customers", "🎯 What you'll own": an emoji marks a
		// list item, or a heading when what follows reads as one ("▪" is a
		// bullet's mark: the bullet rule reads it).
		t = emojiLead(lead)
		// "❄️ How we'll know it's going well ❄️": the same emoji on both
		// sides frame a heading ("✅ A car 🚗" is an item).
		inner := strings.TrimSpace(strings.TrimRightFunc(t, emojiRune))
		opening := strings.TrimSpace(lead[:len(lead)-len(strings.TrimLeftFunc(lead, emojiRune))])
		framed := inner != t && opening == strings.TrimSpace(t[len(inner):]) && len(strings.Fields(inner)) <= 8 && !strings.HasSuffix(inner, ".")
		t = inner
		l.heading = framed || looksLikeHeading(t) && (len(strings.Fields(t)) <= 5 || strings.HasSuffix(t, ":") || strings.HasSuffix(t, "?"))
		l.bullet = !l.heading
	case lead != "" && strings.ContainsRune("-*+•·▪◦‣–(0123456789abcdefghijklmnopqrstuvwxyz", base.FirstRune(lead)) && bulletMark.Get().MatchString(t):
		t = bulletMark.Get().ReplaceAllString(t, "")
		// "4. What you need:" numbers a section; it is not a list item.
		// "(2) The role" is numbered as "2." is.
		digits := strings.TrimPrefix(lead, "(")
		numbered := strings.ContainsRune("0123456789", base.FirstRune(digits))
		l.bullet = !numbered || !strings.HasSuffix(strings.TrimSpace(t), ":") || classify(t) == secOther
		l.heading, l.numbered = !l.bullet, numbered && l.bullet
		if numbered {
			l.num, _ = strconv.Atoi(digits[:strings.IndexFunc(digits, func(r rune) bool { return r < '0' || r > '9' })])
		}
	case lead != "" && lead[0] >= 'A' && lead[0] <= 'Z' && codedItem.Get().MatchString(t) && unicode.IsUpper(base.FirstRune(codedItem.Get().ReplaceAllString(t, ""))):
		// "KSC3  Demonstrated proficiency …": a selection criterion numbered
		// by its code, an item of its list.
		t, l.bullet = codedItem.Get().ReplaceAllString(t, ""), true
	case romanNumber.Get().MatchString(t) && looksLikeHeading(romanNumber.Get().ReplaceAllString(t, "")):
		// "II. ESSENTIAL DUTIES": a section of an HR form.
		t = romanNumber.Get().ReplaceAllString(t, "")
		l.heading = true
	case looksLikeHeading(t), alone && shortLabel(t):
		l.heading = true
	}
	t = strings.TrimSpace(emphasis.Replace(t))
	l.text = strings.TrimRight(t, ":")
	if !l.heading {
		l.text = t
	}
	l.flat = strings.ToLower(strings.Join(strings.Fields(quotes.Replace(t)), " "))
	return l
}

// numberedSections makes headings of numbered lines that name sections —
// "1. About us", "3. What you will do", "7. Requirements" — when at least
// three name different sections: one alone may be a list item.
// Among them, a numbered line in capitals ("3. YOUR ACCOUNTS") is a heading
// too, whatever it names.
func numberedSections(ls []line) {
	var at []int
	secs := map[section]bool{}
	for i, l := range ls {
		if l.numbered && len(strings.Fields(l.text)) <= 6 && !strings.HasSuffix(l.text, ".") {
			if s := classify(l.text); s != secOther {
				at = append(at, i)
				secs[s] = true
			} else if strings.ToUpper(l.text) == l.text && strings.IndexFunc(l.text, unicode.IsLetter) >= 0 {
				at = append(at, i)
			}
		}
	}
	if len(secs) < 3 {
		return
	}
	for _, i := range at {
		ls[i].heading, ls[i].bullet = true, false
	}
	// The sections' numbers run on: "5. Who you work with" after "4. How
	// success is measured" is the next section, whatever it names; a list's
	// "1." under it starts again.
	next := 0
	for i, l := range ls {
		switch {
		case l.heading && l.num > 0:
			next = l.num + 1
		case l.numbered && next > 0 && l.num == next && len(strings.Fields(l.text)) <= 6 && !strings.HasSuffix(l.text, "."):
			ls[i].heading, ls[i].bullet = true, false
			next++
		}
	}
}

// reactionCounts reports a line of emoji and the numbers beside them: a
// post's replies, reposts and likes.
func reactionCounts(s string) bool {
	words := 0
	for _, f := range strings.Fields(s) {
		r := strings.TrimRightFunc(strings.TrimSuffix(strings.TrimSuffix(f, "K"), "M"), func(r rune) bool { return r == '.' || unicode.IsDigit(r) })
		if strings.IndexFunc(r, unicode.IsLetter) >= 0 {
			return false
		}
		words++
	}
	return words >= 2
}

// emojiLead is the text after the emoji and symbols that open a line
// ("👉 ", "✅ ", "🛠️ "), or "" when it does not open with one.
func emojiLead(s string) string {
	if m := keycap.Get().FindStringIndex(s); m != nil {
		s = "⃣" + s[m[1]:] // "1️⃣ Keep 92% of your contracts": a keycap numbers an item
	}
	rest := strings.TrimLeftFunc(s, emojiRune)
	if len(rest) == len(s) || rest == "" || (rest[0] != ' ' && rest[0] != '\t') {
		return ""
	}
	return strings.TrimSpace(rest)
}

// keycap is a keycap emoji: a digit, an optional variation selector and the
// enclosing keycap.
var keycap = base.Regexp{Expr: `^\s*[0-9#*]\x{FE0F}?\x{20E3}`}

// emojiRune is a rune of an emoji or a symbol that opens or closes a line.
func emojiRune(r rune) bool {
	return unicode.Is(unicode.So, r) || r == 0xFE0F || r == 0x200D || r == 0x20E3 || unicode.Is(unicode.Sk, r)
}

func (d document) hasSection(s section) bool {
	for _, l := range d.lines {
		if l.heading && l.sec == s {
			return true
		}
	}
	return false
}

// PostingWords counts a posting's words as its length check does: the words
// of its text, not its headings or amjd's suggestion markers. The review
// screen shows this count, so the two never disagree.
func PostingWords(text string) int { return parseDocument(text).words }
