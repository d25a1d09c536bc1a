package checker

import (
	"slices"
	"strings"
	"testing"

	"amjd/model/internal/modeltest"
)

// Problems told in a recruiter's own layout and words: a paragraph under no
// heading, a target that is only a direction, a date or a day left blank.
// Each is found, at its line.
func TestProblemsInTheirOwnWords(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"degree-without-equivalent", "Account Manager\n\nYou'll look after 60 hotels.\n\nA bachelor's degree in hospitality is mandatory.\n", 5},
		{"hidden-sales", "# Account Manager\n\nYou look after the 40 venues on our route.\n\n## Pay\n\n$60,000 to $66,000. Your bonus is $300 for every cinema that had never hosted our kiosks until you talked them into it.\n", 7},
		{"hidden-sales", "# Account Manager\n\nBy the end of your first year, ten practices that have never previously specified our tiles will have done so through your introductions.\n", 3},
		{"degree-without-equivalent", "# Account Manager\n\n## Nice to have\n\n- College lacrosse.\n\nA bachelor's degree in business is required.\n", 7},
		{"gendered-pronoun", "# Account Manager\n\nThe account manager covers Maryland, Delaware and southern Pennsylvania. He'll be on the road two nights a week.\n", 3},
		{"pay-transparency", "# Account Manager\n\nLocation: Elkton, MD 21921\n\nYou look after 40 clubs.\n", 0},
		{"seniority-contradiction", "# Account Manager\n\nThe appointment is made at the Company's entry grade, for a candidate commencing a career in account management.\n\n## Requirements\n\n- Not less than seven years' experience in account management.\n", 7},
		{"pay-transparency", "# Account Manager\n\nLocation: Fernie, British Columbia\n\nPay: somewhere in the mid-60s to low 70s, depending on what you bring.\n", 5},
		{"several-jobs", "# Account Manager\n\nThis job also takes over two jobs we're folding into it: stringing heads and running our booth.\n", 3},
		{"several-jobs", "# Account Manager\n\nYou look after 50 butchers.\n\n## The rest of your week\n\n- Two mornings a week, run the production kitchen.\n- Every Friday, drive the chilled van round the county.\n- On Saturdays, run our stall at the farmers' market.\n", 7},
		{"seniority-contradiction", "# Account Manager\n\nThis is a Band 1 post, the starting grade on our pay scale.\n\n## Requirements\n\n- At least eight years looking after business customers.\n", 7},
		{"seniority-contradiction", "# Account Manager\n\nNo experience? No problem. This is our training position.\n\n## Requirements\n\n- At least 9 years of account management experience.\n", 7},
		{"seniority-contradiction", "# Account Manager\n\nYou'll join as the most junior of our three account managers.\n\n## What you need\n\n- At least six years managing grain accounts.\n", 7},
		{"qualifications-mixed", "# Account Manager\n\n## What you need\n\n- Three years with bakeries.\n- Some knowledge of food safety audits, though if you don't have it, no worries.\n\n## Nice to have\n\n- French.\n", 6},
		{"age-bias", "# Account Manager\n\nWe want new blood: a young person who can grow with the company.\n", 3},
		{"soft-skills-only", "# Account Manager\n\n## What we're looking for\n\n- A sunny nature that survives a 6 am start.\n- Patience with shop owners.\n- An eye for a good display.\n", 5},
		{"accounting-title", "# Accounting Manager\n\nYou look after our dealers: plan each dealer's order, call when a dealer goes quiet, and renew their agreements.\n", 1},
		{"several-jobs", "# Account Manager\n\nYou look after 60 cafés.\n\nWe'll train you for your two bakehouse shifts a week, the Friday delivery run and the Sunday café shift.\n", 5},
		{"years-vs-title", "Account Manager\n\nYou'll look after 60 hotels.\n\nTo do this job you need 12 years of hotel sales.\n", 5},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Late deliveries: fewer.\n", 6},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n1. Renewals: 95% of contracts.\n2. Warranty claims: watch closely.\n", 6},
		{"placeholder", "# Account Manager\n\nApply by ??/04/2027.\n", 3},
		{"placeholder", "# Account Manager\n\nSend your CV by April ___, 2027.\n", 3},
		{"age-bias", "# Account Manager\n\nOur crowd skews young, so we'd love someone who still gets carded.\n", 3},
		{"no-metrics", "# Account Manager\n\n## How we'll know it's working\n\nWe judge it by how our clients feel about us and whether they come back.\n", 0},
		{"hidden-sales", "Account Manager\n\nYou'll look after 40 gyms. Spend Mondays walking into studios that have never advertised with us, and get 10 of them on board.\n", 3},
		{"several-jobs", "# Account Manager\n\nYou look after 50 gyms.\n\nOn Saturdays you'll drive the old tipper truck to the depot, man the main phone and post on our Instagram page.\n", 5},
		{"several-jobs", "# Account Manager\n\nYou look after 50 gyms. On show days you're part of the crew. That means loading the van, booking the freight and doing the weekly count of mats.\n\nYou'll also keep our Facebook page current.\n", 3},
		{"qualifications-mixed", "# Account Manager\n\n## Requirements\n\n- Two years with clients.\n- Knowledge of boats and of the\n  sailing clubs would be lovely.\n", 6},
		{"placeholder", "Account Manager\n\nStart date: *|START_DATE|*\n", 3},
		{"qualifications-mixed", "# Account Manager\n\n## Requirements\n\n- Two years with clients.\n- Welsh would be a handy bonus, though it's not essential.\n", 6},
		{"years-vs-title", "# Account Manager\n\n## Requirements\n\n- At least forty years' experience with clients.\n", 5},
		{"voice", "# Account Manager\n\nThe post-holder will look after 60 dental practices.\n", 3},
		{"hidden-sales", "# Account Manager\n\nYou'll look after 60 vets.\n\nEach week, call practices that aren't on our books and get four of them to open an account.\n", 5},
		{"hidden-sales", "# Account Manager\n\nVisit the delis that stock other roasters' coffee and see ten of them switch by spring.\n", 3},
		{"exclusionary", "# Account Manager\n\nEvery applicant pays $30 for our personality test before we read the CV.\n", 3},
		{"hidden-sales", "# Account Manager\n\nYou look after 40 bakeries. Bring 12 new cafes onto our books by June.\n", 3},
		{"hidden-sales", "# Account Manager\n\nYour bonus is paid on delis that start buying from us after you visit them.\n", 3},
		{"placeholder", "Account Manager\n\nSalary: £NN,NNN plus bonus\n", 3},
		{"placeholder", "Account Manager\n\nFor a chat, call @@CONTACT_NAME@@ on @@CONTACT_PHONE@@.\n", 3},
		{"placeholder", "Account Manager\n\nApplications close #CLOSEDATE#.\n", 3},
		{"accounting-duties", "# Account Manager\n\n- Keep our chart of accounts tidy and code every vendor bill to it.\n", 3},
		{"hidden-sales", "# Account Manager\n\n- By day 90, have ten shops that have never stocked our decks taking their first order from you.\n", 3},
		{"placeholder", "Account Manager\n\nWe have grown carrots around Ohakune since 19XX.\n", 3},
		{"placeholder", "Account Manager\n\nYou'd start on <start date>, in time for the harvest.\n", 3},
		{"placeholder", "Account Manager\n\nSalary: €[●] – €[●] plus car and pension\n", 3},
		{"hidden-sales", "# Account Manager\n\n- Grow our existing customers, and visit the cafés that still buy from other roasters until ten of them switch.\n", 3},
		{"placeholder", "# Account Manager\n\nYou'll report to A.N. Other, Head of Trade Sales.\n", 3},
		{"voice", "# Account Manager\n\nThe successful hire will look after our grocery customers. The successful hire will visit each one.\n", 3},
		{"qualifications-mixed", "# Account Manager\n\n## Requirements\n\n- Two years with delis.\n- Cheese counter experience, though it's not a deal-breaker if you haven't any.\n", 6},
		{"pay-transparency", "Pumpkin Farm · Morton, IL · 40 staff\n\n# Account Manager\n\nYou look after 60 stores worth $2 million a year.\n\nPay: $58,000 – $66,000 a year to start, and no ceiling after that.\n", 7},
		{"protected-characteristic", "# Account Manager\n\nWe talk with buyers all day, so we can't consider anyone who stammers.\n", 3},
		{"protected-characteristic", "# Account Manager\n\n- We only hire U.S. citizens; green card holders need not apply.\n", 3},
		{"exclusionary", "# Account Manager\n\nWe won't consider anyone who has ever worked for a recruitment agency.\n", 3},
		{"age-bias", "# Account Manager\n\nIn your message, tell us what year you graduated high school.\n", 3},
		{"age-bias", "# Account Manager\n\nMost merchants are a train ride away, so the job suits someone young enough to hold a 16–25 Railcard.\n", 3},
		{"placeholder", "Account Manager\n\nClosing date: { MERGEFIELD Closing_Date }\n", 3},
		{"vague-phrase", "# Account Manager\n\nWe're after a bright spark with pizzazz and plenty of gumption.\n", 3},
		{"accounting-duties", "# Account Manager\n\n- Look after 40 packers.\n- Prepare the grower pool settlements and post the journals in QuickBooks.\n", 4},
		{"hidden-sales", "# Account Manager\n\nThu: drive out to delis in towns we don't supply yet and sign up two new stockists a week.\n", 3},
		{"degree-without-equivalent", "# Account Manager\n\n## Requirements\n\n- A bachelor's degree in commerce. It's a must: we can't weigh experience instead.\n", 5},
		{"qualifications-mixed", "# Account Manager\n\n## Requirements\n\n- Two years with growers.\n- A food-science background would be a nice extra.\n", 6},
		{"pay-transparency", "Horseradish Co · Collinsville, IL · 40 staff\n\n# Account Manager\n\nYou look after 60 delis worth $2 million a year.\n\nPay: $5,200 a month to start, with a review after six months.\n", 7},
		{"several-jobs", "# Account Manager\n\nYou look after 70 cafés.\n\nThis job comes with three parts, and you'll do all three.\n", 5},
		{"placeholder", "Account Manager\n\nFor a chat, call Jane Citizen on (07) 4100 0000.\n", 3},
		{"vague-phrase", "# Account Manager\n\nWe want a genuine high-flyer with heaps of oomph.\n", 3},
		{"accounting-duties", "# Account Manager\n\n- Look after 40 bakeries.\n- Every other Friday, run payroll for our bakers and close the books at month end.\n", 4},
		{"hidden-sales", "# Account Manager\n\n- By day 90, sign up five snack makers that currently buy imported Argentine peanuts.\n", 3},
		{"hidden-sales", "# Account Manager\n\n## Success\n\n- 30 delis that have never bought from us placing a first order by December 31.\n", 5},
		{"seniority-contradiction", "# Account Manager\n\nThe position is Level I (entry); no prior account management experience is assumed.\n\n## Requirements\n\n- A minimum of seven (7) years of experience with commercial accounts.\n", 7},
		{"qualifications-mixed", "# Account Manager\n\n## Requirements\n\n- Two years with restaurants.\n- Some Mandarin wouldn't go amiss.\n", 6},
		{"placeholder", "Account Manager\n\nSalary: £ – £ per annum + bonus\n", 3},
		{"degree-without-equivalent", "Account Manager\n\nYou'll look after 90 stores.\n\nYou gotta have a four-year college degree. No degree, no interview.\n", 5},
		{"accounting-duties", "# Account Manager\n\n- Look after 40 growers.\n- Prepare the two-monthly GST return and run the creditor payment batch.\n", 4},
		{"hidden-sales", "# Account Manager\n\n- Take the list of hardware stores that carry imported brooms, visit them, and get ten a quarter to stock ours instead.\n", 3},
		{"hidden-sales", "# Account Manager\n\n- Visit the garden centres that buy from Dutch importers, and talk fifteen of them into placing a first order with us.\n", 3},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- 92% of deals renewed by September.\n- Gym stoke: high\n", 6},
		{"several-jobs", "# Account Manager\n\nYou'd look after 70 gyms.\n\nHeads-up: it's really three jobs in one.\n", 5},
		{"placeholder", "Account Manager\n\nSalary: £29,000 – £3X,000 plus bonus\n", 3},
		{"degree-without-equivalent", "# Account Manager\n\n## Requirements\n\n- A Bachelor of Commerce. This is compulsory.\n", 5},
		{"hidden-sales", "# Account Manager\n\n- Each month, pick out the grocers that buy off the market floor instead of from us, visit them, and win them over.\n", 3},
		{"hidden-sales", "# Account Manager\n\n- Work through the studios that started a free trial and never subscribed, phone their owners, and turn five a month into paying studios.\n", 3},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Repeat bookings: same again\n", 6},
		{"vague-phrase", "# Account Manager\n\nWe're after a real live wire who knocks it out of the park.\n", 3},
		{"voice", "# Account Manager\n\nThe role-holder will look after 60 vets.\n", 3},
		{"age-bias", "# Account Manager\n\nWe'd like someone between 25 and 30 years old.\n", 3},
		{"exclusionary", "# Account Manager\n\nWe won't consider anyone who has been made redundant.\n", 3},
		{"years-vs-title", "Junior Account Manager\n\n§ 1  What you'll do\n\n- Look after 40 hotels.\n\n§ 2  What you need\n\n- At least nine years with hotels.\n", 9},
		// Not customers yet, told by shape rather than a listed phrase.
		{"hidden-sales", "# Account Manager\n\nYou'll look after 70 dental practices.\n\nOn Fridays you'll drop in on practices with no sterilising contract yet.\n", 5},
		{"hidden-sales", "# Account Manager\n\nPart of your bonus comes from kennels that hadn't boarded dogs with us before you rang them.\n", 3},
		{"hidden-sales", "# Account Manager\n\nYou'll also win over bakeries that currently buy from another mill.\n", 3},
		{"hidden-sales", "# Account Manager\n\nWe want 12 more care homes on service contracts by June.\n", 3},
		{"hidden-sales", "# Account Manager\n\n- Keep our 40 quarries supplied.\n- Grow our share by targeting quarries that\n  use rival explosives suppliers.\n", 4},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
}

// A blog's byline block over the post is not a heading of it: the
// paragraphs after it stay the posting's opening, and the author, the
// category and the hit count are not read.
func TestABylineBlockIsNoSection(t *testing.T) {
	page := `<article><h1>Account Manager</h1>
<dl class="article-info"><dt>Details</dt><dd>Written by: Sam Roe</dd><dd>Hits: 88</dd></dl>
<p>You'll look after 60 hotels worth $2 million a year.</p>
</article>`
	o := Read(page, FormatHTML)
	if len(o.Parts) != 1 || o.Parts[0].Role != RoleIntro || len(o.Parts[0].Lines) != 1 {
		t.Errorf("want one opening paragraph under the title, got %+v", o.Parts)
	}
}

// Layouts read as their reader reads them: a slide outline's tabbed points
// are list items, letter-spaced capitals are words, a post's view count is
// no item, and a digest's message headers are not the posting's title.
func TestOutlinesSpacedCapitalsAndDigests(t *testing.T) {
	kpis := "Account Manager\nYou'll look after 50 clinics worth $2 million a year.\nHow success will be measured\n"
	for i := range 7 {
		kpis += "\t" + []string{"At least 93% of agreements renewed.", "Reports within 48 hours for 97% of scans.", "Revenue up 10% on last year.",
			"Two reviews per account per year.", "Complaints closed within 10 days.", "A rating of 4.6 out of 5.", "An NPS of 50 or more."}[i] + "\n"
	}
	if !slices.Contains(rules(check(kpis), Warning), "too-many-kpis") {
		t.Errorf("seven tabbed measures under a slide title were not counted: %v", rules(check(kpis), Warning))
	}
	spaced := "A C C O U N T   M A N A G E R\n\nW H A T   Y O U   N E E D\n- Three years with clients.\n"
	if o := Read(spaced, FormatText); o.Title != "ACCOUNT MANAGER" || len(o.Parts) == 0 || o.Parts[len(o.Parts)-1].Role != RoleRequired {
		t.Errorf("letter-spaced headings not read as words: %+v", o)
	}
	post := "Account Manager\nHow we measure it\n✅ 92% of contracts renewed.\n✅ Replies within a day.\n👁 2.1K   edited 10:21\n"
	if o := Read(post, FormatText); len(o.Parts) == 0 || len(o.Parts[len(o.Parts)-1].Lines) != 2 {
		t.Errorf("a post's view count read as a measure: %+v", o.Parts)
	}
	digest := "From: list-request@lists.example\nSubject: Members Digest, Vol 1\nTo: list@lists.example\nDate: Tue, 9 Feb 2027\n\nToday's Topics:\n  1. Hello\n\n" +
		"Message: 1\nDate: Mon, 8 Feb 2027\nFrom: Ann <ann@x.example>\nTo: list@lists.example\nSubject: Hello\nMessage-ID: <1@x.example>\n\nSee you at the fair.\n\n" +
		"Message: 2\nDate: Mon, 8 Feb 2027\nFrom: Nate <nate@y.example>\nTo: list@lists.example\nSubject: Job opening\nMessage-ID: <2@y.example>\nContent-Type: text/plain\n\n" +
		"Hi all, we're hiring.\n\nAccounting Manager – Dealer Accounts\nYou'll own 64 accounts and renew each supply agreement, and you'll visit every customer twice a season.\nYour customers rate you in a yearly survey.\n"
	if !slices.Contains(rules(check(digest), Warning), "accounting-title") {
		t.Errorf("the title of a digest's posting was not read: %v", rules(check(digest), Warning))
	}
}

// One problem, one finding, by its rule: a birthplace is a protected
// characteristic, not also an exclusion; another's quota or invoicing is
// not the candidate's; a trainee-level job with nine years asked is a
// contradiction; a short ad a little long is a note, not a warning.
func TestOneProblemItsOwnRule(t *testing.T) {
	fs := check("# Account Manager\n\nAustralian-born applicants only, please.\n")
	if r := rules(fs, Warning); !slices.Contains(r, "protected-characteristic") || slices.Contains(r, "exclusionary") {
		t.Errorf("a birthplace: %v, want protected-characteristic alone", r)
	}
	for text, rule := range map[string]string{
		"# Account Manager\n\n- Warn customers early when the herring quota runs short.\n":               "hidden-sales",
		"# Account Manager\n\nOur office manager handles invoicing and collections for your accounts.\n": "several-jobs",
	} {
		if slices.Contains(rules(check(text), Warning), rule) {
			t.Errorf("%s fired on %q", rule, text)
		}
	}
	trainee := "# Account Manager\n\nThis is a trainee-level position.\n\n## Requirements\n\n- 9+ years of account management.\n"
	if !slices.Contains(rules(check(trainee), Warning), "seniority-contradiction") {
		t.Errorf("a trainee-level job asking nine years: %v", rules(check(trainee), Warning))
	}
	ad := "Account Manager\n" + strings.Repeat("You look after our restaurant clients every week. ", 20)
	short := Check(modeltest.Cat(), ad, CheckOptions{Short: true})
	for _, f := range short {
		if f.Rule == "length" && f.Severity >= Warning {
			t.Errorf("a 160-word short ad is held for its length: %s", f.Message)
		}
	}
}

// Wordings and layouts of the fifteenth corpus, each worded anew: a
// company's name is not a vague word, a customer's auditors are not
// finance work, a symbol font's private bullet marks an item, and targets,
// blanks and screens in a recruiter's own words are found.
func TestMoreOwnWords(t *testing.T) {
	for text, rule := range map[string]string{
		"# Account Manager\n\nWe post on Employment Hero Jobs.\n":                                  "vague-phrase",
		"# Account Manager\n\n- Host your customers' auditors when they visit our packing shed.\n": "accounting-duties",
	} {
		if slices.Contains(rules(check(text), Warning), rule) {
			t.Errorf("%s fired on %q", rule, text)
		}
	}
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Credit notes: as few as possible.\n", 6},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Repeat orders: the more the better.\n", 6},
		{"placeholder", "# Account Manager\n\nSend your CV to FIRSTNAME LASTNAME by Mar. TK.\n", 3},
		{"qualifications-mixed", "Account Manager\n\nWhat you need\n\uf0a7\tThree years with clients.\n\uf0a7\tSpanish would be nice.\n\nNice to have\n\uf0a7\tA forklift licence.\n", 5},
		{"exclusionary", "# Account Manager\n\nIf you have ever been dismissed from a job we cannot consider you.\n", 3},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
}

// A board's text read as its reader reads it: a list whose items lost
// their marks is not one wrapped sentence because an item opens with
// "401(k)", and the text under Lever's "Apply for this job" is the
// posting's opening, not how to apply.
func TestListsAndButtonsOfABoardPaste(t *testing.T) {
	o := Read("Account Manager\n\nBenefits\nMedical, dental and vision insurance from day one\n401(k) with a 5% match\n", FormatText)
	if n := len(o.Parts[len(o.Parts)-1].Lines); n != 2 {
		t.Errorf("%d benefit lines, want 2: %+v", n, o.Parts)
	}
	lever := "Account Manager\nDenver, CO\nClient Services /\nFull-time /\nApply for this job\n\n" +
		"Summit Freight is a freight broker. You look after 40 shippers who together spend $3 million a year with us, and you renew each of them yearly.\n\n" +
		"How to apply\nSend your resume to jobs@summit.example.\n"
	for _, p := range Read(lever, FormatText).Parts {
		for _, l := range p.Lines {
			if strings.HasPrefix(l.Text, "Summit Freight") && p.Role != RoleIntro {
				t.Errorf("the opening under the apply button read as %q", p.Role)
			}
		}
	}
}

// Wordings of the sixteenth corpus, each worded anew: a bare measure with
// a full stop, "up on last year", a bracketed note to fill in, years in
// words past twelve, one approximate figure for pay, a wiki's macro.
func TestSixteenthWordings(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Loyalty-card uptake among your shops.\n", 6},
		{"kpi-not-sentence", "# Account Manager\n\n## Targets\n\n- Renewals: 95% of contracts.\n- Repeat bookings: up on last year.\n", 6},
		{"placeholder", "# Account Manager\n\nQuestions? Ask (recruiter name, phone) any time.\n", 3},
		{"years-vs-title", "# Account Manager\n\n## Requirements\n\n- Seventeen full years or more with trade customers.\n", 5},
		{"pay-transparency", "# Account Manager\n\nTacoma, Washington. 60 employees.\n\nPay: about $71,000 in a typical year, with commission.\n", 5},
		{"qualifications-mixed", "# Account Manager\n\n## What you need\n\n- Three years with clinics.\n- Spanish – a bonus, not a must.\n\n## Nice to have\n\n- A van licence.\n", 6},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
	if slices.Contains(rules(check("{{>toc}}\n\nh1. Account Manager\n\nYou look after 40 clients.\n"), Warning), "placeholder") {
		t.Error("a wiki's table-of-contents macro read as a placeholder")
	}
}

// foundAt wants rule to fire at line of text, at warning or error level.
func foundAt(t *testing.T, rule, text string, line int) {
	t.Helper()
	var lines []int
	for _, f := range check(text) {
		if f.Rule == rule && f.Severity >= Warning {
			lines = append(lines, f.Line)
		}
	}
	if !slices.Contains(lines, line) {
		t.Errorf("%s not found at line %d (found at %v) in:\n%s", rule, line, lines, text)
	}
}

// Wordings of the seventeenth corpus, each worded anew: one figure given
// as the pay, a form's "(delete as appropriate)", a nice-to-have "we can
// live without"; and words in another sense: the hunting season, work done
// "with the customer and our dispatcher".
func TestSeventeenthWordings(t *testing.T) {
	for _, c := range []struct {
		rule, text string
		line       int
	}{
		{"pay-transparency", "# Account Manager\n\nBurlington, Vermont. 40 employees.\n\nThe last person in this job earned a base salary of $61,000.\n", 5},
		{"pay-transparency", "# Account Manager\n\nBurlington, Vermont. 40 employees.\n\nSalary\n$61,000/year\n", 6},
		{"placeholder", "# Account Manager\n\nContract:    Permanent / Fixed-term (delete as appropriate)\n", 3},
		{"qualifications-mixed", "# Account Manager\n\n## What you need\n\n- Three years with schools.\n- A forklift ticket – handy, though we can live without it.\n\n## Nice to have\n\n- French.\n", 6},
	} {
		foundAt(t, c.rule, c.text, c.line)
	}
	for text, rule := range map[string]string{
		"# Account Manager\n\n- Visit your 30 largest accounts before the fall hunting season.\n":                                                              "hidden-sales",
		"# Account Manager\n\n- Work our booth at the two big hunting shows, and supply the deer-hunting camps.\n":                                             "hidden-sales",
		"# Account Manager\n\n- Hunting-season forecasts within 10% of what your accounts take.\n":                                                             "hidden-sales",
		"# Account Manager\n\n- Answer the main phone line.\n- Post on our Instagram.\n- Follow up every late callout with the customer and our dispatcher.\n": "several-jobs",
	} {
		if slices.Contains(rules(check(text), Warning), rule) {
			t.Errorf("%s fired on %q", rule, text)
		}
	}
}
