package budgets

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// layers are amjd's packages from the bottom up, as ARCHITECTURE.md draws
// them: a package imports only packages of a lower layer, so imports point
// one way, towards content.
var layers = map[string]int{
	"content":    0,
	"model/base": 1, "safefile": 1, "shutdown": 1,
	"model/markup":     2,                     // the markups a posting is kept in, read as lines
	"model/gendercode": 2,                     // Gender Decoder's scoring of wording
	"model/ical":       2,                     // a calendar invitation's advert
	"model/captions":   2,                     // a video's captions
	"model/measure":    2,                     // a success measure's name and target
	"model/answers":    3, "model/checker": 3, // neither knows the other
	"model/posting": 4,
	"model/flow":    5, "model/importer": 5, // importer: a posting read back into answers
	"draft": 6, "profile": 6, "export": 6, "report": 6,
	"interview": 7, // the kit is written out through export
	"ui":        8,
	"cli/clio":  9,
	"cli/check": 10, "cli/render": 10, "cli/answers": 10, "cli/wizard": 10, "cli/profile": 10, "cli/interview": 10, "cli/importcmd": 10,
	"cli/clio/cliotest": 10, // the command packages' test helper
	"cli":               11,
	"":                  12, // main
}

// bubbleTea is the one layer that may know Bubble Tea, and those above it.
const bubbleTea = 8

func TestImportsPointTowardsContent(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	imports := map[string][]string{} // package → what it imports
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || d.Name() == "third_party" || d.Name() == "internal" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		pkg := filepath.ToSlash(strings.TrimPrefix(dir, "."))
		layer, known := layers[pkg]
		if !known {
			t.Errorf("package %q has no layer: add it to ARCHITECTURE.md and to layers here", pkg)
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, spec := range f.Imports {
			imported, _ := strconv.Unquote(spec.Path.Value)
			imports[pkg] = append(imports[pkg], imported)
			rel, ok := strings.CutPrefix(imported, "amjd/")
			switch {
			case ok && layers[rel] >= layer && !strings.Contains(rel, "internal"):
				t.Errorf("%s imports %s, which is not below it", path, imported)
			case strings.HasPrefix(imported, "charm.land/bubbletea") && layer < bubbleTea:
				t.Errorf("%s imports Bubble Tea; below ui, nothing may", path)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// The commands' shared helpers stay usable without a screen: nothing
	// cli/clio links may bring in Bubble Tea.
	if path := pathTo(imports, "cli/clio", "charm.land/bubbletea/v2", map[string]bool{}); path != nil {
		t.Errorf("cli/clio links Bubble Tea: %s", strings.Join(path, " → "))
	}
}

// pathTo is a chain of imports from the amjd package from to the package
// want, or nil when there is none.
func pathTo(imports map[string][]string, from, want string, seen map[string]bool) []string {
	if seen[from] {
		return nil
	}
	seen[from] = true
	for _, imp := range imports[from] {
		if imp == want {
			return []string{from, want}
		}
		if rel, ok := strings.CutPrefix(imp, "amjd/"); ok {
			if rest := pathTo(imports, rel, want, seen); rest != nil {
				return append([]string{from}, rest...)
			}
		}
	}
	return nil
}
