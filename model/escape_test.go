package model

import (
	"fmt"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

func TestInlineEscapesMarkdown(t *testing.T) {
	cases := map[string]string{
		"Account Manager":            "Account Manager",
		"# Not a heading":            `\# Not a heading`,
		"- not a bullet":             `\- not a bullet`,
		"+ not a bullet":             `\+ not a bullet`,
		"1. not a list":              `1\. not a list`,
		"2026) not a list":           `2026\) not a list`,
		"[click](https://evil.test)": `\[click\](https\://evil.test)`,
		"www.evil.example":           `www\.evil.example`,
		"mail me@evil.example":       `mail me\@evil.example`,
		"HTTP://x.example":           `HTTP\://x.example`,
		"<script>x</script>":         `\<script>x\</script>`,
		"a < b > c":                  "a < b > c",
		"99.5%":                      "99.5%",
		"#1 partner":                 "#1 partner",
		"5* service":                 `5\* service`,
		"snake_case and _em_":        `snake_case and \_em\_`,
		"C++ and R&D":                "C++ and R&D",
		"[not a link":                `\[not a link`,
		"path\\to":                   `path\to`,
		"ends with \\":               `ends with \\`,
		"`code`":                     "\\`code\\`",
		"*bold* _em_":                `\*bold\* \_em\_`,
		"a | b":                      "a | b",
		"R&D &amp; more":             `R&D \&amp; more`,
		"line one\nline two":         "line one line two",
		"  spaced   out  ":           "spaced out",
		"\x1b[31mred\x1b[0m":         "red",
		"bell\a and null\x00":        "bell and null",
		"3+ years":                   "3+ years",
	}
	for in, want := range cases {
		if got := Inline(in); got != want {
			t.Errorf("Inline(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestParagraphsSplitOnBlankLines(t *testing.T) {
	got := Paragraphs("First line\nstill first.\n \t\n# Second\n\n\n")
	want := []string{"First line still first.", `\# Second`}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Paragraphs = %q, want %q", got, want)
	}
}

// hostile holds user text that tries to break out of its place in the posting.
var hostile = []string{
	"# Heading\n## Another",
	"- item\n* item\n+ item\n1. item",
	"[link](https://evil.test) ![img](x.png) <https://auto.test>",
	"<b>bold</b><!-- c --><div>block</div>",
	"```\ncode\n```",
	"    indented code",
	"> quote",
	"a | b\n---|---\nc | d",
	"Title\n===",
	"\x1b]8;;https://evil.test\x1b\\hidden link\x1b]8;;\x1b\\ and \x1b[2J clear",
	"text with \\ backslash and *stars* and _unders_",
	"&lt;tag&gt; &#60;",
	"~~strike~~ [ ] task",
	"2026", // a full stop after it would make an ordered-list marker
}

// fillAll puts s into every free-text answer.
func fillAll(s string) Answers {
	return Answers{
		// How to apply may hold a link on purpose (see TestHowToApplyKeepsLinks).
		Title: s, Company: s, ReportsTo: s, About: s, HowToApply: "Write to us.",
		KPIs:             []KPIAnswer{{Name: s, Target: s}, {ID: "nrr", Target: s}, {Name: s}},
		Responsibilities: ListEdit{Add: []string{s}},
		Skills:           ListEdit{Add: []string{s}},
		Qualifications:   Qualifications{ExtraRequired: []string{s}, ExtraPreferred: []string{s}},
		Tools:            Tools{Add: []string{s}},
		Pay:              Pay{Min: 1, Max: 2, Variable: s},
		Benefits:         []string{s},
		Location:         Location{Place: s, Region: s},
		EqualOpportunity: EqualOpportunity{Text: s},
	}
}

type shape struct {
	headings, lists, items int
	forbidden              []string
	text                   string
}

func shapeOf(md string) shape {
	src := []byte(md)
	// GitHub-flavoured: bare web and e-mail addresses become links there.
	doc := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser().Parse(text.NewReader(src))
	var s shape
	var b strings.Builder
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch v := n.(type) {
		case *ast.Heading:
			s.headings++
		case *ast.List:
			s.lists++
		case *ast.ListItem:
			s.items++
		case *ast.Link, *ast.AutoLink, *ast.Image, *ast.RawHTML, *ast.HTMLBlock,
			*ast.CodeSpan, *ast.CodeBlock, *ast.FencedCodeBlock, *ast.Blockquote, *ast.ThematicBreak:
			s.forbidden = append(s.forbidden, n.Kind().String())
		case *ast.Text:
			// What a reader sees: backslash escapes resolved.
			b.Write(util.UnescapePunctuations(v.Segment.Value(src)))
			if v.SoftLineBreak() || v.HardLineBreak() {
				b.WriteByte(' ')
			}
		case *ast.String:
			b.Write(v.Value)
		}
		return ast.WalkContinue, nil
	})
	s.text = b.String()
	return s
}

// userTextProblem says how s, put into every free-text answer, broke the
// posting: a changed structure, markup, a control character, or text that
// does not appear literally. "" means it did not.
func userTextProblem(s string, plain shape) string {
	md := Assemble(cat(), fillAll(s)).Markdown()
	got := shapeOf(md)
	switch literal := strings.Join(strings.Fields(Sanitize(s)), " "); {
	case got.headings != plain.headings || got.lists != plain.lists || got.items != plain.items:
		return fmt.Sprintf("changed the structure: %d headings, %d lists, %d items; want %d, %d, %d",
			got.headings, got.lists, got.items, plain.headings, plain.lists, plain.items)
	case len(got.forbidden) > 0:
		return fmt.Sprintf("produced %v", got.forbidden)
	case strings.ContainsAny(md, "\x1b\x07\x00"):
		return "left a control character in the Markdown"
	case !strings.Contains(got.text, literal):
		return fmt.Sprintf("does not appear literally in the rendered text; want %q", literal)
	}
	return ""
}

// User text must appear literally and never change the document's structure.
func TestUserTextCannotChangeThePostingsStructure(t *testing.T) {
	plain := shapeOf(Assemble(cat(), fillAll("plain words")).Markdown())
	for _, s := range hostile {
		if problem := userTextProblem(s, plain); problem != "" {
			t.Errorf("%q %s", s, problem)
		}
	}
}

// Only how to apply keeps a bare address live: that is where a link is meant.
func TestHowToApplyKeepsLinks(t *testing.T) {
	md := Assemble(cat(), Answers{Company: "www.acme.example", HowToApply: "Apply at https://acme.example/jobs or jobs@acme.example."}).Markdown()
	if !strings.Contains(md, "Apply at https://acme.example/jobs or jobs@acme.example.") {
		t.Errorf("the link in how to apply was broken:\n%s", md)
	}
	if strings.Contains(md, "*www.acme.example*") {
		t.Error("the company name would become a link")
	}
}

// unescape reads back what Inline escaped: the text as typed, on one line.
func TestUnescapeUndoesInline(t *testing.T) {
	for _, s := range append(hostile, "E*Trade <EU>", "1. first", "https://x.example www.x.example a@b.example", `a\*b \\ c\`) {
		if got, want := unescape(Inline(s)), strings.Join(strings.Fields(Sanitize(s)), " "); got != want {
			t.Errorf("unescape(Inline(%q)) = %q, want %q", s, got, want)
		}
	}
}

// The suggestions and options the wizard shows are built from escaped
// answers; they must show a company or a tool as it was typed.
func TestTheWizardShowsAnswersAsTyped(t *testing.T) {
	company, crm := "E*Trade <EU> [beta] www.trade.example", "Sales_*CRM*"
	a := Answers{Company: company, Tools: Tools{Add: []string{crm}}}
	seen := map[string]bool{}
	for _, step := range Steps() {
		for _, f := range step.For(cat(), a).Fields {
			shown := []string{f.Placeholder}
			for _, o := range f.Options {
				shown = append(shown, o.Label)
			}
			for _, s := range shown {
				if strings.Contains(s, `\`) {
					t.Errorf("step %s, %s shows Markdown escapes: %q", step.ID, f.Key, s)
				}
				seen[company] = seen[company] || strings.Contains(s, company)
				seen[crm] = seen[crm] || strings.Contains(s, crm)
			}
		}
	}
	for _, typed := range []string{company, crm} {
		if !seen[typed] {
			t.Errorf("no suggestion or option shows %q as typed", typed)
		}
	}
}
