package markup

import (
	"strings"
	"sync"

	"amjd/model/base"
)

// A posting kept as LaTeX source is read as the document it typesets:
// "\section*{About us}" a heading, "\item" a list item, a tabular row a
// label and its value; the preamble, comments and what follows
// \end{document} are not the posting. Simple macros (\newcommand{\co}{Derwent
// Rail}) are expanded. Line numbers stay those of the source.

var (
	latexSection = base.Regexp{Expr: `^\s*\\(?:part|chapter|section|subsection|subsubsection|paragraph|title)\*?\s*\{(.*)\}\s*$`}
	latexItem    = base.Regexp{Expr: `^\s*\\item\s*(?:\[([^\]]*)\])?\s*`}
	latexMacro   = base.Regexp{Expr: `^\s*\\(?:newcommand|renewcommand|providecommand|def)\*?\s*\{?\\([A-Za-z]+)\}?\s*\{(.*)\}\s*$`}
	latexWrap    = base.Regexp{Expr: `\\(?:textbf|textit|emph|underline|textsc|texttt|textsf|textrm|mbox|text|small|large|footnotesize)\s*\{([^{}]*)\}`}
	latexHref    = base.Regexp{Expr: `\\href\s*\{[^{}]*\}\s*\{([^{}]*)\}`}
	latexCommand = base.Regexp{Expr: `\\[A-Za-z]+\*?(?:\[[^\]]*\])?`}
	// latexLayout is a command whose arguments are layout, not text:
	// "\begin{itemize}", "\thispagestyle{fancy}", "\vspace{2pt}".
	latexLayout  = base.Regexp{Expr: `\\(?:begin|end|thispagestyle|pagestyle|vspace|hspace|setlength|addtolength|label|ref|includegraphics|setlist|fancyhf|lhead|chead|rhead|lfoot|cfoot|rfoot|geometry|usepackage|documentclass|newcommand|renewcommand|pagenumbering)\*?(?:\[[^\]]*\])?(?:\{(?:[^{}]|\{[^{}]*\})*\})*(?:\[[^\]]*\])?`}
	latexComment = base.Regexp{Expr: `(?:^|[^\\])%.*$`}
)

// latexSymbols are LaTeX's symbols and quotes as characters; built on first
// use, not when amjd starts.
var latexSymbols = sync.OnceValue(func() *strings.Replacer {
	return strings.NewReplacer(`\pounds{}`, "£", `\pounds `, "£", `\pounds`, "£", `\euro{}`, "€", `\euro `, "€", `\euro`, "€",
		`\textendash{}`, "–", `\textendash`, "–", `\$`, "$", `\&`, "&", `\%`, "%", `\#`, "#", `\_`, "_", `\,`, " ", `\ `, " ",
		"---", "—", "--", "–", "``", "“", "''", "”", "~", " ", `\\`, "")
})

// maxMacros is how many macros are expanded: each is looked for on every
// line.
const maxMacros = 32

// IsLaTeX reports LaTeX source: a document class or body, or sections and
// items written as commands.
func IsLaTeX(head string) bool {
	if strings.Contains(head, `\documentclass`) || strings.Contains(head, `\begin{document}`) {
		return true
	}
	return strings.Count(head, `\section`)+strings.Count(head, `\item `) >= 3 && strings.Contains(head, `\begin{`)
}

// UnLaTeX reads LaTeX source line by line, with the kind of each line.
func UnLaTeX(lines []string) ([]string, []Kind) {
	macros := map[string]string{}
	for _, l := range lines {
		if len(macros) >= maxMacros {
			break // a document's few names, not a megabyte of them
		}
		if strings.Contains(l, "command") || strings.Contains(l, `\def`) {
			if m := latexMacro.Get().FindStringSubmatch(l); m != nil && !strings.Contains(m[2], "#") {
				macros[`\`+m[1]] = m[2]
			}
		}
	}
	body := !strings.Contains(strings.Join(lines, "\n"), `\begin{document}`)
	out, kinds := make([]string, len(lines)), make([]Kind, len(lines))
	table, tab := false, latexTable{row: -1}
	joined, more := make([]bool, len(lines)), map[int][]string{}
	for i, l := range lines {
		t := withoutComment(l)
		switch {
		case strings.HasPrefix(t, `\begin{document}`):
			body = true
			continue
		case strings.HasPrefix(t, `\end{document}`):
			return joinMore(out, more), kinds // what follows is not typeset
		case strings.HasPrefix(t, `\author`) || strings.HasPrefix(t, `\date`):
			out[i], kinds[i] = latexInline(t, macros), Text // under the title, not a heading
			continue
		case strings.HasPrefix(t, `\title`):
		case !body || t == "":
			continue
		case strings.HasPrefix(t, `\begin{tabular`) || strings.HasPrefix(t, `\begin{longtable`):
			table, tab = true, latexTable{row: -1}
			continue
		case strings.HasPrefix(t, `\end{tabular`) || strings.HasPrefix(t, `\end{longtable`):
			table = false
			continue
		}
		if table {
			tab.read(t, i, out, kinds, macros)
			continue
		}
		out[i], kinds[i] = latexLine(t, macros)
		joinTypeset(lines, out, kinds, joined, more, i)
	}
	return joinMore(out, more), kinds
}

// withoutComment is a source line without its comment, trimmed.
func withoutComment(l string) string {
	return strings.TrimSpace(latexComment.Get().ReplaceAllStringFunc(l, func(c string) string {
		if strings.HasPrefix(c, "%") {
			return ""
		}
		return c[:1] // the character before the "%"
	}))
}

// latexTable is a tabular being read: the row open and how many are done.
type latexTable struct{ row, rows int }

// read takes line i of a tabular: a rule, or a row's text, which may run
// over several lines until its "\\".
func (tb *latexTable) read(t string, i int, out []string, kinds []Kind, macros map[string]string) {
	if latexRule.Get().MatchString(t) {
		if tb.rows == 1 && !strings.HasPrefix(t, `\toprule`) {
			h := lastRow(kinds, i) // the row over the rule is a header: no measure
			out[h], kinds[h] = "", Unknown
		}
		return
	}
	if tb.row < 0 {
		tb.row = i
	}
	out[tb.row] = strings.TrimSpace(out[tb.row] + " " + t)
	// A row ends at its "\\"; one that runs past a few kilobytes is no row,
	// and is not copied on for every line after it.
	if strings.Contains(t, `\\`) || len(out[tb.row]) > 4096 {
		out[tb.row], kinds[tb.row] = latexRow(out[tb.row], macros), Bullet
		tb.row, tb.rows = -1, tb.rows+1
	}
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
func joinTypeset(lines, out []string, kinds []Kind, joined []bool, more map[int][]string, i int) {
	if kinds[i] != Unknown || out[i] == "" {
		return
	}
	// Back over the lines joined already, and comments, to the first line
	// of the paragraph; a blank source line ends it.
	p := i - 1
	for p >= 0 && out[p] == "" && (joined[p] || strings.HasPrefix(strings.TrimSpace(lines[p]), "%")) {
		p--
	}
	if p >= 0 && out[p] != "" && (kinds[p] == Unknown || kinds[p] == Bullet) {
		// Kept apart and joined at the end: a paragraph of a thousand
		// lines is not copied a thousand times.
		more[p] = append(more[p], out[i])
		out[i], joined[i] = "", true
	}
}

// latexRule is a table's rule line.
var latexRule = base.Regexp{Expr: `^\\(?:toprule|midrule|bottomrule|hline|cline\{[^}]*\})\s*$`}

// lastRow is the last line before i that holds a row.
func lastRow(kinds []Kind, i int) int {
	for i--; i > 0 && kinds[i] != Bullet; i-- {
	}
	return max(i, 0)
}

// latexLine reads one line of a LaTeX body.
func latexLine(t string, macros map[string]string) (string, Kind) {
	if m := latexSection.Get().FindStringSubmatch(t); m != nil {
		return latexInline(m[1], macros), Heading
	}
	if m := latexItem.Get().FindStringSubmatch(t); m != nil {
		text := latexInline(t[len(m[0]):], macros)
		if m[1] != "" {
			text = strings.TrimSpace(latexInline(m[1], macros) + " " + text)
		}
		return text, Bullet
	}
	if m := strings.TrimSpace(latexInline(t, macros)); m != "" {
		return m, Unknown
	}
	return "", Unknown // \begin{itemize}, \toprule, \maketitle
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
	s = latexLayout.Get().ReplaceAllString(s, "")
	s = latexHref.Get().ReplaceAllString(s, "$1")
	for range 3 { // nested: \emph{\textbf{…}}
		s = latexWrap.Get().ReplaceAllString(s, "$1")
	}
	s = latexSymbols().Replace(s)
	s = latexCommand.Get().ReplaceAllString(s, "")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "{", ""), "}", "")
	return strings.Join(strings.Fields(s), " ")
}
