// Package chroma stands in for github.com/alecthomas/chroma/v2 in amjd's
// build (go.mod replaces it with this folder).
//
// glamour links chroma only to colour code blocks, and an amjd posting never
// holds one: every text a user types is escaped. The real chroma registers
// some 250 lexers and 70 styles at start-up, which cost amjd about a third of
// its start time and 4 MB of memory for nothing. This stand-in offers exactly
// the names glamour's ansi/codeblock.go uses, so a glamour upgrade that needs
// more of chroma fails to compile rather than changing output silently.
package chroma

// TokenType is a kind of token a style can colour.
type TokenType int

// The token types glamour's code-block style names.
const (
	Background TokenType = iota
	Text
	Error
	Comment
	CommentPreproc
	Keyword
	KeywordReserved
	KeywordNamespace
	KeywordType
	Operator
	Punctuation
	Name
	NameBuiltin
	NameTag
	NameAttribute
	NameClass
	NameConstant
	NameDecorator
	NameException
	NameFunction
	NameOther
	Literal
	LiteralNumber
	LiteralDate
	LiteralString
	LiteralStringEscape
	GenericDeleted
	GenericEmph
	GenericInserted
	GenericStrong
	GenericSubheading
)

// StyleEntries maps token types to style descriptions.
type StyleEntries map[TokenType]string

// Style is a named code-block style; nothing is highlighted with it.
type Style struct {
	Name    string
	Entries StyleEntries
}

// MustNewStyle returns a style with the given name and entries.
func MustNewStyle(name string, entries StyleEntries) *Style {
	return &Style{Name: name, Entries: entries}
}
