package answers_test

import (
	"strings"
	"testing"

	"amjd/model/answers"

	"github.com/goccy/go-yaml"
)

func TestWholeAmountsAreWrittenAsIntegers(t *testing.T) {
	out, err := yaml.Marshal(answers.Answers{Pay: answers.Pay{Min: 125000, Max: 150000.5}})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), "min: 125000\n") || !strings.Contains(string(out), "max: 150000.5\n") {
		t.Errorf("amounts not written as typed:\n%s", out)
	}
}
