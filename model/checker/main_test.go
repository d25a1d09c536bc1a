package checker

import (
	"os"
	"testing"

	"amjd/model/internal/modeltest"
)

func TestMain(m *testing.M) { os.Exit(modeltest.Main(m)) }
