package markup

import (
	"strings"

	"amjd/model/base"
)

// A page of a Hugo site opens with TOML front matter between "+++" lines
// and calls shortcodes in its text ({{< lead >}}, {{% callout note %}});
// a Zola page calls them as functions ({{ figure(src="…") }}); GitBook and
// Jekyll pages have Liquid tags ({% hint style="info" %}). A merge field
// ({{ first_name }}) calls nothing, and stays for the placeholder rule.
// The front matter is the site's data, save its title, which the page
// prints as its heading; a shortcode is markup, save a link it points to.
// Every line keeps its number.

var (
	shortcode = base.Regexp{Expr: `\{\{[<%]\s*/?\s*[\w-]+[^{}]*?[>%]\}\}|\{%-?\s*/?\s*[\w-]+[^{}]*?-?%\}|\{\{\s*[\w-]+\([^{}]*\)\s*\}\}`}
	hrefAttr  = base.Regexp{Expr: `\bhref="([^"]+)"`}
	tomlTitle = base.Regexp{Expr: `^title\s*=\s*"(.*)"\s*$`}
)

// FromHugo is a Hugo page's Markdown without its front matter and
// shortcodes; other Markdown is returned as it is.
func FromHugo(text string) string {
	toml := strings.HasPrefix(text, "+++\n")
	if !toml && !strings.Contains(text, "{{<") && !strings.Contains(text, "{{%") && !strings.Contains(text, "{%") && !strings.Contains(text, ") }}") && !strings.Contains(text, ")}}") {
		return text
	}
	lines := strings.Split(text, "\n")
	if toml {
		for i := 1; i < len(lines); i++ {
			if lines[i] == "+++" {
				for j := 0; j <= i; j++ {
					if m := tomlTitle.Get().FindStringSubmatch(lines[j]); m != nil && m[1] != "" {
						lines[j] = "# " + m[1]
					} else {
						lines[j] = ""
					}
				}
				break
			}
		}
	}
	for i, l := range lines {
		if strings.Contains(l, "{{") || strings.Contains(l, "{%") {
			lines[i] = shortcode.Get().ReplaceAllStringFunc(l, func(m string) string {
				if h := hrefAttr.Get().FindStringSubmatch(m); h != nil {
					return h[1] + " " // the link a button points to
				}
				return ""
			})
		}
	}
	return strings.Join(lines, "\n")
}
