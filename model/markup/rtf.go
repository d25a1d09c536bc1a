package markup

import (
	"strconv"
	"strings"

	"golang.org/x/text/encoding/charmap"

	"amjd/model/base"
)

// A posting saved as RTF (WordPad, Word's "Rich Text Format") is read as
// the document Word shows: control words and the font, colour and style
// tables left out, hidden text ({\v …}) not read, a list's bullet a "•",
// a table's cells joined by " | ", "\'e1" and "\u225?" as their letters.
// RTF's own line breaks mean nothing to Word, so each paragraph is a line:
// a finding's line is the paragraph's number in the document.

// isRTF reports RTF source.
func isRTF(text string) bool {
	return strings.HasPrefix(strings.TrimSpace(text[:min(len(text), 16)]), `{\rtf`)
}

// skippedGroup reports a destination whose text is not the document's.
func skippedGroup(word string) bool {
	switch word {
	case "fonttbl", "colortbl", "stylesheet", "info", "pict", "header", "footer", "headerl", "headerr", "footerl", "footerr",
		"listtable", "listoverridetable", "rsidtbl", "generator", "xmlnstbl", "themedata", "colorschememapping", "latentstyles",
		"datastore", "fldinst", "object", "nonshppict", "shp":
		return true
	}
	return false
}

// rtfReader is the state of one pass over the source.
type rtfReader struct {
	out    strings.Builder
	skip   []bool // per open group: its text is not read
	hidden []bool // per open group: \v, hidden text
}

// FromRTF is an RTF document as plain text, a paragraph a line; other text
// is returned as it is.
func FromRTF(text string) string {
	if !isRTF(text) {
		return text
	}
	r := &rtfReader{skip: []bool{false}, hidden: []bool{false}}
	for i := 0; i < len(text); {
		i = r.step(text, i)
	}
	lines := strings.Split(r.out.String(), "\n")
	for i, l := range lines {
		lines[i] = rtfRow(strings.Join(strings.Fields(l), " "))
	}
	return strings.Join(lines, "\n")
}

// rtfRow is a table row's cells, "Gross margin | 22% |", as a label and its
// value, or joined by " | "; any other line is returned as it is.
func rtfRow(l string) string {
	if !strings.HasSuffix(l, "|") {
		return l
	}
	cells := base.Cells(strings.Split(l, "|"))
	if len(cells) == 2 && columnName(cells[0]) && columnName(cells[1]) {
		return "" // "Measure | Target": the header row names the columns
	}
	if len(cells) == 2 {
		return cells[0] + ": " + cells[1]
	}
	return strings.Join(cells, " | ")
}

// step reads the token at i and returns where the next one starts.
func (r *rtfReader) step(text string, i int) int {
	switch c := text[i]; c {
	case '\n', '\r':
		return i + 1 // a line break of the source, not of the document
	case '{':
		top := len(r.skip) - 1
		r.skip, r.hidden = append(r.skip, r.skip[top]), append(r.hidden, r.hidden[top])
		if strings.HasPrefix(text[i+1:], `\*`) {
			r.skip[top+1] = true // an optional destination: not the document's text
		}
		return i + 1
	case '}':
		if len(r.skip) > 1 {
			r.skip, r.hidden = r.skip[:len(r.skip)-1], r.hidden[:len(r.hidden)-1]
		}
		return i + 1
	case '\\':
		return r.control(text, i)
	}
	r.write(text[i : i+1])
	return i + 1
}

// control reads a control word or symbol at i.
func (r *rtfReader) control(text string, i int) int {
	if i+1 >= len(text) {
		return i + 1
	}
	switch c := text[i+1]; {
	case c == '\'' && i+3 < len(text):
		if b, err := strconv.ParseUint(text[i+2:i+4], 16, 8); err == nil {
			r.write(string(charmap.Windows1252.DecodeByte(byte(b))))
		}
		return i + 4
	case c == '\\' || c == '{' || c == '}':
		r.write(text[i+1 : i+2])
		return i + 2
	case c == '~':
		r.write(" ")
		return i + 2
	case c < 'a' || c > 'z':
		return i + 2 // "\-", "\_", "\*", "\\n"
	}
	j := i + 1
	for j < len(text) && text[j] >= 'a' && text[j] <= 'z' {
		j++
	}
	word, k := text[i+1:j], j
	for k < len(text) && (text[k] == '-' || text[k] >= '0' && text[k] <= '9') {
		k++
	}
	arg := text[j:k]
	if k < len(text) && text[k] == ' ' {
		k++ // the space that ends a control word is part of it
	}
	r.word(word, arg)
	if word == "u" && k < len(text) && text[k] != '\\' && text[k] != '{' {
		k++ // the one-character fallback after a Unicode letter
	}
	return k
}

// word acts on a control word and its argument.
func (r *rtfReader) word(word, arg string) {
	top := len(r.skip) - 1
	switch word {
	case "par", "row", "sect", "page":
		if !r.skip[top] && !r.hidden[top] {
			r.out.WriteByte('\n')
		}
	case "line":
		r.write(" ")
	case "v":
		r.hidden[top] = arg != "0"
	case "tab":
		r.write(" ")
	case "cell":
		r.write(" | ")
	case "bullet":
		r.write("•")
	case "rquote":
		r.write("’")
	case "lquote":
		r.write("‘")
	case "rdblquote":
		r.write("”")
	case "ldblquote":
		r.write("“")
	case "endash":
		r.write("–")
	case "emdash":
		r.write("—")
	case "u":
		if n, err := strconv.Atoi(arg); err == nil {
			if n < 0 {
				n += 65536
			}
			r.write(string(rune(n)))
		}
	default:
		if skippedGroup(word) {
			r.skip[top] = true
		}
	}
}

// write adds text to the document, unless its group is skipped or hidden.
func (r *rtfReader) write(s string) {
	if top := len(r.skip) - 1; !r.skip[top] && !r.hidden[top] {
		r.out.WriteString(s)
	}
}

// columnName reports a table header's cell: "Measure", "Target".
func columnName(c string) bool {
	switch strings.ToLower(c) {
	case "measure", "measures", "metric", "metrics", "kpi", "kpis", "target", "targets", "goal", "goals", "item", "detail",
		"details", "value", "description", "field", "what", "how", "how we measure it":
		return true
	}
	return false
}
