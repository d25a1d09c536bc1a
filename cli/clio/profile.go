package clio

import (
	"errors"
	"fmt"
	"io"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/profile"
	"amjd/safefile"
)

// ProfileFlags are the flags of the commands that start a posting from the
// company profile.
type ProfileFlags struct {
	Path string // --profile: this file instead of the default one
	Off  bool   // --no-profile
}

// LoadProfile loads the company profile the flags name: the file given, else
// the default one when it exists. ok is false when there is none or it is
// switched off; p.Path is where it is or would be saved ("" when off or
// there is no config folder). A bad profile is refused as a bad answers file
// is.
func LoadProfile(who string, f ProfileFlags) (p profile.Profile, ok bool, err error) {
	if f.Off {
		if f.Path != "" {
			return p, false, Usagef("%s: --profile and --no-profile contradict each other; give one", who)
		}
		return p, false, nil
	}
	path, asked := f.Path, f.Path != ""
	if !asked {
		if path, err = profile.DefaultPath(); err != nil {
			return p, false, nil // no home folder: no default profile
		}
	}
	p, ok, err = profile.Load(content.Default(), path, asked)
	var positioned answers.InputErrors
	var tooLarge *safefile.TooLargeError
	switch {
	case err == nil:
		return p, ok, nil
	case errors.As(err, &positioned):
		// The profile is read for every new posting, so say how to go on.
		return p, false, BadInput(fmt.Errorf("%w\n%s: the company profile %s cannot be used; fix it, replace it with amjd profile --from ANSWERS --force, or run with --no-profile",
			err, who, base.Printable(path)))
	case errors.As(err, &tooLarge):
		return p, false, BadInput(fmt.Errorf("%s:1:1: %s; a company profile is far smaller", base.Printable(path), base.Printable(err.Error())))
	}
	return p, false, BadInput(fmt.Errorf("%s: company profile: %s", who, base.Printable(err.Error())))
}

// LoadAnswersOnProfile reads an answers file (or none, for the defaults)
// and fills what it leaves empty from the company profile the flags name.
func LoadAnswersOnProfile(who, path string, f ProfileFlags, stdin io.Reader) (answers.Answers, error) {
	a, err := LoadAnswers(who, path, stdin)
	if err != nil {
		return a, err
	}
	p, ok, err := LoadProfile(who, f)
	if err != nil || !ok {
		return a, err
	}
	return answers.WithProfile(content.Default(), p.Answers, a), nil
}
