#include <string.h>

#include "../src/strutil.h"
#include "check.h"

int main(void) {
  char s[] = "ladder up";
  double p = 0;
  CHECK(count_words("  two  words ") == 2);
  to_upper(s);
  CHECK(strcmp(s, "LADDER UP") == 0);
  CHECK(parse_percent("77.38 %", &p) == 0 && p > 77.37 && p < 77.39);
  CHECK(parse_percent("abc", &p) == -1);
  printf("test_strutil: %s\n", failures ? "FAIL" : "ok");
  return failures;
}
