package markup

import "testing"

// A figure alone is a target with no measure; a figure with the words of
// its measure is a metric.
func TestFigureOnly(t *testing.T) {
	for s, want := range map[string]bool{"90%+": true, "$1.2M": true, "≥ 4.5": true, "4.5x": true, "Q3: 95%": true, "Q3 target: 95%": false,
		"95% retention": false, "Retention": false, "NPS 40": false, "": false} {
		if got := FigureOnly(s); got != want {
			t.Errorf("FigureOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// A target that is only a wish ("the more the merrier") gives no figure.
func TestDirectionOnly(t *testing.T) {
	for s, want := range map[string]bool{"New stockists: the more the merrier": true, "Reorders: the sooner the better": true,
		"Reorders: 90% within 30 days": false, "Renewals: higher than last year": true} {
		if got := DirectionOnly(s); got != want {
			t.Errorf("DirectionOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestHasFigure(t *testing.T) {
	for s, want := range map[string]bool{
		"3+ years in a client-facing role":           true,
		"A sunny nature that survives a 5 am start.": false,
		"Up at 6:30pm and again at 7 a.m.":           false,
		"Patience with anyone":                       false,
		"Open at 5 am, 20 accounts":                  true,
	} {
		if got := HasFigure(s); got != want {
			t.Errorf("HasFigure(%q) = %v, want %v", s, got, want)
		}
	}
}

// A target put off till later is no target.
func TestDeferredTargets(t *testing.T) {
	for s, want := range map[string]bool{
		"Reorders: we'll work this out once you start":                     true,
		"Shelf space in the grocery chains: we'll know it when we see it.": true,
		"Dead-worm complaints: fewer, please":                              true,
		"Renewals: to be agreed with your manager":                         true,
		"Renewals: 90% renewed before they expire":                         false,
	} {
		if got := DirectionOnly(s); got != want {
			t.Errorf("DirectionOnly(%q) = %v, want %v", s, got, want)
		}
	}
}
