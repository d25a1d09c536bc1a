package markup

import (
	"strings"
	"testing"
)

// People who have never bought what the company sells, or who buy a
// rival's, are not customers yet; a lapse of a current customer is not
// that.
func TestNotOursYetReadsNeverBoughtAndARivalsProduct(t *testing.T) {
	for text, want := range map[string]string{
		"Call on the 40 galleries that have never stocked hand-thrown pottery.":                   "never bought",
		"Visit the clubs that have not previously purchased from the Company.":                    "never bought",
		"Plenty of bars in town pour somebody else's cider.":                                      "other provider",
		"Visit cafés that hadn't ever heard of us.":                                               "never bought",
		"Check in with stores that haven't ordered this month.":                                   "",
		"Our founder has never stopped tinkering with the recipe.":                                "",
		"Win the stockists that don't carry our range yet, and get ten of them listing our jams.": "not yet",
		"Sign up 15 jewellers who don't stock black opal yet.":                                    "not yet",
		"Get two a month ordering our wool instead.":                                              "instead of us",
		"Get the diners that use the big brands to buy from us instead.":                          "instead of us",
		"Win chains that presently source their kernels and oils from other suppliers.":           "elsewhere",
	} {
		got := ""
		if ties := NotOursYet(text, strings.ToLower(text)); len(ties) > 0 {
			got = ties[0].Kind
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}
