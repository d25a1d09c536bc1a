package posting

import (
	"fmt"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/internal/modeltest"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

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
	md := Assemble(modeltest.Cat(), modeltest.FillAll(s)).Markdown()
	got := shapeOf(md)
	switch literal := strings.Join(strings.Fields(base.Sanitize(s)), " "); {
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
	plain := shapeOf(Assemble(modeltest.Cat(), modeltest.FillAll("plain words")).Markdown())
	for _, s := range modeltest.Hostile {
		if problem := userTextProblem(s, plain); problem != "" {
			t.Errorf("%q %s", s, problem)
		}
	}
}

// Only how to apply keeps a bare address live: that is where a link is meant.
func TestHowToApplyKeepsLinks(t *testing.T) {
	md := Assemble(modeltest.Cat(), answers.Answers{Company: "www.acme.example", HowToApply: "Apply at https://acme.example/jobs or jobs@acme.example."}).Markdown()
	if !strings.Contains(md, "Apply at https://acme.example/jobs or jobs@acme.example.") {
		t.Errorf("the link in how to apply was broken:\n%s", md)
	}
	if strings.Contains(md, "*www.acme.example*") {
		t.Error("the company name would become a link")
	}
}

// Unescape reads back what Inline escaped: the text as typed, on one line.
func TestUnescapeUndoesInline(t *testing.T) {
	for _, s := range append(modeltest.Hostile, "E*Trade <EU>", "1. first", "https://x.example www.x.example a@b.example", `a\*b \\ c\`) {
		if got, want := base.Unescape(base.Inline(s)), strings.Join(strings.Fields(base.Sanitize(s)), " "); got != want {
			t.Errorf("unescape(Inline(%q)) = %q, want %q", s, got, want)
		}
	}
}
