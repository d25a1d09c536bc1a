// Command gencatalog writes content/catalog.json from the YAML sources. Run it
// with go generate ./content after editing any content YAML file.
package main

import (
	"fmt"
	"os"

	"amjd/content"
)

func main() {
	c, err := content.LoadYAML()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	data, err := content.EncodeJSON(c)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := os.WriteFile("catalog.json", data, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
