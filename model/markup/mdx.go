package markup

import (
	"strings"

	"amjd/model/base"
)

// MDX is Markdown with JavaScript modules and JSX components, as a careers
// site built with Next.js or Docusaurus keeps its postings. Its imports and
// exports and its {/* comments */} are no text; a component's attributes
// (<JobMeta company="Shiftwell" location="Launceston, TAS" />) are the
// posting's facts, read as "Company: Shiftwell"; what a component wraps is
// Markdown. Every line keeps its number.

var (
	mdxModule    = base.LazyRegexp(`^(?:import\s.+\sfrom\s|import\s+['"]|export\s+(?:const|default|function|let)\b)`)
	mdxComponent = base.LazyRegexp(`^\s*</?[A-Z][\w.]*(?:\s|/?>|$)`)
	mdxTagLine   = base.LazyRegexp(`(?m)^\s*</?[A-Z][\w.]*(?:\s|/?>|$)`)
	mdxAttr      = base.LazyRegexp(`([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|\{\s*["'` + "`" + `]([^"'` + "`" + `]*)["'` + "`" + `]\s*\})`)
)

// layoutAttrs are a component's attributes that are layout, not facts.
var layoutAttrs = map[string]bool{"variant": true, "classname": true, "class": true, "id": true, "src": true,
	"href": true, "width": true, "height": true, "style": true, "key": true, "size": true, "color": true, "icon": true, "slot": true,
	"value": true, "defaultvalue": true, "name": true, "open": true}

// calloutKinds are the values of a callout's kind.
var calloutKinds = map[string]bool{"info": true, "warning": true, "note": true, "tip": true, "success": true, "error": true,
	"danger": true, "primary": true, "secondary": true, "caution": true, "important": true}

// headingAttrs name what a component wraps: <Tab label="Nice to have">.
var headingAttrs = map[string]bool{"label": true, "title": true, "heading": true, "summary": true}

// isMDX reports MDX: a module import or export at the start of a line, and
// a component.
func isMDX(text string) bool {
	head := text[:min(len(text), 16<<10)]
	module := strings.HasPrefix(head, "import ") || strings.HasPrefix(head, "export ") ||
		strings.Contains(head, "\nimport ") || strings.Contains(head, "\nexport ")
	return module && strings.Contains(head, "<") && mdxTagLine().MatchString(head)
}

// FromMDX is MDX's text as Markdown, line for line.
func FromMDX(text string) string {
	if !isMDX(text) {
		return text
	}
	lines := strings.Split(text, "\n")
	depth, inTag, inComment := 0, false, false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case depth > 0 || depth == 0 && mdxModule().MatchString(l):
			depth += strings.Count(l, "{") + strings.Count(l, "(") - strings.Count(l, "}") - strings.Count(l, ")")
			depth = max(depth, 0)
			lines[i] = ""
		case inComment || strings.HasPrefix(t, "{/*"):
			inComment = !strings.HasSuffix(t, "*/}")
			lines[i] = ""
		case inTag || mdxComponent().MatchString(l):
			inTag = !strings.HasSuffix(t, ">")
			lines[i] = mdxFacts(t)
		}
	}
	return strings.Join(lines, "\n")
}

// mdxFacts are a component's attributes on a line as facts: "Company:
// Shiftwell · Location: Launceston, TAS".
func mdxFacts(t string) string {
	var facts []string
	for _, m := range mdxAttr().FindAllStringSubmatch(t, -1) {
		if headingAttrs[strings.ToLower(m[1])] && !strings.HasSuffix(t, "/>") {
			return "#### " + m[2] + m[3] + m[4] // a wrapper's label heads what it wraps
		}
		if layoutAttrs[strings.ToLower(m[1])] {
			continue
		}
		value := m[2] + m[3] + m[4]
		if strings.TrimSpace(value) == "" || calloutKinds[strings.ToLower(value)] {
			continue // <Callout type="info">: how it looks, not a fact
		}
		name := strings.ReplaceAll(strings.ReplaceAll(m[1], "_", " "), "-", " ")
		facts = append(facts, strings.ToUpper(name[:1])+name[1:]+": "+value)
	}
	return strings.Join(facts, " · ")
}
