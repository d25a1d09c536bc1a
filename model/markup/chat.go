package markup

import (
	"strings"

	"amjd/model/base"
)

// A chat exported as text (WhatsApp, Discord, a group's archive) holds the
// posting as one message among others: members' questions, an admin's
// reminders, "This message was deleted". The posting is the longest
// message; the others are not read, their lines kept blank so that line
// numbers stay those of the file.

var (
	// chatStamp opens a message: a date and a time, as exports write them
	// ("02/03/2027, 09:15 - ", "[3/4/2027 9:14 AM] ", "[2027-03-02 09:15:07] ").
	chatStamp = base.Regexp{Expr: `^\s*\[?\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4},?\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*(?:[-–]\s+)?`}
	// chatAuthor is the sender's name before the text: "Shelley Moana: ".
	chatAuthor = base.Regexp{Expr: `^[^:.!?]{1,40}:\s`}
)

// chatMinMessages is how many stamped lines make a text a chat.
const chatMinMessages = 3

// IsChat reports whether lines are a chat's messages: stamped lines that
// name a sender, before the text on the line ("Shelley Moana: Yep") or
// alone over it. Dates and times in a posting's own list name no sender.
func IsChat(lines []string) bool {
	n := 0
	for i, l := range lines {
		if !stampStart(l) || !chatStamp.Get().MatchString(l) {
			continue
		}
		t := l[len(chatStamp.Get().FindString(l)):]
		sender := chatAuthor.Get().MatchString(t) ||
			senderAlone(t) && i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" && !chatStamp.Get().MatchString(lines[i+1])
		if sender {
			if n++; n >= chatMinMessages {
				return true
			}
		}
	}
	return false
}

// senderAlone reports a stamp's rest that is only a sender's name.
func senderAlone(t string) bool {
	return len(strings.Fields(t)) <= 3 && !strings.ContainsAny(t, ".!?")
}

// chatMinWords is the fewest words of a message that is a posting.
const chatMinWords = 40

// LongestMessage keeps the longest message of a chat, its stamp and
// sender removed, and blanks every other line.
func LongestMessage(lines []string) []string {
	best, bestWords := -1, 0
	start, words := -1, 0
	for i := 0; i <= len(lines); i++ {
		if i == len(lines) || chatStamp.Get().MatchString(lines[i]) {
			if start >= 0 && words > bestWords {
				best, bestWords = start, words
			}
			start, words = i, 0
		}
		if i < len(lines) {
			words += len(strings.Fields(lines[i]))
		}
	}
	if best < 0 || bestWords < chatMinWords {
		return lines // no message is a posting: the text is read whole
	}
	out := make([]string, len(lines))
	out[best] = messageText(lines[best])
	for i := best + 1; i < len(lines) && !chatStamp.Get().MatchString(lines[i]); i++ {
		out[i] = lines[i]
	}
	return out
}

// messageText is a message's first line without its stamp and sender.
// A sender alone on the line ("[3/4/2027 9:14 AM] kitchen_dan") leaves it
// blank.
func messageText(l string) string {
	t := l[len(chatStamp.Get().FindString(l)):]
	if m := chatAuthor.Get().FindString(t); m != "" {
		return t[len(m):]
	}
	if senderAlone(t) {
		return ""
	}
	return t
}

// stampStart reports a line that may open with a stamp: a digit, "[" or a
// space first.
func stampStart(l string) bool {
	return l != "" && (l[0] >= '0' && l[0] <= '9' || l[0] == '[' || l[0] == ' ')
}

// lineStamp is a date and time a log or a task's notes open each line
// with: "2028-01-11 09:14:02 ".
var lineStamp = base.Regexp{Expr: `^(\s*)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?\s+`}

// lineStampMin is how many stamped lines make a text's lines stamped.
const lineStampMin = 5

// WithoutLineStamps takes the date and time off each line of a text
// whose lines open with one and name no sender (a task's annotations, a
// log), keeping its indent, so that its words read as they were written;
// a chat's stamps are LongestMessage's. Other text is returned as it is.
func WithoutLineStamps(lines []string) []string {
	n := 0
	for _, l := range lines {
		if stampStart(l) && lineStamp.Get().MatchString(l) {
			n++
		}
	}
	if n < lineStampMin {
		return lines
	}
	for i, l := range lines {
		if m := lineStamp.Get().FindStringSubmatchIndex(l); m != nil {
			lines[i] = l[:m[3]] + l[m[1]:]
		}
	}
	return lines
}
