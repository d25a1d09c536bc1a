package budgets

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// maxPackageLines is the most hand-written lines a package may hold (tests
// and generated code aside): past it a package is doing more than one job
// and should be split into rooms named for them.
const maxPackageLines = 5000

func TestPackagesStayWithinBudget(t *testing.T) {
	root := filepath.Join("..", "..")
	fset := token.NewFileSet()
	lines := map[string]int{}
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && path != root && (d.Name() == "testdata" || d.Name() == "third_party" || strings.HasPrefix(d.Name(), ".")) {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.PackageClauseOnly|parser.ParseComments)
		if err != nil {
			return err
		}
		if ast.IsGenerated(f) {
			return nil
		}
		full, err := parser.ParseFile(fset, path, nil, 0)
		if err != nil {
			return err
		}
		dir, _ := filepath.Rel(root, filepath.Dir(path))
		lines[filepath.ToSlash(dir)] += fset.Position(full.End()).Line
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(lines) < 10 {
		t.Fatalf("only %d packages found under %s; the walk is not looking at the module", len(lines), root)
	}
	for dir, n := range lines {
		if n > maxPackageLines {
			t.Errorf("package %s has %d hand-written lines; the budget is %d: split it into packages by job", dir, n, maxPackageLines)
		}
	}
}
