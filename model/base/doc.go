// Package base holds what the checker and the posting side share:
// sanitising and escaping typed text, word matching, amounts, the place
// table, and the wizard's step ids.
package base
