package markup

import (
	"io"
	"mime/quotedprintable"
	"strings"

	"amjd/model/base"
)

// A raw e-mail saved as a file (an .eml, "Show original") carries the
// posting in its body, often quoted-printable: "=E2=80=93" for a dash, "="
// at a line's end where the sender's program broke a long line. The
// headers are not the posting; the body is decoded. Each soft-broken line
// is joined to the first of its lines and the others are left blank, so a
// sentence keeps the line number it starts on in the file.

var (
	// mailHeader is a header line of a message or of one of its parts.
	mailHeader = base.Regexp{Expr: `^[A-Za-z][A-Za-z0-9-]{1,40}:(?:\s|$)`}
	// mailFields are headers only an e-mail has.
	mailFields = base.Regexp{Expr: `(?im)^(?:received|mime-version|message-id|content-type|content-transfer-encoding|return-path|delivered-to|dkim-signature):`}
)

// isRawEmail reports text that opens with an e-mail's headers.
func isRawEmail(text string) bool {
	head := text[:min(len(text), 16<<10)]
	end := strings.Index(head, "\n\n")
	if end < 0 || !mailHeader.Get().MatchString(head) {
		return false
	}
	return len(mailFields.Get().FindAllStringIndex(head[:end], 3)) >= 2
}

// FromEmail is the body of a raw e-mail, decoded, its headers and part
// boundaries blank; other text is returned as it is.
func FromEmail(text string) string {
	if !isRawEmail(text) {
		return text
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	inHeaders, qp := true, false
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		switch {
		case inHeaders:
			if l == "" {
				inHeaders = false
				continue
			}
			if strings.HasPrefix(strings.ToLower(l), "content-transfer-encoding:") {
				qp = strings.Contains(strings.ToLower(l), "quoted-printable")
			}
			lines[i] = ""
		case strings.HasPrefix(l, "--") && len(strings.TrimSpace(l)) > 8 && !strings.ContainsAny(strings.TrimSpace(l), " \t"):
			// A part's boundary: its own headers follow.
			lines[i], inHeaders, qp = "", true, false
		case qp:
			i = joinSoftBreaks(lines, i)
		}
	}
	return strings.Join(lines, "\n")
}

// joinSoftBreaks decodes the quoted-printable line at i and the lines its
// soft breaks join to it; it returns the last of them.
func joinSoftBreaks(lines []string, i int) int {
	var b strings.Builder
	j := i
	for {
		l := lines[j]
		if strings.HasSuffix(l, "=") && j+1 < len(lines) {
			b.WriteString(l) // the reader removes a soft break
			b.WriteString("\n")
			j++
			continue
		}
		b.WriteString(l)
		break
	}
	decoded, err := io.ReadAll(quotedprintable.NewReader(strings.NewReader(b.String())))
	if err != nil {
		return j // not quoted-printable after all: the lines stay as written
	}
	lines[i] = strings.TrimRight(string(decoded), "\n")
	for k := i + 1; k <= j; k++ {
		lines[k] = ""
	}
	return j
}
