package content

import (
	"bytes"
	"testing"
)

func TestCatalogJSONIsGeneratedFromTheYAML(t *testing.T) {
	c, err := LoadYAML()
	if err != nil {
		t.Fatal(err)
	}
	want, err := EncodeJSON(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(want, catalogJSON) {
		t.Fatal("content/catalog.json is out of date with the YAML files: run go generate ./content")
	}
}
