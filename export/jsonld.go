package export

import (
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/posting"
)

// JobPosting is schema.org's JobPosting as job boards and search engines
// read it. Only what the user gave is stated: a pay range amjd suggested, a
// company not named or a place it cannot place is left out, and a finding
// says so.
type JobPosting struct {
	Context                       string          `json:"@context"`
	Type                          string          `json:"@type"`
	Title                         string          `json:"title"`
	Description                   string          `json:"description"`
	DatePosted                    string          `json:"datePosted"`
	ValidThrough                  string          `json:"validThrough,omitempty"`
	EmploymentType                string          `json:"employmentType,omitempty"`
	HiringOrganization            *Organization   `json:"hiringOrganization,omitempty"`
	JobLocation                   *JobPlace       `json:"jobLocation,omitempty"`
	JobLocationType               string          `json:"jobLocationType,omitempty"`
	ApplicantLocationRequirements []AdminArea     `json:"applicantLocationRequirements,omitempty"`
	BaseSalary                    *MonetaryAmount `json:"baseSalary,omitempty"`
	DirectApply                   *bool           `json:"directApply,omitempty"`
}

// Organization is the hiring organisation.
type Organization struct {
	Type   string `json:"@type"`
	Name   string `json:"name"`
	SameAs string `json:"sameAs,omitempty"`
}

// JobPlace is where the job is done.
type JobPlace struct {
	Type    string        `json:"@type"`
	Address PostalAddress `json:"address"`
}

// PostalAddress is as much of an address as is known.
type PostalAddress struct {
	Type            string `json:"@type"`
	AddressLocality string `json:"addressLocality,omitempty"`
	AddressRegion   string `json:"addressRegion,omitempty"`
	AddressCountry  string `json:"addressCountry"`
}

// AdminArea is a country a remote worker may live in.
type AdminArea struct {
	Type string `json:"@type"`
	Name string `json:"name"`
}

// MonetaryAmount is the base pay range.
type MonetaryAmount struct {
	Type     string      `json:"@type"`
	Currency string      `json:"currency"`
	Value    SalaryRange `json:"value"`
}

// SalaryRange is a range per period (HOUR, MONTH, YEAR).
type SalaryRange struct {
	Type     string  `json:"@type"`
	MinValue float64 `json:"minValue"`
	MaxValue float64 `json:"maxValue"`
	UnitText string  `json:"unitText"`
}

const ruleJobPosting = "job-posting-data"

// JobPostingData builds the JobPosting for the posting, with the HTML of its
// full form as the description, posted on the given day. The findings say
// which required or recommended properties are missing and which step gives
// them.
func JobPostingData(p posting.Posting, posted time.Time) (JobPosting, []checker.Finding, error) {
	c, a, r := p.Catalog(), p.Given(), p.Resolved()
	description, err := HTMLFragment(p.Markdown())
	if err != nil {
		return JobPosting{}, nil, err
	}
	jp := JobPosting{
		Context: "https://schema.org/", Type: "JobPosting",
		Title: base.Sanitize(r.Title), Description: description, DatePosted: posted.Format(time.DateOnly),
		ValidThrough: strings.TrimSpace(a.ClosingDate), DirectApply: a.DirectApply,
	}
	var fs []checker.Finding
	missing := func(sev checker.Severity, step, property, why string) {
		short, _, _ := strings.Cut(property, " (")
		fs = append(fs, checker.Finding{Rule: ruleJobPosting, Severity: sev, Step: step, Phrase: short,
			Message: fmt.Sprintf("Job boards read %s, and %s.", property, why),
			Fix:     "Give it in the step named, and export again."})
	}
	fs = append(fs, employment(c, a, &jp)...)
	if company := strings.TrimSpace(base.Sanitize(a.Company)); company != "" {
		jp.HiringOrganization = &Organization{Type: "Organization", Name: company, SameAs: strings.TrimSpace(a.Website)}
	} else {
		missing(checker.Warning, base.StepCompany, "the hiring organisation (required)", "no company is named")
	}
	fs = append(fs, location(p.Place(), a, &jp)...)
	if a.Pay.Min > 0 && a.Pay.Max > 0 {
		unit := map[string]string{"hour": "HOUR", "month": "MONTH", "year": "YEAR"}[r.Pay.Period]
		jp.BaseSalary = &MonetaryAmount{Type: "MonetaryAmount", Currency: r.Pay.Currency,
			Value: SalaryRange{Type: "QuantitativeValue", MinValue: float64(a.Pay.Min), MaxValue: float64(a.Pay.Max), UnitText: unit}}
	} else {
		missing(checker.Warning, base.StepPay, "the base salary (recommended)", "no pay range of your own is given; amjd's suggestion is never stated as yours")
	}
	if jp.ValidThrough == "" {
		missing(checker.Info, base.StepAbout, "a closing date (recommended)", "none is given")
	} else if closes, err := time.Parse(time.DateOnly, jp.ValidThrough); err == nil && closes.Before(posted.Truncate(24*time.Hour)) {
		fs = append(fs, checker.Finding{Rule: ruleJobPosting, Severity: checker.Error, Step: base.StepAbout, Phrase: "a closing date after the day it is posted",
			Message: fmt.Sprintf("Applications close on %s, before the posting date %s: job boards would show the job as closed.", jp.ValidThrough, jp.DatePosted),
			Fix:     "Give a later closing date, or post it earlier."})
	}
	if suggested := p.Suggestions(); len(suggested) > 0 {
		n := len(suggested)
		fs = append(fs, checker.Finding{Rule: ruleJobPosting, Severity: checker.Warning, Step: suggested[0].Step,
			Phrase:  "your own details in place of amjd's suggestions",
			Message: fmt.Sprintf("The description job boards would read still holds %d of amjd's suggestions, marked [amjd suggestion].", n),
			Fix:     "Give your own details (or accept amjd's as your answers) before publishing."})
	}
	if a.DirectApply == nil {
		missing(checker.Info, base.StepAbout, "whether candidates apply on the posting's page (recommended)", "it is not stated")
	}
	return jp, fs, nil
}

// employment states the employment type, full time when none is given, as
// the finding says.
func employment(c *content.Catalog, a answers.Answers, jp *JobPosting) []checker.Finding {
	if et, ok := c.EmploymentType(a.EmploymentType); ok {
		jp.EmploymentType = et.Schema
		return nil
	}
	jp.EmploymentType = "FULL_TIME"
	return []checker.Finding{{Rule: ruleJobPosting, Severity: checker.Info, Step: base.StepPay, Phrase: "the employment type confirmed (full time is assumed)",
		Message: "Job boards are told the role is full-time, amjd's default: no employment type is given.",
		Fix:     "Choose the employment type in the pay and location step."}}
}

// location states where the job is: a postal address from the place amjd
// recognised (p) or the address answers, and for a remote role the country
// it is open in.
func location(p base.Place, a answers.Answers, jp *JobPosting) []checker.Finding {
	addr := PostalAddress{Type: "PostalAddress", AddressLocality: p.City, AddressRegion: p.Region, AddressCountry: p.Country}
	if given := a.Location.Address; given.Country != "" || given.City != "" {
		addr = PostalAddress{Type: "PostalAddress", AddressLocality: given.City, AddressRegion: given.Region, AddressCountry: given.Country}
	}
	if a.Location.Workplace == "remote" {
		jp.JobLocationType = "TELECOMMUTE"
		if addr.AddressCountry != "" {
			jp.ApplicantLocationRequirements = []AdminArea{{Type: "Country", Name: addr.AddressCountry}}
			return nil
		}
		return []checker.Finding{{Rule: ruleJobPosting, Severity: checker.Warning, Step: base.StepPay, Phrase: "the country the role is open in",
			Message: "Job boards read the country a remote role is open in, and amjd cannot tell it from the location.",
			Fix:     "Give a location amjd knows, such as a country, or the country code for job boards."}}
	}
	if addr.AddressCountry == "" {
		return []checker.Finding{{Rule: ruleJobPosting, Severity: checker.Warning, Step: base.StepPay, Phrase: "where the job is",
			Message: "Job boards read where the job is (required), and amjd cannot place the location given.",
			Fix:     "Give a city and country amjd knows, or the city and country code for job boards."}}
	}
	jp.JobLocation = &JobPlace{Type: "Place", Address: addr}
	return nil
}

// JSONLDDocument writes the JobPosting as a JSON-LD document, for a page's
// <script type="application/ld+json"> or a job board's feed.
func JSONLDDocument(jp JobPosting) ([]byte, error) {
	data, err := json.MarshalIndent(jp, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}
