// Package flow is the wizard's questions: the steps, their fields, and how a
// typed value applies to the answers.
package flow
