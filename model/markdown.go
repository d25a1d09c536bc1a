package model

import (
	"strings"
)

// Markdown renders the full posting. The same posting always yields the same bytes.
func (p Posting) Markdown() string {
	var b strings.Builder
	b.Grow(4096)
	heading := func(title string) {
		b.WriteString("\n## ")
		b.WriteString(title)
		b.WriteString("\n\n")
	}
	paragraphs := func(ps ...string) {
		for i, s := range ps {
			if i > 0 {
				b.WriteString("\n")
			}
			b.WriteString(s)
			b.WriteString("\n")
		}
	}
	bullets := func(items []string) {
		for _, s := range items {
			b.WriteString("- ")
			b.WriteString(s)
			b.WriteString("\n")
		}
	}

	b.WriteString("# ")
	b.WriteString(p.Title)
	b.WriteString("\n\n")
	b.WriteString("*")
	b.WriteString(strings.Join(p.Facts, " · "))
	b.WriteString("*\n")

	heading("About the role")
	paragraphs(p.Summary...)
	if p.Disclosure != "" {
		b.WriteString("\n**")
		b.WriteString(p.Disclosure)
		b.WriteString("**\n")
	}

	heading("What you will own")
	paragraphs(p.Book)
	b.WriteString("\n")
	bullets(p.Ownership)

	heading("Responsibilities")
	bullets(p.Responsibilities)

	if len(p.KPIs) > 0 {
		heading("What success looks like")
		b.WriteString("We will measure your first year by:\n\n")
		bullets(p.KPIs)
	}

	heading("What you bring")
	b.WriteString("**Required**\n\n")
	bullets(p.Required)
	if len(p.Preferred) > 0 {
		b.WriteString("\n**Nice to have**\n\n")
		bullets(p.Preferred)
	}

	if len(p.Tools) > 0 {
		heading("Tools you will use")
		bullets(p.Tools)
	}

	heading("Reporting line and team")
	b.WriteString(strings.Join(p.Reporting, " "))
	b.WriteString("\n")

	heading("Pay and benefits")
	b.WriteString("- Base pay: " + p.Pay + ".\n")
	if p.Variable != "" {
		b.WriteString("- Variable pay: " + p.Variable + "\n")
	}
	bullets(p.Benefits)

	heading("Location and travel")
	b.WriteString(strings.Join(p.Location, " "))
	b.WriteString("\n")

	heading(p.AboutHeading)
	paragraphs(p.About...)

	if len(p.EqualOpportunity) > 0 {
		heading("Equal opportunity")
		paragraphs(p.EqualOpportunity...)
	}

	heading("How to apply")
	paragraphs(p.HowToApply...)
	return b.String()
}

// ShortMarkdown renders the job-board form: the title and three short paragraphs.
func (p Posting) ShortMarkdown() string {
	var b strings.Builder
	b.Grow(1024)
	b.WriteString("# ")
	b.WriteString(p.Title)
	b.WriteString("\n\n")

	who := "We are"
	if p.Company != "" {
		who = p.Company + " is"
	}
	where := ""
	if p.place != "" {
		where = " in " + p.place
	}
	b.WriteString(who + " hiring " + article(p.Title) + " " + p.Title + where + " (" + p.workplace + "). " + p.intro + "\n\n")

	b.WriteString(strings.TrimSuffix(p.Book, ".") + ", with a focus on " + p.mixShort + ".")
	if p.shortDisclosure != "" {
		b.WriteString(" " + p.shortDisclosure)
	}
	if len(p.KPINames) > 0 {
		b.WriteString(" Success is measured by " + joinAnd(p.KPINames) + ".")
	}
	b.WriteString("\n\n")

	b.WriteString("You bring " + plural(p.years, "year", "years") + " or more of client-facing work")
	if p.field != "" {
		b.WriteString(", ideally in " + p.field)
	}
	b.WriteString(". Pay: " + p.Pay)
	if p.Variable != "" {
		b.WriteString(", plus variable pay")
	}
	b.WriteString(". " + strings.Join(p.HowToApply, " ") + "\n")
	return b.String()
}

// article picks "a" or "an" for the word that follows.
func article(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}
