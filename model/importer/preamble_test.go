package importer

import (
	"strings"
	"testing"
)

// A note page: its own title, an owner, notes on the budget, then the
// posting under its title and facts line. The posting's title, company,
// place and contract are read; the notes are not its About or its pay.
func TestANotePageStartsAtThePostingsTitle(t *testing.T) {
	text := "# Clinic AM – ad draft + notes\n\nOwner: Jo · Status: ready\n\n" +
		"- Budget goes to $95k if they know vet clinics. Ad stays at 72–80.\n- Pat wants someone who can also sell.\n\n---\n\n" +
		"## Clinic Account Manager\n\n**Bellbird Pet Care Pty Ltd** · Wyong, NSW · Full-time · $72k–$80k base\n\n" +
		"Bellbird Pet Care Pty Ltd looks after pets for 210 vet clinics across the Central Coast.\n\n" +
		"## What you'll do\n\n- Visit every clinic twice a year.\n\n## How to apply\n\nEmail jobs@bellbird.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	a := r.Answers
	if a.Title != "Clinic Account Manager" || a.Company != "Bellbird Pet Care Pty Ltd" || a.Location.Place != "Wyong, NSW" || a.EmploymentType != "full_time" {
		t.Errorf("title %q, company %q, place %q, contract %q", a.Title, a.Company, a.Location.Place, a.EmploymentType)
	}
	if strings.Contains(a.About, "Budget") || a.Pay.Max == 95000 {
		t.Errorf("the notes were read as the posting's: about %q, pay max %v", a.About, a.Pay.Max)
	}
}

// A board's list of other jobs, each over its facts, is no posting's start.
func TestAListOfJobsIsNoPostingsStart(t *testing.T) {
	text := "# Account Manager – Water Treatment\n\nClearwell Water · Milwaukee, WI\n\n## About the job\n\n" +
		"You'll look after 60 plants that buy our chemicals.\n\n## What you'll do\n\n- Visit every plant each quarter.\n\n" +
		"## What you need\n\n- Two years with plant managers.\n\n## Pay\n\n$70,000 - $80,000 a year.\n\n## How to apply\n\nEmail jobs@clearwell.example.\n\n" +
		"Service Technician\nKinnick Water · Green Bay, WI · $27 - $32 per hour\n" +
		"Key Account Manager - Food & Beverage\nLakeshore Packaging · Milwaukee, WI · $95,000 - $120,000 per year\n" +
		"Sales Representative\nBadger Supply · Waukesha, WI · $55,000 - $65,000 per year\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if r.Answers.Title != "Account Manager – Water Treatment" || r.Answers.Pay.Max != 80000 {
		t.Errorf("title %q, pay max %v: another job's", r.Answers.Title, r.Answers.Pay.Max)
	}
}

// A company whose name holds a word in small letters ("obuća", "do"), and
// a legal form of its country, is read from the line that opens on it.
func TestACompanyByItsLegalForm(t *testing.T) {
	for _, name := range []string{"Dravka obuća d.o.o.", "Corticeira Quinta do Sobral, Lda."} {
		text := "# Key Account Manager (m/f)\n\n" + name + " has made children's shoes in Varaždin since 1952.\n\n" +
			"## What you'll do\n\n- Look after 40 shoe shops.\n\n## How to apply\n\nI agree that " + name + " may keep my data. Apply online.\n"
		r, err := importText(t, text)
		if err != nil {
			t.Fatal(err)
		}
		if r.Answers.Company != name {
			t.Errorf("company %q, want %q", r.Answers.Company, name)
		}
	}
}

// A facts line's "Town, Region" after the employer is the place, when the
// table holds neither; a facts line of eighteen words is still one.
func TestAFactsLinesTownAndRegion(t *testing.T) {
	text := "# Accounting Manager\n\n**High Crag Climbing Ltd** · Keswick, Cumbria (hybrid) · Full time, permanent · £44,000 – £49,000 a year\n\n" +
		"High Crag Climbing Ltd runs four climbing centres.\n\n## What you'll do\n\n- Close the month.\n\n## What you need\n\n- Three years in finance.\n\n## How to apply\n\nEmail jobs@highcrag.example.\n"
	r, err := importText(t, text)
	if err != nil {
		t.Fatal(err)
	}
	if a := r.Answers; a.Location.Place != "Keswick, Cumbria" || a.EmploymentType != "full_time" {
		t.Errorf("place %q, contract %q", a.Location.Place, a.EmploymentType)
	}
}
