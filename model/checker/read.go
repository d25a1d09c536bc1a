package checker

import (
	"path/filepath"
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/captions"
	"amjd/model/ical"
	"amjd/model/markup"
)

// Format is how a job description is written: Markdown, HTML or plain text.
// Each has its reader; all three give the rules the same lines, numbered as
// in the source file.
type Format string

// The formats a job description can be read in.
const (
	FormatMarkdown Format = "markdown"
	FormatHTML     Format = "html"
	FormatText     Format = "text"
)

// Formats lists the formats by name, for a flag's help and its errors.
var Formats = []Format{FormatMarkdown, FormatHTML, FormatText}

// lineKind is what a reader knows of a line: a heading or list item by its
// markup, or unknown, for the plain-text rules to decide (a heading in
// capitals, a "•" bullet, a question heading).
type lineKind = markup.Kind

const (
	kindUnknown = markup.Unknown
	kindHeading = markup.Heading
	kindBullet  = markup.Bullet
	kindText    = markup.Text // known to be text: what follows an inline label
)

// rawLine is one line of the source as its reader found it.
type rawLine struct {
	n     int
	text  string
	kind  lineKind
	alone bool // a line standing alone before more text: may be a heading
	clean bool // markup already removed by the reader
	// inline: a heading at the start of a paragraph's first line, "What
	// You'll Do: Meet each client …"; its section ends with the paragraph.
	inline bool
	// boldLead: the line opens with bold text, "**Benefits:** Medical …".
	boldLead bool
	top      bool // an HTML page's <h1>: its title, after the page's menus
	goesOn   bool // an indented line of a Markdown list item: the item goes on
}

var (
	htmlSniff = base.Regexp{Expr: `(?i)<!doctype html|<html[\s>]|<body[\s>]|<(?:p|li|ul|ol|h[1-6]|div|br|strong|b|table|tr|td|span|section|article|main)(?:\s[^>]*)?/?>`}
	// Lists alone are no sign of Markdown: plain text has "-" and "*"
	// bullets too, and the plain-text reader reads them.
	mdSniff = base.Regexp{Expr: `(?m)^ {0,3}#{1,6}\s+\S|^ {0,3}(?:=+|-{2,})\s*$|\*\*\S[^*\n]*\*\*|__\S[^_\n]*__|\[[^\]\n]+\]\([^)\n]+\)`}
)

// DetectFormat tells a job description's format from its content; the file
// name's extension decides only when the content could be either ("-" has
// none). HTML is known by its tags, Markdown by its headings, emphasis,
// links and lists; anything else is read as plain text.
func DetectFormat(name, text string) Format {
	text = unwrap(text)
	head := text
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	tags := len(htmlSniff.Get().FindAllStringIndex(head, 8))
	ext := strings.ToLower(filepath.Ext(name))
	markdownFile := ext == ".md" || ext == ".markdown" || ext == ".mdx"
	switch {
	case markdownFile && !strings.HasPrefix(strings.TrimSpace(head), "<"):
		return FormatMarkdown // a Markdown file may name tags in its prose
	case tags >= 2 || tags == 1 && (ext == ".html" || ext == ".htm"):
		return FormatHTML
	case markdownFile:
		return FormatMarkdown
	case ext == ".org" || ext == ".tex" || markup.IsWikitext(head) || markup.IsJira(head) || markup.IsBBCode(head) || markup.IsLaTeX(head):
		return FormatText // MediaWiki, Jira, forum or LaTeX source: see package markup
	case mayBeMarkdown(head) && mdSniff.Get().MatchString(head):
		return FormatMarkdown
	}
	return FormatText
}

// mayBeMarkdown is the cheap test before mdSniff: each of its forms needs
// one of these.
func mayBeMarkdown(head string) bool {
	return strings.ContainsAny(head, "#=") || base.ContainsAny(head, []string{"--", "**", "__", "]("})
}

// unwrap takes the posting out of what holds it: a raw e-mail, a job feed,
// an RTF file, a chain of e-mails; and reads Unicode's bold letters as letters.
func unwrap(text string) string {
	return markup.WithoutLinkTargets(markup.Unspaced(markup.PlainLetters(markup.FromMailChain(markup.FromRTF(markup.FromJobFeed(markup.FromEmail(ical.FromCalendar(captions.FromCaptions(text)))))))))
}

// readSource splits a job description into lines by its format's reader.
func readSource(text string, f Format) []rawLine {
	text = unwrap(strings.TrimPrefix(text, "\ufeff")) // a byte-order mark is no text
	if f != FormatHTML && strings.Contains(text, "\f") {
		text = strings.Join(markup.BlankRunningHeads(splitLines(text)), "\n") // a word processor's pages
	}
	switch f {
	case FormatHTML:
		return readHTML(text)
	case FormatMarkdown:
		if strings.Contains(text, "   ") {
			text = strings.Join(markup.UnGutter(splitLines(text)), "\n") // a form's or a table's two columns, as plain text has them
		}
		if !deeplyNested(text) {
			return readMarkdown(markup.Tables(markup.FromPandoc(markup.FromMDX(markup.FromNoteApp(markup.FromHugo(text)))), false))
		}
		// Quotes or lists nested dozens deep ("> > > …", "- - - …") are
		// no posting's layout, and a Markdown parser's time grows with
		// depth times length: such text is read line by line.
	}
	return readText(markup.Tables(text, true))
}

// readText reads plain text line by line: every line's kind is left to the
// plain-text rules.
func readText(text string) []rawLine {
	raw := markup.FromIRCLog(splitLines(text))
	if markup.IsChat(raw[:min(len(raw), 400)]) {
		raw = markup.LongestMessage(raw)
	} else {
		raw = markup.WithoutLineStamps(raw) // a task's annotations: "2028-01-11 09:14:02 THE JOB"
	}
	raw, kinds := unmark(text, raw)
	out := make([]rawLine, 0, len(raw))
	for i, r := range raw {
		if kinds[i] != kindUnknown {
			out = append(out, rawLine{n: i + 1, text: r, kind: kinds[i]})
			continue
		}
		first := i == 0 || strings.TrimSpace(raw[i-1]) == ""
		alone := first && (i+1 < len(raw) && len(strings.TrimSpace(raw[i+1])) > 0 || markup.SpacedHeading(raw, i))
		if q, ok := strings.CutPrefix(strings.TrimLeft(r, " \t"), "Q:"); ok && strings.HasSuffix(strings.TrimSpace(q), "?") {
			// "Q: Who are we?" over "A: …": an FAQ's question heads its answer.
			out = append(out, rawLine{n: i + 1, text: strings.TrimSpace(q), kind: kindHeading})
			continue
		}
		if a, ok := strings.CutPrefix(strings.TrimLeft(r, " \t"), "A: "); ok && i > 0 && markup.Answered(raw, i) {
			r = a
		}
		if label, rest, ok := inlineLabel(r); ok && len(strings.Fields(rest)) <= 2 && classify(rest) != secOther {
			// "Person Specification: Desirable": the word after the colon
			// tells the section.
			out = append(out, rawLine{n: i + 1, text: strings.TrimSpace(label + ": " + rest), kind: kindHeading})
			continue
		} else if ok && (!itemLead(label) || !listItem(raw, i)) {
			kind := kindText
			if markup.MayBeBullet(rest) && bulletMark.Get().MatchString(rest) {
				kind = kindUnknown // "DAY TO DAY     - Be the first call …": a list's first item
			}
			out = append(out, rawLine{n: i + 1, text: label, kind: kindHeading, inline: true}, rawLine{n: i + 1, text: rest, kind: kind})
			continue
		}
		out = append(out, rawLine{n: i + 1, text: r, alone: alone})
	}
	return out
}

// unmark reads a plain text's own markup away, line by line (a wiki's,
// BBCode, Jira's, LaTeX, Org mode, an outline, a form's two columns), and
// says which lines that markup made headings or items.
func unmark(text string, raw []string) ([]string, []lineKind) {
	head := text[:min(len(text), 64<<10)]
	wiki, bb, jira := markup.IsWikitext(head), markup.IsBBCode(head), markup.IsJira(head)
	kinds := make([]lineKind, len(raw))
	switch {
	case markup.IsLaTeX(head):
		raw, kinds = markup.UnLaTeX(raw)
	case markup.IsOrg(head):
		raw, kinds = markup.UnOrg(raw)
	case markup.IsOutline(raw[:min(len(raw), 400)]):
		raw, kinds = markup.UnOutline(raw)
	}
	if !bb && !jira {
		raw = markup.UnGutter(raw) // a form's or a table's "Label      value" columns, even between a mail's "=== … ===" markers
	}
	if !wiki && !bb && !jira {
		raw = markup.UnNumberForm(raw, kinds) // a form's numbered questions
	}
	for i := range raw {
		switch {
		case wiki:
			raw[i], kinds[i] = markup.Unwiki(raw[i])
		case bb:
			raw[i], kinds[i] = markup.UnBBCode(raw[i])
		case jira:
			raw[i], kinds[i] = markup.UnJira(raw[i])
		}
		raw[i] = fieldName(unquote(raw[i]))
	}
	return raw, kinds
}

// itemLead is a label of three words or more that does not open the way
// headings do ("What you'll do", "How to apply"): "Strong commercial skills".
func itemLead(label string) bool {
	return len(strings.Fields(label)) >= 3 && !headingStart.Get().MatchString(label)
}

var headingStart = base.Regexp{Expr: `(?i)^(?:how|what|who|where|why|when|your|about|our)\b`}

// listItem reports a line inside a run of lines that are no labels: "Strong
// commercial skills: trading terms, P&L …" between two requirements is an
// item with a lead, not a heading.
func listItem(raw []string, i int) bool {
	item := func(k int) bool {
		if k < 0 || k >= len(raw) || strings.TrimSpace(raw[k]) == "" {
			return false
		}
		_, _, label := inlineLabel(raw[k])
		return !label
	}
	return item(i-1) && item(i+1)
}

// propertyLine is a field as Org mode, reStructuredText and some exports
// write it: ":REPORTS_TO: Danielle Fortier", ":Employment type: Permanent".
var propertyLine = base.Regexp{Expr: `^\s*:([A-Za-z]+(?:[_ -][A-Za-z]+)*):\s+(\S.*)$`}

// fieldName writes a property line as a label and its value, "REPORTS TO:
// Danielle Fortier", so it reads as any "Label: value" line.
func fieldName(r string) string {
	if !strings.HasPrefix(strings.TrimLeft(r, " \t"), ":") {
		return r
	}
	m := propertyLine.Get().FindStringSubmatch(r)
	if m == nil {
		return r
	}
	return strings.ReplaceAll(m[1], "_", " ") + ": " + m[2]
}

// unquote removes the "> " marks a forwarded e-mail puts before each line.
func unquote(r string) string {
	for strings.HasPrefix(r, ">") {
		r = strings.TrimPrefix(strings.TrimPrefix(r, ">"), " ")
	}
	return r
}

// inlineLabel splits "What You'll Do: Meet each client …" into a heading and
// its first line: a label of up to five words, capitalised, naming a section
// a posting has, then a colon and text.
func inlineLabel(r string) (label, rest string, ok bool) {
	if e := markup.EmojiLead(strings.TrimSpace(r)); e != "" {
		r = e // "🛠️ Your toolkit: HubSpot, Gainsight"
	}
	for _, re := range []*base.Regexp{&capsRunIn, &capsGutter} {
		if m := re.Get().FindStringSubmatch(r); m != nil && (strings.Contains(m[1], " ") || len(m[1]) >= 5 || classify(m[1]) != secOther) {
			return m[1], m[2], true // "WHO WE ARE. We make curling brooms", "PAY     €40,000 …"
		}
	}
	i := strings.IndexByte(r, ':')
	if i <= 0 || i > 40 {
		return "", "", false
	}
	label, rest = strings.TrimSpace(r[:i]), strings.TrimSpace(r[i+1:])
	if rest == "" || strings.HasPrefix(rest, "//") || len(strings.Fields(label)) > 5 ||
		!unicode.IsUpper(base.FirstRune(label)) || strings.ContainsAny(label, ".,;!?()[]*#") {
		return "", "", false
	}
	return label, rest, classify(label) != secOther
}

// capsRunIn is a run-in heading in capitals that ends with a full stop,
// the text after it on its line: "WHO WE ARE. We make curling brooms".
var capsRunIn = base.Regexp{Expr: `^\s*((?:\p{Lu}[\p{Lu}'’&/-]*\s+){0,5}\p{Lu}[\p{Lu}'’&/-]+)\.\s+(\p{Lu}.*)$`}

// capsGutter is a heading in capitals in a left gutter, the text after it
// past two spaces or more: "YOUR ACCOUNTS       You'll look after 31".
var capsGutter = base.Regexp{Expr: `^((?:\p{Lu}[\p{Lu}'’&/-]* ){0,5}\p{Lu}[\p{Lu}'’&/-]+) {2,}([\p{L}\p{N}€$£"“(•*-].*)$`}

// maxNesting is the deepest nesting of quotes and lists read as Markdown.
const maxNesting = 16

// deeplyNested reports a line that opens with more than maxNesting quote or
// list markers. It reads each line's start only: linear in the text.
func deeplyNested(text string) bool {
	depth, indent, start := 0, 0, true
	for i := 0; i < len(text); i++ {
		c := text[i]
		switch {
		case c == '\n':
			depth, indent, start = 0, 0, true
		case !start:
		case c == '>' || (c == '-' || c == '*' || c == '+') && i+1 < len(text) && (text[i+1] == ' ' || text[i+1] == '\t'):
			// A marker nests one deeper, and so do every two columns of
			// indentation before it ("  - item" under "- item").
			if depth++; depth+indent/2 > maxNesting {
				return true
			}
		case c == ' ' || c == '\t':
			indent++
		default:
			start = false
		}
	}
	return false
}

// splitLines splits text into lines; CRLF, and a lone CR as old Mac editors
// write it, both end a line, so line numbers match what an editor shows.
func splitLines(text string) []string {
	return strings.Split(strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n"), "\n")
}

// romanNumber numbers a section in Roman numerals, as HR forms number them
// ("II. ESSENTIAL DUTIES"), or by a capital letter, as an outline does ("B.
// THE ROLE"); what follows must read as a heading.
// sectionSign numbers a section with "§": "§ 7  What you need".
var sectionSign = base.Regexp{Expr: `^\s*§+\s*\d+(?:\.\d+)*[.)]?\s+`}

var romanNumber = base.Regexp{Expr: `^\s*(?:[IVX]{1,5}|[A-Z])[.)]\s+`}

// codedItem numbers a list item by a short code, as position descriptions
// number their selection criteria: "KSC1", "SC 4".
var codedItem = base.Regexp{Expr: `^\s*[A-Z]{2,4} ?\d{1,2}[.):]?\s+`}
