/* ireelike fixture: iree/hal heap buffers (the local-sync device's allocator). */
#include "iree_fixture.h"

static void iree_hal_heap_buffer_destroy(void* self) {
  iree_hal_buffer_t* b = (iree_hal_buffer_t*)self;
  if (b->owned) iree_allocator_free(b->allocator, b->data);
  iree_allocator_free(b->allocator, b);
}

static iree_status_t iree_hal_heap_buffer_create(void* data, size_t size, int owned, iree_allocator_t allocator,
                                                 iree_hal_buffer_t** out) {
  iree_hal_buffer_t* b = 0;
  iree_status_t s = iree_allocator_malloc(allocator, sizeof(*b), (void**)&b);
  if (!iree_status_is_ok(s)) return s;
  b->ref.count = 1;
  b->ref.destroy = iree_hal_heap_buffer_destroy;
  b->allocator = allocator;
  b->data = (uint8_t*)data;
  b->size = size;
  b->owned = owned;
  *out = b;
  return iree_ok_status();
}

iree_status_t iree_hal_heap_buffer_allocate(iree_allocator_t allocator, size_t size, iree_hal_buffer_t** out) {
  void* data = 0;
  iree_status_t s = iree_allocator_malloc(allocator, size, &data);
  if (!iree_status_is_ok(s)) return s;
  s = iree_hal_heap_buffer_create(data, size, 1, allocator, out);
  if (!iree_status_is_ok(s)) iree_allocator_free(allocator, data);
  return s;
}

iree_status_t iree_hal_heap_buffer_wrap(void* data, size_t size, iree_allocator_t allocator, iree_hal_buffer_t** out) {
  return iree_hal_heap_buffer_create(data, size, 0, allocator, out);
}
