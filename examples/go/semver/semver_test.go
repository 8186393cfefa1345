package semver

import "testing"

func TestCompare(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want int
	}{
		{"1.10.0", "1.9.2", 1},
		{"2.0", "2.0.0", 0},
		{"v1.2.3", "1.2.4", -1},
	} {
		got, err := Compare(c.a, c.b)
		if err != nil || got != c.want {
			t.Errorf("Compare(%q, %q) = %d, %v; want %d", c.a, c.b, got, err, c.want)
		}
	}
}

func TestParseRejects(t *testing.T) {
	for _, v := range []string{"", "1.x", "1.-2"} {
		if _, err := Parse(v); err == nil {
			t.Errorf("Parse(%q) accepted it", v)
		}
	}
}
