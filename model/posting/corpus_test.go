package posting

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/goccy/go-yaml"

	"amjd/model/answers"
	"amjd/model/internal/modeltest"
)

// corpusKey is what a careful reader checks in the posting made from one
// answers file of testdata/managers: files written as hiring managers write
// them, with their keys written before the postings were read.
type corpusKey struct {
	ExpectError     string   `yaml:"expect_error"`
	GivenTools      []string `yaml:"given_tools"`
	GivenTravel     bool     `yaml:"given_travel"`
	GivenCareerPath bool     `yaml:"given_career_path"`
	Language        string   `yaml:"language"`
	MustContain     []string `yaml:"must_contain"`
	MustNotContain  []string `yaml:"must_not_contain"`
	ExpectFindings  []string `yaml:"expect_findings"`
}

// squashed is text in lower case with its runs of space made one.
func squashed(s string) string { return strings.Join(strings.Fields(strings.ToLower(s)), " ") }

var quoted = regexp.MustCompile(`'([^']+)'`)

func TestManagersCorpus(t *testing.T) {
	c := modeltest.Cat()
	files, _ := filepath.Glob(filepath.Join("testdata", "managers", "*.yaml"))
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".key.yaml") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var key corpusKey
			keyData, err := os.ReadFile(strings.TrimSuffix(f, ".yaml") + ".key.yaml")
			if err != nil || yaml.Unmarshal(keyData, &key) != nil {
				t.Fatalf("no readable key: %v", err)
			}
			a, err := answers.ParseAnswers(c, f, data)
			if key.ExpectError != "" {
				if err == nil {
					t.Fatalf("loaded, want an error: %s", key.ExpectError)
				}
				// The rest of the key holds for the file without the line in error.
				for _, m := range quoted.FindAllStringSubmatch(key.ExpectError, -1) {
					if !strings.Contains(err.Error(), m[1]) {
						t.Errorf("the error does not name %q: %v", m[1], err)
					}
					data = regexp.MustCompile(`(?m)^.*`+regexp.QuoteMeta(m[1])+`.*\n`).ReplaceAll(data, nil)
				}
				a, err = answers.ParseAnswers(c, f, data)
			}
			if err != nil {
				t.Fatal(err)
			}
			p := Assemble(c, a)
			md := p.Markdown()
			flat := squashed(md)
			for _, w := range key.MustContain {
				if !strings.Contains(flat, squashed(w)) {
					t.Errorf("lacks %q", w)
				}
			}
			for _, w := range key.MustNotContain {
				if strings.Contains(flat, squashed(w)) {
					t.Errorf("contains %q", w)
				}
			}
			if key.Language != "" && p.Language != key.Language {
				t.Errorf("written in %s, want %s", p.Language, key.Language)
			}
			if !key.GivenTravel && strings.Contains(md, "You travel") {
				t.Error("states travel nobody gave")
			}
			if !key.GivenCareerPath && strings.Contains(md, "## How you will grow") {
				t.Error("promises a career path nobody gave")
			}
			if len(key.GivenTools) == 0 && strings.Contains(md, "## Tools you will use") {
				t.Error("lists tools nobody gave")
			}
			if t.Failed() {
				t.Logf("the posting:\n%s", md)
			}
		})
	}
	if n < 10 {
		t.Errorf("%d answers files in testdata/managers, want at least 10", n)
	}
}
