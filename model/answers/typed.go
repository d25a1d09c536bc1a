package answers

import (
	"errors"
	"fmt"
)

// Answers files take numbers as managers type them, as the wizard does: a
// pay figure quoted ('50000'), with a scale ("95k", "2.1M"), or a whole
// range in one end of the pay ("90-110k"); the book's figures the same way
// ("45", "3.5M").

// typedAmount is a number, an amount typed as text, or a range of two.
type typedAmount struct {
	lo, hi  float64
	isRange bool
}

// UnmarshalYAML reads a number, or text as ReadAmount and ReadRange read it.
func (t *typedAmount) UnmarshalYAML(unmarshal func(any) error) error {
	var f float64
	if err := unmarshal(&f); err == nil {
		t.lo = f
		return nil
	}
	var s string
	if err := unmarshal(&s); err != nil {
		return err
	}
	if x, ok := ReadAmount(s); ok {
		t.lo = x
		return nil
	}
	if lo, hi, ok := ReadRange(s); ok {
		t.lo, t.hi, t.isRange = lo, hi, true
		return nil
	}
	return fmt.Errorf("%q is not an amount; write it like 95000, 95k or 90-110k", s)
}

// payFile is Pay as an answers file writes it, each end typed.
type payFile struct {
	Min      typedAmount `yaml:"min"`
	Max      typedAmount `yaml:"max"`
	Currency string      `yaml:"currency"`
	Period   string      `yaml:"period"`
	Variable string      `yaml:"variable"`
}

// UnmarshalYAML reads the pay range; a whole range given in one end, the
// other left out, gives both ends.
func (p *Pay) UnmarshalYAML(unmarshal func(any) error) error {
	var f payFile
	if err := unmarshal(&f); err != nil {
		return err
	}
	*p = Pay{Min: Amount(f.Min.lo), Max: Amount(f.Max.lo), Currency: f.Currency, Period: f.Period, Variable: f.Variable}
	switch {
	case f.Min.isRange && f.Max.isRange:
		return errors.New("give the range once, in min or in max, or each end in its own")
	case f.Min.isRange && f.Max.lo == 0, f.Max.isRange && f.Min.lo == 0:
		r := f.Min
		if f.Max.isRange {
			r = f.Max
		}
		p.Min, p.Max = Amount(r.lo), Amount(r.hi)
	case f.Min.isRange || f.Max.isRange:
		return errors.New("a range in one end leaves no room for the other: give the range once, or each end in its own")
	}
	return nil
}

// bookFile is Book as an answers file writes it, its figures typed.
type bookFile struct {
	Accounts typedAmount `yaml:"accounts"`
	Revenue  typedAmount `yaml:"revenue"`
}

// UnmarshalYAML reads the book's figures as numbers or as typed ("3.5M");
// the shape check has made sure each is a whole number.
func (b *Book) UnmarshalYAML(unmarshal func(any) error) error {
	var f bookFile
	if err := unmarshal(&f); err != nil {
		return err
	}
	if f.Accounts.isRange || f.Revenue.isRange {
		return errors.New("the book's figures are single numbers, not ranges")
	}
	*b = Book{Accounts: int(f.Accounts.lo), Revenue: int64(f.Revenue.lo)}
	return nil
}

func (*Book) readsTypedNumbers() {}
