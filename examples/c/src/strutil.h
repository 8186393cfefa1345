/* Small string helpers. */
#ifndef STRUTIL_H
#define STRUTIL_H
#include <stddef.h>

size_t count_words(const char *s);
void to_upper(char *s);
int parse_percent(const char *s, double *out);

#endif
