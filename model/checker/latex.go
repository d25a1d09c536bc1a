package checker

import (
	"strings"

	"amjd/model/base"
)

// A posting kept as LaTeX source is read as the document it typesets:
// "\section*{About us}" a heading, "\item" a list item, a tabular row a
// label and its value; the preamble, comments and what follows
// \end{document} are not the posting. Simple macros (\newcommand{\co}{Derwent
// Rail}) are expanded. Line numbers stay those of the source.

var (
	latexSection = base.LazyRegexp(`^\s*\\(?:part|chapter|section|subsection|subsubsection|paragraph|title)\*?\s*\{(.*)\}\s*$`)
	latexItem    = base.LazyRegexp(`^\s*\\item\s*(?:\[([^\]]*)\])?\s*`)
	latexMacro   = base.LazyRegexp(`^\s*\\(?:newcommand|renewcommand|providecommand|def)\*?\s*\{?\\([A-Za-z]+)\}?\s*\{(.*)\}\s*$`)
	latexWrap    = base.LazyRegexp(`\\(?:textbf|textit|emph|underline|textsc|texttt|textsf|textrm|mbox|text|small|large|footnotesize)\s*\{([^{}]*)\}`)
	latexHref    = base.LazyRegexp(`\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}`)
	latexCommand = base.LazyRegexp(`\\[A-Za-z]+\*?(?:\[[^\]]*\])?`)
	// latexLayout is a command whose arguments are layout, not text:
	// "\begin{itemize}", "\thispagestyle{fancy}", "\vspace{2pt}".
	latexLayout  = base.LazyRegexp(`\\(?:begin|end|thispagestyle|pagestyle|vspace|hspace|setlength|addtolength|label|ref|includegraphics|setlist|fancyhf|lhead|chead|rhead|lfoot|cfoot|rfoot|geometry|usepackage|documentclass|newcommand|renewcommand|pagenumbering)\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*(?:\[[^\]]*\])?`)
	latexComment = base.LazyRegexp(`(?:^|[^\\])%.*$`)
	latexSymbols = strings.NewReplacer(`\pounds{}`, "£", `\pounds `, "£", `\pounds`, "£", `\euro{}`, "€", `\euro `, "€", `\euro`, "€",
		`\textendash{}`, "–", `\textendash`, "–", `\$`, "$", `\&`, "&", `\%`, "%", `\#`, "#", `\_`, "_", `\,`, " ", `\ `, " ",
		"---", "—", "--", "–", "``", "“", "''", "”", "~", " ", `\\`, "")
)

// maxMacros is how many macros are expanded: each is looked for on every
// line.
const maxMacros = 32

// isLaTeX reports LaTeX source: a document class or body, or sections and
// items written as commands.
func isLaTeX(head string) bool {
	if strings.Contains(head, `\documentclass`) || strings.Contains(head, `\begin{document}`) {
		return true
	}
	return strings.Count(head, `\section`)+strings.Count(head, `\item `) >= 3 && strings.Contains(head, `\begin{`)
}

// unLaTeX reads LaTeX source line by line, with the kind of each line.
func unLaTeX(lines []string) ([]string, []lineKind) {
	macros := map[string]string{}
	for _, l := range lines {
		if len(macros) >= maxMacros {
			break // a document's few names, not a megabyte of them
		}
		if strings.Contains(l, "command") || strings.Contains(l, `\def`) {
			if m := latexMacro().FindStringSubmatch(l); m != nil && !strings.Contains(m[2], "#") {
				macros[`\`+m[1]] = m[2]
			}
		}
	}
	body := !strings.Contains(strings.Join(lines, "\n"), `\begin{document}`)
	out, kinds := make([]string, len(lines)), make([]lineKind, len(lines))
	table, row, rows := false, -1, 0
	joined, more := make([]bool, len(lines)), map[int][]string{}
	for i, l := range lines {
		t := strings.TrimSpace(latexComment().ReplaceAllStringFunc(l, func(c string) string {
			if strings.HasPrefix(c, "%") {
				return ""
			}
			return c[:1]
		}))
		switch {
		case strings.HasPrefix(t, `\begin{document}`):
			body = true
			continue
		case strings.HasPrefix(t, `\end{document}`):
			return joinMore(out, more), kinds // what follows is not typeset
		case strings.HasPrefix(t, `\author`) || strings.HasPrefix(t, `\date`):
			out[i], kinds[i] = latexInline(t, macros), kindText // under the title, not a heading
			continue
		case strings.HasPrefix(t, `\title`):
		case !body || t == "":
			continue
		case strings.HasPrefix(t, `\begin{tabular`) || strings.HasPrefix(t, `\begin{longtable`):
			table, rows = true, 0
			continue
		case strings.HasPrefix(t, `\end{tabular`) || strings.HasPrefix(t, `\end{longtable`):
			table = false
			continue
		}
		if table && latexRule().MatchString(t) {
			if rows == 1 && !strings.HasPrefix(t, `\toprule`) {
				h := lastRow(kinds, i) // the row over the rule is a header: no measure
				out[h], kinds[h] = "", kindUnknown
			}
			continue
		}
		if table {
			// A row may run over several lines until its "\\".
			if row < 0 {
				row = i
			}
			out[row] = strings.TrimSpace(out[row] + " " + t)
			if strings.Contains(t, `\\`) {
				out[row], kinds[row] = latexRow(out[row], macros), kindBullet
				row, rows = -1, rows+1
			}
			continue
		}
		out[i], kinds[i] = latexLine(t, macros)
		joinTypeset(lines, out, kinds, joined, more, i)
	}
	return joinMore(out, more), kinds
}

// joinMore puts each paragraph's further lines on its first.
func joinMore(out []string, more map[int][]string) []string {
	for p, rest := range more {
		out[p] += " " + strings.Join(rest, " ")
	}
	return out
}

// joinTypeset puts line i's text on its paragraph's or item's first line,
// as LaTeX typesets a paragraph whatever its source lines.
func joinTypeset(lines, out []string, kinds []lineKind, joined []bool, more map[int][]string, i int) {
	if kinds[i] != kindUnknown || out[i] == "" {
		return
	}
	// Back over the lines joined already, and comments, to the first line
	// of the paragraph; a blank source line ends it.
	p := i - 1
	for p >= 0 && out[p] == "" && (joined[p] || strings.HasPrefix(strings.TrimSpace(lines[p]), "%")) {
		p--
	}
	if p >= 0 && out[p] != "" && (kinds[p] == kindUnknown || kinds[p] == kindBullet) {
		// Kept apart and joined at the end: a paragraph of a thousand
		// lines is not copied a thousand times.
		more[p] = append(more[p], out[i])
		out[i], joined[i] = "", true
	}
}

// latexRule is a table's rule line.
var latexRule = base.LazyRegexp(`^\\(?:toprule|midrule|bottomrule|hline|cline\{[^}]*\})\s*$`)

// lastRow is the last line before i that holds a row.
func lastRow(kinds []lineKind, i int) int {
	for i--; i > 0 && kinds[i] != kindBullet; i-- {
	}
	return max(i, 0)
}

// latexLine reads one line of a LaTeX body.
func latexLine(t string, macros map[string]string) (string, lineKind) {
	if m := latexSection().FindStringSubmatch(t); m != nil {
		return latexInline(m[1], macros), kindHeading
	}
	if m := latexItem().FindStringSubmatch(t); m != nil {
		text := latexInline(t[len(m[0]):], macros)
		if m[1] != "" {
			text = strings.TrimSpace(latexInline(m[1], macros) + " " + text)
		}
		return text, kindBullet
	}
	if m := strings.TrimSpace(latexInline(t, macros)); m != "" {
		return m, kindUnknown
	}
	return "", kindUnknown // \begin{itemize}, \toprule, \maketitle
}

// latexRow is a tabular row as a line: two cells a label and its value.
func latexRow(r string, macros map[string]string) string {
	var cells []string
	for _, c := range strings.Split(strings.ReplaceAll(r, `\&`, "\x00"), "&") {
		if c = strings.TrimSpace(latexInline(strings.ReplaceAll(c, "\x00", `\&`), macros)); c != "" {
			cells = append(cells, c)
		}
	}
	if len(cells) == 2 {
		return cells[0] + ": " + cells[1]
	}
	return strings.Join(cells, " | ")
}

// latexInline is a line's text without its commands: links as their text,
// bold and italic as their words, symbols as characters.
func latexInline(s string, macros map[string]string) string {
	for name, text := range macros {
		if strings.Contains(s, name) {
			s = strings.ReplaceAll(s, name+`\ `, text+" ")
			s = strings.ReplaceAll(s, name+"{}", text)
			s = strings.ReplaceAll(s, name, text)
		}
	}
	s = latexLayout().ReplaceAllString(s, "")
	s = latexHref().ReplaceAllString(s, "$1")
	for range 3 { // nested: \emph{\textbf{…}}
		s = latexWrap().ReplaceAllString(s, "$1")
	}
	s = latexSymbols.Replace(s)
	s = latexCommand().ReplaceAllString(s, "")
	s = strings.NewReplacer("{", "", "}", "").Replace(s)
	return strings.Join(strings.Fields(s), " ")
}
