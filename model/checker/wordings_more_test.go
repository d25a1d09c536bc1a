package checker

import (
	"slices"
	"testing"
)

// Shapes the thirtieth corpus missed, each worded anew: a start figure told
// to the reader, a pay line with no figure, prospects who "have never had"
// the product, a field tag with its settings left in.
func TestStartFiguresAndPayLinesWithoutOne(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\nYou will begin on $49,500 while you train; after that we review it.\nHealth and dental cover.\n", 7},
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## About us\n\nWe make pumps.\n\nSalary: competitive, plus a 10% bonus on the margin you keep.\n\nHealth and dental cover.\n", 9},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
	for _, text := range []string{
		"# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\n$52,000 to $58,000 a year, plus a 10% bonus.\nHealth and dental cover.\n",
	} {
		if slices.Contains(rules(check(text), Warning), "pay-transparency") {
			t.Errorf("pay-transparency fired on %q", text)
		}
	}
}

// More shapes the thirtieth corpus missed, each worded anew.
func TestScreensProspectsAndFieldsWordedAnew(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"kpi-not-sentence", "# Account Manager\n\n## How we'll judge your year\n\n- Keep 90% of last year's revenue.\n- Grow sales by 5%.\n- On-time rate / complaint count / reorder speed\n", 7},
		{"gendered-pronoun", "# Account Manager\n\n## Interviews\n\nThe first talk is on the phone. At the second, she'll tour the plant with Ravi Mendes.\n", 5},
		{"hidden-sales", "# Account Manager\n\n## Your week\n\n- Saturdays: the market towns. Plenty of cafés out there have never had one of our pies. Can you get them ordering?\n", 5},
		{"hidden-sales", "# Account Manager\n\n## Your week\n\n- Invite growers who have never bought seed from us to the spring open day.\n", 5},
		{"hidden-sales", "# Account Manager\n\n## Questions\n\nQ: Do I have to find new clients?\nA: Mostly not, but on Mondays you'll ring cafés that don't stock us yet and take their first order.\n", 6},
		{"exclusionary", "# Account Manager\n\n## What you need\n\n- Applicants must belong to a golf club, since that's where the deals get done.\n", 5},
		{"exclusionary", "# Account Manager\n\n## What you need\n\n- Three years with an Irish firm; experience gained elsewhere is not relevant.\n", 5},
		{"age-bias", "# Account Manager\n\n## You\n\nYou were probably in primary school when smartphones arrived.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nWe're after someone tall and well groomed for our trade stands.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## Applying\n\nCandidates should indicate their caste on the form.\n", 5},
		{"accounting-duties", "# Account Manager\n\n## What you'll do\n\n- Look after 40 accounts.\n- Set the standard cost of each product and post the inventory variances each month.\n", 6},
		{"placeholder", "# Account Manager\n\nApplications close {close_date format=\"%d %M\"}.\n", 3},
		{"placeholder", "# Account Manager\n\nQuestions? Ring Fred Nerk on 03 5550 0000.\n", 3},
		{"accounting-title", "Mailbox - Inbox\nFrom: Ana Ruiz\nSubject: Accounting Manager advert\n\nHi Joe, here it is.\n\nACCOUNTING MANAGER\n\nYOUR ACCOUNTS\n\nYou look after our 40 dealers: plan each dealer's order, call when a dealer goes quiet, and renew their agreements.\n", 7},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
	for text, rule := range map[string]string{
		"# Account Manager\n\n## Questions\n\nQ: Do I have to find new clients?\nA: No. Our owner signs every new client and hands it to you.\n": "hidden-sales",
		"# Account Manager\n\n## About us\n\nWhen he started the firm in 1990, our founder sold from a van.\n":                                   "gendered-pronoun",
		"# Account Manager\n\n## About us\n\nOur founder ran it with his wife, Mara, until 2010.\n":                                              "gendered-pronoun",
		"# Account Manager\n\n## Your accounts\n\nYou look after 30 golf clubs and their pro shops.\n":                                           "exclusionary",
	} {
		if slices.Contains(rules(check(text), Warning), rule) {
			t.Errorf("%s fired on %q", rule, text)
		}
	}
}
