package markup

import (
	"slices"
	"strings"
	"testing"
)

// Every reader keeps each line at its number in the file: findings point
// at the line a recruiter sees in their editor.
func TestLinesKeepTheirNumbers(t *testing.T) {
	grid := "Intro\n+----+--------------+\n| #  | Measure      |\n+====+==============+\n| 1  | Retention of |\n|    | 95%          |\n+----+--------------+\nAfter\n"
	pipe := "* KPIs\n| Measure | Target |\n|---------+--------|\n| NRR     | 108%   |\nAfter\n"
	mail := "MIME-Version: 1.0\nMessage-ID: <a@b>\nContent-Transfer-Encoding: quoted-printable\n\nAccount Manager =E2=80=93 Parks\nWe look after 40 cus=\ntomers.\nAfter\n"
	mdx := "import { Meta } from './meta'\n\nexport const meta = {\n  title: 'x',\n}\n\n{/* note */}\n# Account Manager\n<Meta\n  company=\"Shiftwell\"\n/>\nAfter\n"
	for name, c := range map[string]struct {
		in, out string
		line    int // 0-based line of want
		want    string
	}{
		"grid table": {grid, Tables(grid, false), 4, "- Retention of 95%"},
		"pipe table": {pipe, Tables(pipe, true), 3, "- NRR: 108%"},
		"e-mail":     {mail, FromEmail(mail), 5, "We look after 40 customers."},
		"mdx":        {mdx, FromMDX(mdx), 9, "Company: Shiftwell"},
	} {
		in, out := strings.Split(c.in, "\n"), strings.Split(c.out, "\n")
		if len(in) != len(out) {
			t.Errorf("%s: %d lines read as %d", name, len(in), len(out))
			continue
		}
		if out[c.line] != c.want || out[len(out)-2] != "After" {
			t.Errorf("%s: line %d is %q, want %q; all: %q", name, c.line+1, out[c.line], c.want, out)
		}
	}
	for name, read := range map[string]func([]string) ([]string, []Kind){"latex": UnLaTeX, "org": UnOrg} {
		in := []string{`\begin{document}`, `\section*{About}`, "* About", "Text that", "  goes on.", `\end{document}`, "trailing"}
		out, kinds := read(in)
		if len(out) != len(in) || len(kinds) != len(in) {
			t.Errorf("%s: %d lines read as %d", name, len(in), len(out))
		}
	}
}

// Pipes are read as a table only when asked: Markdown has its own.
func TestPipeTablesOnlyWhenAsked(t *testing.T) {
	pipe := "| Measure | Target |\n|---|---|\n| NRR | 108% |\n"
	if got := Tables(pipe, false); got != pipe {
		t.Errorf("a Markdown table was rewritten: %q", got)
	}
}

// Of a message in several parts, the plain text is read: not its HTML
// copy, not an attachment; a rule of dashes in the text is no boundary.
func TestEmailReadsItsPlainPart(t *testing.T) {
	mail := "MIME-Version: 1.0\nMessage-ID: <a@b>\nContent-Type: multipart/alternative; boundary=\"XYZ\"\n\n--XYZ\n" +
		"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nAccount Manager\n----------------------\nYou look after 40 farms.\n" +
		"--XYZ\nContent-Type: text/html\n\n<p>Account Manager (HTML copy)</p>\n--XYZ\nContent-Type: application/pdf\nContent-Transfer-Encoding: base64\n\nJVBERi0xLjQK\n--XYZ--\n"
	out := FromEmail(mail)
	if !strings.Contains(out, "You look after 40 farms.") || strings.Contains(out, "HTML copy") || strings.Contains(out, "JVBER") {
		t.Errorf("read as %q", out)
	}
	if strings.Count(out, "\n") != strings.Count(mail, "\n") {
		t.Errorf("lines were added or lost")
	}
}

// A page saved as one file (Chrome's MHTML): CRLF line ends, a boundary
// that itself ends in dashes, the page's HTML quoted-printable.
func TestSavedPageReadsItsHTML(t *testing.T) {
	page := strings.ReplaceAll("From: <Saved by Blink>\nSubject: Account Manager\nMIME-Version: 1.0\nContent-Type: multipart/related;\n\tboundary=\"----B--X1----\"\n\n\n"+
		"------B--X1----\nContent-Type: text/html\nContent-Transfer-Encoding: quoted-printable\n\n<h1>Account Manager =E2=80=93 Ser=\nvice</h1>\n"+
		"------B--X1----\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n------B--X1------\n", "\n", "\r\n")
	out := FromEmail(page)
	if !strings.Contains(out, "<h1>Account Manager – Service</h1>") || strings.Contains(out, "iVBOR") {
		t.Errorf("read as %q", out)
	}
}

// A linked address in a mail program's plain text is read once; an
// address beside a name is kept.
func TestAnAddressTwiceIsReadOnce(t *testing.T) {
	for in, want := range map[string]string{
		"Send it to jobs@farm.example <jobs@farm.example>.":   "Send it to jobs@farm.example.",
		"Email Niamh <niamh@farm.example> with any question.": "Email Niamh <niamh@farm.example> with any question.",
	} {
		if got := WithoutLinkTargets(in); got != want {
			t.Errorf("%q read as %q, want %q", in, got, want)
		}
	}
}

// Pandoc's tracked changes are read accepted, its comments and footnotes
// left out, line for line.
func TestPandocChangesAreAccepted(t *testing.T) {
	md := "Salary: [£52,000]{.deletion author=\"M\"\ndate=\"2027\"} [£58,000]{.insertion author=\"M\"} a year[^1]\n" +
		"[Is this right?]{.comment-start id=\"0\" author=\"M\"}Pension[]{.comment-end id=\"0\"}\n\n[^1]: After three months.\n    More of the note.\nAfter\n"
	out := FromPandoc(md)
	if strings.Contains(out, "52,000") || strings.Contains(out, "right?") || strings.Contains(out, "three months") || strings.Contains(out, "[^1]") {
		t.Errorf("read as %q", out)
	}
	if !strings.Contains(out, "£58,000 a year") || !strings.Contains(out, "Pension") || strings.Count(out, "\n") != strings.Count(md, "\n") {
		t.Errorf("read as %q", out)
	}
}

// Of a job feed's jobs, the account manager's is read, as HTML, line for
// line; the others are not read.
func TestJobFeedReadsTheAccountManager(t *testing.T) {
	feed := "<?xml version=\"1.0\"?>\n<source>\n  <job>\n    <title><![CDATA[Support Specialist]]></title>\n    <salary>$24 an hour</salary>\n  </job>\n" +
		"  <job>\n    <title>Account Manager &#8211; Firms</title>\n    <city><![CDATA[Regina]]></city>\n    <state>SK</state>\n" +
		"    <description><![CDATA[<h3>The role</h3>\n<p>You own 45 customers.</p>]]></description>\n  </job>\n</source>\n"
	out := FromJobFeed(feed)
	lines := strings.Split(out, "\n")
	if len(lines) != len(strings.Split(feed, "\n")) || strings.Contains(out, "Support") || strings.Contains(out, "$24") {
		t.Fatalf("read as %q", out)
	}
	for n, want := range map[int]string{8: "<h1>Account Manager &#8211; Firms</h1>", 9: "<p>Location: Regina, SK</p>", 11: "<h3>The role</h3>", 12: "<p>You own 45 customers.</p>"} {
		if lines[n-1] != want {
			t.Errorf("line %d: %q, want %q", n, lines[n-1], want)
		}
	}
}

// A Hugo page is read without its TOML front matter, save the title, and
// without its shortcodes, save a button's link.
func TestHugoPage(t *testing.T) {
	page := "+++\ntitle = \"Account Manager\"\n[params]\n  hero = \"/img.jpg\"\n+++\n\n{{< lead >}}\nWe pack honey.\n{{< /lead >}}\n" +
		"{{< apply-button href=\"https://k.example/apply\" >}}Apply now{{< /apply-button >}}\n"
	out := FromHugo(page)
	lines := strings.Split(out, "\n")
	if len(lines) != len(strings.Split(page, "\n")) || lines[1] != "# Account Manager" || strings.Contains(out, "hero") || strings.Contains(out, "{{") {
		t.Errorf("read as %q", out)
	}
	if !strings.Contains(out, "https://k.example/apply Apply now") {
		t.Errorf("the button's link is lost: %q", out)
	}
}

// A Zola page's shortcodes are function calls; a merge field is no call,
// and stays for the placeholder rule to find.
func TestZolaShortcodes(t *testing.T) {
	page := "Dear {{ first_name }},\n\n{{ figure(src=\"/img/room.jpg\", caption=\"The grinding room\") }}\nWe make combs.\n"
	out := FromHugo(page)
	if strings.Contains(out, "figure") || !strings.Contains(out, "{{ first_name }}") || len(strings.Split(out, "\n")) != len(strings.Split(page, "\n")) {
		t.Errorf("read as %q", out)
	}
}

// DokuWiki is read as MediaWiki is, with its own tables and inline marks.
func TestDokuWiki(t *testing.T) {
	for in, want := range map[string]string{
		"^ Reports to | Branch Manager |":                           "Reports to: Branch Manager",
		"^ Pay | <del>$36</del> $38.50 per hour |":                  "Pay: $38.50 per hour",
		"  * Paid training((In your first year.))":                  "- Paid training",
		"//Current vacancy, Bunbury.//":                             "Current vacancy, Bunbury.",
		"Email <jobs@swhose.example> or see https://swhose.example": "Email jobs@swhose.example or see https://swhose.example",
		"**South West Hose** supplies hoses.":                       "South West Hose supplies hoses.",
	} {
		if got, _ := Unwiki(in); got != want {
			t.Errorf("Unwiki(%q) = %q, want %q", in, got, want)
		}
	}
}

// RTF is read as Word shows it: a paragraph a line, hidden text and the
// style tables left out, letters and bullets decoded, a table row a label
// and its value.
func TestRTF(t *testing.T) {
	doc := `{\rtf1\ansi{\fonttbl{\f0 Calibri;}}{\colortbl;\red0\green0\blue0;}` + "\n" +
		`{\*\generator Riched20;}\pard\b Key Account Manager \endash  Retail\b0\par` + "\n" +
		`Send your CV to Siobh\'e1n\par {\pntext\f1\'B7\tab}Pension\par` + "\n" +
		`\trowd\cellx3600\cellx9000\pard\intbl Gross margin\cell 22% across your accounts\cell\row` + "\n" +
		`{\v INTERNAL: up to 65k}We\rquote re hiring.\par}`
	want := []string{"Key Account Manager – Retail", "Send your CV to Siobhán", "· Pension", "Gross margin: 22% across your accounts", "We’re hiring.", ""}
	got := strings.Split(FromRTF(doc), "\n")
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("read as %q, want %q", got, want)
	}
}

// An RTF table's header row names its columns and is not read.
func TestRTFHeaderRow(t *testing.T) {
	doc := `{\rtf1\pard\intbl Measure\cell Target\cell\row\pard\intbl Gross margin\cell 22%\cell\row}`
	if got := FromRTF(doc); got != "\nGross margin: 22%\n" {
		t.Errorf("read as %q", got)
	}
}

// A feed with no account manager's job is read as its first job.
func TestJobFeedWithoutAnAccountManager(t *testing.T) {
	feed := "<?xml version=\"1.0\"?>\n<source>\n  <job>\n    <title>Support Specialist</title>\n  </job>\n</source>\n"
	if out := FromJobFeed(feed); !strings.Contains(out, "<h1>Support Specialist</h1>") {
		t.Errorf("read as %q", out)
	}
}

func TestFrontMatterEndsAtItsClosingLine(t *testing.T) {
	for text, want := range map[string]int{
		"---\ntitle: Account Manager\nlayout: job\n---\n# Account Manager": len("---\ntitle: Account Manager\nlayout: job\n---\n"),
		"---\ntags:\n  - sales\n\n---\nbody":                               len("---\ntags:\n  - sales\n\n---\n"),
		"---\n---\nbody":                                                   -1, // no field
		"---\nnot a field\n---\nbody":                                      -1,
		"---\ntitle: Account Manager\n":                                    -1, // never closed
		"title: x\n---\n":                                                  -1,
	} {
		if got := FrontMatterEnd(text); got != want {
			t.Errorf("FrontMatterEnd(%q) = %d, want %d", text, got, want)
		}
	}
}

func TestMailChainReadsItsLongestMessage(t *testing.T) {
	chain := "From:\tKarin <k@example.com>\nSent:\tTuesday\nTo:\tDana\nSubject:\tFW: posting\n\nDana, post this tomorrow.\n\n" +
		"-----Original Message-----\nFrom: Tom <t@example.com>\nSent: Monday\nTo: Karin\nSubject: RE: posting\n\nGood from my end. Go ahead.\n\n" +
		"-----Original Message-----\nFrom: Karin\nSent: Monday\nTo: Tom\nSubject: posting\n\nTom, draft 3 is below.\n\n________________\n\n" +
		"Account Manager\n" + strings.Repeat("You look after forty dealers and their orders.\n", 5)
	got := FromMailChain(chain)
	if strings.Count(got, "\n") != strings.Count(chain, "\n") {
		t.Fatalf("lines were not kept:\n%s", got)
	}
	for _, gone := range []string{"Dana, post", "Go ahead", "draft 3", "From:", "Original Message", "_____"} {
		if strings.Contains(got, gone) {
			t.Errorf("%q is still read:\n%s", gone, got)
		}
	}
	if !strings.Contains(got, "Account Manager\nYou look after forty dealers") {
		t.Errorf("the posting is not read:\n%s", got)
	}
	if one := "From: Tom\nSent: Monday\nTo: Karin\nSubject: posting\n\nAccount Manager\n"; FromMailChain(one) != one {
		t.Errorf("one message is not a chain")
	}
}

func TestPlainLettersReadsUnicodeBold(t *testing.T) {
	for in, want := range map[string]string{
		"𝗪𝗵𝗮𝘁 𝘆𝗼𝘂'𝗹𝗹 𝗱𝗼 ✅":     "What you'll do ✅",
		"𝑨𝒄𝒄𝒐𝒖𝒏𝒕 𝑴𝒂𝒏𝒂𝒈𝒆𝒓 𝟮𝟬𝟮𝟳": "Account Manager 2027",
		"Café – ½ day": "Café – ½ day", // not the block: left as it is
	} {
		if got := PlainLetters(in); got != want {
			t.Errorf("PlainLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestLinkTargetsAfterTheirText(t *testing.T) {
	for in, want := range map[string]string{
		"Find out more at fergusaero.example <https://www.fergusaero.example>.":    "Find out more at fergusaero.example.",
		"Write to careers@fergusaero.example <mailto:careers@fergusaero.example>.": "Write to careers@fergusaero.example.",
		"Apply here <https://jobs.example.com/42> before Friday.":                  "Apply here https://jobs.example.com/42 before Friday.",
		"Salary <depends on experience>":                                           "Salary <depends on experience>",
	} {
		if got := WithoutLinkTargets(in); got != want {
			t.Errorf("WithoutLinkTargets(%q) = %q, want %q", in, got, want)
		}
	}
}

// Letter-spaced capitals read as words wherever the line is; other lines
// are left as they are, and a line of initials is no spaced word.
func TestUnspacedReadsSpacedCapitals(t *testing.T) {
	in := "T H E   R O L E\nYou look after 40 shops.\nW H A T   Y O U   N E E D\nA B C\n"
	want := "THE ROLE\nYou look after 40 shops.\nWHAT YOU NEED\nA B C\n"
	if got := Unspaced(in); got != want {
		t.Errorf("read as %q, want %q", got, want)
	}
	if plain := "No spaced line here.\n"; Unspaced(plain) != plain {
		t.Error("a plain text changed")
	}
}

// Small capitals ("ᴀʙᴏᴜᴛ ᴜꜱ") read as the capitals they show; other text
// is left as it is.
func TestSmallCapitalsReadAsCapitals(t *testing.T) {
	for in, want := range map[string]string{"ᴀʙᴏᴜᴛ ᴜꜱ": "ABOUT US", "ᴡʜᴀᴛ ɪꜱ ɴᴇᴇᴅᴇᴅ": "WHAT IS NEEDED", "Ẽ café": "Ẽ café"} {
		if got := PlainLetters(in); got != want {
			t.Errorf("PlainLetters(%q) = %q, want %q", in, got, want)
		}
	}
}

// A note app's page links read as their text, and its property lines are
// left blank, keeping the line count.
func TestNoteAppMarkdown(t *testing.T) {
	in := "owner:: [[Kiri Hohaia]]\n- [[Puriri Plants|Puriri]] grows [[natives]]\n  id:: 66b2f1c4\n"
	if got, want := FromNoteApp(in), "\n- Puriri grows natives\n\n"; got != want {
		t.Errorf("FromNoteApp = %q, want %q", got, want)
	}
}

// "==marked==" reads as its text; a setext heading's underline is left.
func TestHighlightIsItsText(t *testing.T) {
	in := "Apply\n=====\n\n==Applications close Friday.== And a == b.\n"
	if got, want := FromNoteApp(in), "Apply\n=====\n\nApplications close Friday. And a == b.\n"; got != want {
		t.Errorf("FromNoteApp = %q, want %q", got, want)
	}
}

func TestAScoreOpensNoItem(t *testing.T) {
	for lead, want := range map[string]bool{"4.2 out of 5 or better": false, "8.5/10 in our survey": false, "2.5% of revenue": false, "4.2 Tools and systems": true, "3. Pay": true} {
		if got := MayBeBullet(lead); got != want {
			t.Errorf("MayBeBullet(%q) = %v, want %v", lead, got, want)
		}
	}
}

// An outliner's note reads as a document: items with items under them are
// headings, a run of leaf items a list, a lone leaf a line of text.
func TestAnOutlineReadsAsADocument(t *testing.T) {
	lines := strings.Split("- Hiring: Account Manager\n  - AD – final version\n    - Account Manager – Displays\n    - Starling Ltd · Lewes · Full-time\n    - About us\n      - We fire 260 displays a year.\n"+
		"    - What you'll do\n      - Visit every client.\n      - Send each proposal.\n    - How to apply\n      - E-mail jobs@starling.example.\n  - Interviews in October", "\n")
	if !IsOutline(lines) {
		t.Fatal("not read as an outline")
	}
	_, kinds := UnOutline(lines)
	want := []Kind{Heading, Heading, Text, Text, Heading, Text, Heading, Bullet, Bullet, Heading, Text, Text}
	if !slices.Equal(kinds, want) {
		t.Errorf("kinds %v, want %v", kinds, want)
	}
	if IsOutline(strings.Split("Account Manager\n\n- Visit clients.\n- Send proposals.\n\nApply by e-mail.", "\n")) {
		t.Error("a posting with one list read as an outline")
	}
}

// A message a mail reader shows as text keeps its multipart headers but
// draws no boundaries: its body is the message, not a part to skip.
func TestMultipartHeadersWithoutBoundaries(t *testing.T) {
	mail := "From: Ana <ana@example.com>\nSubject: advert\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\nHi,\n\nAccount Manager\nWe make tents.\n"
	if got := FromEmail(mail); !strings.Contains(got, "Account Manager\nWe make tents.") || strings.Contains(got, "Subject") {
		t.Errorf("FromEmail = %q", got)
	}
}

// An IRC log reads as the lines its most prolific member pasted, without
// the others' talk, the notices or that member's replies to others.
func TestIRCLogReadsTheAdvertsLines(t *testing.T) {
	log := []string{"--- Log opened Tue Jan 11 08:52:17 2028", "08:52 -!- kvoss has joined #people", "08:53 < jquill> morning",
		"08:53 < kvoss> Senior Account Manager", "08:54 < kvoss> ABOUT US", "08:54 < kvoss> We make rodeo software for 26 associations.",
		"08:55 < dmarsh> is the range final?", "08:56 < kvoss> dmarsh: yes, final", "08:56 < kvoss> - Renew every association's contract",
		"08:57 < kvoss> - Track usage in Salesforce", "08:57 < @jquill> ok", "08:58 < kvoss> HOW TO APPLY", "08:58 < kvoss> Email jobs@chute.example"}
	got := FromIRCLog(slices.Clone(log))
	want := []string{"", "", "", "Senior Account Manager", "ABOUT US", "We make rodeo software for 26 associations.", "", "",
		"- Renew every association's contract", "- Track usage in Salesforce", "", "HOW TO APPLY", "Email jobs@chute.example"}
	if !slices.Equal(got, want) {
		t.Errorf("FromIRCLog:\n got %q\nwant %q", got, want)
	}
	if short := []string{"08:53 < a> hi", "08:54 < b> hello"}; !slices.Equal(FromIRCLog(slices.Clone(short)), short) {
		t.Error("two messages read as a log")
	}
}

// A task's annotations, each opening with its date and time, read as the
// words written; a chat's stamps and a posting's dates are left to others.
func TestWithoutLineStamps(t *testing.T) {
	notes := []string{"ID  42", "    2028-01-11 09:14:02 Accounts Manager", "    2028-01-11 09:14:02 THE JOB", "    2028-01-11 09:14:02 You run 410 rental accounts and",
		"    bill them on time.", "    2028-01-11 09:14:03 WHAT YOU'LL DO", "    2028-01-11 09:14:03 * Book rentals"}
	got := WithoutLineStamps(slices.Clone(notes))
	if got[1] != "    Accounts Manager" || got[3] != "    You run 410 rental accounts and" || got[6] != "    * Book rentals" || got[4] != notes[4] {
		t.Errorf("WithoutLineStamps = %q", got)
	}
	dates := []string{"Closing date: 2028-01-11 17:00", "Interviews: 2028-01-20 09:00"}
	if !slices.Equal(WithoutLineStamps(slices.Clone(dates)), dates) {
		t.Error("a posting's own dates were taken off")
	}
}
