package markup

import (
	"io"
	"mime/quotedprintable"
	"slices"
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
	head := strings.ReplaceAll(text[:min(len(text), 16<<10)], "\r\n", "\n") // a saved page (MHTML) ends lines with CRLF
	end := strings.Index(head, "\n\n")
	if end < 0 || !mailHeader.Get().MatchString(head) {
		return false
	}
	return len(mailFields.Get().FindAllStringIndex(head[:end], 3)) >= 2
}

// FromEmail is the body of a raw e-mail, decoded, its headers and part
// boundaries blank; other text is returned as it is. Of a message with
// several parts, the plain-text part is read: its HTML copy, attachments
// and base64 parts are left blank.
func FromEmail(text string) string {
	if !isRawEmail(text) {
		return text
	}
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	boundaries, plain := mailParts(lines)
	// A mail reader that shows a message as text (Alpine, Pine) keeps its
	// headers, multipart ones too, but draws no boundaries: its body is read.
	drawn := slices.ContainsFunc(lines, func(l string) bool { return boundaries[strings.TrimSpace(l)] })
	var part mailPart
	inHeaders := true
	for i := 0; i < len(lines); i++ {
		l := lines[i]
		t := strings.TrimSpace(l)
		// A boundary may itself end in dashes ("----MultipartBoundary--…----"):
		// the line as it is opens a part; with "--" more, it ends the last.
		last := !boundaries[t] && strings.HasSuffix(t, "--") && boundaries[strings.TrimSuffix(t, "--")]
		switch {
		case boundaries[t] || last:
			// A part's boundary: its own headers follow; after the last,
			// nothing is read.
			part, inHeaders = mailPart{skip: last}, !last
			lines[i] = ""
		case inHeaders:
			if l == "" {
				inHeaders = false
				multi := strings.HasPrefix(part.kind, "multipart/")
				part.skip = part.skip || part.base64 || part.kind != "" && !strings.HasPrefix(part.kind, "text/") && !multi ||
					plain && strings.HasPrefix(part.kind, "text/html") || multi && drawn
				continue
			}
			part.header(l)
			lines[i] = ""
		case part.skip:
			lines[i] = ""
		case part.qp:
			i = joinSoftBreaks(lines, i)
		}
	}
	return strings.Join(lines, "\n")
}

// mailPart is what a part's headers say of its body.
type mailPart struct {
	kind             string // its content type, lower case
	qp, base64, skip bool
}

// header reads one header line of a part (or of the message).
func (p *mailPart) header(l string) {
	low := strings.ToLower(l)
	switch {
	case strings.HasPrefix(low, "content-type:"):
		p.kind = strings.TrimSpace(strings.TrimPrefix(low, "content-type:"))
	case strings.HasPrefix(low, "content-transfer-encoding:"):
		p.qp, p.base64 = strings.Contains(low, "quoted-printable"), strings.Contains(low, "base64")
	case strings.HasPrefix(low, "content-disposition:") && strings.Contains(low, "attachment"):
		p.skip = true
	}
}

// mailParts are the boundary lines a message's headers declare, and
// whether one of its parts is plain text.
func mailParts(lines []string) (map[string]bool, bool) {
	boundaries, plain := map[string]bool{}, false
	for _, l := range lines {
		low := strings.ToLower(l)
		if at := strings.Index(low, "boundary="); at >= 0 {
			b := strings.Trim(strings.TrimSpace(l[at+len("boundary="):]), `";`)
			if b != "" {
				boundaries["--"+b] = true
			}
		}
		if strings.HasPrefix(low, "content-type: text/plain") {
			plain = true
		}
	}
	return boundaries, plain
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

// addressTwice is an e-mail address followed by itself in angle brackets,
// as a mail program's plain text writes a linked address.
var addressTwice = base.Regexp{Expr: `([\w.+-]+@[\w-]+(?:\.[\w-]+)+)[ \t]?<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>`}

// linkTarget is a link's address as a mail program writes it in plain text,
// in angle brackets after the link's text: "fergusaero.example
// <https://www.fergusaero.example>".
var linkTarget = base.Regexp{Expr: `[ \t]?<((?:mailto:|https?://)[^<>\s]+)>`}

// WithoutLinkTargets takes out of plain text the address a mail
// program writes after a link's text, where that text names it already; an
// address with no such text stays, without its brackets.
func WithoutLinkTargets(text string) string {
	if strings.Contains(text, "@") && strings.Contains(text, ">") {
		text = addressTwice.Get().ReplaceAllStringFunc(text, func(m string) string {
			if sub := addressTwice.Get().FindStringSubmatch(m); strings.EqualFold(sub[1], sub[2]) {
				return sub[1] // "careers@x.example <careers@x.example>": the address once
			}
			return m
		})
	}
	if !strings.Contains(text, "<mailto:") && !strings.Contains(text, "<http") {
		return text
	}
	var b strings.Builder
	last := 0
	for _, m := range linkTarget.Get().FindAllStringSubmatchIndex(text, -1) {
		if strings.HasPrefix(text[m[1]:], "`") {
			continue // reStructuredText's "`careers page <https://…>`_" is a link of its own
		}
		before := text[last:m[0]]
		words := strings.Fields(before[strings.LastIndexByte(before, '\n')+1:])
		target := text[m[2]:m[3]]
		b.WriteString(before)
		switch {
		case len(words) == 0:
			b.WriteString(strings.TrimPrefix(target, "mailto:")) // "<https://…>" alone: the address is the text
		case !strings.Contains(strings.ToLower(target), strings.ToLower(strings.Trim(words[len(words)-1], ".,;:()"))):
			b.WriteString(" " + strings.TrimPrefix(target, "mailto:"))
		}
		last = m[1]
	}
	b.WriteString(text[last:])
	return b.String()
}
