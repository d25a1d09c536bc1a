// Package posting assembles the job posting from the answers: it fills in
// the defaults (Resolve) once, builds every section and line with the step
// and answer each comes from and whether it states the user's fact or amjd's
// suggestion, and writes the full and short forms as Markdown. The resulting
// Posting is the one value every writer reads; Check runs the checker over it
// and maps each finding back to the step that fixes it.
package posting
