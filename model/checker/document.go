package checker

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"amjd/model/base"
	"amjd/model/markup"
	"amjd/model/measure"
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
	// tokens are body's words, sorted, to skip list words the text cannot
	// hold
	tokens []string
	words  int
	done   <-chan struct{} // closed when the check reading it is cancelled
}

var (
	mdEscape   = base.Regexp{Expr: `\\([!-/:-@\[-` + "`" + `{-~])`}
	bulletMark = base.Regexp{Expr: `^\s*(?:[-=]>|[→➔➜⇒]|[-*+•·▪◦‣–⁃]|\(?\d{1,2}(?:[.)]|\.\d{1,2}\.?|\s*[→➔])|[a-z][.)]|\([a-z]\))\s+|^\s*[ØüÞ§](?:\t|\s{2,})\s*|^\s*o\t\s*|^\s*[\x{E000}-\x{F8FF}]\s+`}
	headingMd  = base.Regexp{Expr: `^\s{0,3}#{1,6}\s+`}
	boldOnly   = base.Regexp{Expr: `^\s*(?:\*\*|__)(.+?)(?:\*\*|__):?\s*$`}
	emphasis   = strings.NewReplacer("____", "____", "___", "___", "**", "", "__", "") // a blank to fill in stays
)

// factLine is a field of facts above a posting's title ("Location:
// Cardiff", "Salary: £44,000"): not its title.
var factLine = base.Regexp{Expr: `(?i)^(?:location|salary|pay|contract|hours|closing date|deadline|department|team|reports to|employment type|job type|type|posted|date posted|start date|req(?:uisition)? id|reference|ref)\s*:\s*\S`}

func parseDocument(text string) document { return parseAs(text, DetectFormat("", text)) }

// parseAs reads text in the format given: its reader gives the lines, and
// every format's lines are then sectioned alike.
func parseAs(text string, f Format) document {
	raw, read := readLines(withoutTranslation(readSource(text, f)), f)
	var d document
	sec, before, opened := secIntro, section(""), false
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
		case d.title == "" && i >= titleAt && l.text != "" && !factLine.Get().MatchString(l.text) && !markup.Breadcrumb(l.text):
			// The first line with words is the title, whatever its markup;
			// a whole posting on one line is a paragraph its title opens.
			d.title, l.heading, sec = titleLine(l.text)
		case l.heading && !opened && markup.ApplyButton(l.text):
			// Lever's "Apply for this job" over the posting: the text after
			// it is the posting's opening, not how to apply.
			sec = secIntro
		case l.heading:
			before = ""
			// A lead-in such as "The successful candidate will demonstrate:"
			// introduces the list of the section it is in.
			if next := classify(l.text); next != secOther || !markup.LeadIn(r.text) {
				sec = next
			}
		case sec == secTitle && l.text != "":
			sec = secIntro
		case showLess.Get().MatchString(l.text):
			sec = secOther // a board's "Show less" ends the description: what follows is the page's
		}
		l.sec = sec
		opened = opened || !l.heading && len(l.text) > 80 // the posting's first paragraph
		body.WriteString(l.flat)
		body.WriteByte('\n')
		if !l.heading && !markup.PageChrome(l.text) {
			d.words += base.WordCount(strings.ReplaceAll(l.text, base.SuggestionMarker, ""))
		}
	}
	d.lines, d.body = read, body.String()
	d.tokens = tokensOf(d.body)
	measuresAsked(d.lines)
	return d
}

// measuresAsked moves a list under a requirements heading whose items set
// targets to the success measures: "WHAT I'LL BE LOOKING FOR" over "Keep 92
// cents of every dollar …", "Grow what they spend by 6% or better".
func measuresAsked(ls []line) {
	for i := 0; i < len(ls); i++ {
		j := i + 1
		for j < len(ls) && !ls[j].heading && ls[j].sec == ls[i].sec {
			j++
		}
		var items []string
		for _, l := range ls[i+1 : j] {
			if l.bullet {
				items = append(items, l.text)
			}
		}
		if ls[i].heading && ls[i].sec == secRequired && measure.List(items) {
			for k := i; k < j; k++ {
				ls[k].sec = secSuccess
			}
		}
		i = j - 1
	}
}

// readLines reads each of the reader's lines, then what only the lines
// around a line tell: numbered sections, an outline's items, sentences
// wrapped over several lines.
func readLines(raw []rawLine, f Format) ([]rawLine, []line) {
	read := make([]line, len(raw))
	for i, r := range raw {
		read[i] = readRaw(r)
	}
	numberedSections(read)
	if f == FormatText {
		tabbedItems(raw, read)
	}
	if f != FormatHTML {
		raw, read = joinWrapped(raw, read)
	}
	return raw, read
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
	l.flat = flatten(t)
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
	case strings.HasPrefix(lead, "#") && (markup.IsHashtagHeading(lead) || !clean && headingMd.Get().MatchString(t)):
		t, l.heading = hashHeading(t, lead), true
	case strings.HasPrefix(lead, "▌") || strings.HasPrefix(lead, "█"):
		t, l.heading = strings.TrimLeft(lead, "▌█ "), true // "▌ What good looks like after a year"
	case !clean && (strings.HasPrefix(lead, "**") || strings.HasPrefix(lead, "__")) && boldOnly.Get().MatchString(t):
		t = boldOnly.Get().FindStringSubmatch(t)[1]
		l.heading = true
	case markup.PageFurniture(lead) || markup.EmojiRune(base.FirstRune(lead)) && markup.ReactionCounts(lead):
		t = "" // a logo's text, "Back to jobs", "💬 1   🔁 2   ❤️ 33": no text
	case markup.EmojiLead(lead) != "" && !strings.ContainsRune("•·▪◦‣", base.FirstRune(lead)):
		// An emoji marks an item or a heading ("👉 A book of 30", "🎯 What you'll own"); "▪" is a bullet.
		t, l.heading = emojiItem(lead)
		l.bullet = !l.heading
	case markup.MayBeBullet(lead) && bulletMark.Get().MatchString(t):
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
	case markup.WordSubBullet(lead):
		t, l.bullet = strings.TrimLeft(lead[2:], " "), true
	case lead != "" && lead[0] >= 'A' && lead[0] <= 'Z' && codedItem.Get().MatchString(t) && unicode.IsUpper(base.FirstRune(codedItem.Get().ReplaceAllString(t, ""))):
		// "KSC3  Demonstrated proficiency …": a selection criterion numbered
		// by its code, an item of its list.
		t, l.bullet = codedItem.Get().ReplaceAllString(t, ""), true
	case strings.HasPrefix(strings.TrimSpace(t), "§") && sectionSign.Get().MatchString(t) && markup.LooksLikeHeading(sectionSign.Get().ReplaceAllString(t, "")):
		// "§ 7  What you need": a section numbered as a statute's is.
		t = sectionSign.Get().ReplaceAllString(t, "")
		l.heading = true
	case lead != "" && lead[0] >= 'A' && lead[0] <= 'Z' && romanNumber.Get().MatchString(t) && markup.LooksLikeHeading(romanNumber.Get().ReplaceAllString(t, "")):
		// "II. ESSENTIAL DUTIES": a section of an HR form.
		t = romanNumber.Get().ReplaceAllString(t, "")
		l.heading = true
	case markup.LooksLikeHeading(t), alone && markup.ShortLabel(t):
		l.heading = true
	}
	if strings.Contains(t, "**") || strings.Contains(t, "__") {
		t = emphasis.Replace(t)
	}
	t = strings.TrimSpace(t)
	l.text = strings.TrimRight(t, ":")
	if !l.heading {
		l.text = t
	}
	l.flat = flatten(t)
	return l
}

// hashHeading is a heading's text: "#WhatYoullDo" alone on its line, a
// heading written as a hashtag, or Markdown's "## What you'll do" (a reader
// that read the markup away leaves a "#" as text, and is not asked).
func hashHeading(t, lead string) string {
	if markup.IsHashtagHeading(lead) {
		return markup.HashtagWords(lead)
	}
	return headingMd.Get().ReplaceAllString(t, "")
}

// emojiItem reads a line that an emoji opens: its text, and whether it is
// a heading, which it is when what follows reads as one.
func emojiItem(lead string) (string, bool) {
	t := markup.EmojiLead(lead)
	// "❄️ How we'll know it's going well ❄️": the same emoji on both sides
	// frame a heading ("✅ A car 🚗" is an item).
	inner := strings.TrimSpace(strings.TrimRightFunc(t, markup.EmojiRune))
	opening := strings.TrimSpace(lead[:len(lead)-len(strings.TrimLeftFunc(lead, markup.EmojiRune))])
	framed := inner != t && opening == strings.TrimSpace(t[len(inner):]) && len(strings.Fields(inner)) <= 8 && !strings.HasSuffix(inner, ".")
	return inner, framed || markup.LooksLikeHeading(inner) && (len(strings.Fields(inner)) <= 5 || strings.HasSuffix(inner, ":") || strings.HasSuffix(inner, "?"))
}

// flatten is a line's text as the rules search it: in small letters, with
// straight quotes and single spaces. Most lines need no change and are not
// copied.
func flatten(t string) string {
	plain := true
	for i := 0; i < len(t) && plain; i++ {
		c := t[i]
		plain = c < utf8.RuneSelf && c != '\t' && c != '\n' && c != '\r' && c != '\v' && c != '\f' && (c < 'A' || c > 'Z') &&
			(c != ' ' || i > 0 && i < len(t)-1 && t[i+1] != ' ')
	}
	if plain {
		return t
	}
	return strings.ToLower(strings.Join(strings.Fields(quotes.Replace(t)), " "))
}

// tabbedItems makes list items of lines indented by a tab under a heading,
// as an outline (PowerPoint's, a plain-text export's) sets its points
// under each title with no mark: a run of two or more such lines.
func tabbedItems(raw []rawLine, ls []line) {
	for i := 0; i < len(ls); i++ {
		if !ls[i].heading {
			continue
		}
		j := i + 1
		for j < len(ls) && strings.HasPrefix(raw[j].text, "\t") && !ls[j].heading && ls[j].text != "" {
			j++
		}
		if j-i-1 >= 2 {
			for k := i + 1; k < j; k++ {
				ls[k].bullet = true
			}
		}
	}
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
