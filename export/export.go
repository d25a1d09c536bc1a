// Package export turns a posting's Markdown into the forms it is pasted or
// published in: plain text for applicant tracking systems and e-mail, a safe
// HTML fragment or page for careers-page editors, and schema.org JobPosting
// data for job boards and search engines. Every form is made from the same
// Markdown, parsed by goldmark, so none can say more or less than it.
package export

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"amjd/model/checker"
	"amjd/model/posting"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
)

// Format is a form the posting can be written in.
type Format string

// The formats, with the file extensions that name them.
const (
	Markdown Format = "markdown"
	Text     Format = "text"
	HTML     Format = "html"
	JSONLD   Format = "jsonld"
)

// Formats lists every format, in the order they are offered.
var Formats = []Format{Markdown, Text, HTML, JSONLD}

// Extension is the file extension a format is saved with.
func (f Format) Extension() string {
	return map[Format]string{Markdown: ".md", Text: ".txt", HTML: ".html", JSONLD: ".json"}[f]
}

// Name is how a format is called to a user.
func (f Format) Name() string {
	return map[Format]string{Markdown: "Markdown", Text: "plain text", HTML: "HTML", JSONLD: "JSON-LD"}[f]
}

// ParseFormat reads a format's name; allowed lists the names for messages.
func ParseFormat(s string) (Format, error) {
	for _, f := range Formats {
		if strings.EqualFold(s, string(f)) {
			return f, nil
		}
	}
	// The file extensions name their formats too ("--format json").
	if f, ok := FormatOfFile("x." + s); ok && !strings.ContainsAny(s, "./") {
		return f, nil
	}
	return "", fmt.Errorf("unknown format %q (allowed: %s)", s, strings.Join(formatNames(), ", "))
}

// FormatOfFile picks the format a file name asks for by its extension; ok is
// false when the extension names none.
func FormatOfFile(name string) (Format, bool) {
	switch strings.ToLower(filepath.Ext(name)) {
	case ".md", ".markdown":
		return Markdown, true
	case ".txt", ".text":
		return Text, true
	case ".html", ".htm":
		return HTML, true
	case ".json", ".jsonld":
		return JSONLD, true
	}
	return "", false
}

func formatNames() []string {
	out := make([]string, len(Formats))
	for i, f := range Formats {
		out[i] = string(f)
	}
	return out
}

// parser reads amjd's Markdown as GitHub does: bare web addresses become
// links (amjd escapes them everywhere but in how to apply, so only there do
// links appear), and pipe tables are tables (the interview kit's scorecard;
// a posting writes each paragraph on one line, so it can never hold one).
func parser() goldmark.Markdown {
	// Only web addresses are linked (and e-mail addresses, by Linkify's own
	// rule): ftp: and the like are left as text.
	linkify := extension.NewLinkify(extension.WithLinkifyAllowedProtocols([][]byte{[]byte("http:"), []byte("https:")}))
	return goldmark.New(goldmark.WithExtensions(linkify, extension.Table))
}

// Options say what to write.
type Options struct {
	Format Format
	// Short writes the job-board form instead of the full posting (not for
	// JSON-LD, whose description is always the full posting).
	Short bool
	// Standalone makes HTML a whole page rather than a fragment.
	Standalone bool
	// Posted is the day the posting goes up, for JSON-LD's datePosted.
	Posted time.Time
}

// Posting writes the posting in the format asked, with the findings
// particular to that format (JSON-LD's missing properties).
func Posting(p posting.Posting, o Options) ([]byte, []checker.Finding, error) {
	if o.Format == JSONLD {
		jp, fs, err := JobPostingData(p, o.Posted)
		if err != nil {
			return nil, nil, err
		}
		data, err := JSONLDDocument(jp)
		return data, fs, err
	}
	md := p.Markdown()
	if o.Short {
		md = p.ShortMarkdown()
	}
	data, err := Document(md, p.Title, p.Language, o.Format, o.Standalone)
	return data, nil, err
}

// Document writes a Markdown document (the posting, the interview kit) as
// Markdown, plain text or HTML: a fragment, or with standalone a whole page
// titled title (Markdown inline text) in language lang.
func Document(md, title, lang string, format Format, standalone bool) ([]byte, error) {
	switch format {
	case "", Markdown:
		return []byte(md), nil
	case Text:
		return []byte(PlainText(md)), nil
	case HTML:
		fragment, err := HTMLFragment(md)
		if err != nil || !standalone {
			return []byte(fragment), err
		}
		return []byte(HTMLPage(fragment, title, lang)), nil
	}
	return nil, fmt.Errorf("a document is not written as %q here", format)
}
