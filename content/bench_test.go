package content

import "testing"

// Budget: loading and validating the embedded catalog ≤ 1 ms (startup).
func BenchmarkLoadCatalog(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(); err != nil {
			b.Fatal(err)
		}
	}
}
