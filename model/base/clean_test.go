package base

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCleanLineStripsWhatAPasteBrings(t *testing.T) {
	for in, want := range map[string]string{
		"• • visit garages weekly":          "visit garages weekly",
		"- handle stock queries":            "handle stock queries",
		"   too   many\tspaces ":            "too many spaces",
		"stock , orders":                    "stock, orders",
		"stock ,orders ; returns .":         "stock,orders; returns.",
		"what now ?":                        "what now?",
		"# account manager":                 "account manager",
		"### Skills":                        "Skills",
		"1. Handle renewals":                "Handle renewals",
		"12) Handle renewals":               "Handle renewals",
		"(3) Handle renewals":               "Handle renewals",
		"a) Handle renewals":                "Handle renewals",
		"B. Handle renewals":                "Handle renewals",
		"1 . Handle renewals":               "Handle renewals",
		"- 1. • Handle renewals":            "Handle renewals",
		"—– * + ▪ ◦ ‣ · Handle":             "Handle",
		"•Visit garages":                    "Visit garages",
		"🌴25 days' holiday":                 "25 days' holiday",
		"🅿️Free parking\u200b":              "Free parking",
		"-- Visit garages":                  "Visit garages",
		"!!!":                               "",
		" , ":                               "",
		"- •":                               "",
		"":                                  "",
		"1.":                                "",
		"-5% churn":                         "-5% churn",
		"- -5% churn":                       "-5% churn",
		"3 years in B2B sales":              "3 years in B2B sales",
		"3+ years":                          "3+ years",
		"1,200 accounts":                    "1,200 accounts",
		"1.5 days a week on the road":       "1.5 days a week on the road",
		"2027 plan":                         "2027 plan",
		"2027. A plan":                      "2027. A plan",
		"+10% growth":                       "+10% growth",
		"#1 priority":                       "#1 priority",
		"**Bold** claim":                    "**Bold** claim",
		"e.g. retail":                       "e.g. retail",
		"a great team":                      "a great team",
		"U.S. citizens":                     "U.S. citizens",
		"C++ and C# , SQL":                  "C++ and C#, SQL",
		"24/7 support":                      "24/7 support",
		"€":                                 "",
		"Monday to Friday , 9 to 5":         "Monday to Friday, 9 to 5",
		"\u00a0•\u00a0NBSP\u00a0\u00a0item": "NBSP item",
	} {
		if got := CleanLine(in); got != want {
			t.Errorf("CleanLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCleanTitleCapitalisesOnlyALowerCaseTitle(t *testing.T) {
	for in, want := range map[string]string{
		"# account manager":                 "Account Manager",
		"account manager":                   "Account Manager",
		"key account manager – retail":      "Key Account Manager – Retail",
		"head of sales and accounts":        "Head of Sales and Accounts",
		"the account manager for the north": "The Account Manager for the North",
		"account manager – the north":       "Account Manager – The North",
		"account manager: the north":        "Account Manager: The North",
		"e-commerce account manager":        "E-Commerce Account Manager",
		"  senior   account manager  ":      "Senior Account Manager",
		"iOS Account Manager":               "iOS Account Manager",
		"VP of Sales":                       "VP of Sales",
		"eCommerce account manager":         "eCommerce account manager",
		"Account manager":                   "Account manager",
		"- - KEY ACCOUNT MANAGER":           "KEY ACCOUNT MANAGER",
		"!!!":                               "",
	} {
		if got := CleanTitle(in); got != want {
			t.Errorf("CleanTitle(%q) = %q, want %q", in, got, want)
		}
	}
}

// A paste of a megabyte of markers or spaces is cleaned in one pass.
func TestCleanLineIsLinear(t *testing.T) {
	long := strings.Repeat("- • 1. ", 150_000) + strings.Repeat(" ", 100_000) + "item" + strings.Repeat(" ,", 100_000)
	if got := CleanLine(long); !strings.HasPrefix(got, "item,") || strings.Contains(got, " ") {
		t.Fatalf("CleanLine of a long paste = %.40q…", got)
	}
}

// FuzzCleanLine: whatever the text, the cleaned line has no leading marker,
// no run of spaces, no space at either end or before punctuation, and
// cleaning it again changes nothing; a title likewise.
func FuzzCleanLine(f *testing.F) {
	for _, s := range []string{"• • visit garages", "1 . Handle", "- , - item", "(a) b", "#1", "-5%", "stock , orders", "ǆemal",
		"account manager – the north", "a.", "\u00a0x", "((1) x", "• , x", "3d designer"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		for name, clean := range map[string]func(string) string{"CleanLine": CleanLine, "CleanTitle": CleanTitle} {
			out := clean(s)
			if again := clean(out); again != out {
				t.Fatalf("%s(%q) = %q, but cleaned again it is %q", name, s, out, again)
			}
			if out != strings.TrimSpace(out) || strings.Contains(out, "  ") || markerLen(out) > 0 {
				t.Fatalf("%s(%q) = %q", name, s, out)
			}
			for _, p := range []string{" ,", " .", " ;", " :", " !", " ?"} {
				if strings.Contains(out, p) {
					t.Fatalf("%s(%q) = %q keeps a space before punctuation", name, s, out)
				}
			}
		}
	})
}
