// Package answers is the answers file: parsing and validating it, the rules
// every answer meets (which the wizard uses too), its YAML encoding, and the
// company profile.
package answers
