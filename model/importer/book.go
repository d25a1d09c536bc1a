package importer

import (
	"regexp"
	"slices"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/checker"
)

var (
	bookCount = regexp.MustCompile(`(?i)\b(\d[\d,]*)\+?\s+(?:[\p{L}-]+\s+){0,5}?(?:accounts|clients|customers|partners|brands|retailers|stores|groups|companies|businesses|firms|practices|clinics|hotels|restaurants|schools|hospitals|dealers|distributors|shippers|fleets|venues|sites|organi[sz]ations|advertisers|institutions|operators|members|merchants|households|policyholders)\b`)
	bookMoney = regexp.MustCompile(`(?i)(CA\$|A\$|AU\$|NZ\$|US\$|[$£€])\s?(\d[\d,.]*\s?(?:k|m|mm|bn|million|billion)?)\b`)
	weOnly    = regexp.MustCompile(`(?i)\b(we|we're|we've|our|us)\b`)
	roleWord  = regexp.MustCompile(`(?i)\b(you|your|you'll|role|portfolio|book|look after|manage|own|take over|inherit|account manager|accounts manager)\b`)
	payish    = regexp.MustCompile(`(?i)\b(salary|pay|bonus|commission|ote|budget|per hour)\b`)
	typeWords = map[string]*regexp.Regexp{
		"small_business":  regexp.MustCompile(`(?i)\bsmall[- ]business(es)?\b|\bsmb\b|\bsmall (and|&) (mid|medium)`),
		"mid_market":      regexp.MustCompile(`(?i)\bmid[- ]?(market|sized)\b`),
		"enterprise":      regexp.MustCompile(`(?i)\benterprise (clients|customers|accounts)\b`),
		"agency_clients":  regexp.MustCompile(`(?i)\bbrand clients\b`),
		"retail_partners": regexp.MustCompile(`(?i)\bretail(ers| partners| chains)\b`),
	}
)

// book reads the book of business from a sentence about the role: how many
// accounts, and their revenue. A sentence about the company alone ("We
// serve 1,100 clinic groups") is its size, not the book.
func (im *importer) book() {
	for _, l := range im.d.lines(checker.RoleIntro, checker.RoleDuties, checker.RoleOther, checker.RoleSuccess) {
		ss := sentences(l.Text)
		for i, s := range ss {
			m := bookCount.FindStringSubmatch(s)
			if m == nil || weOnly.MatchString(s) && !roleWord.MatchString(s) || payish.MatchString(s) || im.aboutCompany(s) {
				continue
			}
			n, ok := answers.ReadAmount(m[1])
			if !ok || n < 1 || n > 100000 {
				continue
			}
			im.a.Book.Accounts = int(n)
			// The revenue in the same sentence, or the next: "Between them
			// these accounts spend around £3.2 million a year".
			for _, r := range ss[i:min(i+2, len(ss))] {
				if im.a.Book.Revenue == 0 && !payish.MatchString(r) {
					im.bookRevenue(r)
				}
			}
			im.accountTypes(s)
			return
		}
	}
}

func (im *importer) bookRevenue(s string) {
	if r := bookMoney.FindStringSubmatch(s); r != nil {
		if v, ok := answers.ReadAmount(r[2]); ok && v >= 1000 {
			im.a.Book.Revenue = int64(v)
		}
	}
}

func (im *importer) accountTypes(s string) {
	for id, re := range typeWords {
		if re.MatchString(s) {
			im.a.AccountTypes = appendNew(im.a.AccountTypes, id)
		}
	}
	sortIDs(im.c, im.a.AccountTypes)
}

// aboutCompany reports whether a sentence is about the company: it opens
// with its name or as a company's description does.
func (im *importer) aboutCompany(s string) bool {
	if im.a.Company != "" && strings.HasPrefix(s, im.a.Company) {
		return true
	}
	m := companyLead.FindStringSubmatch(s)
	return m != nil && !jobWords.MatchString(m[1]) && !slices.Contains([]string{"We", "You", "Our", "The", "This", "In", "As"}, strings.Fields(m[1])[0])
}

// sortIDs puts account types in the catalog's order.
func sortIDs(c *content.Catalog, ids []string) {
	order := map[string]int{}
	for i, t := range c.AccountTypes {
		order[t.ID] = i
	}
	slices.SortFunc(ids, func(a, b string) int { return order[a] - order[b] })
}
