package ui

import (
	"amjd/export"
	"amjd/model/posting"
	"amjd/ui/internal/saved"
)

// defaultSaveName builds a file name from the title and company, such as
// account-manager-acme.md or account-manager-acme-answers.yaml.
func defaultSaveName(p posting.Posting, kind saveTarget, short bool) string {
	r := p.Resolved()
	base := saved.Slug(r.Title)
	if c := saved.Slug(r.Company); c != "" {
		base += "-" + c
	}
	if base == "" {
		base = "job-description"
	}
	switch {
	case kind.answers:
		return base + "-answers.yaml"
	case kind.kit:
		base += "-interview-kit"
	case short && kind.format != export.JSONLD: // JSON-LD always carries the full posting
		base += "-short"
	}
	return base + kind.format.Extension()
}
