package content

import (
	"reflect"
	"testing"
)

// The compiled catalog must be exactly what the YAML files say.
func TestCompiledCatalogIsGeneratedFromTheYAML(t *testing.T) {
	c, err := LoadYAML()
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c, Default()) {
		t.Fatal("content/catalog_gen.go is out of date with the YAML files: run go generate ./content")
	}
}
