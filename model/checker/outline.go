package checker

// Outline is a job description as the checker reads it, for a reader other
// than the rules (amjd import): its title, then its parts in order, each
// under a heading with the role the checker gave it.
type Outline struct {
	Title     string
	TitleLine int // the source line of the title
	Parts     []Part
}

// The roles of a part: what a posting's section is for.
const (
	RoleIntro     = string(secIntro)    // text before the first heading
	RoleDuties    = string(secDuties)   // the role and its responsibilities
	RoleRequired  = string(secRequired) // what the candidate needs
	RolePreferred = string(secPrefer)   // nice to have
	RoleSuccess   = string(secSuccess)  // how success is measured
	RoleTools     = string(secTools)
	RoleReporting = string(secReport)
	RolePay       = string(secPay) // pay and benefits
	RoleLocation  = string(secPlace)
	RoleAbout     = string(secAbout) // the company
	RoleApply     = string(secApply)
	RoleGrowth    = string(secGrowth) // how the role can grow
	RoleOther     = string(secOther)
)

// Part is a heading and the lines under it, to the next heading.
type Part struct {
	Role    string
	Heading string // empty for text before any heading
	Line    int    // the heading's source line (0: none)
	Lines   []TextLine
}

// TextLine is a line of text with its markup read away.
type TextLine struct {
	Text   string
	Line   int  // its source line
	Bullet bool // a list item
	Para   bool // it starts a paragraph: a blank line or a heading is above it
}

// Read reads text in format f (DetectFormat tells it from the content) as
// the checker does, and gives its outline.
func Read(text string, f Format) Outline {
	d := parseAs(text, f)
	var o Outline
	para, titled := true, false
	for _, l := range d.lines {
		switch {
		case l.sec == secTitle && l.heading && o.TitleLine == 0:
			o.Title, o.TitleLine = l.text, l.src
			para, titled = true, true
			continue
		case l.heading:
			o.Parts = append(o.Parts, Part{Role: string(l.sec), Heading: l.text, Line: l.src})
			para, titled = true, false
			continue
		case l.text == "":
			para = true
			continue
		}
		role := string(l.sec)
		if l.sec == secTitle {
			role = RoleIntro
		}
		if n := len(o.Parts); n == 0 || o.Parts[n-1].Role != role || titled {
			// The text under the title is a part of its own, apart from a
			// page's menus above it.
			o.Parts = append(o.Parts, Part{Role: role})
		}
		titled = false
		p := &o.Parts[len(o.Parts)-1]
		p.Lines = append(p.Lines, TextLine{Text: l.text, Line: l.src, Bullet: l.bullet, Para: para})
		para = false
	}
	return o
}
