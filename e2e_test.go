//go:build e2e

package main

// The end-to-end test drives the real binary in tmux, the way a person would:
// it sends keys and polls the screen, never sleeping for a fixed time.
// Run with: go test -tags e2e -run E2E -count=1 .

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

type tmux struct {
	t       *testing.T
	socket  string
	target  string
	measure bool // run amjd under /usr/bin/time -v
}

func (x *tmux) cmd(args ...string) string {
	x.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-L", x.socket}, args...)...).CombinedOutput()
	if err != nil {
		x.t.Fatalf("tmux %v: %v\n%s", args, err, out)
	}
	return string(out)
}

func (x *tmux) screen() string {
	x.t.Helper()
	return x.cmd("capture-pane", "-p", "-t", x.target)
}

func (x *tmux) keys(keys ...string) {
	x.t.Helper()
	x.cmd(append([]string{"send-keys", "-t", x.target}, keys...)...)
}

func (x *tmux) typeText(s string) {
	x.t.Helper()
	x.cmd("send-keys", "-t", x.target, "-l", s)
}

// waitFor polls the screen until cond holds, failing after a generous limit.
func (x *tmux) waitFor(what string, cond func(screen string) bool) string {
	x.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		s := x.screen()
		if cond(s) {
			return s
		}
		if time.Now().After(deadline) {
			x.t.Fatalf("timed out waiting for %s; screen:\n%s", what, s)
		}
		time.Sleep(25 * time.Millisecond)
	}
}

func (x *tmux) waitText(text string) string {
	x.t.Helper()
	return x.waitFor(strings.TrimSpace(text), func(s string) bool { return strings.Contains(s, text) })
}

// buildAndStart builds amjd and starts it in a fresh tmux server, in a shell
// that records amjd's pid and reports its exit status.
func buildAndStart(t *testing.T, args string, measure bool) (*tmux, string, string) {
	t.Helper()
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is required for the end-to-end test")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "amjd")
	// The release build: static (no cgo, so no C library mapped in) and
	// stripped, as README says to build amjd for use.
	build := exec.Command("go", "build", "-trimpath", "-ldflags=-s -w", "-o", bin, ".")
	build.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("build: %v\n%s", err, out)
	}
	conf := filepath.Join(dir, "tmux.conf")
	if err := os.WriteFile(conf, []byte("set -s set-clipboard on\nset -g history-limit 5000\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	x := &tmux{t: t, socket: "amjd-e2e-" + filepath.Base(dir), target: "e2e"}
	if _, err := os.Stat("/usr/bin/time"); err == nil && measure {
		x.measure = true
	}
	work := filepath.Join(dir, "work")
	if err := os.Mkdir(work, 0o755); err != nil {
		t.Fatal(err)
	}
	start := exec.Command("tmux", "-L", x.socket, "-f", conf, "new-session", "-d", "-s", "e2e", "-x", "120", "-y", "40",
		"-c", work, x.command(dir, bin, args))
	if out, err := start.CombinedOutput(); err != nil {
		t.Fatalf("tmux new-session: %v\n%s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("tmux", "-L", x.socket, "kill-server").CombinedOutput(); err != nil {
			t.Errorf("tmux kill-server: %v\n%s", err, out)
		}
	})
	return x, dir, bin
}

// command runs amjd with a clean environment; the shell around it reports the
// exit status and keeps the pane open to be read.
func (x *tmux) command(dir, bin, args string) string {
	timer := ""
	if x.measure {
		// GNU time reports the peak resident memory of the whole session.
		timer = "/usr/bin/time -v -o " + filepath.Join(dir, "time.txt") + " "
	}
	env := timer + "env -u DISPLAY -u WAYLAND_DISPLAY -u SSH_CONNECTION -u SSH_TTY HOME=" + dir +
		" XDG_STATE_HOME=" + filepath.Join(dir, "state") + " XDG_CONFIG_HOME=" + filepath.Join(dir, "config") + " TERM=xterm-256color "
	pidFile := filepath.Join(dir, "amjd.pid")
	return `sh -c 'echo $$ > ` + pidFile + `; exec ` + env + bin + " " + args + `'; echo "amjd exited with status $?"; exec sleep 600`
}

func (x *tmux) restart(dir, bin, args string) {
	x.t.Helper()
	x.cmd("respawn-pane", "-k", "-t", x.target, x.command(dir, bin, args))
}

func TestE2EWizardToSavedAndCopiedPosting(t *testing.T) {
	x, dir, bin := buildAndStart(t, "", true)
	x.waitText("Press enter to start.")
	// Enter through every step: each press changes the screen (focus or step).
	for i := 0; i < 100 && !strings.Contains(x.screen(), "Review · full posting"); i++ {
		before := x.screen()
		x.keys("Enter")
		x.waitFor("the screen to change after enter", func(s string) bool { return s != before })
	}
	x.waitText("Review · full posting")
	x.waitText("About the role")

	// Edit step 2 from review, then come back to review.
	x.keys("2")
	x.waitText("Company and job title")
	x.typeText("Acme Widgets")
	x.waitText("Acme Widgets")
	x.keys("Enter")
	x.waitFor("the title field", func(s string) bool { return strings.Contains(s, "▌ Job title") })
	x.keys("Enter")
	x.waitFor("the website field", func(s string) bool { return strings.Contains(s, "▌ Company website") })
	x.keys("Enter")
	x.waitText("Review · full posting")
	x.waitText("Acme Widgets") // the facts line under the title

	// Save the Markdown to a file in a folder of our own.
	out := filepath.Join(dir, "saved", "posting.md")
	if err := os.Mkdir(filepath.Dir(out), 0o755); err != nil {
		t.Fatal(err)
	}
	x.keys("s")
	x.waitText("Save or copy the posting")
	x.keys("Enter")
	x.waitText("Save the posting (Markdown) as:")
	x.waitText("account-manager-acme-widgets.md")
	x.keys("C-u")
	x.typeText(out)
	x.keys("Enter")
	x.waitText("Saved the posting (Markdown) to")
	saved, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(bin, "render", "--no-profile", "--answers", writeFile(t, dir, "a.yaml", "company: Acme Widgets\n")).Output()
	if err != nil {
		t.Fatal(err)
	}
	if string(saved) != string(want) {
		t.Errorf("saved posting differs from amjd render of the same answers:\n%s", saved)
	}

	// Copy: with no display, OSC 52 reaches tmux's clipboard (set-clipboard on).
	x.keys("c")
	x.waitText("Copied the Markdown via OSC 52")
	deadline := time.Now().Add(10 * time.Second)
	for {
		buf, _ := exec.Command("tmux", "-L", x.socket, "show-buffer").Output()
		if string(buf) == string(want) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("tmux buffer does not hold the posting; got %d bytes:\n%.300s", len(buf), buf)
		}
		time.Sleep(25 * time.Millisecond)
	}

	// Quit: the work is saved, so q exits at once, restores the terminal and
	// prints where the files went.
	x.keys("q")
	s := x.waitText("amjd exited with status")
	if !strings.Contains(s, "Saved the posting (Markdown): "+out) {
		t.Errorf("saved path not printed after exit:\n%s", s)
	}
	if !strings.Contains(s, "amjd exited with status 0") {
		t.Errorf("non-zero exit:\n%s", s)
	}
	if strings.Contains(s, "Review ·") {
		t.Errorf("the terminal was not restored after quitting:\n%s", s)
	}
	if x.measure {
		report, err := os.ReadFile(filepath.Join(dir, "time.txt"))
		if err != nil {
			t.Fatal(err)
		}
		for _, line := range strings.Split(string(report), "\n") {
			if strings.Contains(line, "Maximum resident set size") {
				var kb int
				if _, err := fmt.Sscanf(strings.TrimSpace(line[strings.LastIndex(line, ":")+1:]), "%d", &kb); err != nil {
					t.Fatalf("cannot read the peak RSS in %q: %v", line, err)
				}
				t.Logf("peak RSS of the session: %.1f MB", float64(kb)/1024)
				// The 20 MiB goal is for the 100x30 session .ci/measure
				// runs. This one is wide (120x40: a glamour preview beside
				// every step) and edits and copies too. It peaked at 23.7-24.1
				// MiB here on 4 December and at 26-27.7 on 6 December, when
				// the checker read many more layouts with many more rules:
				// about 1.5 MiB of it is the check (24.7-25.8 with the check
				// switched off), the rest a binary 1.4 MB larger. The CI
				// machine measures about 1 MiB more (27.5). The bound
				// catches a regression the size of chroma's return (4 MB),
				// not that noise.
				if kb > 30*1024 {
					t.Errorf("peak RSS %d kB: a regression from about 27 MiB", kb)
				}
			}
		}
	}
}

func writeFile(t *testing.T, dir, name, body string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// sessionDraft returns the one draft file in the state folder.
func sessionDraft(t *testing.T, dir string) string {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join(dir, "state", "amjd", "draft-*.yaml"))
	if len(paths) != 1 {
		t.Fatalf("want one draft file, got %v", paths)
	}
	data, _ := os.ReadFile(paths[0])
	return string(data)
}

func killAmjd(t *testing.T, dir, sig string) {
	t.Helper()
	pid, err := os.ReadFile(filepath.Join(dir, "amjd.pid"))
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command("kill", "-"+sig, strings.TrimSpace(string(pid))).CombinedOutput(); err != nil {
		t.Fatalf("kill: %v %s", err, out)
	}
}

// startCompany starts the wizard and types a company name on step 2.
func startCompany(x *tmux, company string) {
	x.waitText("Press enter to start.")
	x.keys("Enter")
	x.waitText("Step 1 of 13")
	x.keys("Enter")
	x.waitText("Company and job title")
	x.typeText(company)
	x.waitText(company)
}

// Killing, hanging up on or quitting (ctrl+\) the wizard mid-way saves the
// draft, exits with the usual status and no goroutine dump, and the next
// start resumes with the same answers.
func TestE2ESignalsSaveTheDraftAndItResumes(t *testing.T) {
	for _, sig := range []struct {
		name   string
		status int
	}{{"TERM", 143}, {"HUP", 129}, {"QUIT", 131}} {
		t.Run(sig.name, func(t *testing.T) {
			x, dir, bin := buildAndStart(t, "", false)
			startCompany(x, "Sigco "+sig.name)
			killAmjd(t, dir, sig.name)
			s := x.waitText("amjd exited with status")
			if !strings.Contains(s, fmt.Sprintf("amjd exited with status %d", sig.status)) || strings.Contains(s, "goroutine") {
				t.Errorf("want exit status %d and no dump:\n%s", sig.status, s)
			}
			if !strings.Contains(s, "Your answers are saved in") {
				t.Errorf("no word of where the answers are:\n%s", s)
			}
			if draft := sessionDraft(t, dir); !strings.Contains(draft, `company: "Sigco `+sig.name+`"`) {
				t.Fatalf("draft not saved:\n%s", draft)
			}
			x.restart(dir, bin, "")
			x.waitText("You have an unfinished draft")
			x.keys("Enter") // resume
			x.waitText("Company and job title")
			x.waitText("Sigco " + sig.name)
			x.keys("C-c")
			x.waitText("Quit now? (y/n)")
			x.keys("y")
			x.waitText("amjd exited with status 0")
		})
	}
}

// With nowhere to save the draft, a signal says so and prints the answers,
// so nothing typed is lost.
func TestE2ESignalWithAnUnwritableStateFolder(t *testing.T) {
	x, dir, _ := buildAndStart(t, "", false)
	// Drafts are written only once something is typed, so the state folder
	// can be made unusable now: XDG_STATE_HOME becomes a file.
	if err := os.WriteFile(filepath.Join(dir, "state"), []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	startCompany(x, "Lostco")
	killAmjd(t, dir, "TERM")
	s := x.waitText("amjd exited with status 143")
	if !strings.Contains(s, "could not be saved") || !strings.Contains(s, `company: "Lostco"`) {
		t.Errorf("the answers were not printed:\n%s", s)
	}
}

// Line-prompt mode saves after every answer and on a signal.
func TestE2ELineModeSavesEveryAnswer(t *testing.T) {
	x, dir, _ := buildAndStart(t, "--accessible", false)
	x.waitText("Enter a number between 1 and 6")
	x.keys("Enter")
	x.waitText("Company name")
	x.typeText("Lineco")
	x.keys("Enter")
	x.waitText("Job title")
	if draft := sessionDraft(t, dir); !strings.Contains(draft, `company: "Lineco"`) {
		t.Fatalf("the answer was not saved at once:\n%s", draft)
	}
	killAmjd(t, dir, "TERM")
	s := x.waitText("amjd exited with status 143")
	if !strings.Contains(s, "Your answers are saved in") {
		t.Errorf("no word of where the answers are:\n%s", s)
	}
}

// Two wizards in one draft folder each keep their own answers.
func TestE2ETwoWizardsShareADraftFolder(t *testing.T) {
	x, dir, bin := buildAndStart(t, "", false)
	y := &tmux{t: t, socket: x.socket, target: "second"}
	x.cmd("new-session", "-d", "-s", "second", "-x", "120", "-y", "40", "-c", filepath.Join(dir, "work"),
		strings.Replace(x.command(dir, bin, ""), "amjd.pid", "amjd2.pid", 1))
	startCompany(x, "Firstco")
	startCompany(y, "Secondco")
	for _, w := range []*tmux{x, y} {
		w.keys("C-c")
		w.waitText("Quit now? (y/n)")
		w.keys("y")
		w.waitText("amjd exited with status 0")
	}
	paths, _ := filepath.Glob(filepath.Join(dir, "state", "amjd", "draft-*.yaml"))
	var all string
	for _, p := range paths {
		data, _ := os.ReadFile(p)
		all += string(data)
	}
	if len(paths) != 2 || !strings.Contains(all, "Firstco") || !strings.Contains(all, "Secondco") {
		t.Errorf("drafts %v lost a session's answers:\n%s", paths, all)
	}
}
