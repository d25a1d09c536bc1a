package clio

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"amjd/export"
	"amjd/model/base"
	"amjd/safefile"
)

// OutputFlags are the flags of the commands that write a document: where
// to, in which format, and whether an existing file may be replaced.
type OutputFlags struct {
	Path   string // -o; "" and "-" are standard output
	Format string // --format; "" follows Path's extension, else Markdown
	Force  bool   // --force
}

// Resolve says which format to write: the one asked for, else the one the
// file's extension names, else Markdown. A --format that contradicts the
// extension, or --force without a file, is a usage error.
func (f OutputFlags) Resolve(who string) (export.Format, error) {
	if f.Force && f.toStdout() {
		return "", Usagef("%s: --force only applies with -o FILE", who)
	}
	format, byName := export.FormatOfFile(f.Path)
	if f.Format != "" {
		asked, err := export.ParseFormat(f.Format)
		if err != nil {
			return "", Usagef("%s: --format: %s", who, base.Printable(err.Error()))
		}
		if byName && asked != format {
			return "", Usagef("%s: --format %s, but -o %s names %s; name the file %s or leave --format out",
				who, asked, base.Printable(f.Path), format.Name(), asked.Extension())
		}
		format = asked
	}
	if ext := strings.ToLower(filepath.Ext(f.Path)); format == "" && (ext == ".yaml" || ext == ".yml") {
		return "", Usagef("%s: -o %s: %s is for answers files; name the file .md, .txt, .html or .json, or give --format",
			who, base.Printable(f.Path), ext)
	}
	if format == "" {
		format = export.Markdown
	}
	return format, nil
}

// toStdout reports whether the output is standard output: no -o, or "-o -"
// as most command-line tools read it.
func (f OutputFlags) toStdout() bool { return f.Path == "" || f.Path == "-" }

// Write puts data on stdout, or atomically into the -o file, never
// replacing one without --force, and says on stderr what it wrote.
func (f OutputFlags) Write(who string, data []byte, s Streams) error {
	if f.toStdout() {
		if _, err := s.Out.Write(data); err != nil {
			return Failf("%s: %w", who, err) // %w: a reader gone (EPIPE) is told apart
		}
		return nil
	}
	path, err := safefile.ExpandPath(f.Path)
	if err != nil {
		return Usagef("%s: %v", who, err)
	}
	if err := safefile.Write(path, data, f.Force); err != nil {
		var exists *safefile.ErrExists
		if errors.As(err, &exists) {
			return Failf("%s: %s already exists; use --force to replace it", who, base.Printable(f.Path))
		}
		return Failf("%s: %v", who, err)
	}
	fmt.Fprintf(s.Err, "Wrote %s\n", base.Printable(f.Path))
	return nil
}
