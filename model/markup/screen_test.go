package markup

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// A screen turns applicants away for who they are, however it is worded;
// the same words about skills, or a promise not to judge, are none.
func TestScreensReadTheirReason(t *testing.T) {
	for text, want := range screenCases {
		got := ""
		if s, _ := Screens(text, strings.ToLower(text), 10); len(s) > 0 {
			got = s[0].Rule
		}
		if got != want {
			t.Errorf("%q: %q, want %q", text, got, want)
		}
	}
}

// screenCases are sentences and the rule each breaks, "" for none.
var screenCases = map[string]string{
	"We'll only be moving forward with people who ski or golf.":                                                       "exclusionary",
	"We won't interview Blues fans; the whole office follows the Chiefs.":                                             "exclusionary",
	"Ideally you'd be young enough to have started work in the last few years.":                                       "age-bias",
	"It helps if you're old enough to remember vinyl the first time round.":                                           "age-bias",
	"Preference will be given to candidates educated at a grammar school.":                                            "exclusionary",
	"Preference will be given to candidates with a forklift ticket.":                                                  "",
	"The ideal fit is a young, sporty type who'll blend in at the club.":                                              "age-bias",
	"Before an offer, we ask every applicant to list any prescription medication they take.":                          "protected-characteristic",
	"Applicants must have lived in the county for at least five years.":                                               "exclusionary",
	"Ideally you'd have sold to garden centres before.":                                                               "",
	"Applicants are asked to say in the cover letter which languages they grew up speaking.":                          "protected-characteristic",
	"Please say in your application whether your parents were born abroad.":                                           "protected-characteristic",
	"We ask that every applicant be a member in good standing of the growers' association.":                           "exclusionary",
	"We ask that every applicant be ready to start in May.":                                                           "",
	"We would prefer a woman for this role, as most of our buyers are women.":                                         "protected-characteristic",
	"Our insurer only covers drivers aged 25 to 70, so we can't look at anyone outside that.":                         "age-bias",
	"The person selected must own a car less than five years old.":                                                    "exclusionary",
	"Anyone aged 18 or over may visit the tasting room.":                                                              "",
	"Because of the overnights, it would best suit a single person without ties at home.":                             "protected-characteristic",
	"We can't consider anyone who has had cancer treatment in the last five years.":                                   "protected-characteristic",
	"Would suit someone without young children at home.":                                                              "protected-characteristic",
	"We'd prefer someone who isn't old enough for Medicare yet.":                                                      "age-bias",
	"This time we'd like someone at the start of their working life.":                                                 "age-bias",
	"We can only consider applicants who can work 25 more years before reaching retirement age.":                      "age-bias",
	"We only consider applicants with at least 1,000 followers on Instagram.":                                         "exclusionary",
	"Candidates carrying outstanding student-loan indebtedness will not be considered.":                               "exclusionary",
	"We can't take on anyone with ADHD or autism, as the phones don't stop.":                                          "protected-characteristic",
	"As much of the job is on farms, we can't consider vegans for this role.":                                         "protected-characteristic",
	"This job isn't suited to anyone whose religion forbids alcohol.":                                                 "protected-characteristic",
	"Applicants must hold a personal credit card with a limit of at least $10,000.":                                   "exclusionary",
	"You also need to be a registered voter in Madison County.":                                                       "exclusionary",
	"Candidates who have been on zero-hours or agency contracts in the last three years will not be considered.":      "exclusionary",
	"The programme is open to applicants aged 21 to 29.":                                                              "age-bias",
	"We'd like the account manager to be close to their age.":                                                         "age-bias",
	"As our committees are traditional, we'd rather not consider anyone who is separated or divorced.":                "protected-characteristic",
	"This job is a better fit for someone under 40, since the ice-road trips are hard on older bodies.":               "age-bias",
	"Applicants who have made a flexible-working request at a previous employer will not be considered.":              "exclusionary",
	"Our booth has a young, fresh look, and the successful applicant should fit that image.":                          "age-bias",
	"We won't consider anyone who has moved house more than twice in the last five years.":                            "exclusionary",
	"Please tell us your age in your covering letter, so we can keep a good balance in the team.":                     "age-bias",
	"In your cover letter, tell us whether you're married and how many kids you have.":                                "protected-characteristic",
	"If you've already got grandkids, this probably isn't the job for you.":                                           "age-bias",
	"Anyone we've turned down for a job here in the last two years won't be considered this time.":                    "exclusionary",
	"Every visit includes tasting, so this job is not open to anyone with celiac disease.":                            "protected-characteristic",
	"We'll ask for your last three performance reviews, and applications without them won't go forward.":              "exclusionary",
	"Everyone we shortlist fills in a questionnaire, and we don't take forward anyone who comes out as an introvert.": "exclusionary",
	"If you've ever been put on a performance improvement plan, at any job, please don't apply.":                      "exclusionary",
	"We only consider applicants with 450 points or more in the Leaving Cert.":                                        "exclusionary",
	"Some of our customers won't deal with Travellers, so we can't consider members of the Traveller community.":      "protected-characteristic",
	"Our vans are tight, so applicants must be under 6'2\" and under 230 pounds.":                                     "protected-characteristic",
	"This job's a good fit for somebody who still lives at home with their folks.":                                    "age-bias",
	"Applications are invited only from persons aged 20 years or younger.":                                            "age-bias",
	"On the form, tick your age group (16–24, 25–39 or 40 and over).":                                                 "age-bias",
	"We open every Monday with a prayer, so we're looking for a fellow Christian to join us.":                         "protected-characteristic",
	"Our family came from the Palatinate, and we'd prefer to hire someone of German descent.":                         "protected-characteristic",
	"Because of the overnight shows, the position is considered unsuitable for lone parents.":                         "protected-characteristic",
	"Candidates aged 21 to 35 are preferred, as you'll bowl on the company team.":                                     "age-bias",
	"It isn't a job for anyone counting down to their bus pass.":                                                      "age-bias",
	"Applicants are asked to state their star sign; Scorpios and Geminis do not suit the team.":                       "exclusionary",
	"A graphologist reads every letter, and we only interview applicants whose handwriting suits the job.":            "exclusionary",
	"We only consider people who have lived within ten miles of Ilkeston for at least five years.":                    "exclusionary",
	"Because of the shop dog, we cannot take anybody who needs an assistance dog.":                                    "protected-characteristic",
	"We will only consider candidates with a golf handicap under 20.":                                                 "exclusionary",
	"Sadly we won't be hiring anyone from the Travelling community.":                                                  "protected-characteristic",
	"The grant covers workers aged 16 to 21, so please only apply if you're 21 or under.":                             "age-bias",
	"We'd prefer a candidate of Polish background to speak with our growers.":                                         "protected-characteristic",
	"We only interview people raised on a sheep station.":                                                             "exclusionary",
	"Nobody who has been on Universal Credit in the last year will be considered.":                                    "exclusionary",
	"The kiosk will not take cards after 9pm.":                                                                        "",
	"We'd prefer to hire someone who knows Salesforce well.":                                                          "",
	"It isn't a job for anyone who dislikes the phone.":                                                               "",
	"Because the job means long drives at night, we can't consider anyone with sleep apnea.":                          "protected-characteristic",
	"Weekends are a two-person job, so we'd prefer a married applicant whose husband or wife can come.":               "protected-characteristic",
	"Every applicant sits an online IQ test, and we only interview those who score 130 or more.":                      "exclusionary",
	"We won't consider anyone whose last job was done from home.":                                                     "exclusionary",
	"We'd prefer a candidate who enjoys talking to fans on match days.":                                               "",
	"Applicants must be able to lift up to 40 pounds.":                                                                "",
	"Please don't apply through agencies; we read every application ourselves.":                                       "",
	"Tell us when you can start.":                                                                               "",
	"Applicants must hold a full driving licence.":                                                              "",
	"You need to be comfortable on a forklift and with heavy loads.":                                            "",
	"We will not consider your age, religion or marital status.":                                                "",
	"We only consider applicants with 3 or more years of experience.":                                           "",
	"We'd love someone who enjoys lead generation and the following accounts.":                                  "",
	"We can only consider applicants with the right to work in Canada.":                                         "",
	"Applications that arrive after the closing date will not be considered.":                                   "",
	"It would suit someone who likes driving; the territory runs from Cork to Kerry and you'll be on the road.": "",
}

// The wordings, each its own expression and read a window at a time, find
// what one expression of them all finds: on every case sentence, on all of
// them in one line, and on a line longer than many windows.
func TestScreenMatchesAsOneExpression(t *testing.T) {
	var exprs []string
	for i := range screenShapes {
		exprs = append(exprs, screenShapes[i].Expr)
	}
	one := regexp.MustCompile("(?:" + strings.Join(exprs, "|") + ")")
	var texts []string
	for text := range screenCases {
		texts = append(texts, text)
	}
	slices.Sort(texts)
	all := strings.Join(texts, " ")
	texts = append(texts, all, strings.Repeat(all+" ", 40))
	for _, text := range texts {
		for _, max := range []int{1, 10, -1} {
			if got, want := screenMatches(text, max), one.FindAllStringIndex(text, max); !slices.EqualFunc(got, want, slices.Equal) {
				t.Errorf("%d bytes, max %d: %d matches %v…, one expression %d %v…", len(text), max, len(got), got[:min(len(got), 3)], len(want), want[:min(len(want), 3)])
			}
		}
	}
}

// A screen after a long run of other words is found where it is, and a
// line dense with screens stops at max.
func TestScreenMatchesOnALongLine(t *testing.T) {
	filler := strings.Repeat("We sell hats to shops and cafés across the county. ", 4000)
	screen := "We can't consider anyone with ADHD."
	got := screenMatches(filler+screen, 10)
	if at := len(filler) + strings.Index(screen, "can't"); len(got) != 1 || got[0][0] != at {
		t.Errorf("a screen after %d bytes: %v, want one at %d", len(filler), got, at)
	}
	if got := screenMatches(strings.Repeat(screen+" ", 20000), 100); len(got) != 100 {
		t.Errorf("a line of screens: %d matches, want 100", len(got))
	}
}

// A topic's list, run a few wordings at a time, finds its first match
// where the whole list as one expression does, on every line of the
// postings of three check corpora: the split changes the speed, not the
// findings.
func TestScreenTopicsSplitFindWhatTheListFinds(t *testing.T) {
	files, err := filepath.Glob("../checker/testdata/checkcorpus-fresh2[4-6]/*")
	if err != nil || len(files) < 40 {
		t.Fatalf("corpora: %d files, %v", len(files), err)
	}
	found := 0
	for _, topic := range screenTopics {
		whole := regexp.MustCompile(topic.re.Expr)
		for _, f := range files {
			data, _ := os.ReadFile(f)
			for _, line := range strings.Split(string(data), "\n") {
				want := whole.FindStringIndex(line)
				var got []int
				if all := topic.re.FindAllIndex(line, 1); len(all) > 0 {
					got = all[0][:2]
				}
				if (want == nil) != (got == nil) || want != nil && want[0] != got[0] {
					t.Errorf("%s: %s: %v, the whole list %v in %q", topic.rule, f, got, want, line)
				}
				if want != nil {
					found++
				}
			}
		}
	}
	if found < 100 {
		t.Errorf("only %d lines hold a topic: the corpora were not read", found)
	}
}
