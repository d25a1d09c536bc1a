package posting

import (
	"strings"

	"amjd/model/base"
)

// Rendered is a posting as Markdown, with what each line of it came from.
type Rendered struct {
	Markdown string
	// Lines[i] describes line i+1 of Markdown: its section and the posting
	// lines written on it (none for headings and blank lines).
	Lines []RenderedLine
}

// RenderedLine is what one line of the Markdown was written from.
type RenderedLine struct {
	Section string
	Sources []Line
}

// Markdown renders the full posting. The same posting always yields the same bytes.
func (p Posting) Markdown() string { return p.Render(false).Markdown }

// ShortMarkdown renders the job-board form: the title and three short paragraphs.
func (p Posting) ShortMarkdown() string { return p.Render(true).Markdown }

// Render writes the full or the short form, recording where each line came from.
func (p Posting) Render(short bool) Rendered {
	w := &mdWriter{marker: base.SuggestionMarker}
	w.b.Grow(4096)
	w.line(SecHeader, "# "+p.Title)
	sections := p.Sections
	if short {
		sections = p.Short
	}
	for _, s := range sections {
		if s.Heading != "" {
			w.blank()
			w.line(s.ID, "## "+s.Heading)
		}
		for _, b := range s.blocks {
			if len(b.lines) > 0 {
				w.blank()
				w.block(s.ID, b)
			}
		}
	}
	return Rendered{Markdown: w.b.String(), Lines: w.lines}
}

type mdWriter struct {
	b      strings.Builder
	lines  []RenderedLine
	marker string
}

func (w *mdWriter) line(section, text string, sources ...Line) {
	w.b.WriteString(text)
	w.b.WriteByte('\n')
	w.lines = append(w.lines, RenderedLine{Section: section, Sources: sources})
}

// blank writes the empty line between blocks.
func (w *mdWriter) blank() { w.line("", "") }

// text is a line's Markdown, with the marker when it is only a suggestion.
func (w *mdWriter) text(l Line) string {
	if l.Origin == Suggested {
		return l.Text + " " + w.marker
	}
	return l.Text
}

func (w *mdWriter) block(section string, b block) {
	switch b.kind {
	case bullets:
		for _, l := range b.lines {
			w.line(section, "- "+w.text(l), l)
		}
	case label:
		w.line(section, "**"+b.lines[0].Text+"**", b.lines[0])
	case strong:
		w.line(section, "**"+w.text(b.lines[0])+"**", b.lines[0])
	case facts:
		parts := make([]string, len(b.lines))
		for i, l := range b.lines {
			parts[i] = l.Text
		}
		w.line(section, "*"+strings.Join(parts, " · ")+"*", b.lines...)
	default:
		parts := make([]string, len(b.lines))
		for i, l := range b.lines {
			parts[i] = w.text(l)
		}
		w.line(section, strings.Join(parts, " "), b.lines...)
	}
}
