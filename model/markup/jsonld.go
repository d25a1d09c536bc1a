package markup

import (
	"encoding/json"
	"fmt"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// A job page that draws its posting with JavaScript, saved from a browser,
// has an empty body: the posting is in its schema.org JobPosting
// (<script type="application/ld+json">), which job search engines read.

// JobPosting is what is read of a schema.org JobPosting: its description is
// HTML, and Line is the page's line where the description starts.
type JobPosting struct {
	Line                 int
	Title, Description   string
	Place, Pay, Employer string
}

// JSONLDPosting finds the first JobPosting in the page's JSON-LD scripts.
func JSONLDPosting(text string) (JobPosting, bool) {
	z := html.NewTokenizer(strings.NewReader(text))
	line := 1
	inLD := false
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			return JobPosting{}, false
		case html.StartTagToken:
			name, hasAttr := z.TagName()
			inLD = atom.Lookup(name) == atom.Script && hasAttr && ldType(z)
		case html.TextToken:
			if inLD {
				var v any
				script := z.Text()
				if json.Unmarshal(script, &v) == nil {
					if p, ok := findPosting(v); ok {
						// Its lines are told at the description's line.
						p.Line = line + strings.Count(string(script[:max(strings.Index(string(script), `"description"`), 0)]), "\n")
						return p, true
					}
				}
			}
		case html.EndTagToken:
			inLD = false
		}
		line += strings.Count(string(z.Raw()), "\n")
	}
}

func ldType(z *html.Tokenizer) bool {
	for {
		k, v, more := z.TagAttr()
		if string(k) == "type" && strings.EqualFold(string(v), "application/ld+json") {
			return true
		}
		if !more {
			return false
		}
	}
}

// findPosting walks JSON-LD (an object, a list, an @graph) to a JobPosting.
func findPosting(v any) (JobPosting, bool) {
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			if p, ok := findPosting(x); ok {
				return p, true
			}
		}
	case map[string]any:
		if t, _ := v["@type"].(string); t == "JobPosting" {
			return JobPosting{Title: str(v["title"]), Description: str(v["description"]), Employer: str(dig(v, "hiringOrganization", "name")),
				Place: placeOf(v["jobLocation"]), Pay: payOf(v["baseSalary"])}, true
		}
		if g, ok := v["@graph"]; ok {
			return findPosting(g)
		}
	}
	return JobPosting{}, false
}

func str(v any) string {
	s, _ := v.(string)
	return strings.TrimSpace(s)
}

func dig(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// placeOf writes a jobLocation as "Pueblo, CO, US".
func placeOf(v any) string {
	if list, ok := v.([]any); ok && len(list) > 0 {
		v = list[0]
	}
	var parts []string
	for _, k := range []string{"addressLocality", "addressRegion", "addressCountry"} {
		if s := str(dig(v, "address", k)); s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// payOf writes a baseSalary as "USD 52,000 – 61,000 per YEAR".
func payOf(v any) string {
	cur := str(dig(v, "currency"))
	unit := str(dig(v, "value", "unitText"))
	lo, hi := dig(v, "value", "minValue"), dig(v, "value", "maxValue")
	if lo == nil && hi == nil {
		lo = dig(v, "value", "value")
	}
	amount := func(x any) string {
		if f, ok := x.(float64); ok {
			return fmt.Sprintf("%s %.0f", cur, f)
		}
		return ""
	}
	switch {
	case amount(lo) != "" && amount(hi) != "":
		return fmt.Sprintf("%s to %s per %s", amount(lo), amount(hi), strings.ToLower(unit))
	case amount(lo) != "":
		return fmt.Sprintf("%s per %s", amount(lo), strings.ToLower(unit))
	}
	return ""
}
