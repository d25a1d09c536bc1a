package flow

import (
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"

	"amjd/content"
	"amjd/model/answers"
	"amjd/model/base"
)

// Field builders: one per way a field stores its answer. Each takes the
// answer's current value, so a step reads as a list of questions. Typed
// text is stored cleaned (base.CleanLine: list markers, runs of spaces, an
// item of punctuation alone); the wizard shows it so once the field is
// left (Field.Retyped), and line mode says so (Step.Cleaned).

func textField(key, label, help string, maxLen int, get func(*answers.Answers) *string, value, def string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: Text, MaxLen: maxLen, Placeholder: def, Value: Value{Text: value},
		set: func(a *answers.Answers, v Value) error {
			*get(a) = base.CleanLine(firstLine(v.Text))
			return nil
		},
	}
}

// titleField is a text field for a job title: cleaned, and capitalised
// when typed all in lower case (base.CleanTitle).
func titleField(key, label string, get func(*answers.Answers) *string, value, def string) Field {
	f := textField(key, label, "", answers.MaxTitleLen, get, value, def)
	f.set = func(a *answers.Answers, v Value) error {
		*get(a) = base.CleanTitle(firstLine(v.Text))
		return nil
	}
	return f
}

// withRule makes a text field check what is typed with one of the rules
// answers files are checked with; empty stays allowed.
func withRule(f Field, rule func(string) string) Field {
	set := f.set
	f.set = func(a *answers.Answers, v Value) error {
		if text := strings.TrimSpace(firstLine(v.Text)); text != "" {
			if msg := rule(text); msg != "" {
				return errors.New(msg)
			}
		}
		return set(a, v)
	}
	return f
}

// withPrefix makes a text field read what is typed as managers type it
// before its rule sees it (a web address without https://).
func withPrefix(f Field, read func(string) string) Field {
	set := f.set
	f.set = func(a *answers.Answers, v Value) error {
		v.Text = read(strings.TrimSpace(v.Text))
		return set(a, v)
	}
	return f
}

func longTextField(key, label, help string, get func(*answers.Answers) *string, value, def string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: LongText, MaxLen: answers.MaxTextLen, Placeholder: def, Value: Value{Text: value},
		set: func(a *answers.Answers, v Value) error {
			*get(a) = strings.TrimSpace(base.Sanitize(v.Text))
			return nil
		},
	}
}

func linesField(key, label, help string, get func(*answers.Answers) *[]string, value []string) Field {
	return Field{
		Key: key, Label: label, Help: help, Kind: Lines, MaxLen: answers.MaxTextLen, Value: Value{Text: strings.Join(value, "\n")},
		set: func(a *answers.Answers, v Value) error {
			lines, err := splitLines(v.Text)
			*get(a) = lines
			return err
		},
	}
}

// splitLines reads a list typed one item per line, under the same limits as
// an answers file; each item cleaned, and dropped when nothing is left.
func splitLines(text string) ([]string, error) {
	var out []string
	for i, line := range strings.Split(base.Sanitize(text), "\n") {
		if msg := answers.LengthProblem(strings.TrimSpace(line), answers.MaxLineLen); msg != "" {
			return nil, fmt.Errorf("line %d %s", i+1, msg)
		}
		if line = base.CleanLine(line); line != "" {
			out = append(out, line)
		}
	}
	if msg := answers.LineCountProblem(len(out)); msg != "" {
		return nil, errors.New(msg)
	}
	return out, nil
}

// slot is where a choice is stored in the answers.
type slot struct {
	get func(answers.Answers) string
	put func(*answers.Answers, string)
}

// stringSlot is the slot of a string field of the answers.
func stringSlot(p func(*answers.Answers) *string) slot {
	return slot{
		get: func(a answers.Answers) string { return *p(&a) },
		put: func(a *answers.Answers, s string) { *p(a) = s },
	}
}

func choiceField(key, label string, opts []Option, at slot, value, def string) Field {
	return Field{
		Key: key, Label: label, Kind: Choice, Options: opts, Placeholder: def, Value: Value{Text: value},
		set: func(a *answers.Answers, v Value) error {
			if !hasOption(opts, v.Text) {
				return errors.New("choose one of the options")
			}
			// Storing the default as empty lets it follow later changes (of the
			// variant, say), unless the user had chosen it explicitly before.
			if v.Text == def && at.get(*a) == "" {
				return nil
			}
			at.put(a, v.Text)
			return nil
		},
	}
}

// integerField asks for a whole number within a range; empty keeps the default.
func integerField[T ~int | ~int64](key, label string, rng answers.NumberRange, get func(*answers.Answers) *T) Field {
	return Field{
		Key: key, Label: label, Kind: Integer,
		set: func(a *answers.Answers, v Value) error {
			n, err := answers.ParseInt(v.Text, rng)
			*get(a) = T(n)
			return err
		},
	}
}

// moneyField asks for one end of the pay range.
// moneyField is one end of the pay range; the whole range typed into it
// ("90-110k") gives both ends.
func moneyField(key, label string, get func(*answers.Answers) *answers.Amount) Field {
	return Field{
		Key: key, Label: label, Kind: Money,
		set: func(a *answers.Answers, v Value) error {
			lo, hi, isRange, err := answers.ParsePay(v.Text)
			switch {
			case err != nil:
				return err
			case isRange:
				a.Pay.Min, a.Pay.Max = answers.Amount(lo), answers.Amount(hi)
			default:
				*get(a) = answers.Amount(lo)
			}
			return nil
		},
	}
}

func hasOption(opts []Option, id string) bool {
	return slices.ContainsFunc(opts, func(o Option) bool { return o.ID == id })
}

// firstLine keeps the first line of pasted multi-line text in a one-line field.
func firstLine(s string) string {
	s = base.Sanitize(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	return strings.TrimSpace(s)
}

// Retyped reports whether the field, built from answers that took what was
// typed into it, shows it otherwise: cleaned, or a date written out.
func (f Field) Retyped(typed Value) bool {
	return (f.Kind == Text || f.Kind == Lines) && f.Value.Text != typed.Text
}

// Cleaned is the field key of the step as the answers a show it once they
// took what was typed into it; changed is set when that does not read as
// typed (list markers and extra spaces gone, a title capitalised, a date
// written out), so line mode can say so.
func (s Step) Cleaned(c *content.Catalog, a answers.Answers, key string, typed Value) (shown Value, changed bool) {
	for _, f := range s.For(c, a).Fields {
		if f.Key == key {
			return f.Value, f.Retyped(Value{Text: strings.TrimSpace(typed.Text)})
		}
	}
	return Value{}, false
}

// HasExtraLines reports whether text pasted into a one-line field lost lines.
func HasExtraLines(s string) bool {
	return strings.Contains(strings.TrimSpace(strings.ReplaceAll(s, "\r\n", "\n")), "\n")
}

// Reading is how a number field reads text typed into it ("12M" reads as
// 12,000,000), for echoing back; "" when it is not a number field, the text
// is already written that way, or it is not a number.
func (f Field) Reading(text string) string {
	if f.Kind != Integer && f.Kind != Money {
		return ""
	}
	if lo, hi, ok := answers.ReadRange(text); ok && f.Kind == Money {
		return base.FormatAmount(lo) + " to " + base.FormatAmount(hi) + ", both ends of the range"
	}
	x, ok := answers.ReadAmount(text)
	if !ok || strings.TrimSpace(text) == "" {
		return ""
	}
	read := base.FormatAmount(x)
	if strings.ReplaceAll(strings.TrimSpace(text), ",", "") == strings.ReplaceAll(read, ",", "") {
		return ""
	}
	return read
}

func numberText[T ~int | ~int64 | ~float64](v T) string {
	if v == 0 {
		return ""
	}
	return strconv.FormatFloat(float64(v), 'f', -1, 64)
}

func catalogOptions[T any](list []T, id, label, help func(T) string) []Option {
	out := make([]Option, len(list))
	for i, v := range list {
		out[i] = Option{ID: id(v), Label: label(v)}
		if help != nil {
			out[i].Help = help(v)
		}
	}
	return out
}

// phraseOptions lists catalog phrase options (complexity, workplace, travel).
// unstated puts "Not stated" first in a choice of facts about the employer
// that the posting states only when the user gives them, naming amjd's
// typical answer.
func unstated(opts []Option, typical string) []Option {
	help := "The posting says nothing of it."
	for _, o := range opts {
		if o.ID == typical {
			help += " Typical for this role: " + strings.ToLower(o.Label) + "."
		}
	}
	return append([]Option{{ID: "", Label: "Not stated", Help: help}}, opts...)
}

func phraseOptions(list []content.PhraseOption) []Option {
	return catalogOptions(list, func(o content.PhraseOption) string { return o.ID },
		func(o content.PhraseOption) string { return o.Name }, nil)
}

func orDefault(s, def string) string {
	if s == "" {
		return def
	}
	return s
}
