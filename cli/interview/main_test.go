package interview

import (
	"os"
	"testing"

	"amjd/cli/clio/cliotest"
)

func TestMain(m *testing.M) { os.Exit(cliotest.Main(m)) }
