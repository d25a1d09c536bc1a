// Package importer turns a job description someone already has into an
// answers file: it reads the text with the checker's document reader and
// fills a field only where the text states it. What it infers (the variant,
// the industry, the commercial mix) it lists with the line it came from;
// what the text does not state it leaves empty and lists as a gap, with the
// wizard step that fills it. Pure Go: no terminal, no files.
package importer
