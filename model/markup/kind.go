// Package markup reads the markups a job description is kept in besides
// Markdown and HTML — MediaWiki, BBCode, Jira, LaTeX and Org mode source,
// MDX, a chat exported as text, a raw e-mail — as plain lines, each with
// what its markup says of it: a heading, a list item, text, or nothing,
// left to the plain-text rules. Every line keeps its number in the file.
// Pure Go: no terminal, no files.
package markup

// Kind is what a line's markup says it is.
type Kind int

// The kinds of a line.
const (
	Unknown Kind = iota // nothing: the plain-text rules decide
	Heading
	Bullet
	Text // known to be text: not a heading, whatever it looks like
)
