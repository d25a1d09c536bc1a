package answers

import (
	"strings"
	"testing"

	"amjd/cli/clio/cliotest"
	"amjd/cli/render"
)

func TestAnswersTemplateRoundTrips(t *testing.T) {
	r := cliotest.Run("", Options{Template: true}.Run)
	if r.Code != 0 || r.Stderr != "" || !strings.Contains(r.Stdout, "variant:") {
		t.Fatalf("exit %d, stderr %q", r.Code, r.Stderr)
	}
	rendered := cliotest.Run(r.Stdout, render.Options{AnswersPath: "-", Quiet: true}.Run)
	if rendered.Code != 0 || !strings.HasPrefix(rendered.Stdout, "# ") {
		t.Fatalf("the template does not render: exit %d: %s", rendered.Code, rendered.Stderr)
	}
}

func TestAnswersWithoutTemplateSaysWhatToAskFor(t *testing.T) {
	r := cliotest.Run("", Options{}.Run)
	if r.Code != 2 || r.Stdout != "" || !strings.Contains(r.Stderr, "amjd answers --template > answers.yaml") {
		t.Errorf("exit %d, stdout %q, stderr %q", r.Code, r.Stdout, r.Stderr)
	}
}
