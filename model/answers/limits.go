package answers

// Limits on typed text, so a paste cannot flood a posting.
const (
	MaxTitleLen = 120
	MaxLineLen  = 300
	MaxTextLen  = 4000
)

// MaxKPIs is the most KPIs an answers file may list; the guides advise 4-5.
const MaxKPIs = 20
