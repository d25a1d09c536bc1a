package importer

import (
	"slices"
	"testing"

	"amjd/model/internal/modeltest"
)

// The kinds of client come from how the book describes them: the
// catalog's kinds when it names them, resellers only when most of the
// clients named resell, and "other" for a book of farms or councils.
func TestTheBookSaysWhatKindOfClients(t *testing.T) {
	for _, c := range []struct {
		book string
		want []string
	}{
		{"You'll look after around 240 independent shops in the North, who order about £2 million a year.", []string{"retail_partners"}},
		{"You'll look after 150 accounts – gift shops, bookshops and garden centres – worth about $3 million a year.", []string{"retail_partners"}},
		{"You'll look after 4 accounts (two hospital trusts, a university and a national retailer) worth £12m a year.", []string{"other"}},
		{"You'll look after 300 small and mid-sized shipper accounts worth about $9 million a year.", []string{"small_business", "mid_market"}},
		{"You'll look after 310 pharmacy accounts – most of them independent pharmacies with one or two stores – worth $60 million a year.", []string{"small_business"}},
		{"You'll look after the 140 or so optician practices we supply. Between them they send us €4 million a year. Most are small independents with one or two branches.", []string{"small_business"}},
		{"You'll look after 28 council customers, worth about $5 million a year in support agreements and small projects.", []string{"other"}},
		{"You'll own 14 enterprise accounts worth about $20 million a year.", []string{"enterprise"}},
	} {
		text := "Account Manager\n\nWhitebait Tools makes hand tools.\n\n" + c.book +
			"\n\nRequirements\n\n- Two years in account management.\n\nApply with your CV by 30 June.\n"
		r, err := Import(modeltest.Cat(), text, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.book, err)
		}
		if !slices.Equal(r.Answers.AccountTypes, c.want) {
			t.Errorf("%s\n account types %q; want %q", c.book, r.Answers.AccountTypes, c.want)
		}
	}
	finance := "Accounting Manager\n\nYou'll lead the month-end close and supervise three staff in accounts payable.\n\n" +
		"Requirements\n\n- A CPA.\n- Experience with general ledger and reconciliations.\n\nApply with your CV by 30 June.\n"
	r, err := Import(modeltest.Cat(), finance, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Book.Accounts != 0 || len(r.Answers.AccountTypes) != 0 {
		t.Errorf("a finance role has no book of clients: book %+v, types %q", r.Answers.Book, r.Answers.AccountTypes)
	}
}
