package check

import (
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"amjd/cli/clio"
	"amjd/export"
)

var (
	benchTitles = []string{"Account Manager", "Senior Account Manager", "Key Account Manager", "Customer Success Manager",
		"Strategic Account Executive", "Client Partner", "Account Director", "Renewals Manager"}
	benchDuties = []string{
		"Own a book of %d accounts worth $%dM in annual recurring revenue across the region.",
		"Run quarterly business reviews with each client's sponsor and agree the next quarter's goals.",
		"Grow net revenue retention to %d%% by expanding seats and modules where the client gets value.",
		"Prospect for new logos and hit a quota of %d new deals a quarter through cold calling.",
		"Coordinate with support, product and billing so that escalations close within %d days.",
		"Keep Salesforce up to date, with a forecast your manager can rely on every Monday.",
		"Negotiate renewals and price rises with procurement teams, within the discount policy.",
		"Spot accounts at risk early from usage data and put a recovery plan in place.",
		"Onboard new clients in their first %d days, with a plan signed off by both sides.",
		"Work hard and play hard in a fast-paced environment as a rockstar ninja of the team.",
		"Report monthly on gross retention, expansion and pipeline to the Head of Account Management.",
		"Invoice clients, chase late payments and reconcile the ledger at the end of the month.",
	}
	benchSkills = []string{
		"%d+ years managing B2B accounts with annual values above $%dk.",
		"Experience with a CRM such as Salesforce or HubSpot.",
		"A record of hitting retention or expansion targets, with figures you can share.",
		"Clear written English, and the confidence to say no to a client when needed.",
		"A degree in business or a related field, or equivalent experience.",
		"Native English speaker, aged under %d, with a clean driving licence.",
		"Comfort reading a contract and spotting the terms that matter.",
	}
)

// benchPosting is the n-th generated posting, about 3 KB of Markdown, each
// one different: its title, figures, and which duties and skills it lists.
func benchPosting(rng *rand.Rand, n int) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s (%d)\n\n", benchTitles[n%len(benchTitles)], n)
	fmt.Fprintf(&b, "Acme %d builds billing software for %d mid-sized retailers. You join a team of %d account managers "+
		"who look after our existing clients, and you report to the Head of Account Management. ", n, 200+rng.IntN(800), 3+rng.IntN(9))
	b.WriteString("We care about long relationships and plain talk, and we measure success by how many clients stay and grow with us.\n\n")
	fmt.Fprintf(&b, "In your first %d months you will meet every client in your book, learn how each one uses the product, "+
		"and agree with your manager which accounts to grow and which to steady. Most clients have been with us for %d years or more, "+
		"and they expect an account manager who knows their business as well as ours.\n\n", 2+rng.IntN(4), 2+rng.IntN(6))
	b.WriteString("## What you will do\n\n")
	for range 8 + rng.IntN(4) {
		b.WriteString("- " + figures(benchDuties[rng.IntN(len(benchDuties))], 10+rng.IntN(40), 1+rng.IntN(20)) + "\n")
	}
	b.WriteString("\n## What you bring\n\n")
	for range 5 + rng.IntN(3) {
		b.WriteString("- " + figures(benchSkills[rng.IntN(len(benchSkills))], 2+rng.IntN(6), 20+rng.IntN(200)) + "\n")
	}
	b.WriteString("\n## Nice to have\n\n- Experience in retail or payments.\n- A second language spoken by our clients.\n\n")
	fmt.Fprintf(&b, "## Pay and benefits\n\n$%d,000 to $%d,000 base, plus a bonus of up to %d%% on retention. "+
		"25 days of holiday, a pension, and a laptop of your choice. Hybrid: two days a week in our office.\n\n",
		60+rng.IntN(20), 85+rng.IntN(30), 10+rng.IntN(15))
	b.WriteString("## How to apply\n\nSend your CV and a short note on an account you grew to jobs@acme.example by the end of the month. " +
		"We reply to everyone within two weeks, and the process is two interviews and a short case study.\n")
	return b.String()
}

// figures fills a line's %d verbs with as many of the figures as it has:
// a line without one takes none (Sprintf would append "%!(EXTRA …)").
func figures(line string, fs ...int) string {
	args := make([]any, strings.Count(line, "%d"))
	for i := range args {
		args[i] = fs[i]
	}
	return fmt.Sprintf(line, args...)
}

// benchFolder writes 1,000 postings under dir, in ten folders, as Markdown,
// plain text and HTML.
func benchFolder(b *testing.B, dir string) (bytesPerPosting float64) {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	size := 0
	for n := range 1000 {
		text, name := benchPosting(rng, n), fmt.Sprintf("team-%d/posting-%04d", n%10, n)
		switch n % 3 {
		case 0:
			name += ".md"
		case 1:
			text, name = export.PlainText(text), name+".txt"
		default:
			html, err := export.HTMLFragment(text)
			if err != nil {
				b.Fatal(err)
			}
			text, name = html, name+".html"
		}
		size += len(text)
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	return float64(size) / 1000
}

// BenchmarkCheckMany is "amjd check FOLDER" on 1,000 postings of about 3 KB:
// the walk, the reads under the cap, the checks on the worker pool and the
// summary, as the command runs them. The budget is 3 s per 1,000 on two cores.
func BenchmarkCheckMany(b *testing.B) {
	dir := b.TempDir()
	size := benchFolder(b, dir)
	o := Options{Paths: []string{dir}, Format: "text", Level: "error", Width: 100}
	s := clio.Streams{In: strings.NewReader(""), Out: io.Discard, Err: io.Discard}
	for b.Loop() {
		if err := o.Run(s); clio.ExitCode(err) == clio.ExitUsage {
			b.Fatal("a generated posting could not be read:", err)
		}
	}
	b.ReportMetric(b.Elapsed().Seconds()/float64(b.N), "s/1000postings")
	b.ReportMetric(size, "bytes/posting")
}
