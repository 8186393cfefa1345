#include "strutil.h"

#include <ctype.h>
#include <stdlib.h>

size_t count_words(const char *s) {
  size_t words = 0;
  int in_word = 0;
  for (; *s; s++) {
    if (isspace((unsigned char)*s)) {
      in_word = 0;
    } else if (!in_word) {
      in_word = 1;
      words++;
    }
  }
  return words;
}

void to_upper(char *s) {
  for (; *s; s++) {
    *s = (char)toupper((unsigned char)*s);
  }
}

/* "77.38 %" or "77.38%" -> 77.38; returns 0 on success, -1 when it is not a percent. */
int parse_percent(const char *s, double *out) {
  char *end;
  double v = strtod(s, &end);
  if (end == s) {
    return -1;
  }
  while (*end == ' ') {
    end++;
  }
  if (*end != '%' || end[1] != '\0') {
    return -1;
  }
  if (v < 0 || v > 100) {
    return -1;
  }
  *out = v;
  return 0;
}
