// Package wrap breaks text into lines of a given width.
package wrap

import "strings"

// Wrap breaks text at spaces so no line is longer than width, unless a single word is.
func Wrap(text string, width int) []string {
	if width <= 0 {
		return nil
	}
	var lines []string
	line := ""
	for _, word := range strings.Fields(text) {
		switch {
		case line == "":
			line = word
		case len(line)+1+len(word) <= width:
			line += " " + word
		default:
			lines = append(lines, line)
			line = word
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}

// Indent puts prefix in front of every non-empty line. Not tested yet: the ladder shows it.
func Indent(lines []string, prefix string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		if l == "" {
			out[i] = l
			continue
		}
		out[i] = prefix + l
	}
	return out
}
