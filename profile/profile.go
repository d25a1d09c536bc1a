// Package profile keeps the company profile: the company-level answers
// (company, website, industry, about, benefits, equal-opportunity text, how to apply,
// location, currency, spelling, tools, reporting line) that every new
// posting starts from, in $XDG_CONFIG_HOME/amjd/profile.yaml.
package profile

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"amjd/content"
	"amjd/model/answers"
	"amjd/safefile"
)

// FileName is the profile's name in the config folder.
const FileName = "profile.yaml"

// DefaultPath is where the profile lives: $XDG_CONFIG_HOME/amjd/profile.yaml,
// else the platform's config folder (~/.config on Linux).
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		var err error
		if dir, err = os.UserConfigDir(); err != nil {
			return "", err
		}
	}
	return filepath.Join(dir, "amjd", FileName), nil
}

// Profile is a loaded profile and where it came from (or would be).
type Profile struct {
	Path    string
	Answers answers.Answers
}

// Describe says in a few words what the profile holds.
func (p Profile) Describe() string { return answers.DescribeProfile(p.Answers) }

// Load reads the profile at path under the answers files' cap, with their
// positioned errors. A missing file is no profile (ok false, with its Path)
// when it is the default one; a profile asked for by name must exist.
func Load(c *content.Catalog, path string, asked bool) (p Profile, ok bool, err error) {
	info, err := os.Stat(path)
	switch {
	case errors.Is(err, fs.ErrNotExist) && !asked:
		return Profile{Path: path}, false, nil
	case path == "-" || err == nil && !info.IsDir() && !info.Mode().IsRegular():
		// Standard input is for answers; a device or pipe may never end.
		return Profile{}, false, fmt.Errorf("%s: a company profile must be a file", path)
	}
	data, err := safefile.Read(path, "a company profile", nil, answers.MaxAnswersSize)
	if err != nil {
		return Profile{}, false, err
	}
	a, err := answers.ParseProfile(c, path, data)
	if err != nil {
		return Profile{}, false, err
	}
	return Profile{Path: path, Answers: a}, true, nil
}

// Encode is the profile file for the company-level answers of a.
func Encode(a answers.Answers) ([]byte, error) {
	body, err := answers.EncodeAnswers(answers.ProfileOf(a))
	if err != nil {
		return nil, err
	}
	header := "# amjd company profile: every new posting starts from these answers\n" +
		"# (an answers file or the wizard overrides any of them).\n"
	return append([]byte(header), body...), nil
}

// Save writes the company-level answers of a as the profile at path,
// creating its folder; an existing profile is replaced only with overwrite.
func Save(path string, a answers.Answers, overwrite bool) error {
	data, err := Encode(a)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return safefile.Write(path, data, overwrite)
}
