#include "ring.h"

void ring_init(struct ring *r) {
  r->head = 0;
  r->count = 0;
}

bool ring_push(struct ring *r, int value) {
  if (r->count == RING_CAPACITY) {
    return false;
  }
  r->items[(r->head + r->count) % RING_CAPACITY] = value;
  r->count++;
  return true;
}

bool ring_pop(struct ring *r, int *value) {
  if (r->count == 0) {
    return false;
  }
  *value = r->items[r->head];
  r->head = (r->head + 1) % RING_CAPACITY;
  r->count--;
  return true;
}

/* Not tested yet: the ladder shows it. */
int ring_sum(const struct ring *r) {
  int sum = 0;
  for (size_t i = 0; i < r->count; i++) {
    sum += r->items[(r->head + i) % RING_CAPACITY];
  }
  return sum;
}
