#include "../src/ring.h"
#include "check.h"

int main(void) {
  struct ring r;
  int v = 0;
  ring_init(&r);
  CHECK(!ring_pop(&r, &v));
  for (int i = 1; i <= RING_CAPACITY; i++) CHECK(ring_push(&r, i));
  CHECK(!ring_push(&r, 99));
  CHECK(ring_pop(&r, &v) && v == 1);
  CHECK(ring_push(&r, 5));
  printf("test_ring: %s\n", failures ? "FAIL" : "ok");
  return failures;
}
