package export

import (
	"bytes"
	"html"
	"strings"
)

// HTMLFragment writes the posting as an HTML fragment for a careers-page
// editor: headings, paragraphs, lists, strong and emphasis, and links only
// where how to apply gives an address. goldmark's defaults make it safe: raw
// HTML is left out and addresses such as javascript: are not linked (amjd's
// Markdown escapes what users type anyway).
func HTMLFragment(markdown string) (string, error) {
	var b bytes.Buffer
	if err := parser().Convert([]byte(markdown), &b); err != nil {
		return "", err
	}
	return b.String(), nil
}

// HTMLPage wraps a fragment in a small page that reads well on screen and
// prints cleanly. title is Markdown inline text, as the posting's title is
// kept: the page's <title> gets it plain.
func HTMLPage(fragment, title, lang string) string {
	title = strings.TrimSpace(PlainText(title))
	var b strings.Builder
	b.WriteString("<!doctype html>\n<html lang=\"" + html.EscapeString(lang) + "\">\n<head>\n<meta charset=\"utf-8\">\n")
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<title>" + html.EscapeString(title) + "</title>\n")
	style := pageStyle
	if strings.Contains(fragment, "<table>") {
		style += tableStyle // a posting has no table, so its page is unchanged
	}
	b.WriteString("<style>\n" + style + "</style>\n</head>\n<body>\n<main>\n")
	b.WriteString(fragment)
	b.WriteString("</main>\n</body>\n</html>\n")
	return b.String()
}

const pageStyle = `body { margin: 0; font: 17px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1a1a1a; background: #fff; }
main { max-width: 42rem; margin: 2.5rem auto; padding: 0 1.25rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; }
ul { padding-left: 1.3rem; }
li { margin: .25rem 0; }
a { color: #2b4acb; }
@media print { body { font-size: 11pt; } main { margin: 0; max-width: none; } a { color: inherit; } h2 { break-after: avoid; } li { break-inside: avoid; } }
`

// tableStyle rules the interview kit's scorecard so that it can be filled in
// on paper.
const tableStyle = `table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
th, td { border: 1px solid #888; padding: .4rem .5rem; text-align: left; vertical-align: top; }
td { height: 2.2rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .4rem; }
@media print { tr { break-inside: avoid; } }
`
