package checker

import (
	"slices"
	"testing"
)

// Shapes the thirtieth corpus missed, each worded anew: a start figure told
// to the reader, a pay line with no figure, prospects who "have never had"
// the product, a field tag with its settings left in.
func TestStartFiguresAndPayLinesWithoutOne(t *testing.T) {
	wordings(t, []wording{
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\nYou will begin on $49,500 while you train; after that we review it.\nHealth and dental cover.\n", 7},
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## About us\n\nWe make pumps.\n\nSalary: competitive, plus a 10% bonus on the margin you keep.\n\nHealth and dental cover.\n", 9},
	}, map[string]string{
		"# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\n$52,000 to $58,000 a year, plus a 10% bonus.\nHealth and dental cover.\n": "pay-transparency",
	})
}

// More shapes the thirtieth corpus missed, each worded anew.
func TestScreensProspectsAndFieldsWordedAnew(t *testing.T) {
	wordings(t, []wording{
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
	}, map[string]string{
		"# Account Manager\n\n## Questions\n\nQ: Do I have to find new clients?\nA: No. Our owner signs every new client and hands it to you.\n": "hidden-sales",
		"# Account Manager\n\n## About us\n\nWhen he started the firm in 1990, our founder sold from a van.\n":                                   "gendered-pronoun",
		"# Account Manager\n\n## About us\n\nOur founder ran it with his wife, Mara, until 2010.\n":                                              "gendered-pronoun",
		"# Account Manager\n\n## Your accounts\n\nYou look after 30 golf clubs and their pro shops.\n":                                           "exclusionary",
	})
}

// Shapes the thirty-first corpus missed at first contact, each worded anew.
func TestReferencesKinAndHousingWordedAnew(t *testing.T) {
	wordings(t, []wording{
		{"voice", "# Account Manager\n\n## The role\n\nThe role-holder looks after 40 stores and visits each every month.\nThe role-holder answers every order the same day.\n", 5},
		{"exclusionary", "# Account Manager\n\n## Applying\n\nGive us two referees; one of them must be a justice of the peace.\n", 5},
		{"exclusionary", "# Account Manager\n\n## You\n\nApplicants must come from a farming family, since our growers trust their own.\n", 5},
		{"exclusionary", "# Account Manager\n\n## You\n\nWe can't consider anyone living in a shelter or with no fixed address.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nThe stand is our shop window, so we can't consider anyone with a visible scar.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nHonestly, the job would suit a lass who can hold her own.\n", 5},
		{"age-bias", "# Account Manager\n\n## You\n\nWe'd love a bright young thing to grow with us.\n", 5},
		{"placeholder", "# Account Manager\n\n## Apply\n\nInterviews in the week of TKTK; call Your Name Here on 555 0100.\n", 5},
		{"accounting-duties", "# Account Manager\n\n## What you'll do\n\n- Look after 40 accounts.\n- File the withholding tax schedules each month.\n", 6},
		{"hidden-sales", "# Account Manager\n\n## Your year\n\nEach spring we hand you the names of cafés that have never placed an order, and you'll turn ten of them into customers.\n", 5},
		{"hidden-sales", "# Account Manager\n\n## Your week\n\nOne day a week you call on outfitters that carry no Acme tents, and get a first order onto their floor.\n", 5},
		{"seniority-contradiction", "# Account Manager\n\n## The role\n\nNobody expects you to know the bakery trade when you start.\n\n## You need\n\n- Eight years managing bakery accounts.\n", 9},
		{"several-jobs", "# Account Manager\n\n## What you'll do\n\n- Look after 50 accounts.\n- Keep the HACCP records for the kitchen.\n- Do the monthly stock take.\n- Take a shift on the griddle line when we're short.\n", 6},
	}, map[string]string{
		"# Account Manager\n\n## News\n\nAs you know, Declan is retiring in May, so we're hiring for his job.\n":                                   "gendered-pronoun",
		"# Account Manager\n\n## Your accounts\n\nYou carry no target for new customers; our owner signs them.\n":                                  "hidden-sales",
		"# Account Manager\n\n## Your accounts\n\nA shop placing its first order with us is set up by our general manager, who keeps it a year.\n": "hidden-sales",
		"# Account Manager\n\n## What you'll do\n\n- Plan each gym's fit-out: four goals with a key-switch controller for each winch.\n":           "accounting-duties",
	})
}

// Shapes the thirty-second corpus missed at first contact, each worded anew.
func TestEstatesFitnessAndOtherScalesWordedAnew(t *testing.T) {
	wordings(t, []wording{
		{"exclusionary", "# Account Manager\n\n## You\n\nWe won't consider applicants who live on the Hillside estate.\n", 5},
		{"exclusionary", "# Account Manager\n\n## You\n\nWe don't consider anyone who has worked FIFO lately.\n", 5},
		{"exclusionary", "# Account Manager\n\n## Selection\n\nEveryone shortlisted sits our fitness test: a 3 km run.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nWith the noise on the floor, we can't consider anyone who suffers from tinnitus or migraines.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nThe hot room makes the job unsuitable for women going through the menopause.\n", 5},
		{"age-bias", "# Account Manager\n\n## You\n\nIdeally you're young enough to still get the student rate.\n", 5},
		{"age-bias", "# Account Manager\n\n## You\n\nYou'd suit us best if you're still young enough for the under-30s league.\n", 5},
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\nAbove our service desk scale ($41,000 to $47,000), set at offer. Health cover.\n", 7},
		{"placeholder", "# Account Manager\n\n## Apply\n\nSend your CV to jobs@domain.com by 1 May 2027.\n", 5},
		{"voice", "# Account Manager\n\n## The role\n\nThe person we take on will look after 40 delis and visit each monthly.\n", 5},
		{"accounting-duties", "# Account Manager\n\n## What you'll do\n\n- Look after 40 accounts.\n- Draw up the year-end accounts and the capital allowances.\n", 6},
		{"hidden-sales", "# Account Manager\n\n## Your patch\n\nIt holds 90 stores that buy their boots from other makers, and by June we want ten of them ordering from you.\n", 5},
		{"kpi-not-sentence", "# Account Manager\n\n## How we measure success\n\n- Keep 95% of revenue.\n- KPI 2 - see the sales scorecard\n", 6},
		{"kpi-not-sentence", "# Account Manager\n\n## How we measure success\n\n- Keep 95% of revenue.\n- Stores reordering ÷ stores on your list\n", 6},
		{"vague-phrase", "# Account Manager\n\n## You\n\nWe want a utility player who can drink from a firehose.\n", 5},
		{"seniority-contradiction", "# Account Manager\n\n## The role\n\nYou don't need any sales background; we train you.\n\n## You need\n\n- Six years with grocery buyers.\n", 9},
		{"soft-skills-only", "# Account Manager\n\n## Personal qualities\n\n- Unhurried good manners on the phone.\n- Patience and tact.\n- Steadiness under pressure.\n- Good humour on the busiest days.\n", 5},
		{"several-jobs", "# Account Manager\n\n## The role\n\nAlongside the customers, two other jobs are yours: the vans and the office computers.\n", 5},
		{"years-vs-title", "# Junior Account Manager\n\nHere is the ad for the junior role.\n\n## You need\n\n- Seven-plus years with dealer accounts.\n", 7},
	}, map[string]string{
		"# Account Manager\n\n## Your accounts\n\nA web shop placing its first order works with our owner, who quotes its first run.\n":                  "hidden-sales",
		"# Account Manager\n\n## What a good first year looks like\n\n- Keep 95% of revenue.\n- Grow sales 6%.\n- Answer every customer within a day.\n": "no-metrics",
	})
}

// A wording is a text in which a rule must fire at a line.
type wording struct {
	rule, text string
	line       int
}

// wordings checks that each rule fires where its wording says, and that
// none of quiet's rules fires on its text.
func wordings(t *testing.T, found []wording, quiet map[string]string) {
	t.Helper()
	for _, c := range found {
		foundAt(t, c.rule, c.text, c.line)
	}
	for text, rule := range quiet {
		if slices.Contains(rules(check(text), Warning), rule) {
			t.Errorf("%s fired on %q", rule, text)
		}
	}
}

// Shapes the thirty-third corpus missed at first contact, each worded anew.
func TestConcussionsScoresAndSecondJobsWordedAnew(t *testing.T) {
	wordings(t, []wording{
		{"voice", "# Account Manager\n\n## The role\n\nThe account manager we appoint will look after 30 bakeries and visit each monthly.\n", 5},
		{"pay-transparency", "# Account Manager\n\nDenver, Colorado. 50 employees.\n\n## Pay\n\nThe same job in our Utah branch pays $60,000 to $70,000; pay here is set at offer. Health cover.\n", 7},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nWe can't consider anyone who has had a head injury.\n", 5},
		{"protected-characteristic", "# Account Manager\n\n## You\n\nOur buyers like dealing with a bloke, so we're after a man for this one.\n", 5},
		{"exclusionary", "# Account Manager\n\n## Applying\n\nSend your SAT score; we won't interview anyone below 1200 on the SAT.\n", 5},
		{"exclusionary", "# Account Manager\n\n## You\n\nApplicants must hold a firearms licence, since our buyers hunt.\n", 5},
		{"exclusionary", "# Account Manager\n\n## Applying\n\nPlease don't apply if you've worked for one of the big national chains.\n", 5},
		{"age-bias", "# Account Manager\n\n## You\n\nWe would like someone under forty who will stay for decades.\n", 5},
		{"vague-phrase", "# Account Manager\n\n## You\n\nWe want someone who fires on all cylinders and can turn on a dime.\n", 5},
		{"placeholder", "# Account Manager\n\nStart date: TBA\n", 3},
		{"accounting-duties", "# Account Manager\n\n## What you'll do\n\n- Look after 40 stores.\n- The new rep will also reconcile the supplier ledger and prepare the depreciation schedule.\n", 6},
		{"seniority-contradiction", "# Account Manager\n\n## The role\n\nNo trade or dealer background needed: we teach you the machines.\n\n## You need\n\n- Dealer accounts: seven years at minimum.\n", 9},
		{"several-jobs", "# Account Manager\n\n## The role\n\nYou look after 40 mills. On Thursdays and Fridays you'll also work the till in our shop.\n", 5},
		{"years-vs-title", "Mail - Inbox\nFrom: Ana\nSubject: Junior AM advert\n\nHere it is.\n\nJUNIOR ACCOUNT MANAGER\n\nYOU NEED\n\n- Six years or longer running retail accounts.\n", 11},
	}, map[string]string{
		"# Account Manager\n\n## The role\n\nEvery Monday you'll also send the weekly stock report to your accounts.\n": "several-jobs",
	})
}
