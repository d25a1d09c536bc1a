package checker

import (
	"strings"

	"amjd/model/base"
	"amjd/model/markup"
)

// whLead opens a heading phrased as a question or about the reader: "What's
// in it for you".
var whLead = base.Regexp{Expr: `(?i)^(?:what|what's|how|who|where|why|when|your|our)\b`}

// quotes are the curly quotes word processors type, read as straight ones.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// classify tells the section a heading names (markup.Classify).
func classify(heading string) section { return section(markup.Classify(heading)) }
