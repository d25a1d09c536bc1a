package checker

import "testing"

// Words that look like a problem but say the opposite, or mean something
// else: none of these is a finding.
func TestWordsInTheirSense(t *testing.T) {
	for text, rule := range map[string]string{
		"# Account Manager\n\nWill I have to find new customers? No. Our two reps do that; you look after 40 clients.\n":                                                                                    "hidden-sales",
		"Account Manager\n\nAbout us\n\nWe make pumps.\n\nYour accounts\n\nYou'll look after 110 service contracts, worth about £1.4 million a year.\n":                                                     "no-book",
		"# Account Manager\n\nPia Rautio had run the workshop for years before she started our leasing arm.\n":                                                                                              "gendered-pronoun",
		"# Account Manager\n\nCanadian work experience is not required.\n":                                                                                                                                  "exclusionary",
		"# Account Manager\n\nCheck that outbound routes to nursing homes meet their delivery windows.\n":                                                                                                   "hidden-sales",
		"# Account Manager\n\nHunter Valley Advanced Trees grows street trees for councils.\n":                                                                                                              "hidden-sales",
		"# Account Manager\n\nMost new customers find us online and our hire desk quotes them, so this isn't a new-business role.\n":                                                                        "hidden-sales",
		"# Account Manager\n\nNew restaurants call the office and Marcy quotes them herself; after their first clean, they come to you.\n":                                                                  "hidden-sales",
		"# Account Manager\n\nThe Account Manager is not expected to prospect for new customers.\n":                                                                                                         "hidden-sales",
		"# Account Manager\n\nNew sites come through our estimator, Brent; he prices them and hands them over.\n":                                                                                           "gendered-pronoun",
		"# Account Manager\n\nOur finance team invoices and reconciles the schemes; you never run payroll.\n":                                                                                               "accounting-duties",
		"# Account Manager\n\n## Requirements\n\n- Good with Excel and a CRM (Salesforce preferred).\n\n## Nice to have\n\n- French.\n":                                                                     "qualifications-mixed",
		"Account Manager\n\nYou look after 40 clients.\n\n________________________________\n\nFrom: Dana\n":                                                                                                 "placeholder",
		"# Account Manager\n\n- Lead the virtual account team for each client.\n- Plan the delivery schedule with the customer.\n- Run our stand at the spring show.\n":                                     "several-jobs",
		"# Account Manager\n\nApproved by:  ________   Chief Financial Officer:  ________   Date:  ______\n":                                                                                                "placeholder",
		"# Account Manager\n\nThis job suits someone born in the 1990s or later.\n":                                                                                                                         "protected-characteristic",
		"# Account Manager\n\nOur review officer, Dr. Paul Sandoval, reads each result and talks to the tested employee himself.\n":                                                                         "gendered-pronoun",
		"# Junior Account Manager\n\n## Requirements\n\n- No more than three employers in the last ten years.\n":                                                                                            "years-vs-title",
		"# Account Manager\n\n1 → What will you do?\nLook after 40 clients.\n\n2 → What do they need?\nThree years with clients.\n\n3 → Who does this person report to?\nThe Sales Manager, Foodservice.\n": "no-reporting-line",
		"# Account Manager\n\nLocation: New York, NY\n\nCompensation: Competitive salary.\n":                                                                                                                "vague-phrase",
		"# Account Manager\n\nUnder Colorado law you don't need to include your date of birth.\n":                                                                                                           "age-bias",
		"Account Manager\n\n1. About us\nWe make soil probes.\n\n2. What you will do\nLook after 40 growers.\n\n3. What you need\nTwo years with clients.\n\n4. How success is measured\n1. 93% of subscriptions renewed.\n2. 98% of probes reporting by May 15.\n3. A review with every account by April 30.\n4. Replies within one day, 95% of the time.\n5. Satisfaction of 8 out of 10.\n\n5. Who you work with\nYou report to Ravi Gill, Director of Grower Accounts.\n\n6. Tools\nSalesforce and Excel.\n": "too-many-kpis",
		"# Account Manager\n\nYou’ll report to the Sales Director.\n": "no-reporting-line",
		"# Account Manager\n\nWe sell hotel stationery from a warehouse in Cork that sends deliveries each night. Our Instagram has 9,000 followers.\n\n- Look after 40 hotels.\n":                  "several-jobs",
		"# Account Manager\n\nStock counts stay with our warehouse lead, Aroha Te Whata, and her crew.\n":                                                                                           "gendered-pronoun",
		"# Account Manager\n\nQuestions? Ring Siobhan on 021 555 0100, or e-mail her.\n":                                                                                                            "gendered-pronoun",
		"# Account Manager\n\nYou'll take over the garages that Wiremu has looked after himself for years.\n":                                                                                       "gendered-pronoun",
		"# Account Manager\n\nEach ewe goes through the crush when she is due for drenching.\n":                                                                                                     "gendered-pronoun",
		"# Account Manager\n\nYou report to Ana Lopes, Operations Director. She drove hire vans for us before she ran the depot.\n":                                                                 "gendered-pronoun",
		"# Account Manager\n\nInvoicing and reconciliation sit with our finance team.\n":                                                                                                            "accounting-duties",
		"# Account Manager\n\nThis job may qualify for a wage incentive, which helps employers take on people who have been out of work for a year.\n":                                              "exclusionary",
		"# Account Manager\n\nYou look after 40 gyms. Get ten of them to sign up for our new class-booking app.\n":                                                                                  "several-jobs",
		"# Account Manager\n\nCall the clinics that haven't renewed their contract yet.\n":                                                                                                          "hidden-sales",
		"# Account Manager\n\nMeet the site crews who still work with other contractors on shared jobs.\n":                                                                                          "hidden-sales",
		"# Account Manager\n\nOur sales team signs up kennels that hadn't boarded with us before; you call them after their first stay.\n":                                                          "hidden-sales",
		"# Account Manager\n\nWe'd like two more people on the accounts team by spring.\n":                                                                                                          "hidden-sales",
		"# Account Manager\n\nYou won’t cold call: new clients come through our website.\n":                                                                                                         "hidden-sales",
		"# Account Manager\n\nYour book is five merchant groups, which together buy about $38 million of timber a year.\n":                                                                          "no-book",
		"# Account Manager\n\n- Reconcile tank levels against delivery tickets each quarter.\n":                                                                                                     "accounting-duties",
		"# Account Manager\n\n## Your districts\n\n31 school districts in three states, worth about $2.2M in annual recurring revenue.\n":                                                           "no-book",
		"# Account Manager\n\n## Your clients\n\n- 62 sheep stations and farms.\n- Together worth about NZ$1.3 million a year to us.\n":                                                             "no-book",
		"# Account Manager\n\n## Your book\n\n180 churches worth about $2.3 million a year, most of them with 500 to 3,000 people attending.\n":                                                     "no-book",
		"# Account Manager\n\nYou'll look after 120 retailers, worth about £410,000 a year in fees to us.\n":                                                                                        "no-book",
		"# Account Manager\n\n## Requirements\n\n- A college degree is welcome but not required.\n":                                                                                                 "degree-without-equivalent",
		"# Junior Account Manager\n\n## Requirements\n\n- At least ten years' residence on the island.\n":                                                                                           "years-vs-title",
		"# Account Manager\n\n## Requirements\n\n- Three years with clients.\n- A college degree is welcome but not required.\n\n## Nice to have\n\n- Salesforce.\n":                                "qualifications-mixed",
		"# Account Manager\n\n- Make sure that institutional expectations and professional standards are consistently reconciled.\n":                                                                "accounting-duties",
		"# Account Manager\n\nGrowers who don't buy from us are our founder's. You won't be asked to win farms from other yards.\n":                                                                 "hidden-sales",
		"# Account Manager\n\nOur sales manager, Paul Ng, and his two reps bring in new customers; once a site is live it is yours.\n":                                                              "hidden-sales",
		"# Account Manager\n\nEnquiries from firms that have never hired from us go to our inside sales desk; a customer moves to you once signed.\n":                                               "hidden-sales",
		"# Account Manager\n\n- Coordinates with Production Planning on schedules.\n- Keeps the logistics and pricing organizations informed.\n- Shares forecasts with Stock Control each month.\n": "several-jobs",
	} {
		if f, ok := findRule(check(text), rule); ok {
			t.Errorf("%q: %s fired: %s", text, rule, f.Message)
		}
	}
	for text, rule := range map[string]string{
		"# Account Manager\n\nMake 60 outbound calls a week to set appointments.\n":                                                            "hidden-sales",
		"# Account Manager\n\nWe only consider clean-shaven applicants.\n":                                                                     "exclusionary",
		"# Account Manager\n\nThis job suits someone who grew up with a smartphone in hand.\n":                                                 "age-bias",
		"# Account Manager\n\nEvery month, book intro calls with agencies that screen with another vendor.\n":                                  "hidden-sales",
		"# Account Manager\n\nClosing date: <<closing date>>\n":                                                                                "placeholder",
		"# Account Manager\n\nA video call with {hiring_manager}, then a visit.\n":                                                             "placeholder",
		"# Account Manager – Funeral Director Accounts\n\n## Requirements\n\n- You will have 14+ years' experience managing trade accounts.\n": "years-vs-title",
		"# Account Manager\n\nSalary: NZ$______ – ______ + vehicle\n":                                                                          "placeholder",
		"# Account Manager\n\nApplications close MM/DD/YYYY.\n":                                                                                "placeholder",
		"# Account Manager\n\nInterviews: w/c ##/03/2027\n":                                                                                    "placeholder",
		"# Account Manager\n\nAs well as your parks, you'll manage our six-strong repair team, plan the weekly delivery schedule with the siting crews, and run our stand at the spring show.\n": "several-jobs",
		"# Account Manager\n\nSalary: £??,??? – £??,??? plus bonus\n": "placeholder",
		"# Account Manager\n\n## What you'll need\n\n- Three years with housing clients.\n- A PRINCE2 certificate would be handy but isn't essential.\n\n## Nice to have\n\n- PAS 2035.\n":   "qualifications-mixed",
		"# Account Manager\n\n## How we measure success\n\n- Customer satisfaction score no lower than at least 9 out of 10.\n":                                                              "kpi-not-sentence",
		"# Account Manager\n\nPosting closes:  «Posting_Close_Date»\n":                                                                                                                       "placeholder",
		"# Account Manager\n\nSalary: £00,000 – £00,000 per annum plus car allowance\n":                                                                                                      "placeholder",
		"# Account Manager\n\nApply here: LINK TO COME, or send your CV to jobs@example.com.\n":                                                                                              "placeholder",
		"# Account Manager\n\nVisit the stores that buy their trees from other farms, and sign up 20 of them this season.\n":                                                                 "hidden-sales",
		"# Account Manager\n\nClosing date:\n\nTK\n":                                                                                                                                         "placeholder",
		"# Account Manager\n\nThis job suits someone born in the 1990s or later.\n":                                                                                                          "age-bias",
		"# Graduate Account Manager\n\n## Requirements\n\n- A minimum of five years' account management experience.\n":                                                                       "years-vs-title",
		"# Account Manager\n\nThe Account Manager visits each client himself.\n":                                                                                                             "gendered-pronoun",
		"# Account Manager\n\nThe Account Manager is responsible for client satisfaction and repeat bookings for 44 law firms.\n":                                                            "no-metrics",
		"# Account Manager\n\nLocation: Boise, Idaho\n\nCompensation: Competitive salary.\n":                                                                                                 "vague-phrase",
		"# Account Manager\n\nThe Account Manager, Greenhouse Growers, is accountable for a portfolio of growers. The Account Manager, Greenhouse Growers, reports to the Sales Director.\n": "voice",
		"# Account Manager\n\nPlease put your date of birth on your résumé.\n":                                                                                                               "age-bias",
		"# Account Manager\n\nOur trucks pass dozens of bait shops whose ice comes from somewhere else. Each quarter, get our freezers set up outside 12 of them.\n":                         "hidden-sales",
		"# Account Manager\n\nWe run 600 depots worth about $90M a year.\n":                                                                                                                  "no-book",
		"# Account Manager\n\n- Post lodgements to the sales ledger each month.\n":                                                                                                           "accounting-duties",
		"# Account Manager\n\nThe Account Manager owns each renewal. The Account Manager leads every review.\n":                                                                              "voice",
		"# Account Manager\n\n- Run the dispatch board for our technicians.\n- Teach our operator classes twice a month.\n- Drive the rollback truck when the drivers are booked.\n":         "several-jobs",
	} {
		if _, ok := findRule(check(text), rule); !ok {
			t.Errorf("%q: no %s finding", text, rule)
		}
	}
}
