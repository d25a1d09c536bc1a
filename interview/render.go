package interview

import (
	"fmt"
	"slices"

	"amjd/content"
	"amjd/export"
	"amjd/model/checker"
	"amjd/model/posting"
)

// Formats lists the formats a kit is written in; JSON-LD describes job
// postings only.
var Formats = []export.Format{export.Markdown, export.Text, export.HTML}

// Render writes the kit for a posting: Markdown, plain text, or HTML (a
// fragment, or a whole printable page when standalone). The scorecard is a
// Markdown table, which every format keeps as a table.
func Render(p posting.Posting, format export.Format, standalone bool) ([]byte, error) {
	return New(p).Render(format, standalone)
}

// Render writes the kit in a format, as the function Render does.
func (k Kit) Render(format export.Format, standalone bool) ([]byte, error) {
	if format == export.JSONLD {
		return nil, fmt.Errorf("an interview kit is not written as %s", format.Name())
	}
	return export.Document(k.Markdown(), k.Title, k.Language, format, standalone)
}

// languageRules are the posting's checks that apply to any text: inclusive
// language and reading grade. The rest are about what a posting must say.
var languageRules = []string{"exclusionary", "age-bias", "gender-coded", "gendered-pronoun", "reading-grade"}

// Findings runs the posting's inclusive-language and reading-grade checks
// over the kit.
func (k Kit) Findings(c *content.Catalog) []checker.Finding {
	var out []checker.Finding
	for _, f := range checker.Check(c, k.Markdown(), checker.CheckOptions{}) {
		if slices.Contains(languageRules, f.Rule) {
			out = append(out, f)
		}
	}
	return out
}
