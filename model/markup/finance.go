package markup

import "amjd/model/base"

// MoneyObjects are what a finance job reconciles: a sentence that
// reconciles none of them reconciles views, schedules or charts.
var MoneyObjects = []string{"account", "statement", "ledger", "bank", "cash", "payment", "invoice", "balance", "books", "figures",
	"transaction", "receipt", "remittance", "card", "expense", "commission", "rebate", "billing", "deposit", "credit", "debit",
	"vat", "tax", "payroll", "revenue", "sales", "money", "fund"}

// GoodsCounted are things a finance word may count that are no money:
// "reconcile each group's pallet balance".
var GoodsCounted = []string{"pallet", "pallets", "kegs", "crates", "containers", "cylinders", "inventory", "stock", "equipment",
	"tank levels", "tanks", "meter readings", "volumes", "kits", "medication", "medications", "chart", "charts"}

// skillAsked is a requirement that asks for experience or know-how,
// whatever its words: "Two or more years managing accounts", "basic
// electrical know-how".
var skillAsked = base.Regexp{Expr: `(?i)\b(?:years?|experience[ds]?|know-how|knowledge|degree|diploma|certificat\w*|qualifi\w+|trained|proficien\w+|fluent|fluency|background in|track record)\b`}

// AsksASkill reports whether a requirement asks for experience or
// know-how, in words such as "years" or "know-how" (a figure alone may
// be a board's tag: "K-12").
func AsksASkill(l string) bool { return skillAsked.Get().MatchString(l) }
