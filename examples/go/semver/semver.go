// Package semver compares dotted version numbers.
package semver

import (
	"fmt"
	"strconv"
	"strings"
)

// Parse reads "1.2.3" (a leading "v" allowed) into its numbers.
func Parse(v string) ([]int, error) {
	v = strings.TrimPrefix(v, "v")
	if v == "" {
		return nil, fmt.Errorf("empty version")
	}
	parts := strings.Split(v, ".")
	out := make([]int, len(parts))
	for i, p := range parts {
		n, err := strconv.Atoi(p)
		if err != nil || n < 0 {
			return nil, fmt.Errorf("not a version: %q", v)
		}
		out[i] = n
	}
	return out, nil
}

// Compare returns -1, 0 or 1; missing parts count as zero ("2.0" equals "2.0.0").
func Compare(a, b string) (int, error) {
	pa, err := Parse(a)
	if err != nil {
		return 0, err
	}
	pb, err := Parse(b)
	if err != nil {
		return 0, err
	}
	for i := 0; i < len(pa) || i < len(pb); i++ {
		x, y := at(pa, i), at(pb, i)
		if x != y {
			if x < y {
				return -1, nil
			}
			return 1, nil
		}
	}
	return 0, nil
}

// Latest returns the highest version of the list. Not tested yet.
func Latest(versions []string) (string, error) {
	best := ""
	for _, v := range versions {
		if best == "" {
			best = v
			continue
		}
		c, err := Compare(v, best)
		if err != nil {
			return "", err
		}
		if c > 0 {
			best = v
		}
	}
	return best, nil
}

func at(p []int, i int) int {
	if i < len(p) {
		return p[i]
	}
	return 0
}
