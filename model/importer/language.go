package importer

import (
	"amjd/model/answers"
)

// language recovers the English a posting is written in ("organisation",
// "program", "judgement"): the one in which amjd writes the most of its
// lines as the posting has them. It is stated only when it is not the
// English the place gives.
func (im *importer) language() {
	count := func(lang string) int {
		a := im.a
		a.Language = lang
		// amjd's own lines, not the posting's words read so far: those
		// read the same in every English.
		a.Responsibilities, a.Skills = answers.ListEdit{}, answers.ListEdit{}
		a.Qualifications = answers.Qualifications{Years: a.Qualifications.Years}
		n := 0
		for _, s := range im.assemble(a).Sections {
			for _, l := range s.Lines() {
				if im.says(l.Text) {
					n++
				}
			}
		}
		return n
	}
	placed := answers.ReaderLanguage(im.c, answers.Answers{Location: im.a.Location, Pay: im.a.Pay})
	best, most := "", count("")
	for _, l := range im.c.Languages.List {
		if l.ID == placed {
			continue
		}
		if n := count(l.ID); n > most {
			best, most = l.ID, n
		}
	}
	im.a.Language = best
}
