package ui

import (
	"bufio"
	"bytes"
	"os"
	"strings"
	"testing"

	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/flow"
	"amjd/model/posting"
)

// Piped answers that pick the Accounting Manager and then end: the refusal is
// explained, the question is asked again with the last valid answer as its
// default, and the run ends with a posting, not an error.
func TestAccessibleRefusedRoleFallsBackToTheLastValidAnswer(t *testing.T) {
	var out, prompts bytes.Buffer
	err := RunAccessible(AccessibleOptions{}, strings.NewReader("6\n"), &out, &prompts)
	if err != nil {
		t.Fatalf("the run failed: %v\n%s", err, prompts.String())
	}
	if !strings.HasPrefix(out.String(), "# Account Manager\n") {
		t.Errorf("posting starts %.40q", out.String())
	}
	after := prompts.String()[strings.Index(prompts.String(), "finance job"):]
	if !strings.Contains(after, "Enter a number between 1 and 6 [1]") {
		t.Errorf("the role is not asked again with the last valid answer as default:\n%s", after)
	}
}

// back returns to the previous step, help explains, skip keeps the rest of
// a step; they are said in the introduction.
func TestAccessibleBackHelpAndSkip(t *testing.T) {
	// Step 1: role 2. Step 2: company "Acme"; back at the title returns to
	// the company, back there to step 1, where help is asked, then role 3.
	// Step 2: skip keeps Acme and the title.
	input := "2\nAcme\nback\nback\nhelp\n3\nskip\n"
	out, prompts := runLines(t, input, AccessibleOptions{})
	if !strings.Contains(prompts, "type back, skip or help") {
		t.Error("the introduction does not say back, skip and help")
	}
	if strings.Count(prompts, "Step 1 of 13") != 2 || strings.Count(prompts, "Company name") != 3 {
		t.Errorf("back did not return to the field before, then the step before:\n%s", prompts)
	}
	if !strings.Contains(prompts, "Type back to return to the previous step") {
		t.Error("help printed nothing")
	}
	if !strings.HasPrefix(out, "# Accounts Manager\n") || !strings.Contains(out, "*Acme*") {
		t.Errorf("posting starts %.60q; want the Accounts Manager at Acme", out)
	}
}

// A list is edited with -N and +N instead of being typed out again.
func TestAccessibleListEdits(t *testing.T) {
	opts := []flow.Option{{ID: "a"}, {ID: "b"}, {ID: "c"}, {ID: "d"}}
	got, err := parseNumbers("-2 +4", opts, []string{"a", "b", "c"})
	if err != nil || strings.Join(got, ",") != "a,c,d" {
		t.Errorf("-2 +4 on a,b,c gave %v, %v", got, err)
	}
	if _, err := parseNumbers("-9", opts, nil); err == nil {
		t.Error("-9 of four options accepted")
	}
}

// A pay range with one end asks only the two ends again, not the whole
// step; notes are listed after the check, and the end offers the short
// form and the answers too.
func TestAccessiblePayBlockAsksOnlyThePay(t *testing.T) {
	steps := flow.Steps()
	lines := 0
	for _, st := range steps[:flow.StepIndex(base.StepPay)] {
		lines += len(st.For(nil2cat(), answers.Answers{}).Fields)
		for _, f := range st.For(nil2cat(), answers.Answers{}).Fields {
			if f.Kind == flow.Cycle {
				lines++ // required, then nice to have
			}
		}
	}
	input := strings.Repeat("\n", lines+1) + "90000\n" // pay from, then pay to left empty
	_, prompts := runLines(t, input, AccessibleOptions{})
	if !strings.Contains(prompts, "Give both ends of the pay range") {
		t.Fatalf("no block for one end of the range:\n%s", prompts[strings.Index(prompts, "Step 12"):])
	}
	// Told at once that the end is kept, then at the step's end asked again.
	if !strings.Contains(prompts, "is not in the posting yet: Give both ends") {
		t.Errorf("not told at once that one end is kept:\n%s", prompts[strings.Index(prompts, "Step 12"):])
	}
	block := prompts[strings.Index(prompts, "is not in the posting: Give both ends"):]
	if strings.Contains(block[:strings.Index(block, "Step 13")], "Currency") {
		t.Errorf("the block asked the whole pay step again:\n%s", block)
	}
	if !strings.Contains(prompts, "- note:") {
		t.Errorf("notes are not listed:\n%s", prompts[strings.Index(prompts, "Quality check"):])
	}
}

// At the end, line mode offers the posting, the short form and the answers.
func TestAccessibleOffersEverySave(t *testing.T) {
	dir := t.TempDir()
	var prompts bytes.Buffer
	input := dir + "/post.md\n" + dir + "/short.md\n" + dir + "/answers.yaml\n" + dir + "/kit.txt\n"
	s := &lineSession{p: &prompter{in: bufio.NewReader(strings.NewReader(input)), out: &prompts}, c: nil2cat(),
		a: answers.Answers{Company: "Acme"}}
	if err := s.offerSaves(posting.Assemble(nil2cat(), s.a)); err != nil {
		t.Fatal(err)
	}
	short, _ := os.ReadFile(dir + "/short.md")
	if kit, _ := os.ReadFile(dir + "/kit.txt"); !strings.Contains(string(kit), "What the interviews test\n") || strings.Contains(string(kit), "**") {
		t.Errorf("the interview kit was not saved as plain text:\n%.300s", kit)
	}
	answers, _ := os.ReadFile(dir + "/answers.yaml")
	if !strings.Contains(string(short), "is hiring") || !strings.Contains(string(answers), `company: "Acme"`) {
		t.Errorf("short form or answers not saved:\n%s\n%s\n%s", short, answers, prompts.String())
	}
	for _, want := range []string{"account-manager-acme-short.md", "account-manager-acme-answers.yaml", "account-manager-acme-interview-kit.md"} {
		if !strings.Contains(prompts.String(), want) {
			t.Errorf("no suggested name %s:\n%s", want, prompts.String())
		}
	}
}

// The posting's file name picks its format in line mode too.
func TestAccessibleSavesTheFormatTheNameAsksFor(t *testing.T) {
	dir := t.TempDir()
	var prompts bytes.Buffer
	input := dir + "/post.txt\n" + dir + "/short.html\n\n"
	s := &lineSession{p: &prompter{in: bufio.NewReader(strings.NewReader(input)), out: &prompts}, c: nil2cat(),
		a: answers.Answers{Company: "Acme"}}
	if err := s.offerSaves(posting.Assemble(nil2cat(), s.a)); err != nil {
		t.Fatal(err)
	}
	text, _ := os.ReadFile(dir + "/post.txt")
	page, _ := os.ReadFile(dir + "/short.html")
	if !strings.Contains(string(text), "About the role\n") || strings.Contains(string(text), "## ") {
		t.Errorf("post.txt is not the plain-text posting:\n%.300s", text)
	}
	if !strings.Contains(string(page), "<h1>") || !strings.Contains(string(page), "is hiring") {
		t.Errorf("short.html is not the short form as an HTML page:\n%.300s", page)
	}
	if !strings.Contains(prompts.String(), ".txt, .html or .json") {
		t.Errorf("the prompt does not say a name picks the format:\n%s", prompts.String())
	}
}

// Line mode says what the wizard says about an answer: a blended mix makes
// the posting say the role is partly a sales role.
func TestAccessibleShowsTheStepsNotices(t *testing.T) {
	// role, company, title, website, industry, client kinds, accounts, revenue, then the mix.
	_, prompts := runLines(t, strings.Repeat("\n", 8)+"4\n", AccessibleOptions{})
	if !strings.Contains(prompts, "partly a sales role") {
		t.Errorf("no notice for a blended mix:\n%s", prompts[strings.Index(prompts, "Step 5 of 13"):strings.Index(prompts, "Step 6 of 13")])
	}
}
