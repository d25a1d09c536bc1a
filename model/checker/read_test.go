package checker

import (
	"amjd/model/markup"
	"slices"
	"strconv"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// sectionsOf lists a document's headings with their sections and the source
// lines of its bullets, as the rules see them.
func sectionsOf(d document) string {
	var b strings.Builder
	for _, l := range d.lines {
		switch {
		case l.heading:
			b.WriteString("# " + l.text + " [" + string(l.sec) + "]\n")
		case l.bullet:
			b.WriteString("- " + l.text + " @" + strconv.Itoa(l.src) + "\n")
		}
	}
	return b.String()
}

// Every layout gives the rules the same headings, sections and bullets, with
// the line of the source each bullet is on.
func TestEveryLayoutReadsAlike(t *testing.T) {
	want := "# Account Manager [title]\n# Responsibilities [duties]\n- Run quarterly reviews. @%d\n- Keep Salesforce current. @%d\n# Requirements [required]\n- 3+ years in account management. @%d\n"
	cases := []struct {
		name, text string
		f          Format
		lines      [3]int
	}{
		{"markdown ATX", "# Account Manager\n\n## Responsibilities\n\n- Run quarterly reviews.\n- Keep Salesforce current.\n\n## Requirements\n\n- 3+ years in account management.\n", FormatMarkdown, [3]int{5, 6, 10}},
		{"markdown setext", "Account Manager\n===============\n\nResponsibilities\n----------------\n\n1. Run quarterly reviews.\n2. Keep Salesforce current.\n\nRequirements\n------------\n\n* 3+ years in account management.\n", FormatMarkdown, [3]int{7, 8, 13}},
		{"markdown bold headings", "**Account Manager**\n\n**Responsibilities**\n\n1) Run quarterly reviews.\n2) Keep Salesforce current.\n\n**Requirements:**\n\n+ 3+ years in account management.\n", FormatMarkdown, [3]int{5, 6, 10}},
		{"html fragment", "<h1>Account Manager</h1>\n<h2>Responsibilities</h2>\n<ul>\n<li>Run quarterly reviews.</li>\n<li>Keep Salesforce current.</li>\n</ul>\n<h2>Requirements</h2>\n<ul><li>3+ years in account management.</li></ul>\n", FormatHTML, [3]int{4, 5, 8}},
		{"html page", "<!doctype html><html><head><title>Jobs</title><script>var x = '<h2>Nope</h2>';</script></head>\n<body><nav><ul><li>Home</li></ul></nav>\n<main>\n<h1>Account Manager</h1>\n<p><strong>Responsibilities</strong></p>\n<ul><li>Run quarterly <b>reviews</b>.</li>\n<li>Keep Salesforce current.</li></ul>\n<h3>Requirements</h3><ol><li>3+ years in account management.</li></ol>\n</main><footer><ul><li>Privacy</li></ul></footer></body></html>\n", FormatHTML, [3]int{6, 7, 8}},
		{"text ATS", "ACCOUNT MANAGER\n\nRESPONSIBILITIES\n• Run quarterly reviews.\n• Keep Salesforce current.\n\nREQUIREMENTS\n· 3+ years in account management.\n", FormatText, [3]int{4, 5, 8}},
		{"markdown grid table", "# Account Manager\n\n## Responsibilities\n\n+----+-----------------+\n| 1  | Run quarterly   |\n|    | reviews.        |\n+----+-----------------+\n| 2  | Keep Salesforce |\n|    | current.        |\n+----+-----------------+\n\n## Requirements\n\n- 3+ years in account management.\n", FormatMarkdown, [3]int{6, 9, 15}},
		{"text grid table", "Account Manager\n\nRESPONSIBILITIES\n+---------------------------+\n| Run quarterly reviews.    |\n+---------------------------+\n| Keep Salesforce current.  |\n+---------------------------+\n\nREQUIREMENTS\n+----------------------------------+\n| 3+ years in account management.  |\n+----------------------------------+\n", FormatText, [3]int{5, 7, 12}},
		{"latex", "\\documentclass{article}\n\\begin{document}\n\\section*{Account Manager}\n\\section*{Responsibilities}\n\\begin{itemize}\n  \\item Run quarterly reviews.\n  \\item Keep Salesforce current.\n\\end{itemize}\n\\section*{Requirements}\n\\begin{itemize}\n\\item 3+ years in account management.\n\\end{itemize}\n\\end{document}\n", FormatText, [3]int{6, 7, 11}},
		{"org mode", "#+TITLE: Account Manager\n#+OPTIONS: toc:nil\n* Responsibilities\n- Run quarterly reviews.\n- Keep Salesforce current.\n\n* Requirements :advert:\n- 3+ years in account management.\n", FormatText, [3]int{4, 5, 8}},
		{"text roman", "Account Manager\n\nI. RESPONSIBILITIES\n– Run quarterly reviews.\n– Keep Salesforce current.\n\nII. REQUIREMENTS\n* 3+ years in account management.\n", FormatText, [3]int{4, 5, 8}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			if got := DetectFormat("", tc.text); got != tc.f {
				t.Errorf("read as %s, want %s", got, tc.f)
			}
			got := sectionsOf(parseAs(tc.text, tc.f))
			w := want
			for _, n := range tc.lines {
				w = strings.Replace(w, "%d", strconv.Itoa(n), 1)
			}
			if !strings.EqualFold(got, w) {
				t.Errorf("read as:\n%s\nwant:\n%s", got, w)
			}
		})
	}
}

// One phrase is one finding: "fast-paced" inside "fast-paced environment"
// is not reported again, nor is a phrase on one line twice.
func TestNoDuplicateFindings(t *testing.T) {
	text := "# Account Manager\n\n## About the role\n\nA fast-paced environment, fast-paced work and a recent graduate welcome, a recent graduate.\n"
	seen := map[string]int{}
	for _, f := range Check(modeltest.Cat(), text, CheckOptions{Now: modeltest.CheckDate}) {
		seen[f.Rule+"|"+strings.ToLower(f.Phrase)+"|"+strconv.Itoa(f.Line)]++
	}
	for k, n := range seen {
		if n > 1 {
			t.Errorf("%s reported %d times", k, n)
		}
	}
	if seen["vague-phrase|fast-paced|5"] != 0 {
		t.Error("\"fast-paced\" reported again inside \"fast-paced environment\"")
	}
}

// The extension is a hint the content can overrule, but a Markdown file that
// talks about tags is still Markdown.
func TestFormatFromContentAndName(t *testing.T) {
	cases := []struct {
		name, text string
		want       Format
	}{
		{"notes.md", "# Layouts\n\nHTML fragments use <h2> and <li> tags.\n", FormatMarkdown},
		{"page.md", "<h1>Account Manager</h1>\n<p>Hello</p>\n", FormatHTML},
		{"paste.txt", "<p><b>Account Manager</b></p><ul><li>Duties</li></ul>", FormatHTML},
		{"-", "ACCOUNT MANAGER\n\n• Duties\n", FormatText},
		{"-", "Account Manager\n===\n\n- Duties\n", FormatMarkdown},
	}
	for _, tc := range cases {
		if got := DetectFormat(tc.name, tc.text); got != tc.want {
			t.Errorf("%s %.30q: read as %s, want %s", tc.name, tc.text, got, tc.want)
		}
	}
}

// Markdown's escapes are read as what they stand for: a Google Docs export
// writes "\$58,000", which is a salary, and "401\(k\)", a benefit.
func TestMarkdownEscapesAreResolved(t *testing.T) {
	d := parseAs("# Account Manager\n\n## Pay\n\nSalary: \\$58,000 – \\$70,000 a year, a 401\\(k\\) and a \\\\ sign.\n", FormatMarkdown)
	want := `Salary: $58,000 – $70,000 a year, a 401(k) and a \ sign.`
	found := false
	for _, l := range d.lines {
		if strings.HasPrefix(l.text, "Salary") {
			found = true
			if l.text != want {
				t.Errorf("read %q, want %q", l.text, want)
			}
		}
	}
	if !found {
		t.Error("the salary line is not read")
	}
}

// A bold run-in label opens its section in Markdown as a "Label:" line does
// in plain text: the benefits after "**Benefits:**" are benefits, not part
// of the list above them.
func TestMarkdownBoldLabelsOpenSections(t *testing.T) {
	d := parseAs("# Account Manager\n\n**Requirements:**\n\n- Three years with customers.\n\n**Benefits:** Medical and dental insurance, 20 days off.\n", FormatMarkdown)
	for _, l := range d.lines {
		if strings.Contains(l.text, "Medical") && l.sec != classify("Benefits") {
			t.Errorf("%q read in section %s, want %s", l.text, l.sec, classify("Benefits"))
		}
	}
}

// A page's header is not the posting, but an article's own header holds its
// title.
func TestArticleHeaderIsRead(t *testing.T) {
	page := "<html><body><header><a href=\"/\">Acme Careers Home</a></header><main><article>\n<header><h1>Accounts Manager</h1></header>\n<h2>What you'll do</h2><ul><li>Look after 80 accounts.</li></ul></article></main></body></html>"
	d := parseAs(page, FormatHTML)
	if d.title != "Accounts Manager" {
		t.Errorf("title %q, want the article's h1", d.title)
	}
	for _, l := range d.lines {
		if strings.Contains(l.text, "Careers Home") {
			t.Errorf("the page's header was read: %q", l.text)
		}
	}
}

// An e-mail's hidden preheader is not read; a hidden block may be a
// collapsed part of the posting, and is.
func TestHiddenInlineTextIsNotRead(t *testing.T) {
	page := `<body><span style="display:none;max-height:0">A Dublin role looking after 40 fleets.</span>
<h1>Account Manager</h1><div style="display: none"><p>You look after 60 accounts.</p></div></body>`
	d := parseAs(page, FormatHTML)
	var texts []string
	for _, l := range d.lines {
		texts = append(texts, l.text)
	}
	got := strings.Join(texts, "|")
	if strings.Contains(got, "40 fleets") || !strings.Contains(got, "60 accounts") {
		t.Errorf("read %q: want the preheader left out and the hidden block read", got)
	}
}

// MediaWiki source is read as its page shows: "== … ==" headings, "*"
// items, a table's rows as items, a template's title as the title, and
// bold, links and magic words read away.
func TestWikitextIsRead(t *testing.T) {
	src := "{{Open role\n|title = Account Manager, Production\n|location = Champaign, IL\n}}\n__TOC__\n== Responsibilities ==\nThe Account Manager:\n* Owns '''55''' accounts in [[Salesforce|our CRM]].\n== Measures ==\n{| class=\"wikitable\"\n! Measure !! Target\n|-\n| Gross retention || 92%\n|}\n"
	if f := DetectFormat("role.txt", src); f != FormatText {
		t.Fatalf("read as %s, want text", f)
	}
	d := parseAs(src, FormatText)
	if d.title != "Account Manager, Production" {
		t.Errorf("title %q", d.title)
	}
	want := map[string]section{"Owns 55 accounts in our CRM.": secDuties, "Gross retention: 92%": secSuccess}
	for _, l := range d.lines {
		if sec, ok := want[l.text]; ok {
			if l.sec != sec || !l.bullet {
				t.Errorf("%q: section %s, bullet %v; want %s, a bullet", l.text, l.sec, l.bullet, sec)
			}
			delete(want, l.text)
		}
		if strings.ContainsAny(l.text, "{}'[]!") || strings.Contains(l.text, "||") || strings.Contains(l.text, "__") {
			t.Errorf("markup left in %q", l.text)
		}
	}
	for text := range want {
		t.Errorf("%q not read", text)
	}
}

// A forum post's BBCode is read as the post shows: a line all in bold is a
// heading, a "[*]" line an item, and no tag is left in the text.
func TestBBCodeIsRead(t *testing.T) {
	src := "[size=150][b]Account Manager – Fencing[/b][/size]\n\n[color=#2e6b1f][b][u]WHAT YOU'LL DO[/u][/b][/color]\n[list]\n[*]Look after 60 farm accounts.\n[*]Log visits in [url=https://hubspot.example]HubSpot[/url].\n[/list]\n"
	d := parseAs(src, DetectFormat("post.txt", src))
	items := 0
	for _, l := range d.lines {
		if strings.ContainsAny(l.text, "[]") {
			t.Errorf("tag left in %q", l.text)
		}
		if l.bullet && l.sec == secDuties {
			items++
		}
	}
	if d.title != "Account Manager – Fencing" || items != 2 {
		t.Errorf("title %q and %d duties, want the bold title and 2 duties", d.title, items)
	}
}

// An HTML table of data is read a row a line: a label and its value, a
// measure and its target, an e-mail's bullet cell and its item; a table
// laid out for a page is read block by block.
func TestHTMLTablesAreReadByRow(t *testing.T) {
	page := `<h1>Account Manager</h1>
<table><tr><th>Reports To</th><td><p>Director of Sales</p></td></tr>
<tr><th>Measure</th><th>Target</th></tr>
<tr><td>Gross revenue retention</td><td>94% a year</td></tr>
<tr><td>&bull;</td><td>Review each fleet twice a year</td></tr>
<tr><td><b>Company:</b></td><td>Lake Superior Floral</td></tr></table>
<table><tr><td><h2>What you'll do</h2><ul><li>Look after 40 accounts.</li></ul></td></tr></table>`
	d := parseAs(page, FormatHTML)
	got := map[string]line{}
	for _, l := range d.lines {
		got[l.text] = l
	}
	for text, bullet := range map[string]bool{"Reports To: Director of Sales": true, "Measure | Target": false, "Gross revenue retention: 94% a year": true,
		"Review each fleet twice a year": true, "Look after 40 accounts.": true} {
		if l, ok := got[text]; !ok || l.bullet != bullet {
			t.Errorf("%q: read %v (bullet %v), want bullet %v; lines %q", text, ok, l.bullet, bullet, keys(got))
		}
	}
	if _, ok := got["Lake Superior Floral"]; !ok {
		t.Errorf("a label cell ending in a colon: lines %q", keys(got))
	}
	if l := got["What you'll do"]; !l.heading || got["Look after 40 accounts."].sec != secDuties {
		t.Errorf("a layout table's heading and list were not read as such: %+v", l)
	}
}

// Emoji frame a heading and keycaps number items: "❄️ How we'll know it's
// going well ❄️" over "1️⃣ Keep 92% of your contracts".
func TestEmojiFrameHeadingsAndKeycapsNumberItems(t *testing.T) {
	d := parseAs("Account Manager\n\n❄️ How we'll know it's going well ❄️\n1️⃣ Keep 92% of your contracts\n2️⃣ Answer every complaint within a day\n✅ A company car 🚗\n", FormatText)
	for _, l := range d.lines {
		switch l.text {
		case "How we'll know it's going well":
			if !l.heading {
				t.Errorf("%q is no heading", l.text)
			}
		case "Keep 92% of your contracts", "Answer every complaint within a day":
			if !l.bullet || l.sec != secSuccess {
				t.Errorf("%q: bullet %v, section %s", l.text, l.bullet, l.sec)
			}
		case "A company car 🚗":
			if l.heading {
				t.Errorf("%q read as a heading", l.text)
			}
		}
	}
}

func keys(m map[string]line) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	return out
}

// A page's menu and its "Created at … by …" stamp are not the posting's
// words.
func TestPageChromeIsNotCounted(t *testing.T) {
	text := "Account Manager\n\nHome · Policies & Procedures · Job Postings · Forms\nYou look after forty accounts.\nCreated at 1/8/2027 10:14 AM by Denise Kowalczyk\n"
	if n := PostingWords(text); n != 5 {
		t.Errorf("%d words, want 5: the menu and the page stamp counted", n)
	}
}

// A page saved before its scripts ran keeps its posting only in its
// schema.org JobPosting: that posting is read, its title, place and pay
// too, at the line of its description.
func TestJSONLDPostingIsReadFromAnEmptyPage(t *testing.T) {
	page := `<html><head><script type="application/ld+json">
{"@context": "https://schema.org", "@type": "JobPosting", "title": "Account Manager",
 "jobLocation": {"@type": "Place", "address": {"addressLocality": "Pueblo", "addressRegion": "CO", "addressCountry": "US"}},
 "baseSalary": {"@type": "MonetaryAmount", "currency": "USD", "value": {"minValue": 52000, "maxValue": 61000, "unitText": "YEAR"}},
 "description": "<h3>The role</h3><ul><li>You look after 60 restaurants.</li></ul>"}
</script></head><body><div id="app"></div></body></html>`
	d := parseAs(page, FormatHTML)
	if d.title != "Account Manager" {
		t.Errorf("title %q", d.title)
	}
	var duty *line
	for i, l := range d.lines {
		if l.text == "You look after 60 restaurants." {
			duty = &d.lines[i]
		}
	}
	if duty == nil || !duty.bullet || duty.sec != secDuties || duty.src != 5 {
		t.Errorf("the description's item: %+v, want a duty at line 5", duty)
	}
	if !strings.Contains(d.body, "pueblo, co, us") || !strings.Contains(d.body, "usd 52000 to usd 61000 per year") {
		t.Errorf("place or pay not read: %q", d.body)
	}
}

// A posting drafted in a Jira ticket is read as the ticket shows it:
// "h2." headings, "*" and "#" items, "||" table headers and "|" rows,
// bold and links read away.
func TestJiraMarkupIsRead(t *testing.T) {
	src := "h1. Account Manager\n\n{panel:title=At a glance}\n*Company:* Cobblestone\n{panel}\n\nh2. What you'll do\n* Look after 28 brands in [HubSpot|https://hubspot.example]\n\nh2. How we measure success\n||Measure||Target||\n|Net revenue retention|110%|\n"
	d := parseAs(src, DetectFormat("ticket.txt", src))
	want := map[string]section{"Look after 28 brands in HubSpot": secDuties, "Net revenue retention: 110%": secSuccess}
	for _, l := range d.lines {
		if sec, ok := want[l.text]; ok && l.bullet && l.sec == sec {
			delete(want, l.text)
		}
		if strings.ContainsAny(l.text, "{}[]") || strings.Contains(l.text, "||") || strings.HasPrefix(l.text, "h2.") {
			t.Errorf("markup left in %q", l.text)
		}
	}
	if d.title != "Account Manager" || len(want) > 0 {
		t.Errorf("title %q; not read as items of their sections: %v", d.title, want)
	}
}

// Struck-out text is withdrawn in every format: an old salary or closing
// date is not read beside the new one.
func TestStruckOutTextIsWithdrawn(t *testing.T) {
	for f, text := range map[Format]string{
		FormatMarkdown: "# Account Manager\n\nSalary: ~~£32,000~~ £34,000 a year.\n",
		FormatHTML:     "<h1>Account Manager</h1>\n<p>Salary: <s>£32,000</s> <del>£33,000</del> <strike>£33,500</strike> £34,000 a year.</p>\n",
		FormatText:     "[b]Account Manager[/b]\n[list]\n[*]Salary: [s]£32,000[/s] £34,000 a year.\n[/list]\n[b]Closing date: Friday 16 April 2027[/b]\n",
	} {
		d := parseAs(text, f)
		if strings.Contains(d.body, "£32") || strings.Contains(d.body, "£33") || !strings.Contains(d.body, "£34,000") {
			t.Errorf("%s: read as %q", f, d.body)
		}
		for _, l := range d.lines {
			if strings.HasPrefix(l.text, "Closing date") && l.heading {
				t.Errorf("%s: a bold label and its value is read as a heading: %q", f, l.text)
			}
		}
	}
}

// A chat export is read as the posting it carries: the longest message,
// without its stamp and sender; the members' other messages are not read.
func TestChatExportReadsTheLongestMessage(t *testing.T) {
	text := "01/03/2027, 17:22 - Priya (Admin): Jobs and notices only please.\n" +
		"02/03/2027, 09:15 - Shelley Moana: *We're hiring an Accounts Manager!*\n" +
		"*What you'll do*\n- Take orders by phone and key them into Cin7 the same day.\n- Sort out short deliveries and credits.\n" +
		"*How to apply*\nSend your resume to jobs@ice.example.\n" +
		"02/03/2027, 10:05 - Rob: Would you go $39 for someone who's used Cin7?\n" +
		"[02/03/2027, 10:11:04] Shelley Moana: Maybe, get her to apply\n"
	d := parseAs(text, FormatText)
	if strings.Contains(d.body, "$39") || strings.Contains(d.body, "notices only") || strings.Contains(d.body, "shelley") {
		t.Errorf("other messages or the sender are read: %q", d.body)
	}
	for _, l := range d.lines {
		if strings.HasPrefix(l.text, "Send your resume") && l.n != 7 || strings.Contains(l.text, "hiring") && l.n != 2 {
			t.Errorf("line %d read as %q", l.n, l.text)
		}
	}
	if !strings.Contains(d.body, "send your resume") {
		t.Errorf("the posting is lost: %q", d.body)
	}
	// Three dated lines in a posting's own text are not a chat.
	plain := "Account Manager\n\nReviews:\n01/04/2027, 09:00 - first review\n01/05/2027, 09:00 - second review\n01/06/2027, 09:00 - third review\n"
	if d := parseAs(plain, FormatText); !strings.Contains(d.body, "third review") || !strings.Contains(d.body, "first review") {
		t.Errorf("a dated list is read as a chat: %q", d.body)
	}
}

// Pandoc's anchors and classes from a Word file are no text.
func TestPandocAttributesAreNotRead(t *testing.T) {
	d := parseAs("# []{#_Toc157330418 .anchor}Account Manager\n\n## Benefits {#benefits}\n\n- A car.\n", FormatMarkdown)
	if d.title != "Account Manager" || strings.Contains(d.body, "{#") {
		t.Errorf("title %q, body %q", d.title, d.body)
	}
}

// A raw e-mail is read as its body, decoded from quoted-printable; its
// headers are not read, and a sentence keeps the line it starts on.
func TestRawEmailIsDecoded(t *testing.T) {
	text := "Received: by 2002:a05 with SMTP id c11;\n        Tue, 2 Feb 2027 14:08:51 -0800\n" +
		"MIME-Version: 1.0\nFrom: Maribel <m@shw.example>\nSubject: Account Manager posting\n" +
		"Content-Type: text/plain; charset=\"UTF-8\"\nContent-Transfer-Encoding: quoted-printable\n\n" +
		"Account Manager =E2=80=93 Huller Customers\n\nYou will look after 40 huller operators and their cus=\ntomers.\nYou report to the Operations Manager.\n"
	if f := DetectFormat("posting.eml", text); f != FormatText {
		t.Errorf("read as %s", f)
	}
	d := parseAs(text, FormatText)
	if d.title != "Account Manager – Huller Customers" || strings.Contains(d.body, "mime") || strings.Contains(d.body, "=e2") {
		t.Errorf("title %q, body %q", d.title, d.body)
	}
	for _, l := range d.lines {
		if strings.Contains(l.text, "customers.") && l.n != 11 || strings.HasPrefix(l.text, "You report") && l.n != 13 {
			t.Errorf("line %d: %q", l.n, l.text)
		}
	}
}

// LaTeX source is read as what it typesets: macros expanded, a tabular row
// a label and its value, a paragraph's source lines joined; the preamble,
// comments, a header row and what follows \end{document} are not read.
func TestLaTeXIsRead(t *testing.T) {
	text := "% Draft -- do NOT publish: budget up to \\pounds 80k\n\\documentclass{article}\n\\newcommand{\\co}{Derwent Rail}\n" +
		"\\title{\\textbf{Key Account Manager -- Rail}}\n\\begin{document}\n\\maketitle\n\\section*{About us}\n" +
		"\\co\\ builds train seats. Learn more at\n\\href{https://rail.example}{rail.example}.\n\n" +
		"\\section*{How we measure success}\n\\begin{tabular}{ll}\n\\toprule\n\\textbf{Measure} & \\textbf{Target} \\\\\n\\midrule\n" +
		"Forecast accuracy & within 10\\% \\\\\n\\bottomrule\n\\end{tabular}\n\\end{document}\nOld ad: \\pounds 55k.\n"
	d := parseAs(text, DetectFormat("ad.tex", text))
	if d.title != "Key Account Manager – Rail" {
		t.Errorf("title %q", d.title)
	}
	for _, want := range []string{"derwent rail builds train seats. learn more at rail.example.", "forecast accuracy: within 10%"} {
		if !strings.Contains(d.body, want) {
			t.Errorf("%q not read in %q", want, d.body)
		}
	}
	for _, not := range []string{"80k", "55k", "measure: target", "article", "maketitle"} {
		if strings.Contains(d.body, not) {
			t.Errorf("%q read in %q", not, d.body)
		}
	}
}

// Org mode is read as it exports: links as their text, a property drawer's
// facts, a pipe table's rows, an item's indented next line; a :noexport:
// subtree, a logbook and a deadline are not read.
func TestOrgIsRead(t *testing.T) {
	text := "#+TITLE: Key Account Manager\n* Key Account Manager :advert:\n:PROPERTIES:\n:JOB_TYPE: Permanent\n:ID: 6f1c\n:END:\n" +
		":LOGBOOK:\n- Note: budget up to $140k\n:END:\n** About us\nLearn more at [[https://t.example][t.example]].\n" +
		"** What you'll do\n- Sort out credit issues with dispatch and our\n  credit team\n** How we measure success\n" +
		"| Measure | Target |\n|---------+--------|\n| Gross revenue retention | 97% |\n** How to apply\nDEADLINE: <2027-04-06 Tue>\nE-mail jobs@t.example.\n" +
		"* Internal notes :noexport:\n** TODO Ask Mark about the $150k top\n"
	d := parseAs(text, DetectFormat("ad.org", text))
	for _, want := range []string{"job type: permanent", "learn more at t.example.", "with dispatch and our credit team", "gross revenue retention: 97%"} {
		if !strings.Contains(d.body, want) {
			t.Errorf("%q not read in %q", want, d.body)
		}
	}
	for _, not := range []string{"140k", "150k", "measure: target", "deadline", "6f1c", "advert"} {
		if strings.Contains(d.body, not) {
			t.Errorf("%q read in %q", not, d.body)
		}
	}
}

// MDX is read as Markdown: modules and comments left out, a component's
// attributes read as facts, a wrapper's label as the heading of what it
// wraps.
func TestMDXIsRead(t *testing.T) {
	text := "import { JobMeta, Tab } from '@/components/careers'\n\nexport const meta = {\n  title: 'Old title',\n  draft: false,\n}\n\n" +
		"{/* TODO: bonus 10 or 12? */}\n\n# Key Account Manager\n\n<JobMeta\n  company=\"Shiftwell\"\n  type=\"Full-time\"\n/>\n\n" +
		"<Callout type=\"info\">\nApplied in February? No need to apply again.\n</Callout>\n\n<Tab value=\"nice\" label=\"Nice to have\">\n    - Experience in aged care\n</Tab>\n"
	d := parseAs(text, DetectFormat("job.mdx", text))
	if d.title != "Key Account Manager" {
		t.Errorf("title %q", d.title)
	}
	for _, not := range []string{"old title", "bonus 10", "import", "value", "info"} {
		if strings.Contains(d.body, not) {
			t.Errorf("%q read in %q", not, d.body)
		}
	}
	got := map[string]line{}
	for _, l := range d.lines {
		got[l.text] = l
	}
	if _, ok := got["Type: Full-time"]; !ok {
		t.Errorf("the component's facts are not read: %q", d.body)
	}
	if l := got["Experience in aged care"]; l.sec != secPrefer {
		t.Errorf("a wrapper's label does not head its list: %+v in %q", l, d.body)
	}
}

// A social post's reaction counts are no list item and no text.
func TestReactionCountsAreNotRead(t *testing.T) {
	d := parseAs("Account Manager\n\nHow we'll measure it:\n• 85% rent again\n💬 1   🔁 2   ❤️ 33   📊 8.0K\n✅ A company car\n", FormatText)
	for _, l := range d.lines {
		if strings.Contains(l.text, "33") || l.n == 5 && l.bullet {
			t.Errorf("line %d read as %q (bullet %v)", l.n, l.text, l.bullet)
		}
	}
	if !strings.Contains(d.body, "a company car") {
		t.Errorf("an emoji item is lost: %q", d.body)
	}
}

// A team's name with "Success" in it heads no success measures.
func TestATeamNamedSuccessIsNoMeasuresSection(t *testing.T) {
	for heading, want := range map[string]section{"Account Manager – Centre Success": secOther, "The Customer Success team": secOther, "What success looks like": secSuccess, "Success": secSuccess} {
		if got := classify(heading); got != want {
			t.Errorf("classify(%q) = %v, want %v", heading, got, want)
		}
	}
}

// Headings in capitals that end with a full stop open their sections in
// plain text, alone on their line ("WHAT YOU'LL NEED.") or run into its
// first sentence ("OUR PROMISE. We …"); a sentence that opens with an
// abbreviation ("NYC. The …") is no heading.
func TestCapitalHeadingsWithAFullStop(t *testing.T) {
	text := "Account Manager\n\nABOUT THE FARM. We grow apples in the valley.\n\nWHAT YOU'LL NEED.\n- Three years with growers.\n\nPERKS AND PAY. A van and $60,000 a year.\n\nNYC. The office is downtown.\n"
	d := parseAs(text, FormatText)
	want := map[string]section{"We grow apples in the valley.": classify("About"), "Three years with growers.": classify("Requirements"),
		"A van and $60,000 a year.": classify("Pay")}
	for _, l := range d.lines {
		if sec, ok := want[l.text]; ok {
			if l.sec != sec {
				t.Errorf("%q read in section %s, want %s", l.text, l.sec, sec)
			}
			delete(want, l.text)
		}
		if l.heading && strings.HasPrefix(l.text, "NYC") {
			t.Errorf("%q read as a heading", l.text)
		}
	}
	for text := range want {
		t.Errorf("%q not read as a line of its own", text)
	}
}

// Every entry of the heading words names one of the checker's sections.
func TestSectionWordsNameSections(t *testing.T) {
	known := map[section]bool{secTitle: true, secIntro: true, secDuties: true, secRequired: true, secPrefer: true, secSuccess: true, secTools: true,
		secReport: true, secPay: true, secPlace: true, secAbout: true, secApply: true, secGrowth: true, secOther: true}
	for _, sw := range markup.SectionWords {
		if !known[section(sw.Sec)] {
			t.Errorf("%q (%v) is no section", sw.Sec, sw.Words)
		}
	}
}

// A paragraph that opens with a section's name in bold and a full stop is
// that section's heading and its first line; a bold "Label:" stays a field
// and a bold company name stays in its sentence.
func TestHTMLBoldRunInHeadings(t *testing.T) {
	page := "<h1>Account Manager</h1>\n<p><b>What you'll need.</b> Two years with accounts.</p>\n<p><strong>Pay and benefits.</strong> $50,000 to $56,000 a year.</p>\n" +
		"<p><strong>Salary:</strong> £44,000</p>\n<p><strong>Acme Tools, Inc.</strong> sells hand tools.</p>\n"
	o := Read(page, FormatHTML)
	var got []string
	for _, p := range o.Parts {
		for _, l := range p.Lines {
			got = append(got, p.Role+"|"+p.Heading+"|"+l.Text)
		}
	}
	want := []string{"required|What you'll need|Two years with accounts.", "pay|Pay and benefits|$50,000 to $56,000 a year.",
		"pay|Pay and benefits|Salary: £44,000", "pay|Pay and benefits|Acme Tools, Inc. sells hand tools."}
	if !slices.Equal(got, want) {
		t.Errorf("outline:\n got %q\nwant %q", got, want)
	}
}

// A careers site's hero holds the title above the <article>, which has no
// <h1> of its own: the title is read, the rest of the hero is not.
func TestHTMLTitleAboveTheArticle(t *testing.T) {
	page := "<html><body><nav><a href=/>All jobs</a></nav>\n<section class=hero><h1>Account Manager – Hotel Accounts</h1><p>Apply now</p></section>\n" +
		"<article><h2>Who we are</h2><p>We make soap.</p></article></body></html>\n"
	if o := Read(page, FormatHTML); o.Title != "Account Manager – Hotel Accounts" || o.TitleLine != 2 {
		t.Errorf("title %q at line %d", o.Title, o.TitleLine)
	}
	inner := "<h1>Careers</h1><article><h1>Accounts Manager</h1><p>We make soap.</p></article>\n"
	if o := Read(inner, FormatHTML); o.Title != "Accounts Manager" {
		t.Errorf("title %q, want the article's own", o.Title)
	}
}
