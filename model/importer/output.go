package importer

import (
	"fmt"
	"strings"

	"amjd/model/answers"
)

// File is the answers file import writes: a comment saying where the
// answers came from, what was inferred and from which line, what is
// missing and which wizard step fills it, and what was over the limits;
// then the answers.
func File(r Result, source string) ([]byte, error) {
	body, err := answers.EncodeAnswers(r.Answers)
	if err != nil {
		return nil, err
	}
	var b strings.Builder
	read := string(r.Format)
	if r.Encoding != "" {
		read += " in " + r.Encoding // a legacy file, not UTF-8
	}
	fmt.Fprintf(&b, "# amjd answers, imported from %s (read as %s).\n", source, read)
	b.WriteString("# Every value below was stated in that posting, except those listed as inferred.\n")
	b.WriteString("# They count as your answers: they win over the company profile's.\n")
	b.WriteString("# Open it in the wizard with:   amjd --answers FILE   or render it with:   amjd render --answers FILE\n")
	if len(r.Inferred) > 0 {
		b.WriteString("#\n# Inferred (check them):\n")
		for _, n := range r.Inferred {
			fmt.Fprintf(&b, "#   %s: %s   from line %d: %s\n", n.Field, n.Value, n.Line, oneLine(n.From))
		}
	}
	if len(r.Gaps) > 0 {
		b.WriteString("#\n# Not in the posting (left empty; the wizard step that fills it):\n")
		for _, g := range r.Gaps {
			fmt.Fprintf(&b, "#   %-18s step %q\n", g.Field, g.Step)
		}
	}
	if len(r.Cut) > 0 {
		b.WriteString("#\n# Over the answers' limits (kept up to the limit):\n")
		for _, c := range r.Cut {
			fmt.Fprintf(&b, "#   %s\n", c)
		}
	}
	b.WriteString("\n")
	b.Write(body)
	return []byte(b.String()), nil
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f {
			return ' '
		}
		return r
	}, s)), " ")
}
