package checker

import (
	"strings"
	"unicode"

	"amjd/model/base"
	"amjd/model/markup"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// readHTML reads a fragment or a whole page with golang.org/x/net/html's
// tokenizer: the posting is what is in <main> or <article> when the page has
// one, else in <body>; scripts, styles, navigation, page headers and footers
// are not the posting. <h1>-<h6> are headings, <li> list items, and every
// other block (<p>, <div>, a line ended by <br>) a line for the plain-text
// rules, a block all in <b> or <strong> a heading, a table of data a row a
// line (see read_table.go). Each line keeps the number of the source line
// its text starts on.
func readHTML(text string) []rawLine {
	scoped, formWraps, outerTitle := scanPage(text)
	r := &htmlReader{scoped: scoped, formWraps: formWraps, outerTitle: outerTitle, line: 1}
	z := html.NewTokenizer(strings.NewReader(text))
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw := z.Raw()
		r.token(tt, z)
		r.line += strings.Count(string(raw), "\n")
	}
	if r.row.active {
		r.endCell() // a row the page never closed
		r.emitRow()
	}
	r.flush()
	if len(r.out) < minBodyLines && strings.Contains(text, "JobPosting") {
		if p, ok := markup.JSONLDPosting(text); ok && p.Description != "" {
			return postingLines(p) // a page drawn by JavaScript, saved with an empty body
		}
	}
	return r.out
}

// scanPage reports whether the page marks its content with <main> or
// <article>; whether a <form> wraps the posting's title: an ASP.NET or
// Taleo page puts the whole page in one form, which is then no application
// form to leave out; and whether the title is an <h1> above the <main> or
// <article>, which holds none (a careers site's hero over the job's text).
func scanPage(text string) (scoped, formWraps, outerTitle bool) {
	z := html.NewTokenizer(strings.NewReader(text))
	inForm, inScope, innerTitle := 0, 0, false
	for {
		switch z.Next() {
		case html.ErrorToken:
			return scoped, formWraps, outerTitle && !innerTitle
		case html.StartTagToken:
			name, _ := z.TagName()
			switch atom.Lookup(name) {
			case atom.Main, atom.Article:
				scoped = true
				inScope++
			case atom.Form:
				inForm++
			case atom.H1:
				formWraps = formWraps || inForm > 0
				outerTitle = outerTitle || inScope == 0 && !scoped
				innerTitle = innerTitle || inScope > 0
			}
		case html.EndTagToken:
			switch name, _ := z.TagName(); atom.Lookup(name) {
			case atom.Form:
				inForm = max(0, inForm-1)
			case atom.Main, atom.Article:
				inScope = max(0, inScope-1)
			}
		}
	}
}

type htmlReader struct {
	scoped     bool // read only inside <main> or <article>
	outerTitle bool // but the first <h1>, above them, is read as the title
	inScope    int  // depth of <main>/<article>
	skip       int  // depth of elements that are not the posting
	headers    int  // open <header>s of the posting itself, inside <main> or <article>
	hidden     int  // depth of a hidden element, and its name
	hiddenName string
	// formWraps: a <form> holds the posting's title, so forms are read.
	formWraps bool
	line      int // the source line of the current token
	kind      lineKind
	text      strings.Builder
	start     int  // the line the pending text starts on
	bold      bool // all text so far is in <b> or <strong>
	boldLen   int  // the length of the bold text that opens the pending text, when more follows
	term      bool // the pending text is a <dt>: a heading when it is short
	top       bool // the pending text is an <h1>
	row       tableRow
	inBold    int
	weights   []bool // for each open <b>, <strong> or <span>: whether it makes text bold
	out       []rawLine
}

// weighty are the elements whose style may make text bold or not: Google
// Docs wraps a whole document in <b style="font-weight:normal"> and makes
// its headings <span style="font-weight:700">.
var weighty = map[atom.Atom]bool{atom.B: true, atom.Strong: true, atom.Span: true}

var (
	normalWeight = base.Regexp{Expr: `font-weight:\s*(?:normal|[1-4]00)\b`}
	boldWeight   = base.Regexp{Expr: `font-weight:\s*(?:bold|bolder|[6-9]00)\b`}
)

// isBold says whether a <b>, <strong> or <span> with this style makes its
// text bold.
func isBold(a atom.Atom, style string) bool {
	if a == atom.Span {
		return boldWeight.Get().MatchString(style)
	}
	return !normalWeight.Get().MatchString(style)
}

// attrsOf reads a tag's style, whether the tag hides its content (the
// hidden attribute, display:none or visibility:hidden), and whether it is
// a byline block.
func attrsOf(z *html.Tokenizer) (style string, hidden, byline bool) {
	for {
		k, v, more := z.TagAttr()
		switch string(k) {
		case "style":
			style = string(v)
			hidden = hidden || hiddenStyle.Get().MatchString(style)
		case "hidden":
			hidden = true
		case "class":
			byline = bylineClass.Get().Match(v)
		}
		if !more {
			return style, hidden || byline, byline
		}
	}
}

var hiddenStyle = base.Regexp{Expr: `(?i)display:\s*none|visibility:\s*hidden`}

// bylineClass names the block of a post's author, date and counts, which a
// content system draws over the text (Joomla's article-info, WordPress's
// entry-meta): not the posting's, so read as hidden.
var bylineClass = base.Regexp{Expr: `(?i)(?:^|\s)(?:article-info|entry-meta|post-meta|byline)(?:\s|$)`}

// phrasing are the inline elements whose hiding is honoured: an e-mail's
// preheader is a hidden <span>. A hidden block may be a collapsed panel of
// the posting itself, and is read.
func phrasing(a atom.Atom) bool {
	switch a {
	case atom.Span, atom.A, atom.Small, atom.Font, atom.Em, atom.I, atom.B, atom.Strong, atom.Label, atom.Sup, atom.Sub:
		return true
	}
	return false
}

// hide follows a hidden element to its end tag: the elements of its name
// opened inside it are counted, so that their end tags do not end it.
func (r *htmlReader) hide(tt html.TokenType, name string, hidden, byline bool) bool {
	switch {
	case r.hidden > 0 && tt == html.StartTagToken && name == r.hiddenName:
		r.hidden++
	case r.hidden > 0 && tt == html.EndTagToken && name == r.hiddenName:
		r.hidden--
	case r.hidden == 0 && hidden && tt == html.StartTagToken && (phrasing(atom.Lookup([]byte(name))) || byline):
		r.hidden, r.hiddenName = 1, name
	default:
		return r.hidden > 0
	}
	return true
}

// skipped are the elements whose content is not the posting.
func skipped(a atom.Atom) bool {
	switch a {
	case atom.Script, atom.Style, atom.Nav, atom.Header, atom.Footer, atom.Head, atom.Noscript, atom.Template, atom.Svg,
		atom.Form, atom.Iframe, atom.Textarea, atom.Select, atom.Button, atom.Object,
		atom.S, atom.Strike, atom.Del: // struck-out text is withdrawn: an old salary, a past closing date
		return true
	}
	return false
}

// breaks are the elements that start or end a line of text.
func breaks(a atom.Atom) bool {
	switch a {
	case atom.P, atom.Div, atom.Li, atom.Br, atom.Tr, atom.Td, atom.Th, atom.Ul, atom.Ol, atom.Section, atom.Blockquote,
		atom.Dd, atom.Dt, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Table, atom.Hr, atom.Main, atom.Article,
		atom.Body, atom.Pre:
		return true
	}
	return false
}

func (r *htmlReader) token(tt html.TokenType, z *html.Tokenizer) {
	name, hasAttr := z.TagName()
	a := atom.Lookup(name)
	style, hidden, byline := "", false, false
	if hasAttr && tt != html.EndTagToken {
		style, hidden, byline = attrsOf(z)
	}
	if tt != html.TextToken && r.hide(tt, string(name), hidden, byline) || tt == html.TextToken && r.hidden > 0 {
		return
	}
	switch tt {
	case html.StartTagToken, html.SelfClosingTagToken:
		if weighty[a] && tt == html.StartTagToken {
			bold := isBold(a, style)
			r.weights = append(r.weights, bold)
			if bold {
				r.inBold++
			}
			return
		}
		r.open(a, tt == html.SelfClosingTagToken)
	case html.EndTagToken:
		if weighty[a] {
			if n := len(r.weights); n > 0 {
				if r.weights[n-1] && r.inBold > 0 {
					r.inBold--
				}
				r.weights = r.weights[:n-1]
			}
			return
		}
		r.close(a)
	case html.TextToken:
		if r.skip > 0 || r.scoped && r.inScope == 0 && (!r.outerTitle || !r.top) {
			return
		}
		t := string(z.Text())
		if strings.TrimSpace(t) == "" {
			if r.text.Len() > 0 {
				r.text.WriteByte(' ')
			}
			return
		}
		if r.text.Len() == 0 || strings.TrimSpace(r.text.String()) == "" {
			r.text.Reset()
			r.start = r.line + strings.Count(t[:len(t)-len(strings.TrimLeft(t, " \t\r\n"))], "\n")
			r.bold, r.boldLen = r.inBold > 0, 0
		}
		if r.bold && r.inBold == 0 {
			r.boldLen = r.text.Len() // "<b>Pay and benefits.</b> $23 to $27 an hour"
		}
		r.bold = r.bold && r.inBold > 0
		r.text.WriteString(t)
	}
}

func (r *htmlReader) open(a atom.Atom, selfClosing bool) {
	if r.skip == 0 && r.tableOpen(a) {
		return
	}
	switch {
	case a == atom.Header && !selfClosing && r.inScope > 0 && r.skip == 0:
		// An article's own header holds its title: "<header><h1>Accounts
		// Manager</h1></header>"; the page's header is outside the article.
		r.headers++
		r.flush()
	case a == atom.Form && r.formWraps:
	case skipped(a) && !selfClosing:
		r.skip++
	case a == atom.Main || a == atom.Article:
		r.flush()
		r.inScope++
	case breaks(a):
		r.flush()
		switch {
		case isHeading(a):
			r.kind, r.top = kindHeading, a == atom.H1
		case a == atom.Li:
			r.kind = kindBullet
		case a == atom.Dt:
			// A term of a definition list heads the description after it:
			// "What must applicants have?", "Salary".
			r.kind, r.term = kindHeading, true
		}
	}
}

func (r *htmlReader) close(a atom.Atom) {
	if r.skip == 0 && r.tableClose(a) {
		return
	}
	switch {
	case a == atom.Header && r.headers > 0 && r.skip == 0:
		r.headers--
		r.flush()
	case a == atom.Form && r.formWraps:
	case skipped(a):
		if r.skip > 0 {
			r.skip--
		}
	case a == atom.Main || a == atom.Article:
		r.flush()
		if r.inScope > 0 {
			r.inScope--
		}
	case breaks(a):
		r.flush()
		r.kind = kindUnknown
	}
}

func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

// flush ends the pending line.
func (r *htmlReader) flush() {
	raw := r.text.String()
	t := strings.Join(strings.Fields(raw), " ")
	if t == "" {
		return // a list item's or heading's kind waits for its text
	}
	kind := r.kind
	if r.term && len(strings.Fields(t)) > 12 {
		kind = kindUnknown // a sentence as a term is a paragraph
	}
	r.text.Reset()
	top := r.top && kind == kindHeading
	r.outerTitle = r.outerTitle && !top // one title
	r.kind, r.term, r.top = kindUnknown, false, false
	if kind == kindUnknown && r.bold && len(strings.Fields(t)) <= 12 && !strings.HasSuffix(t, ".") {
		kind = kindHeading // a short line all in bold; a bold paragraph is still a paragraph
	}
	if label, rest, ok := boldRunIn(raw, r.boldLen); ok && kind == kindUnknown && len(r.out) > 0 {
		r.out = append(r.out, rawLine{n: r.start, text: label, kind: kindHeading, inline: true, clean: true},
			rawLine{n: r.start, text: rest, kind: kindText, clean: true})
	} else {
		r.out = append(r.out, rawLine{n: r.start, text: t, kind: kind, clean: true, top: top})
	}
	r.bold, r.boldLen = false, 0
}

// boldRunIn splits a paragraph that opens with a section's name in bold,
// ended by a full stop, into that heading and its text: "<b>Pay and
// benefits.</b> $23 to $27 an hour". n is the bold text's length. A bold
// "Salary:" is a field, read as every "Label: value" line is; a bold name
// ("<b>Ahtanum Office Systems, Inc.</b> sells …") goes on in small letters.
func boldRunIn(text string, n int) (label, rest string, ok bool) {
	if n <= 0 || n >= len(text) {
		return "", "", false
	}
	label, rest = strings.TrimSpace(text[:n]), strings.Join(strings.Fields(text[n:]), " ")
	trimmed := strings.TrimSuffix(label, ".")
	if trimmed == label || rest == "" || unicode.IsLower(base.FirstRune(rest)) || strings.ContainsAny(trimmed, ".,;") ||
		len(strings.Fields(trimmed)) > 6 || classify(trimmed) == secOther {
		return "", "", false
	}
	return strings.Join(strings.Fields(trimmed), " "), rest, true
}
