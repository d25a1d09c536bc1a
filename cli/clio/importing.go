package clio

import (
	"fmt"
	"io"
	"slices"

	"amjd/content"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/importer"
)

// ImportPosting imports a posting file (or standard input for "-"): the result, or
// an error with exit code 2 that says what is wrong with the file.
func ImportPosting(who, path, input string, stdin io.Reader) (importer.Result, error) {
	var format checker.Format
	if input != "" {
		format = checker.Format(input)
		if !slices.Contains(checker.Formats, format) {
			return importer.Result{}, Usagef("%s: --input %q: allowed: markdown, html, text", who, base.Printable(input))
		}
	}
	data, err := ReadInput(who, path, "a job description", stdin)
	if err != nil {
		return importer.Result{}, err
	}
	name := path
	if name == "-" {
		name = ""
	}
	r, err := importer.Import(content.Default(), string(data), importer.Options{Name: name, Input: format})
	if err != nil {
		return r, BadInput(fmt.Errorf("%s: %s: %s", who, base.Printable(path), err))
	}
	return r, nil
}
