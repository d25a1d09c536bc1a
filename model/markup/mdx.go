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
	mdxModule    = base.Regexp{Expr: `^(?:import\s.+\sfrom\s|import\s+['"]|export\s+(?:const|default|function|let)\b)`}
	mdxComponent = base.Regexp{Expr: `^\s*</?[A-Z][\w.]*(?:\s|/?>|$)`}
	mdxTagLine   = base.Regexp{Expr: `(?m)^\s*</?[A-Z][\w.]*(?:\s|/?>|$)`}
	mdxAttr      = base.Regexp{Expr: `([A-Za-z][\w-]*)=(?:"([^"]*)"|'([^']*)'|\{\s*["'` + "`" + `]([^"'` + "`" + `]*)["'` + "`" + `]\s*\})`}
)

// layoutAttr reports a component's attribute that is layout, not a fact.
func layoutAttr(name string) bool {
	switch name {
	case "variant", "classname", "class", "id", "src", "href", "width", "height", "style", "key", "size", "color", "icon", "slot",
		"value", "defaultvalue", "name", "open":
		return true
	}
	return false
}

// calloutKind reports the value of a callout's kind: how it looks.
func calloutKind(v string) bool {
	switch v {
	case "info", "warning", "note", "tip", "success", "error", "danger", "primary", "secondary", "caution", "important":
		return true
	}
	return false
}

// headingAttr reports an attribute that names what a component wraps:
// <Tab label="Nice to have">.
func headingAttr(name string) bool {
	return name == "label" || name == "title" || name == "heading" || name == "summary"
}

// isMDX reports MDX: a module import or export at the start of a line, and
// a component.
func isMDX(text string) bool {
	head := text[:min(len(text), 16<<10)]
	module := strings.HasPrefix(head, "import ") || strings.HasPrefix(head, "export ") ||
		strings.Contains(head, "\nimport ") || strings.Contains(head, "\nexport ")
	return module && strings.Contains(head, "<") && mdxTagLine.Get().MatchString(head)
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
		case depth > 0 || depth == 0 && mdxModule.Get().MatchString(l):
			depth += strings.Count(l, "{") + strings.Count(l, "(") - strings.Count(l, "}") - strings.Count(l, ")")
			depth = max(depth, 0)
			lines[i] = ""
		case inComment || strings.HasPrefix(t, "{/*"):
			inComment = !strings.HasSuffix(t, "*/}")
			lines[i] = ""
		case inTag || mdxComponent.Get().MatchString(l):
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
	for _, m := range mdxAttr.Get().FindAllStringSubmatch(t, -1) {
		if headingAttr(strings.ToLower(m[1])) && !strings.HasSuffix(t, "/>") {
			return "#### " + m[2] + m[3] + m[4] // a wrapper's label heads what it wraps
		}
		if layoutAttr(strings.ToLower(m[1])) {
			continue
		}
		value := m[2] + m[3] + m[4]
		if strings.TrimSpace(value) == "" || calloutKind(strings.ToLower(value)) {
			continue // <Callout type="info">: how it looks, not a fact
		}
		name := strings.ReplaceAll(strings.ReplaceAll(m[1], "_", " "), "-", " ")
		facts = append(facts, strings.ToUpper(name[:1])+name[1:]+": "+value)
	}
	return strings.Join(facts, " · ")
}
