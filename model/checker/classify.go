package checker

import (
	"strings"

	"amjd/model/markup"
)

// quotes are the curly quotes word processors type, read as straight ones.
var quotes = strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")

// classify tells the section a heading names (markup.Classify).
func classify(heading string) section { return section(markup.Classify(heading)) }
