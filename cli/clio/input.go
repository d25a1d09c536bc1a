package clio

import (
	"errors"
	"fmt"
	"io"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/safefile"
)

// ReadInput reads a file (or standard input for "-") through safefile:
// folders, devices and pipes are refused, and nothing over the size cap is
// read. who is the command, as messages begin ("amjd check"); what names
// the file ("an answers file").
func ReadInput(who, name, what string, stdin io.Reader) ([]byte, error) {
	data, err := safefile.Read(name, what, stdin, answers.MaxAnswersSize)
	var tooLarge *safefile.TooLargeError
	switch {
	case errors.As(err, &tooLarge):
		return nil, BadInput(fmt.Errorf("%s:1:1: %s; answers files and postings are far smaller", base.Printable(name), base.Printable(err.Error())))
	case err != nil:
		return nil, BadInput(fmt.Errorf("%s: %s", who, base.Printable(err.Error())))
	}
	return data, nil
}

// LoadAnswers reads and validates an answers file; an empty path means the
// defaults. A bad file is reported with every problem at once, one
// FILE:LINE:COL line each.
func LoadAnswers(who, path string, stdin io.Reader) (answers.Answers, error) {
	if path == "" {
		return answers.Answers{}, nil
	}
	data, err := ReadInput(who, path, "an answers file", stdin)
	if err != nil {
		return answers.Answers{}, err
	}
	a, err := answers.ParseAnswers(content.Default(), path, data)
	if err != nil {
		return answers.Answers{}, BadInput(err)
	}
	return a, nil
}
