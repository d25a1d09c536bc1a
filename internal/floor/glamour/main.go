// Command glamour is the floor for "amjd render --preview": a bare glamour
// program that renders Markdown from stdin at a width, in a standard style,
// as amjd does. .ci/measure times the two on the same posting.
package main

import (
	"fmt"
	"io"
	"os"
	"strconv"

	"charm.land/glamour/v2"
)

func main() {
	width, style := 80, "dark"
	if len(os.Args) > 2 {
		width, _ = strconv.Atoi(os.Args[1])
		style = os.Args[2]
	}
	md, err := io.ReadAll(os.Stdin)
	if err == nil {
		var r *glamour.TermRenderer
		if r, err = glamour.NewTermRenderer(glamour.WithStandardStyle(style), glamour.WithWordWrap(width)); err == nil {
			var out string
			if out, err = r.Render(string(md)); err == nil {
				_, err = io.WriteString(os.Stdout, out)
			}
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
