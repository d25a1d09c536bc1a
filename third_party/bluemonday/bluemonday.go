// Package bluemonday stands in for github.com/microcosm-cc/bluemonday in
// amjd's build (go.mod replaces it with this folder).
//
// glamour links bluemonday for one thing: the text of raw HTML found in the
// Markdown it renders (ansi/context.go). amjd renders only the Markdown it
// writes itself, where every text a user types is escaped, so no raw HTML
// ever reaches glamour (model's escape tests and FuzzUserText hold that).
// The real bluemonday, with gorilla/css, douceur and golang.org/x/net/html,
// compiles its expressions and builds its tables at start-up: 5 ms and 1 MB
// of heap that stays live in every amjd process, for nothing. (amjd's
// checker now links golang.org/x/net/html itself, to read HTML job
// descriptions: 0.6 ms of package start-up; the rest stays out.)
//
// This stand-in offers exactly the names glamour uses, so a glamour upgrade
// that needs more of bluemonday fails to compile rather than changing output
// silently. It is stricter than the real strict policy: raw HTML is dropped
// whole, its text included, never shown.
package bluemonday

// Policy says what raw HTML may keep; this one keeps nothing.
type Policy struct{}

// StrictPolicy returns the policy glamour asks for.
func StrictPolicy() *Policy { return &Policy{} }

// Sanitize drops raw HTML entirely.
func (*Policy) Sanitize(string) string { return "" }
