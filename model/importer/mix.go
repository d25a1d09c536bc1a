package importer

import (
	"amjd/model/base"
	"amjd/model/checker"
	"amjd/model/markup"
)

// What the role's time goes on, said outright: "this isn't a sales job",
// "your job is to grow them", "the other 30% goes into signing new ones",
// "renewals come first". A statement the posting makes wins over counting
// its words.
var (
	// winsNew is the role's own new business: signing, opening or finding
	// new clients.
	winsNew = base.Regexp{Expr: `(?i)\b(?:sign(?:s|ing)?|open(?:s|ing)?|find(?:s|ing)?|win(?:s|ning)?|land(?:s|ing)?|recruit(?:s|ing)?|bring(?:s|ing)? on)\s+(?:up\s+)?(?:new|more new)\s+(?:ones|accounts|customers|clients|stockists|shops|stores|dealers|independents|venues|members|growers|facilities|business|work|practices|clinics|retailers|outlets)\b|\bpartly a (?:new[- ]business|sales) role\b|\btarget for new\b`}
	// keepsOnly says the role sells nothing: its job is keeping clients.
	keepsOnly = base.Regexp{Expr: `(?i)\b(?:is ?n['’]?t|is not|not) a sales (?:job|role|position)\b|\bno selling\b|\bwon['’]t be selling\b|\bwill not be selling\b|\bno (?:sales |new[- ]business )?target for new\b|\b(?:your|the) (?:main |whole )?(?:job|role|focus|purpose)(?: of the position)? is (?:about )?(?:to )?keep(?:ing)?\b|\bkeeping (?:the ones we have|them|those \w+|these \w+) is your job\b`}
	// growsThem says the role's job is growing its clients.
	growsThem = base.Regexp{Expr: `(?i)\b(?:your|the) (?:main )?(?:job|brief|focus|role) is (?:to )?(?:grow|growing|growth)\b|\bgrowth is the (?:brief|job|focus)\b|\bgrow(?:ing)? (?:what (?:they|each \w+) (?:already )?buy|the share|our share)\b|\bhelping them sell more\b|\bwin the rest of their\b|\bkeep(?:ing)? (?:them|those \w+|these \w+) and grow(?:ing)? them\b`}
	// renewalsFirst says renewals take the role's year.
	renewalsFirst = base.Regexp{Expr: `(?i)\brenewals (?:come first|are the (?:heart|core|bulk|main)|take (?:up )?most)\b|\b(?:most|much|the bulk) of your (?:year|time|week) (?:goes|go|is spent) (?:into|on) (?:renew|rebook)\w*`}
)

// someoneElses says whose work it is: "… is the job of our sales team",
// "… is the Sales Director's call".
var someoneElses = base.Regexp{Expr: `(?i)\bis (?:the|our) (?:job|responsibility|remit|work) of\b|\bis (?:the|our) (?:[\w&;'’-]+\s+){0,4}(?:call|job|responsibility|remit|area|department)\b`}

// statedMix is the mix a sentence of the role states, with its line.
func (im *importer) statedMix(ls []checker.TextLine) (string, checker.TextLine, bool) {
	for _, s := range []struct {
		mix string
		re  *base.Regexp
	}{{"blended", &winsNew}, {"retention", &keepsOnly}, {"expansion", &growsThem}, {"renewal_heavy", &renewalsFirst}} {
		for _, l := range ls {
			for _, sen := range sentences(l.Text) {
				loc := s.re.Get().FindStringIndex(sen)
				if loc == nil || s.mix == "blended" && (othersSell().MatchString(sen) || othersWin().MatchString(sen) || markup.OthersDo(sen) ||
					someoneElses.Get().MatchString(sen) || denied().MatchString(sen[:loc[0]])) || s.mix == "retention" && growthWords().MatchString(sen) {
					continue // "Winning new customers is the job of our Territory Sales team"; "keep them and grow them"
				}
				return s.mix, l, true
			}
		}
	}
	return "", checker.TextLine{}, false
}
