package markup

import "amjd/model/base"

// The hire told of in the third person rather than spoken to as "you".

// aboutThem names the hire in the third person in words no list holds: "the
// selected applicant", "The Account Manager will", "Applicants must". One of
// them in a posting that otherwise speaks to "you" is boilerplate ("Applicants
// must be eligible to work in the UK"), so these count only where "you" is rare.
var aboutThem = base.Regexp{Expr: `(?i)\b(?:the (?:selected|chosen|preferred|hired|new|successful|ideal|right|qualified) (?:candidate|applicant|hire|person|individual|appointee|account manager|key account manager)|the (?:key |senior |new )?account (?:manager|executive)(?:, [^,.]{1,40},| [–—-] [^,.]{1,40}?)? (?:will|must|should|is responsible|is accountable|is expected|needs|owns|leads|serves|holds|takes over|takes|works|manages|builds|runs|keeps|reports|handles|looks after|is measured|is the)|(?:applicants|candidates) (?:must|should|will|need|are expected|are required)|the appointee|this person will|the person in this (?:role|position))\b`}

// theyGoOn is the hire told of as "they" doing the job.
var theyGoOn = base.Regexp{Expr: `\bthey(?: will|'ll|’ll| must| should| need to| are expected to| would) (?:report|look after|work|manage|own|lead|be responsible|run|build|keep|take|handle|join|spend|travel|need)\b`}

// aboutThemCue are the words a line needs before aboutThem is run on it.
var aboutThemCue = []string{"applicant", "candidate", "account manager", "account executive", "appointee", "person", "individual", "new hire"}

// HireInThirdPerson lists where a line names the hire in the third person
// in words no list holds ("The Account Manager will"), not a role's name
// used of a thing ("the new account manager job"); flat is the line in
// small letters, read to skip a line that can hold none.
func HireInThirdPerson(text, flat string) [][]int {
	if !base.ContainsAny(flat, aboutThemCue) {
		return nil
	}
	var out [][]int
	for _, m := range aboutThem.Get().FindAllStringIndex(text, -1) {
		if !notAPerson.Get().MatchString(text[m[1]:]) {
			out = append(out, m)
		}
	}
	return out
}

// TheyGoOn reports a text that goes on about the hire as "they": "They
// will report to …".
func TheyGoOn(text string) bool { return theyGoOn.Get().MatchString(text) }
