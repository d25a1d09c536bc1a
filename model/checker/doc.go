// Package checker reads any job description, Markdown or plain text, and
// checks it. It knows nothing of the answers or the wizard.
package checker
