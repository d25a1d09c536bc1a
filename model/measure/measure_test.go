package measure

import "testing"

// A list whose items set targets is a list of measures; a list of what
// the job asks is not, figures or not.
func TestMeasureList(t *testing.T) {
	if !List([]string{"Keep 92% of last year's spending.", "Grow it by 6% or better.", "Reply within one working day."}) {
		t.Error("targets not read as measures")
	}
	if List([]string{"8+ years managing accounts.", "A driving licence.", "Experience with 2 or more CRMs."}) {
		t.Error("requirements read as measures")
	}
}

// A lead that counts the measures ("four things") opens a list whose
// parts may run longer than a measure told alone.
func TestMeasuresAfterACountedLead(t *testing.T) {
	t1 := "We'll look at four things: growth of 8% across your accounts, six new customers from aged care or hospitals, on-time shipping for 95% of orders, and a business review with every one of your 20 largest accounts"
	if got := Measures(t1); len(got) != 4 || got[3] != "a business review with every one of your 20 largest accounts" {
		t.Errorf("Measures = %q", got)
	}
	t2 := "Our view: we make good boots, our customers come back, and we keep the business family-owned for another fifty years or more"
	if got := Measures(t2); len(got) != 1 {
		t.Errorf("Measures(%q) = %q, want it whole", t2, got)
	}
}
