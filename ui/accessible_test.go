package ui

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"amjd/draft"
	"amjd/model/answers"
	"amjd/model/flow"
	"amjd/model/posting"
)

func runLines(t *testing.T, input string, opts AccessibleOptions) (stdout, prompts string) {
	t.Helper()
	var out, prompt bytes.Buffer
	if err := RunAccessible(opts, strings.NewReader(input), &out, &prompt); err != nil {
		t.Fatalf("RunAccessible: %v\n%s", err, prompt.String())
	}
	return out.String(), prompt.String()
}

func TestAccessibleWithNoInputPrintsTheDefaultPosting(t *testing.T) {
	out, prompts := runLines(t, "", AccessibleOptions{})
	if want := posting.Assemble(nil2cat(), answers.Answers{}).Markdown(); out != want {
		t.Errorf("stdout is not the default posting:\n%s", out)
	}
	if strings.Contains(out, "Step 1 of 13") || !strings.Contains(prompts, "Step 13 of 13") {
		t.Error("prompts must go to the prompt stream, the posting alone to stdout")
	}
}

func TestAccessiblePipedAnswersAreReadLineByLine(t *testing.T) {
	// Variant 2, company, title and website kept, industry 1 (software); the rest defaults.
	out, _ := runLines(t, "2\nAcme Ltd\n\n\n1\n", AccessibleOptions{})
	for _, want := range []string{"# Key Account Manager\n", "*Acme Ltd*", "customers"} {
		if !strings.Contains(out, want) {
			t.Errorf("posting lacks %q", want)
		}
	}
}

func TestAccessibleRepromptsOnInvalidInput(t *testing.T) {
	// 9 is out of range; 6 is the Accounting Manager, refused; 3 is accepted.
	out, prompts := runLines(t, "9\n6\n3\n", AccessibleOptions{})
	if !strings.Contains(prompts, "Enter a number between 1 and 6.") {
		t.Error("no re-prompt for an out-of-range number")
	}
	if !strings.Contains(prompts, "finance job") {
		t.Error("Accounting Manager not explained")
	}
	if !strings.HasPrefix(out, "# Accounts Manager\n") {
		t.Errorf("posting starts %q", out[:30])
	}
}

func TestAccessibleNumbersAndMultiLineText(t *testing.T) {
	steps := []string{
		"",         // variant
		"", "", "", // company, title, website
		"", "", // industry, and in the user's own words
		"1,3", "abc", "40", "", // account types; accounts: invalid then 40; revenue
	}
	input := strings.Join(steps, "\n") + "\n"
	// Enter through to the about step: one line per field, two for the
	// required / nice-to-have question of qualifications.
	lines := 0
	for _, step := range flow.Steps()[flow.StepIndex("mix"):flow.StepIndex("about")] {
		for _, f := range step.For(nil2cat(), answers.Answers{}).Fields {
			lines++
			if f.Kind == flow.Cycle {
				lines++
			}
		}
	}
	input += strings.Repeat("\n", lines)
	input += "We make bicycles.\nSince 1990.\n.\n"
	out, prompts := runLines(t, input, AccessibleOptions{})
	if !strings.Contains(prompts, "enter a whole number") {
		t.Error("invalid number not explained")
	}
	for _, want := range []string{"Your portfolio is 40 accounts, a mix of small-business and enterprise clients", "We make bicycles. Since 1990."} {
		if !strings.Contains(out, want) {
			t.Errorf("posting lacks %q:\n%s", want, out)
		}
	}
}

func TestAccessibleResumesADraftAndAutosaves(t *testing.T) {
	dir := t.TempDir()
	store := draft.NewStore(dir)
	store.Note(answers.Answers{Company: "Draftco"}, "industry", nil)
	if err := store.Flush(); err != nil {
		t.Fatal(err)
	}
	out, prompts := runLines(t, "r\n", AccessibleOptions{Drafts: draft.NewStore(dir), Interactive: true})
	if !strings.Contains(prompts, "unfinished draft") || strings.Contains(prompts, "Step 1 of 13") || !strings.Contains(prompts, "Step 3 of 13") {
		t.Errorf("draft not offered or not resumed at its step:\n%.600s", prompts)
	}
	if !strings.Contains(out, "Draftco") {
		t.Error("resumed answers lost")
	}
	data, err := os.ReadFile(store.Path())
	if err != nil || !strings.Contains(string(data), "Draftco") {
		t.Errorf("draft not kept up to date: %v", err)
	}
}
