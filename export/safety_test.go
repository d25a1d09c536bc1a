package export

import (
	"encoding/json"
	"regexp"
	"strings"
	"testing"
	"time"

	"amjd/internal/exampletest"
	"amjd/model/answers"
	"amjd/model/checker"
	"amjd/model/flow"
	"amjd/model/posting"

	"golang.org/x/net/html"

	"amjd/content"
)

// cases are the postings every property below is held on: the examples,
// hostile answers, and every variant's defaults.
func cases(t *testing.T) map[string]answers.Answers {
	out := exampletest.Answers(t)
	out["hostile"] = hostile()
	for _, v := range content.Default().Variants {
		out["defaults-"+v.ID] = answers.Answers{Variant: v.ID}
	}
	return out
}

// textOf is what a reader of the HTML sees: its text, tags gone, entities
// read.
func textOf(t *testing.T, fragment string) string {
	t.Helper()
	z := html.NewTokenizer(strings.NewReader(fragment))
	var b strings.Builder
	blocks := map[string]bool{"h1": true, "h2": true, "h3": true, "p": true, "li": true, "ul": true, "ol": true}
	for {
		switch z.Next() {
		case html.ErrorToken:
			return b.String()
		case html.TextToken:
			b.Write(z.Text())
		case html.StartTagToken, html.EndTagToken:
			if name, _ := z.TagName(); blocks[string(name)] {
				b.WriteByte('\n')
			}
		}
	}
}

func words(s string) []string {
	return strings.Fields(strings.NewReplacer("•", " ", "—", " ").Replace(s))
}

// The plain text says every word the posting says, in order, and no
// Markdown syntax or escape is left in it.
func TestPlainTextKeepsEverySentence(t *testing.T) {
	for name, a := range cases(t) {
		for _, short := range []bool{false, true} {
			p := posting.Assemble(content.Default(), a)
			md := p.Markdown()
			if short {
				md = p.ShortMarkdown()
			}
			fragment, err := HTMLFragment(md)
			if err != nil {
				t.Fatal(err)
			}
			text := PlainText(md)
			if got, want := words(text), words(textOf(t, fragment)); strings.Join(got, " ") != strings.Join(want, " ") {
				i := 0
				for i < min(len(got), len(want)) && got[i] == want[i] {
					i++
				}
				t.Errorf("%s (short %v): the text and the posting part at word %d: text %q, posting %q", name, short, i,
					strings.Join(got[i:min(i+8, len(got))], " "), strings.Join(want[i:min(i+8, len(want))], " "))
			}
			if name == "hostile" {
				continue // what the user typed is kept as typed, markup and all
			}
			for _, syntax := range []string{"**", "\\.", "\\_", "\\*", "\\[", "](", "&amp;", "\n#", "\n- "} {
				if strings.Contains(text, syntax) {
					t.Errorf("%s: the text has Markdown %q in it:\n%s", name, syntax, text)
				}
			}
		}
	}
}

var allowedElements = map[string]bool{"h1": true, "h2": true, "h3": true, "p": true, "ul": true, "ol": true, "li": true,
	"strong": true, "em": true, "a": true}

// The HTML has only the elements a posting needs, no attribute but a link's
// address, and links only to web and mail addresses: nothing a user typed
// becomes markup, a script or a link where none belongs.
func TestHTMLHoldsOnlyWhatAPostingNeeds(t *testing.T) {
	for name, a := range cases(t) {
		fragment, err := HTMLFragment(posting.Assemble(content.Default(), a).Markdown())
		if err != nil {
			t.Fatal(err)
		}
		links := 0
		z := html.NewTokenizer(strings.NewReader(fragment))
		for tt := z.Next(); tt != html.ErrorToken; tt = z.Next() {
			switch tt {
			case html.StartTagToken, html.SelfClosingTagToken:
				tag := z.Token()
				if !allowedElements[tag.Data] {
					t.Errorf("%s: element <%s> in the HTML", name, tag.Data)
				}
				for _, at := range tag.Attr {
					ok := tag.Data == "a" && at.Key == "href" && regexp.MustCompile(`^(https?://|mailto:)`).MatchString(at.Val)
					if !ok {
						t.Errorf("%s: attribute %s=%q on <%s>", name, at.Key, at.Val, tag.Data)
					}
				}
				if tag.Data == "a" {
					links++
				}
			case html.CommentToken:
				t.Errorf("%s: a comment in the HTML: %s", name, z.Token().Data)
			}
		}
		if name == "hostile" && links != 2 {
			t.Errorf("hostile: %d links; want the two how to apply gives, and none elsewhere:\n%s", links, fragment)
		}
	}
}

// The JSON-LD has every property job boards require, of the right type,
// and states no pay the user did not give.
func TestJobPostingDataIsValid(t *testing.T) {
	date := regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)
	for name, a := range cases(t) {
		data, fs, err := Posting(posting.Assemble(content.Default(), a), Options{Format: JSONLD, Posted: posted})
		if err != nil {
			t.Fatal(err)
		}
		var jp map[string]any
		if err := json.Unmarshal(data, &jp); err != nil {
			t.Fatalf("%s: not JSON: %v", name, err)
		}
		if jp["@context"] != "https://schema.org/" || jp["@type"] != "JobPosting" {
			t.Errorf("%s: not a schema.org JobPosting: %v %v", name, jp["@context"], jp["@type"])
		}
		for _, key := range []string{"title", "description", "datePosted"} {
			if s, ok := jp[key].(string); !ok || s == "" {
				t.Errorf("%s: %s is missing or not text", name, key)
			}
		}
		if !date.MatchString(jp["datePosted"].(string)) {
			t.Errorf("%s: datePosted %v", name, jp["datePosted"])
		}
		if _, ok := jp["jobLocation"]; !ok && jp["jobLocationType"] != "TELECOMMUTE" && !hasFinding(fs, "where the job is") {
			t.Errorf("%s: no jobLocation and no finding that says why", name)
		}
		if org, ok := jp["hiringOrganization"].(map[string]any); ok && (org["@type"] != "Organization" || org["name"] == "") {
			t.Errorf("%s: hiringOrganization %v", name, org)
		} else if !ok && !hasFinding(fs, "hiring organisation") {
			t.Errorf("%s: no hiringOrganization and no finding that says why", name)
		}
		if sal, ok := jp["baseSalary"].(map[string]any); ok {
			v := sal["value"].(map[string]any)
			if sal["@type"] != "MonetaryAmount" || v["unitText"] == "" || v["minValue"].(float64) > v["maxValue"].(float64) {
				t.Errorf("%s: baseSalary %v", name, sal)
			}
		} else if a.Pay.Min > 0 {
			t.Errorf("%s: the pay given is missing", name)
		}
		for _, f := range fs {
			if f.Step == "" || flow.StepIndex(f.Step) < 0 {
				t.Errorf("%s: finding %q names no step that fixes it", name, f.Message)
			}
		}
	}
	// A suggested pay range is never stated as the employer's.
	data, _, _ := Posting(posting.Assemble(content.Default(), answers.Answers{}), Options{Format: JSONLD, Posted: time.Now()})
	if strings.Contains(string(data), "baseSalary") {
		t.Errorf("amjd's suggested pay is stated to job boards:\n%s", data)
	}
}

func hasFinding(fs []checker.Finding, about string) bool {
	for _, f := range fs {
		if strings.Contains(f.Message, about) {
			return true
		}
	}
	return false
}
