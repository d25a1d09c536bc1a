package interview

import (
	"strings"
	"testing"
	"unicode"

	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/posting"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"golang.org/x/net/html"

	"amjd/export"
)

// protected are words that would bring a protected characteristic into an
// interview: age, family, health, religion, origin and the like, as whole
// words. Right-to-work wording ("allowed to work in") is a different thing
// and not listed; the kit does not ask it either.
var protected = wordSet(`age aged ages ageing aging young younger old older elderly retire retirement
	born birth birthday birthplace family families child children kid kids married marriage spouse husband wife
	pregnant pregnancy maternity paternity health healthy medical illness sick sickness disabled disability
	disabilities religion religious church mosque synagogue temple faith pray prayer nationality national
	native citizen citizenship immigrant immigration accent ethnic ethnicity race racial gender sexual
	orientation maiden arrest arrested pension`)

// TestNoQuestionTouchesAProtectedCharacteristic runs on the examples and the
// combinations, which hold no such word of the user's: it checks the kit's
// own words.
func TestNoQuestionTouchesAProtectedCharacteristic(t *testing.T) {
	if testing.Short() {
		t.Skip("the kit of every example and combination: skipped with -short")
	}
	for name, b := range allKits(t) {
		for _, w := range strings.FieldsFunc(strings.ToLower(b.k.Markdown()), notLetter) {
			if protected[w] {
				t.Errorf("%s: the kit says %q", name, w)
			}
		}
	}
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) }

func wordSet(list string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(list) {
		out[w] = true
	}
	return out
}

// The posting's inclusive-language and reading-grade checks find nothing
// to warn about in any kit.
func TestTheKitPassesThePostingsLanguageChecks(t *testing.T) {
	if testing.Short() {
		t.Skip("the kit of every combination through the language checks: skipped with -short")
	}
	cases := exampletest.Answers(t)
	c := cat()
	for _, v := range c.Variants {
		for _, ind := range c.Industries {
			for _, m := range c.Mixes {
				cases[v.ID+"/"+ind.ID+"/"+m.ID] = answers.Answers{Variant: v.ID, Industry: ind.ID, Mix: m.ID}
			}
		}
	}
	for name, a := range cases {
		for _, f := range New(posting.Assemble(c, a)).Findings(c) {
			if f.Severity >= checker.Warning {
				t.Errorf("%s: %s: %s", name, f.Rule, f.Message)
			}
		}
	}
}

// hostile is what a person might type or paste into any answer.
var hostile = []string{
	"# Heading\n## Another",
	"- item\n* item\n+ item\n1. item",
	"[link](https://evil.test) ![img](x.png) <https://auto.test>",
	"<b>bold</b><!-- c --><div>block</div><script>alert(1)</script>",
	"```\ncode\n```",
	"    indented code",
	"> quote",
	"a | b\n---|---\nc | d",
	"| cell | cell |",
	"Title\n===",
	"\x1b]8;;https://evil.test\x1b\\hidden link\x1b]8;;\x1b\\ and \x1b[2J clear\a",
	"text with \\ backslash and *stars* and _unders_",
	"&lt;tag&gt; &#60;",
	"~~strike~~ [ ] task",
	"2026",
	"“quoted” 'single' \"double\" 🎉👩‍💻",
	".nan",
	strings.Repeat("long text ", 100_000),
}

func fillAll(s string) answers.Answers {
	return answers.Answers{
		Title: s, Company: s, ReportsTo: s, About: s,
		KPIs:             []answers.KPIAnswer{{Name: s, Target: s}, {ID: "nrr", Target: s}, {Name: s}},
		Skills:           answers.ListEdit{Add: []string{s}},
		Qualifications:   answers.Qualifications{ExtraRequired: []string{s}, ExtraPreferred: []string{s}},
		Tools:            answers.Tools{Add: []string{s}},
		Responsibilities: answers.ListEdit{Add: []string{s}},
	}
}

type shape struct{ headings, lists, items, tables, forbidden int }

func shapeOf(md string) shape {
	src := []byte(md)
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var s shape
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n.(type) {
		case *ast.Heading:
			s.headings++
		case *ast.List:
			s.lists++
		case *ast.ListItem:
			s.items++
		case *ast.Link, *ast.AutoLink, *ast.Image, *ast.RawHTML, *ast.HTMLBlock,
			*ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Blockquote, *ast.ThematicBreak:
			s.forbidden++
		}
		if n.Kind().String() == "Table" {
			s.tables++
		}
		return ast.WalkContinue, nil
	})
	return s
}

// What the user types cannot change the kit's structure, make markup or
// links, or reach the Markdown as a control character.
func TestUserTextCannotChangeTheKitsStructure(t *testing.T) {
	if testing.Short() {
		t.Skip("hostile text up to a 1 MB answer through the kit: skipped with -short")
	}
	base := shapeOf(New(posting.Assemble(cat(), fillAll("plain words"))).Markdown())
	if base.tables != 1 || base.forbidden != 0 {
		t.Fatalf("the plain kit has %d tables and %d forbidden nodes", base.tables, base.forbidden)
	}
	for _, s := range hostile {
		md := New(posting.Assemble(cat(), fillAll(s))).Markdown()
		// Long text makes amjd's generic lines give way (posting.MaxWords):
		// the kit is held to the one for plain words as many as the text's.
		want := base
		if n := len(strings.Fields(s)); n > 2 {
			want = shapeOf(New(posting.Assemble(cat(), fillAll(strings.Repeat("plain ", n)))).Markdown())
		}
		if got := shapeOf(md); got != want {
			t.Errorf("%.40q changed the kit: %+v, want %+v", s, got, want)
		}
		if strings.ContainsAny(md, "\x1b\x07\x00") {
			t.Errorf("%.40q left a control character in the kit", s)
		}
	}
}

var allowedElements = map[string]bool{"h1": true, "h2": true, "h3": true, "p": true, "ul": true, "ol": true, "li": true,
	"strong": true, "em": true, "table": true, "thead": true, "tbody": true, "tr": true, "th": true, "td": true}

// The kit's HTML holds only a posting's elements and a table, with no
// attribute at all: nothing typed becomes a link, a script or markup.
func TestTheKitsHTMLIsSafe(t *testing.T) {
	for _, s := range hostile[:12] {
		out, err := Render(posting.Assemble(cat(), fillAll(s)), export.HTML, false)
		if err != nil {
			t.Fatal(err)
		}
		z := html.NewTokenizer(strings.NewReader(string(out)))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			switch tt {
			case html.StartTagToken, html.SelfClosingTagToken:
				tag := z.Token()
				if !allowedElements[tag.Data] || len(tag.Attr) > 0 {
					t.Errorf("%.40q: <%s %v> in the HTML", s, tag.Data, tag.Attr)
				}
			case html.CommentToken:
				t.Errorf("%.40q: a comment in the HTML", s)
			}
		}
	}
}

// A book the user did not give is never stated as the company's: the
// questions call amjd's figures typical.
func TestSuggestedFactsAreNotStatedAsTheCompanys(t *testing.T) {
	md := New(posting.Assemble(cat(), answers.Answers{})).Markdown()
	if !strings.Contains(md, "typical size for this kind of role") || strings.Contains(md, "worth about $190K a year") {
		t.Errorf("the defaults' book is stated as a fact:\n%s", md)
	}
	if !strings.Contains(md, "amjd's suggested target") {
		t.Error("suggested KPI targets are not marked")
	}
	if strings.Contains(md, "Account Director") {
		t.Error("the suggested reporting line is named as the hiring manager")
	}
}

// A line of the user's that asks about who a person is is never turned into
// a question: the kit says it is not asked.
func TestTheKitNeverAsksTheUsersDiscriminatoryLines(t *testing.T) {
	a := answers.Answers{Company: "Acme",
		Qualifications: answers.Qualifications{ExtraRequired: []string{"No young children at home", "Christian values", "UK-born", "Fluent German"}},
		KPIs:           []answers.KPIAnswer{{ID: "nrr"}, {Name: "Church attendance"}}}
	md := New(posting.Assemble(cat(), a)).Markdown()
	notAsked, rest, _ := strings.Cut(md, "## ")
	for _, line := range []string{"No young children at home", "Christian values", "UK-born", "Church attendance"} {
		if !strings.Contains(notAsked, "“"+line+"”") || strings.Contains(strings.ToLower(rest), strings.ToLower(line)) {
			t.Errorf("%q is asked, or not said to be left out", line)
		}
	}
	if !strings.Contains(rest, "“Fluent German.”") {
		t.Error("a fair requirement of the user's is no longer tested")
	}
}
