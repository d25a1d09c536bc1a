package markup

import (
	"strings"
	"testing"
)

// A calendar file's event description is read unfolded and unescaped, at
// the line it starts on; an alarm's description and other text are not.
func TestFromICalendar(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Sign-off\r\nDESCRIPTION;LANGUAGE=en-au:Accounts Manager\\n\\nWe make swags\\, tents an\r\n d tarps\\; 47 of us.\r\n" +
		"LOCATION:Bega\r\nBEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	want := "\n\n\n\nAccounts Manager\n\nWe make swags, tents and tarps; 47 of us.\n"
	if got := FromICalendar(ics); got != want {
		t.Errorf("FromICalendar = %q, want %q", got, want)
	}
	for _, text := range []string{"Account Manager\nDESCRIPTION:not a calendar\n", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"} {
		if got := FromICalendar(text); got != text {
			t.Errorf("FromICalendar(%q) = %q, want it unchanged", text, got)
		}
	}
	if got := unescapeICal(`a\\b\Nc\`); !strings.Contains(got, "a\\b\nc") {
		t.Errorf("unescapeICal = %q", got)
	}
}

// A message a mail reader shows as text keeps its multipart headers but
// draws no boundaries: its body is the message, not a part to skip.
func TestMultipartHeadersWithoutBoundaries(t *testing.T) {
	mail := "From: Ana <ana@example.com>\nSubject: advert\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"XYZ\"\n\nHi,\n\nAccount Manager\nWe make tents.\n"
	if got := FromEmail(mail); !strings.Contains(got, "Account Manager\nWe make tents.") || strings.Contains(got, "Subject") {
		t.Errorf("FromEmail = %q", got)
	}
}
