package answers

// yamlShape is what scanYAML measures of a YAML file without parsing it.
type yamlShape struct {
	depth, depthLine int // deepest nesting and its line
	items, itemsLine int // keys and list items, and the line where the count passed maxItems
}

// scanYAML measures how deep a YAML file nests and how many keys and list items it
// has, in one pass, following YAML's own quoting rules: a quote opens a
// quoted scalar only where a scalar starts, so the quote in `title: 5"
// screen` or in a comment opens nothing; brackets count only where a flow
// collection can start or inside one; comments are skipped.
func scanYAML(data []byte) yamlShape {
	var sh yamlShape
	s := yamlScanner{data: data, line: 1, start: true, lineStart: true}
	count := func() {
		if sh.items++; sh.items == maxItems+1 {
			sh.itemsLine = s.line
		}
	}
	deeper := func(d int) {
		if d > sh.depth {
			sh.depth, sh.depthLine = d, s.line
		}
	}
	for s.i = 0; s.i < len(data); s.i++ {
		b := data[s.i]
		if s.quote != 0 {
			s.inQuote(b)
			continue
		}
		if s.lineStart {
			if b == ' ' || b == '-' && s.spaceAfter() {
				s.indent++ // "- " nests like indentation
				continue
			}
			s.lineStart = false
			deeper(s.indent / 2)
		}
		switch {
		case b == '\n':
			s.newLine()
		case b == ' ' || b == '\t':
		case b == '#' && s.afterSpace():
			s.skipComment()
		case (b == '"' || b == '\'') && s.start:
			s.quote = b
		case (b == '[' || b == '{') && (s.start || s.flow > 0):
			s.flow++
			deeper(s.indent/2 + s.flow)
			s.start = true
		case (b == ']' || b == '}') && s.flow > 0:
			s.flow--
			s.start = false
		case b == ',' && s.flow > 0:
			count()
			s.start = true
		case b == ':' && (s.spaceAfter() || s.flow > 0 && s.closerAfter()):
			count()
			s.start = true
		case (b == '-' || b == '?') && s.start && s.spaceAfter():
			count()
			s.start = true
		default:
			s.start = false
		}
	}
	return sh
}

// yamlScanner is the position of scanYAML in the file.
type yamlScanner struct {
	data      []byte
	i, line   int
	quote     byte // the open quote, or 0
	flow      int  // open flow collections
	indent    int
	start     bool // a scalar or collection may start here
	lineStart bool // still in the line's indentation
}

func (s *yamlScanner) newLine() {
	s.line++
	s.indent, s.lineStart, s.start = 0, true, true
}

// inQuote handles a byte inside a quoted scalar: backslash escapes in double
// quotes, a doubled quote in single quotes; quoted scalars may span lines.
func (s *yamlScanner) inQuote(b byte) {
	switch {
	case b == '\n':
		s.line++
	case s.quote == '"' && b == '\\':
		if s.i+1 < len(s.data) && s.data[s.i+1] == '\n' {
			s.line++
		}
		s.i++
	case b == s.quote && s.quote == '\'' && s.i+1 < len(s.data) && s.data[s.i+1] == '\'':
		s.i++
	case b == s.quote:
		s.quote, s.start = 0, false
	}
}

// spaceAfter reports a blank or the end after the current byte.
func (s *yamlScanner) spaceAfter() bool {
	return s.i+1 >= len(s.data) || s.data[s.i+1] == ' ' || s.data[s.i+1] == '\t' || s.data[s.i+1] == '\n' || s.data[s.i+1] == '\r'
}

func (s *yamlScanner) closerAfter() bool {
	return s.i+1 < len(s.data) && (s.data[s.i+1] == ',' || s.data[s.i+1] == ']' || s.data[s.i+1] == '}')
}

// afterSpace reports a blank (or the line's start) before the current byte:
// only then does "#" start a comment.
func (s *yamlScanner) afterSpace() bool {
	return s.i == 0 || s.data[s.i-1] == ' ' || s.data[s.i-1] == '\t' || s.data[s.i-1] == '\n'
}

func (s *yamlScanner) skipComment() {
	for s.i+1 < len(s.data) && s.data[s.i+1] != '\n' {
		s.i++
	}
}
