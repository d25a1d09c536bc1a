package posting

import (
	"regexp"
	"strings"
	"sync"

	"amjd/model/base"
)

// maxNounUses is how many times a posting may say the industry's full word
// for its clients ("trade customers"): often enough to set the trade, never
// so often it drones. A plain word ("clients") is also the word for the
// rest, and may come twice as often.
const maxNounUses = 8

// determiners before a plain noun that read as well before "account":
// "your clients" and "your accounts" say the same.
var determiners = map[string]bool{"your": true, "each": true, "every": true, "no": true, "current": true, "existing": true,
	"key": true, "largest": true, "larger": true, "smaller": true, "busiest": true, "new": true, "prospective": true, "other": true}

// lastWord is the last word of text.
func lastWord(text string) string {
	f := strings.Fields(text)
	if len(f) == 0 {
		return ""
	}
	return f[len(f)-1]
}

// nounPatterns caches nounPattern's expressions: a posting is assembled on
// every change in the wizard.
var nounPatterns sync.Map

// nounUse is one use of the noun in a line amjd may reword.
type nounUse struct {
	line *Line
	at   []int // the submatch indexes of nounPattern
}

// vary keeps the industry's word for its clients to maxNounUses in the full
// posting: from the last use back, as many as it takes, "a book of banking
// clients" becomes "a book", other "banking clients" "clients", and a plain
// "your clients" "your accounts". The user's text and the lines holding it
// (a KPI's target) are never changed; they count.
func (as *assembly) vary(sections []Section) {
	re := as.nounPattern()
	limit := maxNounUses
	if !strings.Contains(as.ind.Words.Clients, " ") {
		limit *= 2
	}
	// Every form of the noun holds its last word after its first letter
	// ("lient", "ustomer"): lines without it are not searched.
	last := lastWord(as.sp.spell(as.ind.Words.Client))
	key := last[min(1, len(last)):]
	total := 0
	var free []nounUse
	for si := range sections {
		for bi := range sections[si].blocks {
			lines := sections[si].blocks[bi].lines
			for li := range lines {
				l := &lines[li]
				if !strings.Contains(l.Text, key) {
					continue
				}
				for _, m := range re.FindAllStringSubmatchIndex(l.Text, -1) {
					if strings.HasPrefix(l.Text[m[1]:], "-") {
						continue // "client-facing" names a kind of work, not the clients
					}
					total++
					if l.Origin != Typed && l.Step != base.StepKPIs {
						free = append(free, nounUse{l, m})
					}
				}
			}
		}
	}
	// Reword from the end, so a line's earlier indexes stay right.
	for i := len(free) - 1; i >= 0 && total > limit; i-- {
		u := free[i]
		if out, ok := rewordNoun(u.line.Text, u.at); ok {
			u.line.Text = out
			total--
		}
	}
}

// rewordNoun rewrites the use m of the noun in text, if it has another way
// to say it.
func rewordNoun(text string, m []int) (string, bool) {
	before, after := text[:m[0]], text[m[1]:]
	switch {
	case m[2] < 0 && strings.HasSuffix(before, "book of "):
		return strings.TrimSuffix(before, " of ") + after, true // "a large book of clients": "a large book"
	case m[4] != m[5]:
		return before + shortNoun(text, m) + after, true // "banking clients": "clients"
	case m[2] < 0 && determiners[strings.ToLower(lastWord(before))]:
		out := "account"
		if strings.HasSuffix(strings.ToLower(text[m[6]:m[7]]), "s") {
			out = "accounts"
		}
		return before + out + after, true // "your clients": "your accounts"
	}
	return text, false
}

// nounPattern matches the noun with the article before it, if any: groups
// are the article (1), the words before the last (2, may be empty), the last
// word (3).
func (as *assembly) nounPattern() *regexp.Regexp {
	plural, single := as.sp.spell(as.ind.Words.Clients), as.sp.spell(as.ind.Words.Client)
	lead, lastSingle := "", single
	if l, w, ok := strings.Cut(single, " "); ok && strings.HasPrefix(plural, l+" ") {
		lead, lastSingle = regexp.QuoteMeta(l)+" ", w
		plural = strings.TrimPrefix(plural, l+" ")
	}
	expr := `(?i)\b(an? )?(` + lead + `)(` + regexp.QuoteMeta(plural) + `|` + regexp.QuoteMeta(lastSingle) + `)\b`
	if re, ok := nounPatterns.Load(expr); ok {
		return re.(*regexp.Regexp) // one per industry and English, compiled once
	}
	re := regexp.MustCompile(expr)
	nounPatterns.Store(expr, re)
	return re
}

// shortNoun is the match m of nounPattern in text with its first words
// dropped, its article made right and a capital where a sentence starts.
func shortNoun(text string, m []int) string {
	out := text[m[6]:m[7]]
	if m[2] >= 0 {
		out = base.Article(out) + " " + out
	}
	before := strings.TrimRight(text[:m[0]], " ")
	if before == "" || strings.ContainsAny(before[len(before)-1:], ".!?") {
		out = base.UpperFirst(out)
	}
	return out
}
