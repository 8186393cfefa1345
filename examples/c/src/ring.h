/* A fixed-size ring buffer of ints. */
#ifndef RING_H
#define RING_H
#include <stdbool.h>
#include <stddef.h>

#define RING_CAPACITY 4

struct ring {
  int items[RING_CAPACITY];
  size_t head, count;
};

void ring_init(struct ring *r);
bool ring_push(struct ring *r, int value);
bool ring_pop(struct ring *r, int *value);
int ring_sum(const struct ring *r);

#endif
