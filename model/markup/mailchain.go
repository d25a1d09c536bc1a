package markup

import (
	"strings"
)

// An e-mail chain saved or pasted as text (Outlook's "Save as" text, a
// forwarded thread) holds the posting in one message: the others are
// colleagues' notes ("Good from my end. Go ahead."), each under its own
// From / Sent / To / Subject lines. The posting is the message with the
// most words, read from after the cover note a separator ends ("Tom, draft
// 3 is below." / "______"); the other lines stay, blank, so that line
// numbers are the file's.

// mailField reports whether a line is a field of a message's header as a
// mail program writes it when it quotes or saves one.
func mailField(l string) bool {
	name, _, ok := strings.Cut(strings.TrimSpace(l), ":")
	if !ok {
		return false
	}
	switch strings.ToLower(name) {
	case "from", "sent", "date", "to", "cc", "bcc", "subject", "attachments", "importance", "message-id", "content-type",
		"content-transfer-encoding", "mime-version", "reply-to", "in-reply-to", "references":
		return true
	}
	return false
}

// headerBlocks finds each message's header: at least three header fields
// on consecutive lines, a From among them. Each is [first, after last).
func headerBlocks(lines []string) [][2]int {
	var blocks [][2]int
	for i := 0; i < len(lines); {
		j, from := i, false
		for j < len(lines) && mailField(lines[j]) {
			from = from || strings.HasPrefix(strings.ToLower(strings.TrimSpace(lines[j])), "from:")
			j++
		}
		if j-i >= 3 && from {
			blocks = append(blocks, [2]int{i, j})
		}
		i = max(j, i+1)
	}
	return blocks
}

// FromMailChain is the chain's posting, line for line; text that is no
// chain of two or more messages is returned as it is.
func FromMailChain(text string) string {
	lines := strings.Split(text, "\n")
	blocks := headerBlocks(lines)
	if len(blocks) < 2 {
		return text
	}
	best, bestWords := [2]int{}, -1
	for k, b := range blocks {
		end := len(lines)
		if k+1 < len(blocks) {
			end = blocks[k+1][0]
		}
		body := [2]int{b[1], end}
		if n := wordsIn(lines[body[0]:body[1]]); n > bestWords {
			best, bestWords = body, n
		}
	}
	best[0] = afterCoverNote(lines, best)
	for i := range lines {
		if i < best[0] || i >= best[1] || originalMessage(lines[i]) {
			lines[i] = ""
		}
	}
	return strings.Join(lines, "\n")
}

// afterCoverNote is where a message's posting starts: after a separator
// line that ends a short note to a colleague, or at the message's start.
func afterCoverNote(lines []string, body [2]int) int {
	words := 0
	for i := body[0]; i < body[1] && words <= coverNoteWords; i++ {
		if separator(lines[i]) {
			return i + 1
		}
		words += len(strings.Fields(lines[i]))
	}
	return body[0]
}

// coverNoteWords is the most words of a note above a posting.
const coverNoteWords = 80

// separator is a line of one repeated mark: "______", "-----", "=====".
func separator(l string) bool {
	t := strings.TrimSpace(l)
	return len(t) >= 10 && strings.Trim(t, t[:1]) == "" && strings.ContainsAny(t[:1], "_-=*~")
}

// originalMessage is the line a mail program puts over a quoted message.
func originalMessage(l string) bool {
	t := strings.ToLower(strings.Trim(strings.TrimSpace(l), "-_ "))
	return t == "original message" || t == "forwarded message"
}

func wordsIn(lines []string) int {
	n := 0
	for _, l := range lines {
		n += len(strings.Fields(l))
	}
	return n
}
