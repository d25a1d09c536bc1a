//go:build gencatalog

package content

// compiled is absent while gencatalog runs: the generator reads the YAML and
// must build even when catalog_gen.go no longer matches the types.
var compiled *Catalog
