package ical

import (
	"strings"
	"testing"
)

// A calendar file's event description is read unfolded and unescaped, at
// the line it starts on; an alarm's description and other text are not.
func TestFromCalendar(t *testing.T) {
	ics := "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nSUMMARY:Sign-off\r\nDESCRIPTION;LANGUAGE=en-au:Accounts Manager\\n\\nWe make swags\\, tents an\r\n d tarps\\; 47 of us.\r\n" +
		"LOCATION:Bega\r\nBEGIN:VALARM\r\nDESCRIPTION:Reminder\r\nEND:VALARM\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
	want := "\n\n\n\nAccounts Manager\n\nWe make swags, tents and tarps; 47 of us.\n"
	if got := FromCalendar(ics); got != want {
		t.Errorf("FromCalendar = %q, want %q", got, want)
	}
	for _, text := range []string{"Account Manager\nDESCRIPTION:not a calendar\n", "BEGIN:VCALENDAR\nEND:VCALENDAR\n"} {
		if got := FromCalendar(text); got != text {
			t.Errorf("FromCalendar(%q) = %q, want it unchanged", text, got)
		}
	}
	if got := unescapeICal(`a\\b\Nc\`); !strings.Contains(got, "a\\b\nc") {
		t.Errorf("unescapeICal = %q", got)
	}
}
